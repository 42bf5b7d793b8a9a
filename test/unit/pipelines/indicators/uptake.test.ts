import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	UPTAKE_COLUMNS,
	buildUptakeSql,
	computeUptakeTable
} from '../../../../pipelines/indicators/uptake';
import {
	CELL_KEY_SQL_MODULUS,
	LEARNER_KEY_SQL,
	RECORD_KEY_SQL,
	learnerRecordKeySql
} from '../../../../pipelines/indicators/sql-parts';
import type { ProtectedTable } from '../../../../pipelines/disclosure/protected-table';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { cellKeyOf, perturbCount } from '../../../../core/methods/cell-key';
import {
	issuance,
	openFixtureStore,
	openStoreWith,
	pick,
	publishedOf,
	rowsOf,
	truthOf
} from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let table: ProtectedTable;
/** The SQL's rows: true counts and their cell keys. */
let raw: Row[];
let truth: Row[];
let published: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	raw = await db.all<Row>(buildUptakeSql());
	table = await computeUptakeTable({ db, minCell: 5, provenance });
	truth = truthOf(table);
	published = publishedOf(table);
});
afterAll(() => db.close());

const cell = (rows: Row[], geo: string, year: number, dimension: string, category: string) =>
	pick(rows, { geo, year, dimension, category });
const rowId = (row: Row) => `${row.geo}|${row.year}|${row.dimension}|${row.category}`;

describe('computeUptakeTable: the true counts', () => {
	it('counts credentials and distinct learners (a01 and a02 have three records each)', () => {
		const hei = cell(truth, 'AT', 2023, 'provider_type', 'hei');
		expect(hei.credentials).toBe(10);
		expect(hei.learners).toBe(6);
		expect(cell(truth, 'AT', 2023, 'provider_type', 'vet').learners).toBe(4);
		expect(cell(truth, 'AT', 2023, 'provider_type', '_T')).toMatchObject({
			credentials: 19,
			learners: 15
		});
	});

	it('counts a learner once in the EU row when he learns in two Member States', () => {
		// AT 2024: 8 learners, BE 2024: 6 learners, x1 in both.
		expect(cell(truth, 'EU27_2020', 2024, 'provider_type', 'hei')).toMatchObject({
			credentials: 21,
			learners: 13
		});
	});

	it('leaves out countries that are not Member States', () => {
		expect(truth.some((r) => r.geo === 'NO')).toBe(false);
		expect(cell(truth, 'EU27_2020', 2023, 'provider_type', '_T')).toMatchObject({
			credentials: 29,
			learners: 25
		});
	});

	it('puts ECTS exactly on a boundary in the band above it', () => {
		const band = (geo: string, category: string) =>
			cell(truth, geo, 2023, 'ects_band', category).credentials;
		expect(band('BE', '<1')).toBe(1); // 0.99
		expect(band('BE', '1-5')).toBe(1); // 1
		expect(band('BE', '5-15')).toBe(5); // 5, 14.99, 10, 10, 10
		expect(band('BE', '15-30')).toBe(1); // 15
		expect(band('BE', '>=30')).toBe(1); // 30
		expect(band('BE', 'UNK')).toBe(1); // neither ects nor hours
		expect(band('AT', '1-5')).toBe(5); // 4.5
		expect(band('AT', 'hours_only')).toBe(1); // 40 hours, no ECTS
		expect(cell(truth, 'AT', 2023, 'ects_band', '5-15')).toMatchObject({
			credentials: 13,
			learners: 9
		});
	});

	it('takes the EQF level of a QF-EHEA cycle, and tells not applicable from not given', () => {
		expect(cell(truth, 'BE', 2023, 'eqf_level', '6').learners).toBe(8);
		expect(cell(truth, 'BE', 2023, 'eqf_level', 'NAP').learners).toBe(1);
		expect(cell(truth, 'BE', 2023, 'eqf_level', 'UNK').learners).toBe(1);
	});

	it('counts a record tagged digital and green under both topics', () => {
		expect(cell(truth, 'AT', 2023, 'topic', 'digital')).toMatchObject({
			credentials: 18,
			learners: 14
		});
		expect(cell(truth, 'AT', 2023, 'topic', 'green').learners).toBe(5);
		expect(cell(truth, 'AT', 2023, 'topic', 'UNK').learners).toBe(1);
	});

	it('has a _T row in every dimension of every country and year', () => {
		const totals = truth.filter((r) => r.category === '_T');
		// (EU, AT) x 2022-2024 + BE x 2023-2024 = 8 country-years, 9 dimensions.
		expect(totals).toHaveLength(72);
		expect(new Set(totals.map((r) => r.dimension)).size).toBe(9);
	});

	it('keeps neither key columns nor derived columns in the true rows', () => {
		const row = cell(truth, 'AT', 2023, 'provider_type', 'hei');
		expect(Object.keys(row).sort()).toEqual(
			['geo', 'year', 'dimension', 'category', 'credentials', 'learners', 'population'].sort()
		);
	});
});

describe('buildUptakeSql: cell keys', () => {
	const inRange = (key: unknown) =>
		typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < CELL_KEY_SQL_MODULUS;

	it('gives every count a key in [0, 65536)', () => {
		expect(raw.length).toBe(truth.length);
		expect(raw.every((r) => inRange(r.credentials_key) && inRange(r.learners_key))).toBe(true);
	});

	it('sums the record keys of the records, and the learner keys of the distinct learners', async () => {
		const where = (geo: string) =>
			geo === 'EU27_2020'
				? "issuer_country IN ('AT', 'BE') AND year = 2024 AND provider_type = 'hei'"
				: `issuer_country = '${geo}' AND year = 2024 AND provider_type = 'hei'`;
		for (const geo of ['AT', 'BE', 'EU27_2020']) {
			const [expected] = await db.all<{ records: number; learners: number }>(
				`SELECT CAST((SELECT sum(${RECORD_KEY_SQL}) FROM issuance WHERE ${where(geo)}) ` +
					`% ${CELL_KEY_SQL_MODULUS} AS INTEGER) AS records,
				CAST((SELECT sum(${learnerRecordKeySql('learner')}) FROM (
					SELECT DISTINCT ${LEARNER_KEY_SQL} AS learner FROM issuance WHERE ${where(geo)}
				)) % ${CELL_KEY_SQL_MODULUS} AS INTEGER) AS learners`
			);
			// x1 learns in both countries: once in the EU's key.
			expect(cell(raw, geo, 2024, 'provider_type', 'hei')).toMatchObject({
				credentials_key: expected.records,
				learners_key: expected.learners
			});
		}
	});

	it('gives the same units the same key, and so the same published count, wherever they are', () => {
		const same = (a: Row, b: Row) => {
			expect(rowId(a)).not.toBe(rowId(b));
			const keysOf = (r: Row) => [r.credentials, r.credentials_key, r.learners, r.learners_key];
			expect(keysOf(b)).toEqual(keysOf(a));
			const shown = (r: Row) => {
				const p = cell(
					published,
					r.geo as string,
					r.year as number,
					r.dimension as string,
					r.category as string
				);
				return [p.credentials, p.learners];
			};
			expect(shown(b)).toEqual(shown(a));
		};
		// '_T' repeated in every dimension.
		for (const geo of ['EU27_2020', 'AT', 'BE']) {
			for (const year of [2023, 2024]) {
				const totals = raw.filter((r) => r.geo === geo && r.year === year && r.category === '_T');
				expect(totals).toHaveLength(9);
				for (const other of totals.slice(1)) same(totals[0], other);
			}
		}
		// A category holding every record of its line: every BE 2024 record is hei, every AT 2022
		// record is hei, non-formal and digital.
		same(
			cell(raw, 'BE', 2024, 'provider_type', '_T'),
			cell(raw, 'BE', 2024, 'provider_type', 'hei')
		);
		same(
			cell(raw, 'AT', 2022, 'learning_setting', '_T'),
			cell(raw, 'AT', 2022, 'learning_setting', 'non_formal')
		);
		same(cell(raw, 'AT', 2022, 'topic', '_T'), cell(raw, 'AT', 2022, 'topic', 'digital'));
		// The EU of a year with one Member State is that Member State.
		same(
			cell(raw, 'AT', 2022, 'provider_type', '_T'),
			cell(raw, 'EU27_2020', 2022, 'provider_type', '_T')
		);
		// Other records, another key.
		const vet = cell(raw, 'AT', 2023, 'provider_type', 'vet');
		const hei = cell(raw, 'AT', 2023, 'provider_type', 'hei');
		expect(vet.credentials_key).not.toBe(hei.credentials_key);
	});

	it('gives a learner key that does not depend on how many records the learner has', async () => {
		const store = await openStoreWith([
			issuance('L1', 'DE', '2024-01-01', { provider_type: 'hei' }),
			issuance('L1', 'DE', '2024-02-01', { provider_type: 'vet' }),
			issuance('L2', 'DE', '2024-01-01', { provider_type: 'vet' })
		]);
		try {
			const rows = await store.all<Row>(buildUptakeSql());
			const de = (category: string) => cell(rows, 'DE', 2024, 'provider_type', category);
			// vet and _T hold the same two learners, but not the same records.
			expect(de('vet').learners_key).toBe(de('_T').learners_key);
			expect(de('vet').credentials_key).not.toBe(de('_T').credentials_key);
			expect(de('hei').credentials_key).not.toBe(de('_T').credentials_key);
		} finally {
			store.close();
		}
	});
});

describe('computeUptakeTable: the published counts', () => {
	it('publishes every true row, and no other: a category without credentials stays absent', () => {
		expect(published.map(rowId)).toEqual(truth.map(rowId));
		expect(truth.every((r) => (r.credentials as number) >= 1 && (r.learners as number) >= 1)).toBe(
			true
		);
		// No adult_learning record in Austria in 2023: no row, true or published.
		expect(published.some((r) => rowId(r) === 'AT|2023|provider_type|adult_learning')).toBe(false);
	});

	it('moves every count by at most 2, never below 0, as the cell key says', () => {
		truth.forEach((t, i) => {
			const p = published[i];
			for (const count of ['credentials', 'learners'] as const) {
				const shown = p[count] as number;
				expect(Number.isInteger(shown)).toBe(true);
				expect(shown).toBeGreaterThanOrEqual(0);
				expect(Math.abs(shown - (t[count] as number))).toBeLessThanOrEqual(2);
			}
			expect(p.credentials).toBe(
				perturbCount(t.credentials as number, cellKeyOf(raw[i].credentials_key as number))
			);
		});
		// Not every count stays as it was.
		expect(truth.some((t, i) => t.credentials !== published[i].credentials)).toBe(true);
	});

	it('never publishes more learners than credentials', () => {
		for (const row of published) {
			expect(row.learners as number).toBeLessThanOrEqual(row.credentials as number);
		}
		for (const [i, t] of truth.entries()) {
			const uncapped = perturbCount(t.learners as number, cellKeyOf(raw[i].learners_key as number));
			expect(published[i].learners).toBe(Math.min(uncapped, published[i].credentials as number));
		}
	});

	it('computes the rates per 1 000 adults aged 25-64 from the published counts', () => {
		const rate = (geo: string, year: number) => {
			const row = cell(published, geo, year, 'provider_type', 'hei');
			return {
				credentials: row.credentials as number,
				learners: row.learners as number,
				perCredentials: row.credentials_per_1000_adults,
				perLearners: row.learners_per_1000_adults
			};
		};
		// Latest population not after the year: AT 2023 -> 10 000 (2022), AT 2024 -> 20 000 (2024),
		// EU 2024 -> 100 000 (2023).
		const at2023 = rate('AT', 2023);
		expect(at2023.perCredentials).toBeCloseTo((1000 * at2023.credentials) / 10_000, 12);
		expect(at2023.perLearners).toBeCloseTo((1000 * at2023.learners) / 10_000, 12);
		const at2024 = rate('AT', 2024);
		expect(at2024.perCredentials).toBeCloseTo((1000 * at2024.credentials) / 20_000, 12);
		const eu2024 = rate('EU27_2020', 2024);
		expect(eu2024.perCredentials).toBeCloseTo((1000 * eu2024.credentials) / 100_000, 12);
		expect(rate('BE', 2023).perCredentials).toBeNull(); // no population
		expect(rate('BE', 2023).perLearners).toBeNull();
	});

	it('computes growth on the year before from the published credentials', () => {
		const growth = (geo: string, year: number, dimension: string, category: string) => {
			const now = cell(published, geo, year, dimension, category);
			const before = cell(published, geo, year - 1, dimension, category);
			expect(now.growth_yoy).toBeCloseTo(
				(100 * ((now.credentials as number) - (before.credentials as number))) /
					(before.credentials as number),
				12
			);
		};
		growth('AT', 2024, 'provider_type', 'hei');
		growth('BE', 2024, 'provider_type', 'hei');
		growth('EU27_2020', 2024, 'provider_type', 'hei');
		growth('AT', 2024, 'provider_type', '_T');
		expect(cell(published, 'BE', 2023, 'provider_type', 'hei').growth_yoy).toBeNull(); // no 2022
		// AT 2023 vet: no vet record in 2022.
		expect(cell(published, 'AT', 2023, 'provider_type', 'vet').growth_yoy).toBeNull();
	});

	it('gives null rates and growth where a count is hidden', () => {
		const hidden = table.perturbed.map((row) =>
			rowId(row) === 'AT|2023|provider_type|hei'
				? { ...row, credentials: null, learners: null }
				: row
		);
		const derived = table.derive(hidden);
		expect(cell(derived, 'AT', 2023, 'provider_type', 'hei')).toMatchObject({
			credentials_per_1000_adults: null,
			learners_per_1000_adults: null,
			growth_yoy: null
		});
		expect(cell(derived, 'AT', 2024, 'provider_type', 'hei').growth_yoy).toBeNull();
	});

	it('publishes the declared columns only: no key, no population', () => {
		const built = table.build(published);
		expect(built.columns.map((c) => c.name)).toEqual(UPTAKE_COLUMNS.map((c) => c.name));
		expect(rowsOf(built)).toHaveLength(truth.length);
		expect(cell(rowsOf(built), 'AT', 2023, 'provider_type', 'hei')).toMatchObject({
			credentials: cell(published, 'AT', 2023, 'provider_type', 'hei').credentials,
			flags: ''
		});
	});

	it('gives the same output on a re-run', async () => {
		const again = await computeUptakeTable({ db, minCell: 5, provenance });
		expect(again.truth).toEqual(table.truth);
		expect(again.perturbed).toEqual(table.perturbed);
		expect(table.build(publishedOf(again))).toEqual(table.build(published));
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
			// The EU's learners key: each of its four learners once.
			const [{ key }] = await store.all<{ key: number }>(
				`SELECT CAST(sum(${learnerRecordKeySql('learner')}) % ${CELL_KEY_SQL_MODULUS} AS INTEGER) AS key
				FROM (SELECT DISTINCT ${LEARNER_KEY_SQL} AS learner FROM issuance)`
			);
			expect(eu('_T').learners_key).toBe(key);
		} finally {
			store.close();
		}
	});
});
