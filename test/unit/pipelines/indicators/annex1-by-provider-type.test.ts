import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ANNEX1_BY_PROVIDER_TYPE_TABLE,
	computeAnnex1ByProviderTypeTable
} from '../../../../pipelines/indicators/annex1-by-provider-type';
import { computeAnnex1CompletenessTable } from '../../../../pipelines/indicators/annex1-completeness';
import { shareOf } from '../../../../pipelines/indicators/derived-values';
import type { ProtectedTable } from '../../../../pipelines/disclosure/protected-table';
import { hideCells, cellId } from '../../../../pipelines/disclosure/protected-table';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import {
	issuance,
	openFixtureStore,
	openStoreWith,
	pick,
	publishedOf,
	rowsOf
} from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };
const ELEMENTS = [...Array.from({ length: 11 }, (_, i) => String(i + 1)), 'all'];
const EU = 'EU27_2020';

let db: NativeDuckDB;
let table: ProtectedTable;

beforeAll(async () => {
	db = await openFixtureStore();
	table = await computeAnnex1ByProviderTypeTable({ db, minCell: 5, provenance });
});
afterAll(() => db.close());

const cell = (geo: string, year: number, type: string, element: string) =>
	pick(table.truth as Row[], { geo, year, provider_type: type, element });

describe('annex1_completeness_by_provider_type', () => {
	it('counts the records of each provider type, and those carrying each element (by hand)', () => {
		// AT 2023: AT-H1 hei 10 records, AT-V1 vet 4, AT-E1 employer 5 without element vi.
		expect(cell('AT', 2023, 'hei', 'all')).toMatchObject({ records: 10, records_with_element: 10 });
		expect(cell('AT', 2023, 'vet', '6')).toMatchObject({ records: 4, records_with_element: 4 });
		expect(cell('AT', 2023, 'employer', '6')).toMatchObject({
			records: 5,
			records_with_element: 0
		});
		expect(cell('AT', 2023, 'employer', '1')).toMatchObject({
			records: 5,
			records_with_element: 5
		});
		expect(cell('AT', 2023, 'employer', 'all').records_with_element).toBe(0);
		// The margin: every type, the country's records (annex1_completeness: 19, 14 with vi).
		expect(cell('AT', 2023, '_T', '6')).toMatchObject({ records: 19, records_with_element: 14 });
		// BE 2023: ten hei records, b03 without a level (element viii).
		expect(cell('BE', 2023, 'hei', '8')).toMatchObject({ records: 10, records_with_element: 9 });
		// BE 2024: x1 has no provider id but a type (hei): counted under its type.
		expect(cell('BE', 2024, 'hei', 'all')).toMatchObject({ records: 6, records_with_element: 6 });
		// The EU, type by type: AT + BE.
		expect(cell(EU, 2023, 'hei', '8')).toMatchObject({ records: 20, records_with_element: 19 });
		expect(cell(EU, 2023, 'hei', 'all').records_with_element).toBe(19);
		expect(cell(EU, 2023, 'employer', '6')).toMatchObject({ records: 5, records_with_element: 0 });
		expect(cell(EU, 2023, '_T', 'all')).toMatchObject({ records: 29, records_with_element: 23 });
	});

	it('has a row only for the types with records, each with the eleven elements then all', () => {
		const at2023 = (table.truth as Row[]).filter((r) => r.geo === 'AT' && r.year === 2023);
		expect([...new Set(at2023.map((r) => r.provider_type))]).toEqual([
			'_T',
			'hei',
			'vet',
			'employer'
		]);
		expect(at2023.filter((r) => r.provider_type === 'vet').map((r) => r.element)).toEqual(ELEMENTS);
		expect((table.truth as Row[]).some((r) => r.geo === 'NO')).toBe(false);
		expect([...new Set((table.truth as Row[]).map((r) => r.geo))]).toEqual([EU, 'AT', 'BE']);
		expect((table.truth as Row[]).some((r) => r.geo === 'AT' && r.provider_type === 'UNK')).toBe(
			false
		);
	});

	it("repeats annex1_completeness in its '_T' rows, true and perturbed counts alike", async () => {
		const annex1 = await computeAnnex1CompletenessTable({ db, minCell: 5, provenance });
		const margin = (rows: readonly Row[]) =>
			rows
				.filter((r) => r.provider_type === '_T')
				.map(({ geo, year, element, records, records_with_element }) => ({
					geo,
					year,
					element,
					records,
					records_with_element
				}));
		const strip = (rows: readonly Row[]) =>
			rows.map(({ geo, year, element, records, records_with_element }) => ({
				geo,
				year,
				element,
				records,
				records_with_element
			}));
		expect(margin(table.truth)).toEqual(strip(annex1.truth));
		// The same records, the same cell key: the same published count.
		expect(margin(table.perturbed)).toEqual(strip(annex1.perturbed));
	});

	it('publishes counts within 2 of the truth, capped at the records, and the share from them', () => {
		const published = publishedOf(table);
		published.forEach((row, i) => {
			const truth = table.truth[i];
			for (const count of ['records', 'records_with_element']) {
				expect(Math.abs((row[count] as number) - (truth[count] as number))).toBeLessThanOrEqual(2);
			}
			expect(row.records_with_element as number).toBeLessThanOrEqual(row.records as number);
			expect(row.share).toBe(shareOf(row.records_with_element, row.records));
		});
		const built = table.build(published);
		expect(built.name).toBe(ANNEX1_BY_PROVIDER_TYPE_TABLE);
		expect(built.columns.map((c) => [c.name, c.type])).toEqual([
			['geo', 'utf8'],
			['year', 'int32'],
			['provider_type', 'utf8'],
			['element', 'utf8'],
			['records', 'int32'],
			['records_with_element', 'int32'],
			['share', 'float64'],
			['flags', 'utf8']
		]);
		expect(built.source.title).toMatch(/provider type \(synthetic data\)$/);
		expect(rowsOf(built).every((r) => r.flags === '')).toBe(true);
	});

	it('hides the share with a hidden count, and the capped count with the records', () => {
		const row = table.truth.findIndex(
			(r) => r.geo === 'AT' && r.year === 2023 && r.provider_type === 'vet' && r.element === '6'
		);
		const hidden = new Set([cellId(table, table.truth[row], 'records')]);
		const shown = table.derive(hideCells(table, table.perturbed, hidden))[row];
		expect(shown).toMatchObject({
			records: null,
			records_with_element: null,
			share: null,
			flags: 'c'
		});
	});

	it('is the same on a re-run', async () => {
		const again = await computeAnnex1ByProviderTypeTable({ db, minCell: 5, provenance });
		expect(again.truth).toEqual(table.truth);
		expect(again.perturbed).toEqual(table.perturbed);
	});
});

describe('annex1_completeness_by_provider_type, boundaries', () => {
	it("counts a record without a type, or with a type outside the contract, as 'UNK'", async () => {
		const store = await openStoreWith([
			issuance('p1', 'AT', '2023-01-01', { provider_type: null }),
			issuance('p2', 'AT', '2023-01-01', { provider_type: 'guild' }),
			issuance('p3', 'AT', '2023-01-01', { provider_type: 'vet', annex_i_present: 0 }),
			// Not a Member State, and no year: in no row.
			issuance('p4', 'NO', '2023-01-01', { provider_type: 'vet' }),
			issuance('p5', 'AT', '2023-01-01', { provider_type: 'vet', year: null })
		]);
		try {
			const small = await computeAnnex1ByProviderTypeTable({ db: store, minCell: 5, provenance });
			const rows = small.truth as Row[];
			const at = (type: string, element: string) =>
				pick(rows, { geo: 'AT', year: 2023, provider_type: type, element });
			expect(at('UNK', 'all')).toMatchObject({ records: 2, records_with_element: 2 });
			// A record carrying no element: 0 with each, never a missing row.
			expect(at('vet', '1')).toMatchObject({ records: 1, records_with_element: 0 });
			expect(at('vet', 'all')).toMatchObject({ records: 1, records_with_element: 0 });
			expect(at('_T', '1')).toMatchObject({ records: 3, records_with_element: 2 });
			expect([...new Set(rows.map((r) => `${r.geo} ${r.provider_type}`))]).toEqual([
				`${EU} _T`,
				`${EU} vet`,
				`${EU} UNK`,
				'AT _T',
				'AT vet',
				'AT UNK'
			]);
			expect(rows).toHaveLength(6 * 12);
		} finally {
			store.close();
		}
	});

	it('has no row from an empty store', async () => {
		const store = await openStoreWith([]);
		try {
			const empty = await computeAnnex1ByProviderTypeTable({ db: store, minCell: 5, provenance });
			expect(empty.truth).toEqual([]);
		} finally {
			store.close();
		}
	});
});
