import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicatorTables } from '../../../../pipelines/indicators/compute-indicators';
import { encodeArrowStream } from '../../../../pipelines/publish/arrow-table';
import type { TableToPublish } from '../../../../pipelines/publish/publish-tables';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { openEmptyStore, openFixtureStore } from './store-fixture';
import type { IndicatorTables } from '../../../../pipelines/indicators/compute-indicators';

/** The tables as published when the audit hides nothing. */
function built(result: IndicatorTables): TableToPublish[] {
	return [...result.protected.map((t) => t.build(t.derive(t.perturbed))), ...result.plain];
}

const inputs = [{ path: 'issuance/records.csv', sha256: 'a'.repeat(64) }];

let db: NativeDuckDB;
let result: IndicatorTables;
let tables: TableToPublish[];

beforeAll(async () => {
	db = await openFixtureStore();
	result = await computeIndicatorTables({ db, minCell: 5, kind: 'synthetic', inputs });
	tables = built(result);
});
afterAll(() => db.close());

describe('computeIndicatorTables', () => {
	it('returns the six tables of counts to protect, and supply, which counts no person', () => {
		expect(result.protected.map((t) => t.name)).toEqual([
			'uptake',
			'inclusion',
			'annex1_completeness',
			'annex1_completeness_by_provider_type',
			'provider_quality',
			'annex2_principles'
		]);
		expect(result.plain.map((t) => t.name)).toEqual(['supply']);
		expect(tables.map((t) => t.name)).toEqual([
			'uptake',
			'inclusion',
			'annex1_completeness',
			'annex1_completeness_by_provider_type',
			'provider_quality',
			'annex2_principles',
			'supply'
		]);
	});

	it('declares every column with a type its values fit, and a flags column', () => {
		for (const table of tables) {
			expect(table.columns.at(-1)?.name, table.name).toBe('flags');
			for (const column of table.columns) {
				for (const v of column.values) {
					if (v === null) continue;
					const where = `${table.name}.${column.name}`;
					if (column.type === 'int32') expect(Number.isInteger(v), where).toBe(true);
					if (column.type === 'float64') expect(typeof v, where).toBe('number');
					if (column.type === 'utf8') expect(typeof v, where).toBe('string');
				}
			}
			expect(() => encodeArrowStream(table.columns)).not.toThrow();
		}
		const uptake = tables[0].columns.map((c) => [c.name, c.type]);
		expect(uptake).toEqual([
			['geo', 'utf8'],
			['year', 'int32'],
			['dimension', 'utf8'],
			['category', 'utf8'],
			['credentials', 'int32'],
			['learners', 'int32'],
			['credentials_per_1000_adults', 'float64'],
			['learners_per_1000_adults', 'float64'],
			['growth_yoy', 'float64'],
			['flags', 'utf8']
		]);
	});

	it('carries provenance and the legend of the flag', () => {
		for (const table of tables) {
			expect(table.kind).toBe('synthetic');
			expect(table.flags).toEqual({
				c:
					'confidential (hidden: even perturbed, this count could be combined with other ' +
					'published counts to recover a number of persons or records below 5)'
			});
			expect(table.source.inputs).toEqual(inputs);
			expect(table.source.title).toMatch(/\(synthetic data\)$/);
		}
		expect(tables[0].source.attribution).toContain('demo_pjan');
		expect(tables[1].source.attribution).toContain('AES_FE_NFE_X_GOJT');
	});

	it('is deterministic', async () => {
		const again = built(
			await computeIndicatorTables({ db, minCell: 5, kind: 'synthetic', inputs })
		);
		expect(again.map((t) => t.columns)).toEqual(tables.map((t) => t.columns));
	});

	it('labels official record data as such', async () => {
		const official = built(await computeIndicatorTables({ db, kind: 'official', inputs }));
		expect(official.every((t) => t.kind === 'official')).toBe(true);
		expect(official[0].source.title).not.toMatch(/synthetic/);
	});

	it('refuses a threshold below 1', async () => {
		await expect(
			computeIndicatorTables({ db, minCell: 0, kind: 'synthetic', inputs })
		).rejects.toThrow(/minCell/);
	});

	it('publishes empty tables from an empty store', async () => {
		const empty = await openEmptyStore();
		try {
			const empties = built(
				await computeIndicatorTables({ db: empty, kind: 'synthetic', inputs: [] })
			);
			expect(empties).toHaveLength(7);
			for (const t of empties) expect(t.columns[0].values).toHaveLength(0);
		} finally {
			empty.close();
		}
	});
});
