import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipelines } from '../../pipelines/run';
import { findTable, parseManifest, type Manifest } from '../../core/contract/manifest';
import { pipelineOptions } from '../helpers/pipeline-options';
import { createSyntheticDataset } from '../helpers/synthetic-dataset';

const MIN_CELL = 5;

/** How each published table counts people, and which of its dimensions have a margin. */
const SPECS: Record<string, { count: string; dims: string[]; totals: Record<string, string> }> = {
	uptake: {
		count: 'learners',
		dims: ['geo', 'year', 'dimension', 'category'],
		totals: { geo: 'EU27_2020', category: '_T' }
	},
	inclusion: {
		count: 'learners_in_group',
		dims: ['geo', 'year', 'group'],
		totals: { geo: 'EU27_2020' }
	},
	annex1_completeness: {
		count: 'records',
		dims: ['geo', 'year', 'element'],
		totals: { geo: 'EU27_2020' }
	},
	provider_quality: {
		count: 'records',
		dims: ['geo', 'provider_id'],
		totals: { provider_id: '_T' }
	},
	credential_elements: { count: 'credentials', dims: ['format', 'element', 'status'], totals: {} }
};

type Row = Record<string, unknown>;

function readTable(outDir: string, manifest: Manifest, name: string): Row[] {
	const table = findTable(manifest, name);
	return tableFromIPC(readFileSync(join(outDir, table.file)))
		.toArray()
		.map((r) => r.toJSON() as Row);
}

describe('disclosure control of every published table', () => {
	let outDir: string;
	let manifest: Manifest;

	beforeAll(async () => {
		process.env.UPTAKE_PSEUDONYM_KEY = 'disclosure-audit-test-key-0123456789';
		const dataDir = await createSyntheticDataset({ records: 4000, seed: 'audit' });
		const options = pipelineOptions({ dataDirs: [dataDir], minCell: MIN_CELL });
		await runPipelines(options, () => {});
		outDir = options.outDir;
		manifest = parseManifest(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
	}, 120_000);

	it('publishes the tables the audit knows, and suppresses something in each learner table', () => {
		const names = manifest.tables.map((t) => t.name);
		for (const name of Object.keys(SPECS)) expect(names, name).toContain(name);
		for (const name of ['uptake', 'inclusion']) {
			const rows = readTable(outDir, manifest, name);
			expect(rows.filter((r) => String(r.flags).includes('c')).length, name).toBeGreaterThan(0);
			expect(rows.filter((r) => !String(r.flags).includes('c')).length, name).toBeGreaterThan(0);
		}
	});

	it.each(Object.keys(SPECS))('%s: no count of people below the threshold is published', (name) => {
		const { count } = SPECS[name];
		for (const row of readTable(outDir, manifest, name)) {
			const value = row[count] as number | null;
			const flagged = String(row.flags ?? '').includes('c');
			if (flagged) {
				expect(value, JSON.stringify(row)).toBeNull();
				// Nothing derived from a suppressed count is published either.
				for (const [key, v] of Object.entries(row)) {
					if (typeof v === 'number' && !SPECS[name].dims.includes(key)) {
						expect.soft(v, `${name} ${key} ${JSON.stringify(row)}`).toBeNull();
					}
				}
			} else if (value !== null) {
				expect(value >= MIN_CELL, `${name} ${JSON.stringify(row)}`).toBe(true);
			}
		}
	});

	it.each(Object.keys(SPECS))(
		'%s: no suppressed cell can be recomputed from its margin',
		(name) => {
			const { count, dims, totals } = SPECS[name];
			const rows = readTable(outDir, manifest, name);
			const violations: string[] = [];
			for (const dim of Object.keys(totals)) {
				const lines = new Map<string, Row[]>();
				for (const row of rows) {
					const key = dims
						.filter((d) => d !== dim)
						.map((d) => String(row[d]))
						.join('|');
					lines.set(key, [...(lines.get(key) ?? []), row]);
				}
				for (const [key, line] of lines) {
					const total = line.find((r) => r[dim] === totals[dim]);
					if (!total || total[count] === null) continue;
					const hidden = line.filter((r) => r !== total && r[count] === null);
					if (hidden.length === 1)
						violations.push(`${dim} line ${key}: ${hidden[0][dim]} alone hidden`);
				}
			}
			expect(violations).toEqual([]);
		}
	);
});
