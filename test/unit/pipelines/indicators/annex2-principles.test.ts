import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAnnex1CompletenessTable } from '../../../../pipelines/indicators/annex1-completeness';
import {
	ANNEX2_COLUMNS,
	computeAnnex2PrinciplesTable
} from '../../../../pipelines/indicators/annex2-principles';
import { shareOf } from '../../../../pipelines/indicators/derived-values';
import type { ProtectedTable } from '../../../../pipelines/disclosure/protected-table';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { openFixtureStore, pick, publishedOf, rowsOf, truthOf } from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let table: ProtectedTable;
/** The record rows with their true counts. */
let truth: Row[];
/** The record rows as published (perturbed counts, shares from them). */
let published: Row[];
/** The whole table as built for publication. */
let built: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	table = await computeAnnex2PrinciplesTable({ db, minCell: 5, provenance });
	truth = truthOf(table);
	published = publishedOf(table);
	built = rowsOf(table.build(publishedOf(table)));
});
afterAll(() => db.close());

const principle = (geo: string, year: number | null, name: string) =>
	pick(truth, { geo, year, principle: name });
const builtRow = (geo: string, name: string) => pick(built, { geo, year: null, principle: name });

describe('annex2_principles', () => {
	it('counts the records meeting each record-based principle (true counts)', () => {
		const at = (name: string) => principle('AT', 2023, name);
		expect(at('quality_external_qa')).toMatchObject({
			basis: 'records',
			units: 19,
			units_meeting: 15
		});
		expect(at('transparency_ects').units_meeting).toBe(18); // a07: hours only
		expect(at('transparency_eqf').units_meeting).toBe(19);
		expect(at('transparency_nqf').units_meeting).toBe(15); // in_nqf unknown does not count
		expect(at('valid_assessment').units_meeting).toBe(15); // 'none'
		expect(at('learning_pathways_stackable').units_meeting).toBe(15);
		expect(at('portable_digital').units_meeting).toBe(15); // pdf no, Open Badges 2 yes
		expect(at('authentic_sealed').units_meeting).toBe(15);
		// A QF-EHEA cycle gives a level; "not applicable" and missing do not.
		expect(principle('BE', 2023, 'transparency_eqf')).toMatchObject({
			units: 10,
			units_meeting: 8
		});
		expect(principle('BE', 2023, 'transparency_ects').units_meeting).toBe(9);
		expect(principle('EU27_2020', 2023, 'quality_external_qa')).toMatchObject({
			units: 29,
			units_meeting: 25
		});
		// A country-year of 3 records is counted like any other: perturbation replaces suppression.
		expect(principle('AT', 2022, 'authentic_sealed')).toMatchObject({ units: 3, units_meeting: 3 });
		expect(truth.filter((r) => r.year === 2022)).toHaveLength(16);
	});

	it('protects only the record rows, without key columns', () => {
		expect(table.keyColumns).toEqual(['geo', 'year', 'principle']);
		expect(table.counts.map((c) => c.count)).toEqual(['units', 'units_meeting']);
		expect(truth.every((r) => r.basis === 'records')).toBe(true);
		expect(truth).toHaveLength(8 * 8); // 8 principles x 8 country-years (AT 3, BE 2, EU 3)
		for (const rows of [truth, table.perturbed, built]) {
			for (const row of rows) {
				expect(Object.keys(row).filter((k) => k.endsWith('_key'))).toEqual([]);
			}
		}
		expect(Object.keys(built[0])).toEqual(ANNEX2_COLUMNS.map((c) => c.name));
	});

	it('publishes offers and providers as counted, without a year (they are not persons)', () => {
		// O1 listed twice counts once; the Norwegian offer is left out.
		expect(builtRow('AT', 'information_public_catalogue')).toMatchObject({
			basis: 'offers',
			units: 3,
			units_meeting: 2,
			flags: ''
		});
		expect(builtRow('BE', 'information_public_catalogue')).toMatchObject({
			units: 2,
			units_meeting: 1,
			share: 50,
			flags: ''
		});
		expect(builtRow('EU27_2020', 'information_public_catalogue')).toMatchObject({
			units: 5,
			units_meeting: 3,
			share: 60
		});
		expect(builtRow('AT', 'recognition_policy')).toMatchObject({
			basis: 'providers',
			units: 3,
			units_meeting: 1
		});
		expect(builtRow('EU27_2020', 'recognition_policy')).toMatchObject({
			units: 4,
			units_meeting: 2,
			share: 50
		});
		expect(builtRow('BE', 'recognition_policy')).toMatchObject({ units: 1, flags: '' });
		// Records first (as published), then offers, then providers.
		expect(built.map((r) => r.basis)).toEqual([
			...published.map(() => 'records'),
			'offers',
			'offers',
			'offers',
			'providers',
			'providers',
			'providers'
		]);
	});

	it('publishes each count within 2 of the truth, the records meeting at most the records', () => {
		table.truth.forEach((row, i) => {
			const shown = table.perturbed[i];
			for (const count of ['units', 'units_meeting']) {
				const t = row[count] as number;
				const p = shown[count] as number;
				expect(Math.abs(p - t), `${JSON.stringify(row)} ${count}`).toBeLessThanOrEqual(2);
				expect(p).toBeGreaterThanOrEqual(0);
			}
			expect(shown.units_meeting as number).toBeLessThanOrEqual(shown.units as number);
		});
	});

	it('computes the share from the published counts', () => {
		for (const row of published) {
			expect(row.share).toBe(shareOf(row.units_meeting, row.units));
			if (row.share !== null) expect(row.share as number).toBeLessThanOrEqual(100);
		}
		const records = built.filter((r) => r.basis === 'records');
		expect(records.map((r) => r.share)).toEqual(published.map((r) => r.share));
		expect(records.map((r) => r.units)).toEqual(table.perturbed.map((r) => r.units));
	});

	it('publishes the same value for the same records', () => {
		// Every principle of a country-year counts its records; a principle every record meets
		// counts them too: one cell key, one published value.
		const byGeoYear = new Map<string, Set<unknown>>();
		table.truth.forEach((row, i) => {
			const key = `${row.geo}|${row.year}`;
			const set = byGeoYear.get(key) ?? new Set();
			set.add(table.perturbed[i].units);
			if (row.units_meeting === row.units) set.add(table.perturbed[i].units_meeting);
			byGeoYear.set(key, set);
		});
		for (const [key, values] of byGeoYear) expect(values.size, key).toBe(1);
	});

	it("publishes the records of a country and year as annex1_completeness's records", async () => {
		const annex1 = await computeAnnex1CompletenessTable({ db, minCell: 5, provenance });
		const annex1Published = publishedOf(annex1);
		let compared = 0;
		annex1.truth.forEach((row, i) => {
			const mine = table.truth.flatMap((r, j) =>
				r.geo === row.geo && r.year === row.year ? [{ truth: r, shown: table.perturbed[j] }] : []
			);
			expect(mine, `${row.geo} ${row.year}`).toHaveLength(8);
			for (const { truth: t, shown } of mine) {
				expect(t.units).toBe(row.records);
				expect(shown.units).toBe(annex1Published[i].records);
				compared++;
			}
		});
		expect(compared).toBe(annex1.truth.length * 8);
	});

	it('gives identical output on a re-run', async () => {
		const again = await computeAnnex2PrinciplesTable({ db, minCell: 5, provenance });
		expect(again.truth).toEqual(table.truth);
		expect(again.perturbed).toEqual(table.perturbed);
		expect(again.build(publishedOf(again))).toEqual(table.build(publishedOf(table)));
	});
});
