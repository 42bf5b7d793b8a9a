import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	INCLUSION_GROUPS,
	buildInclusionSql,
	computeInclusionTable
} from '../../../../pipelines/indicators/inclusion';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { auditSuppression } from '../../../../core/methods/disclosure';
import { openFixtureStore, pick, rowsOf } from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let raw: Row[];
let published: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	raw = await db.all<Row>(buildInclusionSql());
	published = rowsOf(await computeInclusionTable({ db, minCell: 5, provenance }));
});
afterAll(() => db.close());

const group = (rows: Row[], geo: string, year: number, name: string) =>
	pick(rows, { geo, year, group: name });

describe('buildInclusionSql (before suppression)', () => {
	it('gives a learner the latest known value of each attribute', () => {
		// a01: medium, low, (none) -> low; a02: low, high, (none) -> high.
		expect(group(raw, 'AT', 2023, 'low_qualified')).toMatchObject({
			learners_in_group: 5,
			learners_with_known_attribute: 10,
			share_of_learners: 50
		});
		// a01: employed, unemployed, (none) -> unemployed; with a02, a03 and a04 (long-term).
		expect(group(raw, 'AT', 2023, 'unemployed')).toMatchObject({
			learners_in_group: 4,
			learners_with_known_attribute: 12
		});
		expect(group(raw, 'AT', 2023, 'long_term_unemployed').learners_in_group).toBe(1);
	});

	it('counts each group among learners whose attribute is known', () => {
		expect(group(raw, 'AT', 2023, 'older_55_64')).toMatchObject({
			learners_in_group: 12,
			learners_with_known_attribute: 15
		});
		expect(group(raw, 'AT', 2023, 'migrant_background')).toMatchObject({
			learners_in_group: 6,
			learners_with_known_attribute: 11
		});
		expect(group(raw, 'AT', 2023, 'migrant_background').share_of_learners).toBeCloseTo(
			(100 * 6) / 11,
			12
		);
		expect(group(raw, 'AT', 2023, 'older_65_plus')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 15,
			share_of_learners: 0
		});
		expect(group(raw, 'AT', 2023, 'disability')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 0,
			share_of_learners: null
		});
	});

	it('resolves a learner of two Member States over all his records for the EU', () => {
		// x1: low in Austria (March), high in Belgium (June): high for the EU.
		expect(group(raw, 'AT', 2024, 'low_qualified').learners_in_group).toBe(6);
		expect(group(raw, 'BE', 2024, 'low_qualified')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 1
		});
		expect(group(raw, 'EU27_2020', 2024, 'low_qualified')).toMatchObject({
			learners_in_group: 5,
			learners_with_known_attribute: 6
		});
	});

	it('has no population baseline yet', () => {
		expect(raw.every((r) => r.population_share === null && r.representation_ratio === null)).toBe(
			true
		);
	});

	it('sets the AES gap beside each group that has an AES breakdown', () => {
		expect(group(raw, 'AT', 2023, 'low_qualified')).toMatchObject({
			aes_group_rate: 10,
			aes_total_rate: 40,
			aes_rate_ratio: 0.25,
			aes_year: 2022
		});
		// No unemployed rate in 2022: the 2016 wave.
		expect(group(raw, 'AT', 2023, 'unemployed')).toMatchObject({
			aes_rate_ratio: 0.6,
			aes_year: 2016
		});
		expect(group(raw, 'EU27_2020', 2023, 'low_qualified').aes_rate_ratio).toBeCloseTo(
			18.4 / 39.5,
			12
		);
		expect(group(raw, 'EU27_2020', 2023, 'older_55_64').aes_rate_ratio).toBeCloseTo(
			29.9 / 39.5,
			12
		);
		// Belgium has a group rate but no total rate.
		expect(group(raw, 'BE', 2023, 'low_qualified').aes_rate_ratio).toBeNull();
		expect(group(raw, 'AT', 2023, 'disability')).toMatchObject({
			aes_group_rate: null,
			aes_rate_ratio: null,
			aes_year: null
		});
	});

	it('has one row per group, country and year', () => {
		// (EU, AT) x 3 years + BE x 2 years.
		expect(raw).toHaveLength(8 * INCLUSION_GROUPS.length);
	});
});

describe('computeInclusionTable (published)', () => {
	it('suppresses a group of 4 learners and its partner in the line of countries', () => {
		expect(group(published, 'AT', 2023, 'unemployed')).toMatchObject({
			learners_in_group: null,
			learners_with_known_attribute: null,
			share_of_learners: null,
			flags: 'c'
		});
		expect(group(published, 'BE', 2023, 'unemployed').flags).toBe('c');
		const eu = group(published, 'EU27_2020', 2023, 'unemployed');
		expect(eu).toMatchObject({ learners_in_group: 9, learners_with_known_attribute: 22 });
		expect(eu.share_of_learners).toBeCloseTo((100 * 9) / 22, 12);
	});

	it('suppresses a group that holds everyone but a few', () => {
		// 12 of 15 known: publishing would tell that only 3 are outside the group.
		expect(group(published, 'AT', 2023, 'older_55_64')).toMatchObject({
			learners_in_group: null,
			flags: 'c'
		});
		// Partner: Belgium's zero, the only other cell of the line.
		expect(group(published, 'BE', 2023, 'older_55_64').flags).toBe('c');
		expect(group(published, 'EU27_2020', 2023, 'older_55_64')).toMatchObject({
			learners_in_group: 12,
			share_of_learners: 48,
			flags: ''
		});
		// 0 of 1 known: says that the one learner is not low-qualified.
		expect(group(published, 'BE', 2024, 'low_qualified').flags).toBe('c');
		expect(group(published, 'EU27_2020', 2024, 'low_qualified').flags).toBe('c');
		expect(group(published, 'AT', 2024, 'low_qualified')).toMatchObject({
			learners_in_group: 6,
			share_of_learners: 100,
			flags: ''
		});
	});

	it('suppresses zeros like other small counts and keeps the official AES values', () => {
		// No long-term unemployed among BE's 10 learners of 2023: 0 is below the threshold.
		expect(group(published, 'BE', 2023, 'long_term_unemployed')).toMatchObject({
			learners_in_group: null,
			learners_with_known_attribute: null,
			flags: 'c'
		});
		expect(group(published, 'AT', 2023, 'unemployed').aes_rate_ratio).toBe(0.6);
		expect(group(published, 'AT', 2023, 'low_qualified').aes_flags).toBe('u');
		expect(group(published, 'EU27_2020', 2023, 'older_55_64').aes_flags).toBe('b');
		expect(group(published, 'AT', 2023, 'unemployed').aes_flags).toBe('');
		expect(group(published, 'AT', 2023, 'disability').aes_flags).toBeNull();
	});

	it('passes the audit', () => {
		const spec = {
			dimensions: [{ column: 'geo', total: 'EU27_2020' }, { column: 'year' }, { column: 'group' }],
			count: 'learners_in_group',
			derived: ['learners_with_known_attribute', 'share_of_learners', 'representation_ratio']
		};
		expect(auditSuppression({ rows: published, spec })).toEqual([]);
		// No published row leaves 1-4 learners outside its group.
		const rest = published
			.filter((r) => r.learners_in_group !== null)
			.map((r) => (r.learners_with_known_attribute as number) - (r.learners_in_group as number));
		expect(rest.filter((n) => n > 0 && n < 5)).toEqual([]);
	});
});
