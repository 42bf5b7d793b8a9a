import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAnnex1CompletenessTable } from '../../../../pipelines/indicators/annex1-completeness';
import { computeProviderQualityTable } from '../../../../pipelines/indicators/provider-quality';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { openFixtureStore, pick, publishedOf, rowsOf, truthOf } from './store-fixture';
import { shareOf } from '../../../../pipelines/indicators/derived-values';
import type { ProtectedTable } from '../../../../pipelines/disclosure/protected-table';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let completeness: Row[];
let annex1: ProtectedTable;

beforeAll(async () => {
	db = await openFixtureStore();
	annex1 = await computeAnnex1CompletenessTable({ db, minCell: 5, provenance });
	completeness = truthOf(annex1).map((row) => ({
		...row,
		share: shareOf(row.records_with_element, row.records)
	}));
});
afterAll(() => db.close());

describe('annex1_completeness', () => {
	const element = (geo: string, year: number, e: string) =>
		pick(completeness, { geo, year, element: e });

	it('counts records with each element and with all eleven', () => {
		// a11-a15 (AT-E1) have no learning outcomes (element vi).
		expect(element('AT', 2023, '6')).toMatchObject({ records: 19, records_with_element: 14 });
		expect(element('AT', 2023, '6').share).toBeCloseTo((100 * 14) / 19, 12);
		expect(element('AT', 2023, '8').records_with_element).toBe(19);
		expect(element('AT', 2023, 'all').records_with_element).toBe(14);
		// b03 has no level (element viii).
		expect(element('BE', 2023, '8')).toMatchObject({ records_with_element: 9, share: 90 });
		expect(element('BE', 2023, 'all').records_with_element).toBe(9);
		expect(element('EU27_2020', 2023, 'all')).toMatchObject({
			records: 29,
			records_with_element: 23
		});
		expect(element('EU27_2020', 2023, '6').records_with_element).toBe(24);
	});

	it('lists elements 1 to 11 then all, for each country and year', () => {
		const at2023 = completeness.filter((r) => r.geo === 'AT' && r.year === 2023);
		expect(at2023.map((r) => r.element)).toEqual([
			...Array.from({ length: 11 }, (_, i) => String(i + 1)),
			'all'
		]);
	});

	it('publishes perturbed counts within 2 of the truth, records_with_element never above records', () => {
		const published = publishedOf(annex1);
		expect(published).toHaveLength(annex1.truth.length);
		published.forEach((row, i) => {
			const truth = annex1.truth[i];
			for (const count of ['records', 'records_with_element']) {
				expect(Math.abs((row[count] as number) - (truth[count] as number))).toBeLessThanOrEqual(2);
			}
			expect(row.records_with_element as number).toBeLessThanOrEqual(row.records as number);
			expect(row.share).toBe(shareOf(row.records_with_element, row.records));
			expect(Object.keys(row).some((k) => k.endsWith('_key'))).toBe(false);
		});
	});

	it('gives the same records the same published count in every element row', () => {
		const published = publishedOf(annex1);
		const at2023 = published.filter((r) => r.geo === 'AT' && r.year === 2023);
		expect(new Set(at2023.map((r) => r.records)).size).toBe(1);
		// Element viii: every AT 2023 record carries it, the same records as the total.
		const e8 = at2023.find((r) => r.element === '8')!;
		expect(e8.records_with_element).toBe(e8.records);
	});

	it('is the same on a re-run', async () => {
		const again = await computeAnnex1CompletenessTable({ db, minCell: 5, provenance });
		expect(again.perturbed).toEqual(annex1.perturbed);
		expect(again.truth).toEqual(annex1.truth);
	});
});

describe('provider_quality', () => {
	const ELEMENT_COUNTS = [...Array.from({ length: 11 }, (_, i) => `e${i + 1}`), 'e_all'];
	let table: ProtectedTable;
	/** True counts, hand-checked below. */
	let truth: Row[];
	/** Perturbed counts and the shares derived from them, as published when nothing is hidden. */
	let published: Row[];

	beforeAll(async () => {
		table = await computeProviderQualityTable({ db, minCell: 5, provenance });
		truth = truthOf(table);
		published = publishedOf(table);
	});

	const provider = (geo: string, id: string) => pick(truth, { geo, provider_id: id });

	it('counts each provider’s records, and its records with each element, with its name', () => {
		expect(provider('AT', 'AT-H1')).toMatchObject({
			provider_name: 'Hochschule Test',
			records: 28,
			e_all: 28,
			e6: 28
		});
		expect(provider('BE', 'BE-H1')).toMatchObject({ records: 12, e_all: 11, e8: 11, e1: 12 });
		// Small providers are counted like the others: perturbation replaces suppression.
		expect(provider('AT', 'AT-V1')).toMatchObject({ records: 4, e_all: 4 });
		expect(provider('AT', 'AT-E1')).toMatchObject({ records: 5, e6: 0, e_all: 0 });
		expect(provider('BE', 'BE-H2')).toMatchObject({ provider_name: null, records: 3 });
		expect(provider('BE', 'UNK')).toMatchObject({ records: 1, e_all: 1 });
	});

	it('has a _T row per country and for the EU', () => {
		expect(provider('AT', '_T')).toMatchObject({
			records: 37,
			provider_name: null,
			e_all: 32,
			e6: 32
		});
		expect(provider('EU27_2020', '_T')).toMatchObject({ records: 53, e_all: 47, e8: 52 });
		expect(truth.some((r) => r.geo === 'NO' || r.provider_id === 'NO-1')).toBe(false);
	});

	it('perturbs the records and every element count, without key columns', () => {
		expect(table.keyColumns).toEqual(['provider_id', 'geo']);
		expect(table.counts).toEqual([
			{ count: 'records', present: true },
			...ELEMENT_COUNTS.map((count) => ({ count, atMost: 'records' }))
		]);
		for (const rows of [truth, table.perturbed, published]) {
			for (const row of rows) {
				expect(Object.keys(row).filter((k) => k.endsWith('_key'))).toEqual([]);
			}
		}
	});

	it('publishes each count within 2 of the truth, an element count at most the records', () => {
		table.truth.forEach((row, i) => {
			const shown = table.perturbed[i];
			for (const count of ['records', ...ELEMENT_COUNTS]) {
				const t = row[count] as number;
				const p = shown[count] as number;
				expect(Math.abs(p - t), `${row.geo} ${row.provider_id} ${count}`).toBeLessThanOrEqual(2);
				expect(p).toBeGreaterThanOrEqual(0);
				if (t === 0) expect(p).toBe(0);
				if (count !== 'records') expect(p).toBeLessThanOrEqual(shown.records as number);
			}
		});
	});

	it('publishes the same value for the same records', () => {
		// AT-H1's records all carry element vi: one set of records, one cell key, one value.
		const i = table.truth.findIndex((r) => r.geo === 'AT' && r.provider_id === 'AT-H1');
		expect(table.perturbed[i].e6).toBe(table.perturbed[i].records);
		table.truth.forEach((row, j) => {
			for (const count of ELEMENT_COUNTS) {
				if (row[count] === row.records) {
					expect(table.perturbed[j][count]).toBe(table.perturbed[j].records);
				}
			}
		});
	});

	it('computes every share from the published counts, and publishes no element count', () => {
		for (const row of published) {
			expect(row.share_all_elements).toBe(shareOf(row.e_all, row.records));
			for (let k = 1; k <= 11; k++) {
				expect(row[`share_element_${k}`]).toBe(shareOf(row[`e${k}`], row.records));
			}
		}
		const built = table.build(published);
		const names = built.columns.map((c) => c.name);
		expect(names).toEqual([
			'provider_id',
			'provider_name',
			'geo',
			'records',
			'share_all_elements',
			...Array.from({ length: 11 }, (_, i) => `share_element_${i + 1}`),
			'flags'
		]);
		const rows = rowsOf(built);
		expect(rows.map((r) => r.records)).toEqual(table.perturbed.map((r) => r.records));
		expect(rows.map((r) => r.share_element_6)).toEqual(published.map((r) => r.share_element_6));
		expect(rows.every((r) => r.flags === '')).toBe(true);
		for (const row of rows) {
			for (let k = 1; k <= 11; k++) {
				const share = row[`share_element_${k}`] as number | null;
				// A count of 1 can be published as 0: no share then.
				if (row.records === 0) expect(share).toBeNull();
				else expect(share).toBeGreaterThanOrEqual(0);
				if (share !== null) expect(share).toBeLessThanOrEqual(100);
			}
		}
	});

	it('gives identical output on a re-run', async () => {
		const again = await computeProviderQualityTable({ db, minCell: 5, provenance });
		expect(again.truth).toEqual(table.truth);
		expect(again.perturbed).toEqual(table.perturbed);
		expect(again.build(publishedOf(again))).toEqual(table.build(publishedOf(table)));
	});
});
