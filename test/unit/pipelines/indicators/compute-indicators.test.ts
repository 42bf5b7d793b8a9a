import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicatorTables } from '../../../../pipelines/indicators/compute-indicators';
import { encodeArrowStream } from '../../../../pipelines/publish/arrow-table';
import type { TableToPublish } from '../../../../pipelines/publish/publish-tables';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { openEmptyStore, openFixtureStore } from './store-fixture';

const inputs = [{ path: 'issuance/records.csv', sha256: 'a'.repeat(64) }];

let db: NativeDuckDB;
let tables: TableToPublish[];

beforeAll(async () => {
	db = await openFixtureStore();
	tables = await computeIndicatorTables({ db, minCell: 5, kind: 'synthetic', inputs });
});
afterAll(() => db.close());

describe('computeIndicatorTables', () => {
	it('returns the six tables', () => {
		expect(tables.map((t) => t.name)).toEqual([
			'uptake',
			'inclusion',
			'annex1_completeness',
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
			['credentials_per_1000_inhabitants', 'float64'],
			['growth_yoy', 'float64'],
			['flags', 'utf8']
		]);
	});

	it('carries provenance and the legend of the flag', () => {
		for (const table of tables) {
			expect(table.kind).toBe('synthetic');
			expect(table.flags).toEqual({
				c: 'confidential (suppressed: fewer than 5 learners, or to protect such a cell)'
			});
			expect(table.source.inputs).toEqual(inputs);
			expect(table.source.title).toMatch(/\(synthetic data\)$/);
		}
		expect(tables[0].source.attribution).toContain('demo_pjan');
		expect(tables[1].source.attribution).toContain('AES_FE_NFE_X_GOJT');
	});

	it('is deterministic', async () => {
		const again = await computeIndicatorTables({ db, minCell: 5, kind: 'synthetic', inputs });
		expect(again.map((t) => t.columns)).toEqual(tables.map((t) => t.columns));
	});

	it('labels official record data as such', async () => {
		const official = await computeIndicatorTables({ db, kind: 'official', inputs });
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
			const result = await computeIndicatorTables({ db: empty, kind: 'synthetic', inputs: [] });
			expect(result).toHaveLength(6);
			for (const t of result) expect(t.columns[0].values).toHaveLength(0);
		} finally {
			empty.close();
		}
	});
});
