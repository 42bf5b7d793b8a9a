import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildInclusionCountryLatestSql,
	buildInclusionCountrySql,
	buildInclusionGroupSql,
	buildInclusionYearSql,
	buildInclusionYearsSql,
	INCLUSION_GEOS,
	INCLUSION_GROUPS,
	INCLUSION_TABLE,
	type InclusionRow
} from '../../../core/queries/inclusion';
import { openBothAdapters, type BothAdapters } from '../../helpers/published-adapters';
import { publishFixture } from '../../helpers/published-fixture';

// geo, year, group, in group, known, share, population share, year, basis, ratio, AES ratio, flags
type Fixture = [
	string,
	number,
	string,
	number | null,
	number | null,
	number | null,
	number | null,
	number | null,
	string | null,
	number | null,
	number | null,
	string
];
const rows: Fixture[] = [
	['EU27_2020', 2024, 'low_qualified', 300, 3000, 10, 20, 2021, 'Y25-64', 0.5, 0.47, ''],
	['EU27_2020', 2025, 'low_qualified', 320, 3200, 10, 20, 2021, 'Y25-64', 0.5, 0.47, ''],
	['PT', 2024, 'low_qualified', 40, 800, 5, 40, 2021, 'Y25-64', 0.125, 0.5, ''],
	['PT', 2025, 'low_qualified', null, null, null, 40, 2021, 'Y25-64', null, 0.5, 'c'],
	['PT', 2025, 'rural', 100, 500, 20, 25, 2024, 'all_ages', 0.8, 0.9, ''],
	['PT', 2025, 'refugee', 0, 0, null, null, null, null, null, null, ''],
	['MT', 2024, 'rural', 10, 100, 10, 5, 2023, 'all_ages', 2, null, '']
];

describe('the inclusion queries on DuckDB-WASM', () => {
	let db: BothAdapters;
	beforeAll(async () => {
		const col = (i: number) => rows.map((r) => r[i]);
		const dir = await publishFixture([
			{
				name: INCLUSION_TABLE,
				columns: [
					{ name: 'geo', type: 'utf8', values: col(0) as string[] },
					{ name: 'year', type: 'int32', values: col(1) as number[] },
					{ name: 'group', type: 'utf8', values: col(2) as string[] },
					{ name: 'learners_in_group', type: 'int32', values: col(3) as (number | null)[] },
					{
						name: 'learners_with_known_attribute',
						type: 'int32',
						values: col(4) as (number | null)[]
					},
					{ name: 'share_of_learners', type: 'float64', values: col(5) as (number | null)[] },
					{ name: 'population_share', type: 'float64', values: col(6) as (number | null)[] },
					{ name: 'population_year', type: 'int32', values: col(7) as (number | null)[] },
					{ name: 'population_basis', type: 'utf8', values: col(8) as (string | null)[] },
					{
						name: 'population_flags',
						type: 'utf8',
						values: rows.map((r) => (r[0] === 'MT' ? 'b' : r[6] === null ? null : ''))
					},
					{ name: 'representation_ratio', type: 'float64', values: col(9) as (number | null)[] },
					{ name: 'aes_group_rate', type: 'float64', values: rows.map(() => 17) },
					{ name: 'aes_total_rate', type: 'float64', values: rows.map(() => 34) },
					{ name: 'aes_rate_ratio', type: 'float64', values: col(10) as (number | null)[] },
					{ name: 'aes_year', type: 'int32', values: rows.map(() => 2022) },
					{ name: 'aes_flags', type: 'utf8', values: rows.map(() => null) },
					{ name: 'flags', type: 'utf8', values: col(11) as string[] }
				]
			}
		]);
		db = await openBothAdapters(dir);
	});
	afterAll(() => db?.close());

	async function both(query: ReturnType<typeof buildInclusionYearSql>): Promise<InclusionRow[]> {
		const atBuild = await db.build.query<InclusionRow>(query);
		expect(await db.browser.query(query)).toEqual(atBuild);
		return atBuild;
	}

	it('gives every country × group of the latest year, the EU first, with a row where none is published', async () => {
		const grid = await both(buildInclusionYearSql({ year: 0 }));
		expect(grid).toHaveLength(INCLUSION_GEOS.length * INCLUSION_GROUPS.length);
		expect(grid.map((r) => r.geo)).toEqual(
			INCLUSION_GEOS.flatMap((geo) => INCLUSION_GROUPS.map(() => geo))
		);
		expect(grid.slice(0, INCLUSION_GROUPS.length).map((r) => r.group)).toEqual([
			...INCLUSION_GROUPS
		]);
		expect(new Set(grid.map((r) => r.year))).toEqual(new Set([2025]));
		const pt = (group: string) => grid.find((r) => r.geo === 'PT' && r.group === group)!;
		// Hidden: null counts, flag c, the population share and the AES ratio still there.
		expect(pt('low_qualified')).toMatchObject({
			published: true,
			learners_in_group: null,
			share_of_learners: null,
			representation_ratio: null,
			population_share: 40,
			population_year: 2021,
			population_basis: 'Y25-64',
			population_flags: '',
			aes_rate_ratio: 0.5,
			aes_year: 2022,
			aes_flags: '',
			flags: 'c'
		});
		expect(pt('rural')).toMatchObject({ representation_ratio: 0.8, population_basis: 'all_ages' });
		expect(pt('refugee')).toMatchObject({
			published: true,
			learners_with_known_attribute: 0,
			share_of_learners: null
		});
		// Not published: MT has no record in 2025, PT no row for the unemployed.
		expect(grid.find((r) => r.geo === 'MT' && r.group === 'rural')).toMatchObject({
			published: false,
			year: 2025,
			learners_in_group: null,
			flags: '',
			aes_flags: ''
		});
		expect(pt('unemployed').published).toBe(false);
	});

	it('gives the year asked for, and one group for the EU and every Member State', async () => {
		const grid = await both(buildInclusionYearSql({ year: 2024 }));
		expect(grid.find((r) => r.geo === 'MT' && r.group === 'rural')).toMatchObject({
			published: true,
			representation_ratio: 2,
			population_year: 2023,
			population_flags: 'b'
		});
		const group = await both(buildInclusionGroupSql({ year: 2024, group: 'rural' }));
		expect(group.map((r) => r.geo)).toEqual([...INCLUSION_GEOS]);
		expect(group.every((r) => r.group === 'rural' && r.year === 2024)).toBe(true);
		expect(group.filter((r) => r.published).map((r) => r.geo)).toEqual(['MT']);
	});

	it('gives one country every year, and its latest year for a profile', async () => {
		const series = await both(buildInclusionCountrySql({ geo: 'PT' }));
		expect(series).toHaveLength(2 * INCLUSION_GROUPS.length);
		expect(series.map((r) => r.year)).toEqual([
			...INCLUSION_GROUPS.map(() => 2024),
			...INCLUSION_GROUPS.map(() => 2025)
		]);
		const malta = await both(buildInclusionCountryLatestSql({ geo: 'MT' }));
		expect(malta).toHaveLength(INCLUSION_GROUPS.length);
		expect(malta.every((r) => r.geo === 'MT' && r.year === 2024)).toBe(true);
		expect(malta.filter((r) => r.published).map((r) => r.group)).toEqual(['rural']);
	});

	it('lists the years with the Member States they cover', async () => {
		expect(await db.build.query(buildInclusionYearsSql())).toEqual([
			{ year: 2024, countries: 2 },
			{ year: 2025, countries: 1 }
		]);
	});
});
