import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EU_AGGREGATE, MEMBER_STATES } from '../../../core/contract/countries';
import { PARAGRAPHS } from '../../../core/contract/vocabularies';
import { buildCountryMeasuresSql, type MeasureRow } from '../../../core/queries/national-measures';
import {
	buildCountryTargetSql,
	type CountryTargetRow
} from '../../../core/queries/participation-targets';
import type { BothAdapters } from '../../helpers/published-adapters';
import { openPublishedData } from '../../helpers/published-data';

// The country profiles' own queries against SQL written here over the same published tables.
describe('country profiles on the published default dataset', () => {
	let db: BothAdapters;
	beforeAll(async () => {
		db = await openPublishedData();
	}, 120_000);
	afterAll(() => db?.close());

	const raw = <Row>(sql: string, tables: string[]) =>
		db.build.query<Row>({ sql, params: [], tables });

	it('list every national measure of each Member State once, in the order of the paragraphs', async () => {
		const all = await raw<{ measure_id: string; geo: string; paragraph: string }>(
			'SELECT measure_id, geo, paragraph FROM national_measures',
			['national_measures']
		);
		let shown = 0;
		for (const { geo } of MEMBER_STATES) {
			const rows = await db.browser.query<MeasureRow>(buildCountryMeasuresSql(geo));
			const expected = all.filter((m) => m.geo === geo);
			expect(rows.map((r) => r.measure_id).sort(), geo).toEqual(
				expected.map((m) => m.measure_id).sort()
			);
			const order = rows.map((r) => PARAGRAPHS.indexOf(r.paragraph as (typeof PARAGRAPHS)[number]));
			expect(order, geo).toEqual([...order].sort((a, b) => a - b));
			shown += rows.length;
		}
		// Every measure belongs to a Member State's profile: none is lost.
		expect(shown).toBe(all.filter((m) => m.geo !== EU_AGGREGATE).length);
		expect(shown).toBeGreaterThan(0);
	});

	it('show each Member State its own level, target and Social Scoreboard category', async () => {
		const expected = await raw<{
			geo: string;
			latest_value: number | null;
			target_value: number | null;
			scoreboard_category: string | null;
		}>('SELECT geo, latest_value, target_value, scoreboard_category FROM participation_targets', [
			'participation_targets'
		]);
		expect(expected.length).toBeGreaterThan(20);
		for (const row of expected) {
			const [got] = await db.browser.query<CountryTargetRow>(buildCountryTargetSql(row.geo));
			expect(got, row.geo).toMatchObject(row);
		}
	});
});
