import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { perturbCount } from '../../../../core/methods/cell-key';
import {
	INCLUSION_GROUPS,
	buildInclusionSql,
	computeInclusionTable,
	deriveInclusion
} from '../../../../pipelines/indicators/inclusion';
import { buildUptakeSql } from '../../../../pipelines/indicators/uptake';
import { ratioOf, shareOf } from '../../../../pipelines/indicators/derived-values';
import { learnerRecordKeySql } from '../../../../pipelines/indicators/sql-parts';
import { cellId, type ProtectedTable } from '../../../../pipelines/disclosure/protected-table';
import {
	DISJOINT_FAMILIES,
	NESTED_GROUPS,
	inclusionDerivedCells,
	inclusionRelations
} from '../../../../pipelines/disclosure/relations/inclusion';
import type { AuditedTable } from '../../../../pipelines/disclosure/relations/types';
import type { AuditRelation } from '../../../../pipelines/disclosure/audit-relation';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { openFixtureStore, pick, publishedOf, rowsOf, truthOf } from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };
const KNOWN = 'learners_with_known_attribute';
const IN_GROUP = 'learners_in_group';

let db: NativeDuckDB;
let raw: Row[];
let table: ProtectedTable;
/** True counts, with the derived columns computed from them (what an exact table would show). */
let truth: Row[];
let published: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	raw = await db.all<Row>(buildInclusionSql());
	table = await computeInclusionTable({ db, minCell: 5, provenance });
	truth = deriveInclusion(truthOf(table));
	published = publishedOf(table);
});
afterAll(() => db.close());

const group = (rows: readonly Row[], geo: string, year: number, name: string) =>
	pick(rows, { geo, year, group: name });

/** Rows of the same country, year and attribute, by attribute, for every country and year. */
function siblings(rows: Row[]): Row[][] {
	const byAttribute = new Map<string, Row[]>();
	for (const row of rows) {
		const attribute = INCLUSION_GROUPS.find((g) => g.group === row.group)!.attribute;
		const key = `${row.geo}|${row.year}|${attribute}`;
		byAttribute.set(key, [...(byAttribute.get(key) ?? []), row]);
	}
	return [...byAttribute.values()].filter((rs) => rs.length > 1);
}

describe('inclusion: true counts (hand-computed)', () => {
	it('gives a learner the latest known value of each attribute', () => {
		// a01: medium, low, (none) -> low; a02: low, high, (none) -> high.
		expect(group(truth, 'AT', 2023, 'low_qualified')).toMatchObject({
			learners_in_group: 5,
			learners_with_known_attribute: 10,
			share_of_learners: 50
		});
		// a01: employed, unemployed, (none) -> unemployed; with a02, a03 and a04 (long-term).
		expect(group(truth, 'AT', 2023, 'unemployed')).toMatchObject({
			learners_in_group: 4,
			learners_with_known_attribute: 12
		});
		expect(group(truth, 'AT', 2023, 'long_term_unemployed')).toMatchObject({
			learners_in_group: 1,
			learners_with_known_attribute: 12
		});
	});

	it('counts each group among learners whose attribute is known', () => {
		expect(group(truth, 'AT', 2023, 'older_55_64')).toMatchObject({
			learners_in_group: 12,
			learners_with_known_attribute: 15
		});
		expect(group(truth, 'AT', 2023, 'migrant_background')).toMatchObject({
			learners_in_group: 6,
			learners_with_known_attribute: 11
		});
		expect(group(truth, 'AT', 2023, 'migrant_background').share_of_learners).toBeCloseTo(
			(100 * 6) / 11,
			12
		);
		expect(group(truth, 'AT', 2023, 'older_65_plus')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 15,
			share_of_learners: 0
		});
		expect(group(truth, 'AT', 2023, 'disability')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 0,
			share_of_learners: null
		});
		// No long-term unemployed among BE's 10 learners of 2023: a row with 0.
		expect(group(truth, 'BE', 2023, 'long_term_unemployed')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 10
		});
	});

	it('counts the EU learners once across Member States', () => {
		expect(group(truth, 'EU27_2020', 2023, 'unemployed')).toMatchObject({
			learners_in_group: 9,
			learners_with_known_attribute: 22
		});
		expect(group(truth, 'EU27_2020', 2023, 'older_55_64')).toMatchObject({
			learners_in_group: 12,
			learners_with_known_attribute: 25,
			share_of_learners: 48
		});
	});

	it('resolves a learner of two Member States over all his records for the EU', () => {
		// x1: low in Austria (March), high in Belgium (June): high for the EU.
		expect(group(truth, 'AT', 2024, 'low_qualified')).toMatchObject({
			learners_in_group: 6,
			learners_with_known_attribute: 6
		});
		expect(group(truth, 'BE', 2024, 'low_qualified')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 1
		});
		expect(group(truth, 'EU27_2020', 2024, 'low_qualified')).toMatchObject({
			learners_in_group: 5,
			learners_with_known_attribute: 6
		});
	});

	it('takes the baseline of the latest year not after the year of issue, with its basis', () => {
		// AT low-qualified: 25 % in 2020 (b), 20 % in 2024; BE rural 40 % of all ages in 2023.
		expect(group(truth, 'AT', 2023, 'low_qualified')).toMatchObject({
			population_share: 25,
			population_year: 2020,
			population_basis: 'Y25-64',
			population_flags: 'b'
		});
		expect(group(truth, 'AT', 2024, 'low_qualified')).toMatchObject({
			population_share: 20,
			population_year: 2024,
			population_flags: ''
		});
		expect(group(truth, 'BE', 2023, 'rural')).toMatchObject({
			population_share: 40,
			population_basis: 'all_ages'
		});
		// No baseline: a group without one, a country without one, a year before the first.
		expect(group(truth, 'AT', 2023, 'disability').population_share).toBeNull();
		expect(group(truth, 'BE', 2023, 'low_qualified').population_share).toBeNull();
		expect(group(truth, 'EU27_2020', 2023, 'low_qualified').population_year).toBeNull();
	});

	it('divides the published share by the baseline: the representation ratio', () => {
		const row = group(published, 'AT', 2024, 'low_qualified');
		expect(row.representation_ratio).toBeCloseTo((row.share_of_learners as number) / 20, 12);
	});

	it('sets the AES gap beside each group that has an AES breakdown', () => {
		expect(group(truth, 'AT', 2023, 'low_qualified')).toMatchObject({
			aes_group_rate: 10,
			aes_total_rate: 40,
			aes_rate_ratio: 0.25,
			aes_year: 2022
		});
		// No unemployed rate in 2022: the 2016 wave.
		expect(group(truth, 'AT', 2023, 'unemployed')).toMatchObject({
			aes_rate_ratio: 0.6,
			aes_year: 2016
		});
		expect(group(truth, 'EU27_2020', 2023, 'low_qualified').aes_rate_ratio).toBeCloseTo(
			18.4 / 39.5,
			12
		);
		expect(group(truth, 'EU27_2020', 2023, 'older_55_64').aes_rate_ratio).toBeCloseTo(
			29.9 / 39.5,
			12
		);
		// Belgium has a group rate but no total rate.
		expect(group(truth, 'BE', 2023, 'low_qualified').aes_rate_ratio).toBeNull();
		expect(group(truth, 'AT', 2023, 'disability')).toMatchObject({
			aes_group_rate: null,
			aes_rate_ratio: null,
			aes_year: null
		});
	});

	it('has one row per group, country and year, also for groups that count nobody', () => {
		// (EU, AT) x 3 years + BE x 2 years.
		expect(table.truth).toHaveLength(8 * INCLUSION_GROUPS.length);
		expect(table.perturbed).toHaveLength(8 * INCLUSION_GROUPS.length);
		expect(table.truth.map((r) => [r.geo, r.year, r.group])).toEqual(
			table.perturbed.map((r) => [r.geo, r.year, r.group])
		);
	});

	it('keeps derived columns and keys out of the true rows', () => {
		for (const row of table.truth) {
			expect(Object.keys(row)).not.toContain('share_of_learners');
			expect(Object.keys(row)).not.toContain('representation_ratio');
			expect(Object.keys(row).filter((k) => k.endsWith('_key'))).toEqual([]);
		}
	});
});

describe('inclusion: cell keys', () => {
	it('sums the keys of the distinct learners counted, modulo 65536', async () => {
		// AT 2023 low-qualified: a01 (latest: low) and a03-a06.
		const [{ key }] = await db.all<{ key: number }>(
			`SELECT CAST(sum(${learnerRecordKeySql('hash(p)')}) % 65536 AS INTEGER) AS key
			FROM (VALUES ('a01'), ('a03'), ('a04'), ('a05'), ('a06')) v(p)`
		);
		expect(group(raw, 'AT', 2023, 'low_qualified').learners_in_group_key).toBe(key);
		// AT 2024 low-qualified is everyone with a known level: one set of learners, one key.
		const at2024 = group(raw, 'AT', 2024, 'low_qualified');
		expect(at2024.learners_in_group_key).toBe(at2024.learners_with_known_attribute_key);
	});

	it('gives sibling groups the same key for the learners whose attribute is known', () => {
		const families = siblings(raw);
		// labour_status and age_band, in each of the 8 countries-years.
		expect(families).toHaveLength(16);
		for (const rows of families) {
			const keys = new Set(rows.map((r) => r.learners_with_known_attribute_key));
			expect(keys.size).toBe(1);
		}
	});

	it('publishes each count as the perturbation table gives it, the group capped', () => {
		raw.forEach((row, i) => {
			const known = perturbCount(
				row.learners_with_known_attribute as number,
				row.learners_with_known_attribute_key as number
			);
			const inGroup = perturbCount(
				row.learners_in_group as number,
				row.learners_in_group_key as number
			);
			expect(table.perturbed[i][KNOWN]).toBe(known);
			expect(table.perturbed[i][IN_GROUP]).toBe(Math.min(inGroup, known));
		});
	});
});

describe('inclusion: published', () => {
	const pairs = () => table.truth.map((row, i) => [row, published[i]] as const);

	it('publishes counts within 2 of the truth, a zero as a zero, and changes some', () => {
		let changed = 0;
		for (const [row, shown] of pairs()) {
			for (const count of [KNOWN, IN_GROUP]) {
				const n = row[count] as number;
				const p = shown[count] as number;
				expect(Number.isInteger(p) && p >= 0).toBe(true);
				expect(Math.abs(p - n)).toBeLessThanOrEqual(2);
				if (n === 0) expect(p).toBe(0);
				if (p !== n) changed++;
			}
		}
		expect(changed).toBeGreaterThan(0);
		expect(group(published, 'AT', 2023, 'disability')).toMatchObject({
			learners_in_group: 0,
			learners_with_known_attribute: 0,
			share_of_learners: null
		});
	});

	it('publishes the shared denominator with one value across sibling groups', () => {
		for (const rows of siblings(published)) {
			expect(new Set(rows.map((r) => r[KNOWN])).size).toBe(1);
		}
		expect(group(published, 'AT', 2023, 'unemployed')[KNOWN]).toBe(
			group(published, 'AT', 2023, 'long_term_unemployed')[KNOWN]
		);
		expect(group(published, 'EU27_2020', 2023, 'older_55_64')[KNOWN]).toBe(
			group(published, 'EU27_2020', 2023, 'older_65_plus')[KNOWN]
		);
	});

	it('never publishes more learners in a group than learners with the attribute known', () => {
		for (const row of published) {
			expect(row[IN_GROUP] as number).toBeLessThanOrEqual(row[KNOWN] as number);
		}
	});

	it('derives the share and the ratios from the published counts', () => {
		for (const row of published) {
			expect(row.share_of_learners).toBe(shareOf(row[IN_GROUP], row[KNOWN]));
			expect(row.representation_ratio).toBe(ratioOf(row.share_of_learners, row.population_share));
		}
		// With a baseline, the ratio divides the published share by it.
		const [withBaseline] = deriveInclusion([
			{ ...table.perturbed[0], [IN_GROUP]: 3, [KNOWN]: 12, population_share: 20 }
		]);
		expect(withBaseline).toMatchObject({ share_of_learners: 25, representation_ratio: 1.25 });
		// A hidden count leaves the share and the ratio empty, not the official rates.
		const [hidden] = deriveInclusion([
			{
				...group(table.perturbed, 'AT', 2023, 'low_qualified'),
				[IN_GROUP]: null,
				population_share: 20
			}
		]);
		expect(hidden).toMatchObject({
			share_of_learners: null,
			representation_ratio: null,
			aes_rate_ratio: 0.25
		});
	});

	it('keeps the official AES values as they are', () => {
		expect(group(published, 'AT', 2023, 'unemployed').aes_rate_ratio).toBe(0.6);
		expect(group(published, 'AT', 2023, 'low_qualified').aes_flags).toBe('u');
		expect(group(published, 'EU27_2020', 2023, 'older_55_64').aes_flags).toBe('b');
		expect(group(published, 'AT', 2023, 'unemployed').aes_flags).toBe('');
		expect(group(published, 'AT', 2023, 'disability').aes_flags).toBeNull();
		for (const [row, shown] of pairs()) {
			for (const column of [
				'aes_group_rate',
				'aes_total_rate',
				'aes_year',
				'population_share',
				'population_year',
				'population_basis'
			]) {
				expect(shown[column]).toBe(row[column]);
			}
		}
	});

	it('gives the same output on a re-run', async () => {
		const again = await computeInclusionTable({ db, minCell: 5, provenance });
		expect(again.truth).toEqual(table.truth);
		expect(again.perturbed).toEqual(table.perturbed);
		expect(rowsOf(again.build(publishedOf(again)))).toEqual(rowsOf(table.build(published)));
	});

	it('builds the table to publish with every column', () => {
		const built = table.build(published);
		expect(built.name).toBe('inclusion');
		const rows = rowsOf(built);
		expect(rows).toHaveLength(published.length);
		expect(Object.keys(rows[0])).toEqual([
			'geo',
			'year',
			'group',
			'learners_in_group',
			'learners_with_known_attribute',
			'share_of_learners',
			'population_share',
			'population_year',
			'population_basis',
			'population_flags',
			'representation_ratio',
			'aes_group_rate',
			'aes_total_rate',
			'aes_rate_ratio',
			'aes_year',
			'aes_flags',
			'flags'
		]);
		expect(rows.every((r) => r.flags === '')).toBe(true);
	});
});

describe('inclusionRelations', () => {
	let relations: AuditRelation[];
	let trueCells: Map<string, number>;

	/** A stand-in for the uptake table: its true rows from the SQL (only `learners` is read). */
	function uptakeTable(rows: Row[]): ProtectedTable {
		return {
			name: 'uptake',
			keyColumns: ['geo', 'year', 'dimension', 'category'],
			counts: [{ count: 'credentials', present: true }, { count: 'learners' }],
			truth: rows,
			perturbed: rows,
			derive: (r) => [...r],
			build: () => {
				throw new Error('not built in this test');
			}
		};
	}

	beforeAll(async () => {
		const uptakeRows = await db.all<Row>(buildUptakeSql());
		const uptake = uptakeTable(uptakeRows);
		const tables = new Map<string, AuditedTable>([
			['inclusion', { table, truth: table.truth, published }],
			['uptake', { table: uptake, truth: uptakeRows, published: uptakeRows }]
		]);
		relations = inclusionRelations(tables);
		trueCells = new Map();
		for (const { table: t, truth: rows } of tables.values()) {
			for (const row of rows) {
				for (const { count } of t.counts) trueCells.set(cellId(t, row, count), Number(row[count]));
			}
		}
	});

	const value = (relation: AuditRelation) =>
		relation.terms.reduce((sum, { cell, coefficient }) => {
			const truthValue = trueCells.get(cell);
			if (truthValue === undefined) throw new Error(`${relation.id}: unknown cell ${cell}`);
			return sum + coefficient * truthValue;
		}, 0);

	it('knows the groups nested in others and the groups without a value in common', () => {
		expect(NESTED_GROUPS).toEqual([['long_term_unemployed', 'unemployed']]);
		expect(DISJOINT_FAMILIES).toEqual([['older_55_64', 'older_65_plus']]);
	});

	it('holds every relation on the true counts', () => {
		expect(relations.length).toBeGreaterThan(0);
		expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
		const broken = relations.filter((relation) => {
			const lhs = value(relation);
			const rhs = relation.constant ?? 0;
			const sense = relation.sense ?? '=';
			return sense === '=' ? lhs !== rhs : sense === '<=' ? lhs > rhs : lhs < rhs;
		});
		expect(broken.map((r) => `${r.id}: ${value(r)} ${r.sense ?? '='} ${r.constant ?? 0}`)).toEqual(
			[]
		);
	});

	it('writes each kind of relation', () => {
		const ids = relations.map((r) => r.id);
		const has = (id: string) => expect(ids).toContain(id);
		has('inclusion AT|2023 labour_status: same known learners (unemployed, long_term_unemployed)');
		has('inclusion AT|2023 age_band: same known learners (older_55_64, older_65_plus)');
		has('inclusion AT|2023 long_term_unemployed within unemployed');
		has('inclusion AT|2023 older_55_64 + older_65_plus <= known');
		has('inclusion 2023|unemployed EU <= sum of Member States (known)');
		has('inclusion 2023|unemployed EU >= AT (known)');
		has('inclusion 2024|low_qualified EU <= sum of Member States (in group)');
		has('inclusion 2024|low_qualified AT - EU <= others outside the group');
		has('inclusion AT|2023 low_qualified known <= uptake learners');
		const withUptake = relations.find(
			(r) => r.id === 'inclusion AT|2023 low_qualified known <= uptake learners'
		)!;
		expect(withUptake.terms.map((t) => t.cell)).toEqual([
			'inclusion|AT|2023|low_qualified|learners_with_known_attribute',
			'uptake|AT|2023|provider_type|_T|learners'
		]);
		// Not a relation: the EU can have fewer learners in a group than a Member State.
		expect(ids.filter((id) => id.includes('>=') && id.includes('in group'))).toEqual([]);
	});

	it('is tight where a learner changes group between Member States', () => {
		// x1: low-qualified in AT, high in BE and the EU: AT 6 - EU 5 = BE's one outside the group.
		const relation = relations.find(
			(r) => r.id === 'inclusion 2024|low_qualified AT - EU <= others outside the group'
		)!;
		expect(value(relation)).toBe(0);
		const eu = group(truth, 'EU27_2020', 2024, 'low_qualified')[IN_GROUP] as number;
		const at = group(truth, 'AT', 2024, 'low_qualified')[IN_GROUP] as number;
		expect(eu).toBeLessThan(at);
	});

	it('leaves uptake out when it is not audited', () => {
		const alone = inclusionRelations(
			new Map([['inclusion', { table, truth: table.truth, published }]])
		);
		expect(alone.some((r) => r.id.includes('uptake'))).toBe(false);
		expect(alone.length).toBeLessThan(relations.length);
	});

	it('defines the counts an outsider can compute, each by a relation that holds', () => {
		const derived = inclusionDerivedCells(
			new Map([['inclusion', { table, truth: table.truth, published }]])
		);
		const cells = new Map(derived.cells.map((c) => [c.id, c.truth]));
		// One "outside the group" per row, one "unemployed, not long-term" and one "under 55" per
		// country and year.
		expect(cells.size).toBe(table.truth.length + 2 * 8);
		expect(cells.get('inclusion|AT|2023|older_55_64|learners_outside_group')).toBe(3);
		expect(
			cells.get('inclusion|AT|2023|unemployed not long_term_unemployed|learners_in_group')
		).toBe(3);
		expect(
			cells.get('inclusion|AT|2023|none of older_55_64, older_65_plus|learners_in_group')
		).toBe(3);
		expect([...cells.values()].every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
		for (const relation of derived.relations) {
			const lhs = relation.terms.reduce(
				(sum, { cell, coefficient }) =>
					sum + coefficient * (trueCells.get(cell) ?? cells.get(cell)!),
				0
			);
			expect(lhs, relation.id).toBe(0);
		}
	});
});
