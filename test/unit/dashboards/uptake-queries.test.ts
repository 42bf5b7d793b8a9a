import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildSupplySql,
	buildUptakeBreakdownSql,
	buildUptakeCountriesSql,
	buildUptakeHeadlineSql,
	buildUptakeSeriesSql,
	buildUptakeYearsSql,
	orderCategories,
	releaseYear,
	SUPPLY_TABLE,
	UPTAKE_TABLE,
	type SupplyRow,
	type UptakeBreakdownRow,
	type UptakeCountryRow,
	type UptakeHeadlineRow,
	type UptakeSeriesRow
} from '../../../core/queries/uptake';
import { openBothAdapters, type BothAdapters } from '../../helpers/published-adapters';
import { publishFixture } from '../../helpers/published-fixture';

const EU = 'EU27_2020';
type Cell = [
	geo: string,
	year: number,
	dimension: string,
	category: string,
	credentials: number | null,
	learners: number | null,
	growth: number | null,
	flags: string
];
// The '_T' line of a geo and year, in two dimensions (the same counts in every dimension).
const total = (geo: string, year: number, credentials: number, learners: number): Cell[] =>
	['provider_type', 'topic'].map((d) => [geo, year, d, '_T', credentials, learners, null, '']);
// Rates per 1 000 adults: credentials / 10 and learners / 20 (an adult population of 10 000
// and 20 000 would not both hold; the queries pass the published rates through, whatever they are).
const cells: Cell[] = [
	...total(EU, 2023, 100, 90),
	...total(EU, 2024, 150, 130),
	...total(EU, 2025, 60, 55),
	...total('FR', 2023, 60, 55),
	...total('FR', 2024, 90, 80),
	...total('FR', 2025, 40, 35),
	...total('DE', 2023, 40, 36),
	...total('DE', 2024, 60, 52),
	[EU, 2024, 'provider_type', 'hei', 80, 70, 60, ''],
	[EU, 2024, 'provider_type', 'vet', 70, 64, null, ''],
	['FR', 2023, 'provider_type', 'hei', null, null, null, 'c'],
	['FR', 2024, 'provider_type', 'hei', 50, 45, null, ''],
	['FR', 2024, 'provider_type', 'vet', 40, null, null, 'c'],
	['DE', 2024, 'provider_type', 'hei', 30, 25, 50, ''],
	['FR', 2024, 'topic', 'digital', 70, 60, null, ''],
	['FR', 2024, 'topic', 'green', 30, 28, null, '']
];

const supply: [string, string, number, number, number | null, number][] = [
	[EU, '_T', 100, 40, 40, 20],
	[EU, 'hei', 60, 30, 50, 8],
	[EU, 'vet', 40, 10, 25, 12],
	['FR', '_T', 30, 15, 50, 5],
	['FR', 'hei', 30, 15, 50, 5]
];

describe('the uptake queries on DuckDB-WASM', () => {
	let db: BothAdapters;
	beforeAll(async () => {
		const col = <T>(i: number) => cells.map((c) => c[i] as T);
		const rate = (i: number, per: number) =>
			cells.map((c) => (c[i] === null ? null : (c[i] as number) / per));
		const supplyCol = <T>(i: number) => supply.map((s) => s[i] as T);
		const dir = await publishFixture([
			{
				name: UPTAKE_TABLE,
				columns: [
					{ name: 'geo', type: 'utf8', values: col<string>(0) },
					{ name: 'year', type: 'int32', values: col<number>(1) },
					{ name: 'dimension', type: 'utf8', values: col<string>(2) },
					{ name: 'category', type: 'utf8', values: col<string>(3) },
					{ name: 'credentials', type: 'int32', values: col<number | null>(4) },
					{ name: 'learners', type: 'int32', values: col<number | null>(5) },
					{ name: 'credentials_per_1000_adults', type: 'float64', values: rate(4, 10) },
					{ name: 'learners_per_1000_adults', type: 'float64', values: rate(5, 20) },
					{ name: 'growth_yoy', type: 'float64', values: col<number | null>(6) },
					{ name: 'flags', type: 'utf8', values: col<string>(7) }
				]
			},
			{
				name: SUPPLY_TABLE,
				columns: [
					{ name: 'geo', type: 'utf8', values: supplyCol<string>(0) },
					{ name: 'provider_type', type: 'utf8', values: supplyCol<string>(1) },
					{ name: 'offers', type: 'int32', values: supplyCol<number>(2) },
					{ name: 'offers_in_public_catalogue', type: 'int32', values: supplyCol<number>(3) },
					{ name: 'share_in_public_catalogue', type: 'float64', values: supplyCol<number>(4) },
					{ name: 'providers', type: 'int32', values: supplyCol<number>(5) },
					{ name: 'flags', type: 'utf8', values: supply.map(() => '') }
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

	it('lists the years with records and how many Member States had some', async () => {
		expect(await both(buildUptakeYearsSql())).toEqual([
			{ year: 2023, countries: 2 },
			{ year: 2024, countries: 2 },
			{ year: 2025, countries: 1 }
		]);
	});

	it('gives each geo every year in the order asked, a year without credentials as 0', async () => {
		const rows = await both<UptakeSeriesRow>(buildUptakeSeriesSql({ geos: ['DE', EU] }));
		expect(rows.map((r) => [r.geo, r.year, r.credentials, r.learners])).toEqual([
			['DE', 2023, 40, 36],
			['DE', 2024, 60, 52],
			// DE issued none in 2025: no row in the table, 0 here, not hidden.
			['DE', 2025, 0, 0],
			[EU, 2023, 100, 90],
			[EU, 2024, 150, 130],
			[EU, 2025, 60, 55]
		]);
		expect(rows[1]).toMatchObject({
			credentials_per_1000_adults: 6,
			learners_per_1000_adults: 2.6,
			flags: ''
		});
		expect(rows[2]).toMatchObject({ credentials_per_1000_adults: 0, growth_yoy: null, flags: '' });
	});

	it('reads one category’s line, a hidden year staying hidden', async () => {
		const rows = await both<UptakeSeriesRow>(
			buildUptakeSeriesSql({
				geos: ['FR'],
				category: { dimension: 'provider_type', category: 'hei' }
			})
		);
		expect(rows).toEqual([
			{
				geo: 'FR',
				year: 2023,
				credentials: null,
				learners: null,
				credentials_per_1000_adults: null,
				learners_per_1000_adults: null,
				growth_yoy: null,
				flags: 'c'
			},
			{
				geo: 'FR',
				year: 2024,
				credentials: 50,
				learners: 45,
				credentials_per_1000_adults: 5,
				learners_per_1000_adults: 2.25,
				growth_yoy: null,
				flags: ''
			},
			{
				geo: 'FR',
				year: 2025,
				credentials: 0,
				learners: 0,
				credentials_per_1000_adults: 0,
				learners_per_1000_adults: 0,
				growth_yoy: null,
				flags: ''
			}
		]);
	});

	it('gives the EU and the 27 Member States in every year, absent ones as 0', async () => {
		const all = await both<UptakeCountryRow>(
			buildUptakeCountriesSql({ category: { dimension: 'provider_type', category: 'vet' } })
		);
		expect(all).toHaveLength(3 * 28);
		// The series of every place: the EU and the Member States in protocol order, each year.
		expect(all.slice(0, 4).map((r) => [r.geo, r.year])).toEqual([
			[EU, 2023],
			[EU, 2024],
			[EU, 2025],
			['BE', 2023]
		]);
		const rows = all.filter((r) => r.year === 2024);
		expect(rows.map((r) => r.geo).slice(0, 3)).toEqual([EU, 'BE', 'BG']);
		expect(rows[0]).toMatchObject({ credentials: 70, learners: 64 });
		// FR's learners are hidden, its credentials shown: the row's flag, the counts as published.
		expect(rows.find((r) => r.geo === 'FR')).toMatchObject({
			credentials: 40,
			learners: null,
			credentials_per_1000_adults: 4,
			learners_per_1000_adults: null,
			flags: 'c'
		});
		expect(rows.find((r) => r.geo === 'DE')).toMatchObject({ credentials: 0, flags: '' });
		const totals = await both<UptakeCountryRow>(buildUptakeCountriesSql({}));
		expect(totals.filter((r) => r.year === 2025 && r.credentials !== 0).map((r) => r.geo)).toEqual([
			EU,
			'FR'
		]);
	});

	it('breaks one dimension down in every year, the total first, with each category’s share', async () => {
		const all = await both<UptakeBreakdownRow>(
			buildUptakeBreakdownSql({ geos: ['FR', 'DE'], dimension: 'provider_type' })
		);
		expect(all).toHaveLength(3 * 2 * 3);
		const rows = all.filter((r) => r.year === 2024);
		expect(rows.map((r) => [r.geo, r.category, r.credentials, r.learners])).toEqual([
			['FR', '_T', 90, 80],
			['FR', 'hei', 50, 45],
			['FR', 'vet', 40, null],
			['DE', '_T', 60, 52],
			['DE', 'hei', 30, 25],
			// No DE row for vet in the table: none issued.
			['DE', 'vet', 0, 0]
		]);
		const share = (geo: string, category: string) =>
			rows.find((r) => r.geo === geo && r.category === category)!;
		expect(share('FR', 'hei').credentials_share).toBeCloseTo((100 * 50) / 90, 10);
		expect(share('FR', 'hei').learners_share).toBeCloseTo((100 * 45) / 80, 10);
		// A hidden count has no share.
		expect(share('FR', 'vet').learners_share).toBeNull();
		expect(share('FR', 'vet').credentials_share).toBeCloseTo((100 * 40) / 90, 10);
		expect(share('DE', 'vet').credentials_share).toBe(0);
		expect(share('FR', '_T').credentials_share).toBe(100);
		// FR's hidden 2023: hidden, without a share; DE issued nothing in 2025: 0, no share.
		expect(
			all.find((r) => r.geo === 'FR' && r.year === 2023 && r.category === 'hei')
		).toMatchObject({ credentials: null, credentials_share: null, flags: 'c' });
		expect(all.find((r) => r.geo === 'DE' && r.year === 2025 && r.category === '_T')).toMatchObject(
			{ credentials: 0, credentials_share: null, flags: '' }
		);
		// Topic categories overlap: their shares add up to more than 100.
		const topics = (
			await both<UptakeBreakdownRow>(buildUptakeBreakdownSql({ geos: ['FR'], dimension: 'topic' }))
		).filter((r) => r.year === 2024);
		expect(topics.map((r) => r.category)).toEqual(['_T', 'digital', 'green']);
		expect(topics[1].credentials_share! + topics[2].credentials_share!).toBeGreaterThan(100);
	});

	it('gives the offers by provider type, the total first, a type without offers as 0', async () => {
		const rows = await both<SupplyRow>(buildSupplySql({ geos: ['FR', EU] }));
		expect(
			rows.map((r) => [r.geo, r.provider_type, r.offers, r.offers_in_public_catalogue])
		).toEqual([
			['FR', '_T', 30, 15],
			['FR', 'hei', 30, 15],
			['FR', 'vet', 0, 0],
			[EU, '_T', 100, 40],
			[EU, 'hei', 60, 30],
			[EU, 'vet', 40, 10]
		]);
		expect(rows[2].share_in_public_catalogue).toBeNull();
		expect(rows[5]).toMatchObject({ share_in_public_catalogue: 25, providers: 12, flags: '' });
	});

	it('gives a geo’s latest complete year for a headline, or its latest when none is complete', async () => {
		expect(releaseYear('2025-06-01T10:00:00.000Z')).toBe(2025);
		const eu = await both<UptakeHeadlineRow>(buildUptakeHeadlineSql({ geo: EU, before: 2025 }));
		expect(eu).toEqual([
			{
				geo: EU,
				year: 2024,
				credentials: 150,
				learners: 130,
				credentials_per_1000_adults: 15,
				learners_per_1000_adults: 6.5,
				growth_yoy: null,
				flags: '',
				complete: true
			}
		]);
		const fr = await both<UptakeHeadlineRow>(buildUptakeHeadlineSql({ geo: 'FR', before: 2023 }));
		expect(fr[0]).toMatchObject({ year: 2025, credentials: 40, complete: false });
		expect(await both(buildUptakeHeadlineSql({ geo: 'AT', before: 2025 }))).toEqual([]);
	});
});

describe('orderCategories', () => {
	it('puts the codes in reading order, unknown codes before "not given", the total out', () => {
		expect(orderCategories('eqf_level', ['UNK', 'NAP', '8', '_T', '2', '6'])).toEqual([
			'2',
			'6',
			'8',
			'NAP',
			'UNK'
		]);
		expect(orderCategories('ects_band', ['>=30', 'hours_only', '<1', '15-30', '1-5'])).toEqual([
			'<1',
			'1-5',
			'15-30',
			'>=30',
			'hours_only'
		]);
		expect(orderCategories('provider_type', ['UNK', 'zzz', 'vet', 'hei', 'vet'])).toEqual([
			'hei',
			'vet',
			'zzz',
			'UNK'
		]);
	});
});
