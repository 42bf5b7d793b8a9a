import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTICIPATION_TABLE } from '../../../../core/queries/adult-participation';
import {
	buildSourceLevelsSql,
	buildSourceSeriesSql,
	buildSourceYearsSql,
	OFFICIAL_INDICATORS_TABLE,
	type SourceLevelRow
} from '../../../../core/queries/participation-sources';
import { TARGETS_TABLE } from '../../../../core/queries/participation-targets';
import { openBothAdapters, type BothAdapters } from '../../../helpers/published-adapters';
import { publishFixture } from '../../../helpers/published-fixture';

const X_GOJT = 'AES_FE_NFE_X_GOJT';
const WAVES = 'eurostat/aes_participation_by_country.csv';
const BREAKDOWNS = 'eurostat/aes_breakdowns.csv';
// indicator, geo, year, breakdown, value, flags, role, note, file
const official = [
	[X_GOJT, 'FR', 2016, 'sex=T;age=Y25-64', 50, 'b', 'observation', '', WAVES],
	[X_GOJT, 'FR', 2016, 'sex=T;age=Y25-64', 50, '', 'observation', '', BREAKDOWNS],
	[X_GOJT, 'FR', 2022, 'sex=T;age=Y25-64', 55, '', 'observation', 'provisional', WAVES],
	[X_GOJT, 'FR', 2022, 'sex=F;age=Y25-64', 57, '', 'observation', '', WAVES],
	[X_GOJT, 'DE', 2016, 'sex=T;age=Y25-64', 40, '', 'observation', '', WAVES],
	[X_GOJT, 'DE', 2022, 'sex=T;age=Y25-64', 44, 'u', 'observation', '', WAVES],
	[X_GOJT, 'EU27_2020', 2022, 'sex=T;age=Y25-64', 39.5, '', 'observation', '', WAVES],
	[X_GOJT, 'NO', 2023, 'sex=T;age=Y25-64', 60, '', 'observation', '', WAVES],
	['LFS_FE_NFE_12M', 'BE', 2022, 'sex=T;age=Y25-64', 21.5, '', 'observation', '', 'lfs.csv'],
	['lfs_participation_12m', 'EU27_2020', 2022, 'sex=T', 25.1, '', 'observation', '', 'h.csv'],
	['lfs_participation_12m', 'EU27_2020', 2030, 'sex=T', 99, '', 'target', '', 'h.csv']
] as const;

describe('participation sources on DuckDB-WASM', () => {
	let db: BothAdapters;
	beforeAll(async () => {
		const col = (i: number) => official.map((r) => r[i]);
		const dir = await publishFixture([
			{
				name: OFFICIAL_INDICATORS_TABLE,
				columns: [
					{ name: 'indicator_code', type: 'utf8', values: col(0) as string[] },
					{ name: 'geo', type: 'utf8', values: col(1) as string[] },
					{ name: 'year', type: 'int32', values: col(2) as number[] },
					{ name: 'breakdown', type: 'utf8', values: col(3) as string[] },
					{ name: 'value', type: 'float64', values: col(4) as number[] },
					{ name: 'flags', type: 'utf8', values: col(5) as string[] },
					{ name: 'value_role', type: 'utf8', values: col(6) as string[] },
					{ name: 'note', type: 'utf8', values: col(7) as string[] },
					{ name: 'input_file', type: 'utf8', values: col(8) as string[] }
				]
			},
			{
				name: PARTICIPATION_TABLE,
				columns: [
					{ name: 'geo', type: 'utf8', values: ['FR', 'FR', 'FR'] },
					{ name: 'sex', type: 'utf8', values: ['T', 'T', 'F'] },
					{ name: 'age', type: 'utf8', values: ['Y25-64', 'Y25-64', 'Y25-64'] },
					{ name: 'year', type: 'int32', values: [2022, 2023, 2023] },
					{ name: 'value', type: 'float64', values: [13.3, 14.9, 16] },
					{ name: 'flags', type: 'utf8', values: ['', 'p', ''] }
				]
			},
			{
				name: TARGETS_TABLE,
				columns: [
					{ name: 'geo', type: 'utf8', values: ['FR', 'DE', 'EU27_2020'] },
					{ name: 'baseline_year', type: 'int32', values: [2016, 2016, 2016] },
					{ name: 'baseline_value', type: 'float64', values: [50, 40, 37.4] },
					{ name: 'target_year', type: 'int32', values: [2030, 2030, 2030] },
					{ name: 'target_value', type: 'float64', values: [65, null, 60] },
					{ name: 'target_note', type: 'utf8', values: ['verify', '', ''] },
					{ name: 'alternative_target_value', type: 'float64', values: [62, null, null] },
					{ name: 'alternative_target_source', type: 'utf8', values: ['other file', '', ''] },
					{ name: 'milestone_year', type: 'int32', values: [null, null, 2025] },
					{ name: 'milestone_value', type: 'float64', values: [null, null, 47] }
				]
			}
		]);
		db = await openBothAdapters(dir);
	});
	afterAll(() => db?.close());

	async function both<Row>(query: Parameters<BothAdapters['build']['query']>[0]) {
		const rows = await db.build.query<Row>(query);
		expect(await db.browser.query<Row>(query)).toEqual(rows);
		return rows;
	}

	it('gives a country its series, target, other target and path from the target source', async () => {
		const rows = await both(buildSourceSeriesSql({ source: 'aes_x_gojt', geo: 'FR' }));
		expect(rows).toEqual([
			{ part: 'alternative_target', year: 2030, value: 62, flags: '', note: 'other file' },
			// The wave file wins over the breakdowns for the same year, with its flags.
			{ part: 'observed', year: 2016, value: 50, flags: 'b', note: '' },
			{ part: 'observed', year: 2022, value: 55, flags: '', note: 'provisional' },
			{ part: 'path', year: 2016, value: 50, flags: '', note: '' },
			{ part: 'path', year: 2030, value: 65, flags: '', note: '' },
			{ part: 'target', year: 2030, value: 65, flags: '', note: 'verify' }
		]);
		const eu = await both<{ part: string }>(
			buildSourceSeriesSql({ source: 'aes_x_gojt', geo: 'EU27_2020' })
		);
		expect(eu.map((r) => r.part)).toEqual(['milestone', 'observed', 'path', 'path', 'target']);
		// No target, no path.
		const de = await both<{ part: string }>(
			buildSourceSeriesSql({ source: 'aes_x_gojt', geo: 'DE' })
		);
		expect(de.map((r) => r.part)).toEqual(['observed', 'observed']);
	});

	it('reads other sources alone: no target is drawn against them', async () => {
		expect(await both(buildSourceSeriesSql({ source: 'lfs_4w', geo: 'FR' }))).toEqual([
			{ part: 'observed', year: 2022, value: 13.3, flags: '', note: '' },
			{ part: 'observed', year: 2023, value: 14.9, flags: 'p', note: '' }
		]);
		// The EU's LFS 12-month value comes from the headline file, a target row does not.
		expect(await both(buildSourceSeriesSql({ source: 'lfs_12m', geo: 'EU27_2020' }))).toEqual([
			{ part: 'observed', year: 2022, value: 25.1, flags: '', note: '' }
		]);
		expect(await both(buildSourceSeriesSql({ source: 'aes_total', geo: 'FR' }))).toEqual([]);
	});

	it('lists the years of each source with the Member States that have a value', async () => {
		expect(await both(buildSourceYearsSql())).toEqual([
			{ source: 'aes_x_gojt', year: 2016, countries: 2 },
			{ source: 'aes_x_gojt', year: 2022, countries: 2 },
			{ source: 'lfs_12m', year: 2022, countries: 1 },
			{ source: 'lfs_4w', year: 2022, countries: 1 },
			{ source: 'lfs_4w', year: 2023, countries: 1 }
		]);
	});

	it('gives the EU and all 27 Member States in two years, the latest two by default', async () => {
		const rows = await both<SourceLevelRow>(
			buildSourceLevelsSql({ source: 'aes_x_gojt', from: 0, to: 0 })
		);
		expect(rows).toHaveLength(28);
		expect(rows[0]).toEqual({
			geo: 'EU27_2020',
			from_year: 2016,
			to_year: 2022,
			level: 39.5,
			level_flags: '',
			previous: null,
			previous_flags: '',
			target: 60
		});
		expect(rows.find((r) => r.geo === 'DE')).toMatchObject({
			level: 44,
			level_flags: 'u',
			previous: 40,
			target: null
		});
		expect(rows.find((r) => r.geo === 'AT')).toMatchObject({ level: null, previous: null });
		// NO (not a Member State) is not listed, and its 2023 does not make 2023 the latest year.
		expect(rows.some((r) => r.geo === 'NO')).toBe(false);
		const chosen = await both<SourceLevelRow>(
			buildSourceLevelsSql({ source: 'lfs_4w', from: 2022, to: 2023 })
		);
		expect(chosen.find((r) => r.geo === 'FR')).toMatchObject({
			from_year: 2022,
			to_year: 2023,
			level: 14.9,
			previous: 13.3,
			target: null
		});
		// Years swapped, or a "from" after the latest year: the year before "to", never backwards.
		for (const years of [
			{ from: 2023, to: 2022 },
			{ from: 2030, to: 0 }
		]) {
			const swapped = await both<SourceLevelRow>(
				buildSourceLevelsSql({ source: 'aes_x_gojt', ...years })
			);
			expect(swapped[0]).toMatchObject({ from_year: 2016, to_year: 2022 });
		}
	});
});
