import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUptakeSql, computeUptakeTable } from '../../../../pipelines/indicators/uptake';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { auditSuppression } from '../../../../core/methods/disclosure';
import { issuance, openFixtureStore, openStoreWith, pick, rowsOf } from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };
const spec = {
	dimensions: [
		{ column: 'geo', total: 'EU27_2020' },
		{ column: 'year' },
		{ column: 'dimension' },
		{ column: 'category', total: '_T' }
	],
	count: 'learners',
	derived: ['credentials', 'credentials_per_1000_inhabitants', 'growth_yoy']
};

let db: NativeDuckDB;
let raw: Row[];
let published: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	raw = await db.all<Row>(buildUptakeSql());
	published = rowsOf(await computeUptakeTable({ db, minCell: 5, provenance }));
});
afterAll(() => db.close());

const cell = (rows: Row[], geo: string, year: number, dimension: string, category: string) =>
	pick(rows, { geo, year, dimension, category });

describe('buildUptakeSql (before suppression)', () => {
	it('counts credentials and distinct learners (a01 and a02 have three records each)', () => {
		const hei = cell(raw, 'AT', 2023, 'provider_type', 'hei');
		expect(hei.credentials).toBe(10);
		expect(hei.learners).toBe(6);
		expect(cell(raw, 'AT', 2023, 'provider_type', 'vet').learners).toBe(4);
		expect(cell(raw, 'AT', 2023, 'provider_type', '_T')).toMatchObject({
			credentials: 19,
			learners: 15
		});
	});

	it('counts a learner once in the EU row when he learns in two Member States', () => {
		// AT 2024: 8 learners, BE 2024: 6 learners, x1 in both.
		expect(cell(raw, 'EU27_2020', 2024, 'provider_type', 'hei')).toMatchObject({
			credentials: 21,
			learners: 13
		});
	});

	it('leaves out countries that are not Member States', () => {
		expect(raw.some((r) => r.geo === 'NO')).toBe(false);
		expect(cell(raw, 'EU27_2020', 2023, 'provider_type', '_T')).toMatchObject({
			credentials: 29,
			learners: 25
		});
	});

	it('puts ECTS exactly on a boundary in the band above it', () => {
		const band = (geo: string, category: string) =>
			cell(raw, geo, 2023, 'ects_band', category).credentials;
		expect(band('BE', '<1')).toBe(1); // 0.99
		expect(band('BE', '1-5')).toBe(1); // 1
		expect(band('BE', '5-15')).toBe(5); // 5, 14.99, 10, 10, 10
		expect(band('BE', '15-30')).toBe(1); // 15
		expect(band('BE', '>=30')).toBe(1); // 30
		expect(band('BE', 'UNK')).toBe(1); // neither ects nor hours
		expect(band('AT', '1-5')).toBe(5); // 4.5
		expect(band('AT', 'hours_only')).toBe(1); // 40 hours, no ECTS
		expect(cell(raw, 'AT', 2023, 'ects_band', '5-15')).toMatchObject({
			credentials: 13,
			learners: 9
		});
	});

	it('takes the EQF level of a QF-EHEA cycle, and tells not applicable from not given', () => {
		expect(cell(raw, 'BE', 2023, 'eqf_level', '6').learners).toBe(8);
		expect(cell(raw, 'BE', 2023, 'eqf_level', 'NAP').learners).toBe(1);
		expect(cell(raw, 'BE', 2023, 'eqf_level', 'UNK').learners).toBe(1);
	});

	it('counts a record tagged digital and green under both topics', () => {
		expect(cell(raw, 'AT', 2023, 'topic', 'digital')).toMatchObject({
			credentials: 18,
			learners: 14
		});
		expect(cell(raw, 'AT', 2023, 'topic', 'green').learners).toBe(5);
		expect(cell(raw, 'AT', 2023, 'topic', 'UNK').learners).toBe(1);
	});

	it('divides by the latest population not after the year', () => {
		const rate = (geo: string, year: number) =>
			cell(raw, geo, year, 'provider_type', 'hei').credentials_per_1000_inhabitants;
		expect(rate('AT', 2023)).toBeCloseTo(1, 12); // 10 / 10 000 (2022)
		expect(rate('AT', 2024)).toBeCloseTo(0.75, 12); // 15 / 20 000 (2024)
		expect(rate('EU27_2020', 2024)).toBeCloseTo(0.21, 12); // 21 / 100 000 (2023)
		expect(rate('BE', 2023)).toBeNull();
	});

	it('has a _T row in every dimension of every country and year', () => {
		const totals = raw.filter((r) => r.category === '_T');
		// (EU, AT) x 2022-2024 + BE x 2023-2024 = 8 country-years, 9 dimensions.
		expect(totals).toHaveLength(72);
		expect(new Set(totals.map((r) => r.dimension)).size).toBe(9);
	});
});

describe('computeUptakeTable (published)', () => {
	it('suppresses the vet cell of 4 learners and the smallest cell that could give it away', () => {
		const vet = cell(published, 'AT', 2023, 'provider_type', 'vet');
		expect(vet).toMatchObject({
			learners: null,
			credentials: null,
			credentials_per_1000_inhabitants: null,
			flags: 'c'
		});
		// Secondary: employer (5) in Austria's line, vet and employer in the EU's.
		expect(cell(published, 'AT', 2023, 'provider_type', 'employer').flags).toBe('c');
		expect(cell(published, 'EU27_2020', 2023, 'provider_type', 'vet').flags).toBe('c');
		expect(cell(published, 'EU27_2020', 2023, 'provider_type', 'employer').flags).toBe('c');
		expect(cell(published, 'AT', 2023, 'provider_type', 'hei')).toMatchObject({
			credentials: 10,
			learners: 6,
			flags: ''
		});
	});

	it('hides every copy of a suppressed _T row, in every dimension', () => {
		const at2022 = published.filter((r) => r.geo === 'AT' && r.year === 2022);
		expect(at2022.length).toBeGreaterThan(9);
		expect(at2022.every((r) => r.flags === 'c' && r.learners === null)).toBe(true);
		const eu2022 = published.filter((r) => r.geo === 'EU27_2020' && r.year === 2022);
		expect(eu2022.every((r) => r.flags === 'c')).toBe(true);
	});

	it('computes growth on the year before, null when that year is suppressed', () => {
		const growth = (geo: string, year: number, dimension: string, category: string) =>
			cell(published, geo, year, dimension, category).growth_yoy;
		expect(growth('AT', 2024, 'provider_type', 'hei')).toBeCloseTo(50, 12); // 10 -> 15
		expect(growth('BE', 2024, 'provider_type', 'hei')).toBeCloseTo(-40, 12); // 10 -> 6
		expect(growth('EU27_2020', 2024, 'provider_type', 'hei')).toBeCloseTo(5, 12); // 20 -> 21
		expect(growth('AT', 2024, 'provider_type', '_T')).toBeCloseTo((100 * -4) / 19, 12);
		expect(growth('AT', 2023, 'provider_type', 'hei')).toBeNull(); // 2022 suppressed
		expect(growth('BE', 2023, 'provider_type', 'hei')).toBeNull(); // no 2022
	});

	it('passes the audit', () => {
		expect(auditSuppression({ rows: published, spec })).toEqual([]);
	});

	it('uses minCell', async () => {
		const rows = rowsOf(await computeUptakeTable({ db, minCell: 4, provenance }));
		expect(cell(rows, 'AT', 2023, 'provider_type', 'vet')).toMatchObject({
			learners: 4,
			credentials: 4,
			flags: ''
		});
		expect(cell(rows, 'AT', 2022, 'provider_type', 'hei').flags).toBe('c');
	});
});

describe('buildUptakeSql (a learner across categories)', () => {
	it('counts a learner once in each category of his records and once in the total', async () => {
		const store = await openStoreWith([
			issuance('L1', 'DE', '2024-01-01', { provider_type: 'hei', ects: 2 }),
			issuance('L1', 'DE', '2024-02-01', { provider_type: 'vet', ects: 2 }),
			issuance('L1', 'DE', '2024-03-01', { provider_type: 'vet', ects: 40 }),
			issuance('L2', 'DE', '2024-01-01', { provider_type: 'hei', ects: 40 }),
			issuance('L2', 'FR', '2024-01-01', { provider_type: null, ects: 40 }),
			// No pseudonym: each record is a learner of its own.
			issuance(null, 'DE', '2024-01-01', { provider_type: 'vet', ects: 40 }),
			issuance(null, 'DE', '2024-01-01', { provider_type: 'vet', ects: 40 })
		]);
		try {
			const rows = await store.all<Row>(buildUptakeSql());
			const de = (category: string) => cell(rows, 'DE', 2024, 'provider_type', category);
			expect(de('hei')).toMatchObject({ credentials: 2, learners: 2 });
			expect(de('vet')).toMatchObject({ credentials: 4, learners: 3 });
			expect(de('_T')).toMatchObject({ credentials: 6, learners: 4 });
			expect(cell(rows, 'DE', 2024, 'ects_band', '1-5').learners).toBe(1);
			expect(cell(rows, 'DE', 2024, 'ects_band', '>=30')).toMatchObject({
				credentials: 4,
				learners: 4
			});
			// L2 learns in both countries: once in the EU total, in hei and UNK.
			const eu = (category: string) => cell(rows, 'EU27_2020', 2024, 'provider_type', category);
			expect(eu('_T')).toMatchObject({ credentials: 7, learners: 4 });
			expect(eu('hei').learners).toBe(2);
			expect(eu('UNK')).toMatchObject({ credentials: 1, learners: 1 });
		} finally {
			store.close();
		}
	});
});
