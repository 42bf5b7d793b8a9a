import { describe, expect, it } from 'vitest';
import type { ManifestTable } from '../../../core/contract/manifest';
import { buildSourceLine } from '../../../src/lib/kit/figure-sources';
import { createTranslator } from '../../../src/lib/i18n/translate';

const table = (over: Partial<ManifestTable>): ManifestTable => ({
	name: 'uptake',
	file: 'uptake.arrows',
	rows: 1,
	bytes: 1,
	sha256: '0'.repeat(64),
	kind: 'synthetic',
	columns: [{ name: 'credentials', type: 'int32' }],
	flags: {},
	source: {
		dataset: 'uptake-synthetic-record-store',
		title: 'Uptake',
		publisher: 'Uptake (synthetic data generator)',
		licence: 'EUPL-1.2',
		attribution: 'x',
		extractionDate: null,
		inputs: []
	},
	...over
});
const release = { pipelineVersion: '1.0.0', generatedAt: '2026-12-01T00:00:00Z' };
const protection = {
	method: 'cell-key perturbation' as const,
	maxPerturbation: 2,
	minCell: 5,
	counts: ['credentials'],
	hiddenCells: 0
};

describe('buildSourceLine', () => {
	it('says that the counts are perturbed, and by how much, when a table is protected', () => {
		const line = buildSourceLine({
			tables: [table({ protection })],
			release,
			t: createTranslator('en')
		});
		expect(line).toBe(
			'Source: Uptake (synthetic data generator), uptake-synthetic-record-store. ' +
				'Synthetic data, not real records. ' +
				'Counts perturbed by at most ±2 to protect persons (cell-key method). ' +
				'Data release 2026-12-01 (Uptake pipeline 1.0.0).'
		);
		expect(
			buildSourceLine({ tables: [table({ protection })], release, t: createTranslator('fr') })
		).toContain('Effectifs perturbés d’au plus ±2');
	});

	it('says nothing of perturbation for a table without protection', () => {
		const line = buildSourceLine({ tables: [table({})], release, t: createTranslator('en') });
		expect(line).not.toMatch(/perturbed/);
	});
});
