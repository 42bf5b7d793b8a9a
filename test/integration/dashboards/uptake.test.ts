// The uptake page's figures over the published default dataset, against SQL written here
// independently over the same tables: each figure's rows are the table's own cells (a category
// without a row read as 0), and a hidden cell stays hidden (null, flag c) in every figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EU_AGGREGATE, MEMBER_STATES } from '../../../core/contract/countries';
import { parseManifest, type Manifest } from '../../../core/contract/manifest';
import {
	buildUptakeHeadlineSql,
	buildUptakeYearsSql,
	releaseYear,
	type SupplyRow,
	type UptakeBreakdownRow,
	type UptakeCountryRow,
	type UptakeHeadlineRow,
	type UptakeSeriesRow,
	type UptakeYearRow
} from '../../../core/queries/uptake';
import { uptakeContext, type UptakeContext } from '../../../src/lib/dashboards/uptake/context';
import { countriesInTableOrder } from '../../../src/lib/dashboards/uptake/countries-figure';
import { supplyInTableOrder } from '../../../src/lib/dashboards/uptake/supply-figure';
import {
	createUptakeFigures,
	type UptakeFigures
} from '../../../src/lib/dashboards/uptake/figures';
import { uptakeState, type UptakeState } from '../../../src/lib/dashboards/uptake/state';
import type { BothAdapters } from '../../helpers/published-adapters';
import { openBothAdapters } from '../../helpers/published-adapters';
import { publishedCopyWithHiddenCells } from '../../helpers/hidden-cells';
import { openPublishedData, PUBLISHED_DATA_DIR } from '../../helpers/published-data';

interface Cell {
	geo: string;
	year: number;
	dimension: string;
	category: string;
	credentials: number | null;
	learners: number | null;
	credentials_per_1000_adults: number | null;
	learners_per_1000_adults: number | null;
	growth_yoy: number | null;
	flags: string;
}

const VALUE_KEYS = [
	'credentials',
	'learners',
	'credentials_per_1000_adults',
	'learners_per_1000_adults',
	'growth_yoy',
	'flags'
] as const;
/** A cell as the figures read it: its published values, or none issued (0) when it has no row. */
const published = (cell: Cell | undefined) =>
	cell
		? Object.fromEntries(VALUE_KEYS.map((k) => [k, cell[k]]))
		: {
				credentials: 0,
				learners: 0,
				credentials_per_1000_adults: 0,
				learners_per_1000_adults: 0,
				growth_yoy: null,
				flags: ''
			};
const valuesOf = (row: object) =>
	Object.fromEntries(VALUE_KEYS.map((k) => [k, (row as Record<string, unknown>)[k]]));

describe('the uptake page over the published default dataset', () => {
	let db: BothAdapters;
	let manifest: Manifest;
	let context: UptakeContext;
	let figures: UptakeFigures;
	/** Every cell of the uptake table, by geo|year|dimension|category. */
	const cells = new Map<string, Cell>();
	const key = (geo: string, year: number, dimension: string, category: string) =>
		`${geo}|${year}|${dimension}|${category}`;

	const state = (search: string): UptakeState =>
		uptakeState.parse(new URLSearchParams(search), context);
	async function rowsOf<Row>(figure: keyof UptakeFigures, view: UptakeState): Promise<Row[]> {
		const query = figures[figure].query(view);
		const rows = await db.build.query<Row>(query);
		expect(await db.browser.query<Row>(query)).toEqual(rows);
		return rows;
	}

	beforeAll(async () => {
		await openPublishedData().then((published) => published.close());
		// The published tables, with France's higher-education cells of 2023 hidden besides those
		// the build hid: which cells a build hides depends on its pseudonym key.
		const dir = publishedCopyWithHiddenCells({
			dir: PUBLISHED_DATA_DIR,
			table: 'uptake',
			hide: (r) => r.geo === 'FR' && r.year === 2023 && r.category === 'hei',
			columns: [
				'credentials',
				'learners',
				'credentials_per_1000_adults',
				'learners_per_1000_adults',
				'growth_yoy'
			]
		});
		db = await openBothAdapters(dir);
		manifest = parseManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
		const all = await db.build.query<Cell>({
			tables: ['uptake'],
			sql: 'SELECT * FROM uptake',
			params: []
		});
		for (const c of all) cells.set(key(c.geo, c.year, c.dimension, c.category), c);
		const years = [...new Set(all.map((c) => c.year))];
		context = uptakeContext({ years, generatedAt: manifest.generatedAt });
		figures = createUptakeFigures(context, []);
	});
	afterAll(() => db?.close());

	it('reads the uptake table the pipeline publishes now (rates per 1 000 adults)', () => {
		const table = manifest.tables.find((t) => t.name === 'uptake')!;
		expect(table.kind).toBe('synthetic');
		expect(table.columns.map((c) => c.name)).toEqual(
			expect.arrayContaining(['credentials_per_1000_adults', 'learners_per_1000_adults'])
		);
		// The totals ('_T') are the same in every dimension: the figures read them from one.
		const totals = [...cells.values()].filter((c) => c.category === '_T');
		const byLine = new Map<string, Set<string>>();
		for (const c of totals) {
			const line = `${c.geo}|${c.year}`;
			byLine.set(line, (byLine.get(line) ?? new Set()).add(`${c.credentials}|${c.learners}`));
		}
		expect([...byLine.values()].every((values) => values.size === 1)).toBe(true);
		expect(context.latestComplete).toBeLessThan(releaseYear(manifest.generatedAt));
	});

	it('lists the years with the Member States that issued any', async () => {
		const rows = await db.build.query<UptakeYearRow>(buildUptakeYearsSql());
		const expected = context.years.map((year) => ({
			year,
			countries: MEMBER_STATES.filter((m) => cells.has(key(m.geo, year, 'provider_type', '_T')))
				.length
		}));
		expect(rows).toEqual(expected);
	});

	it('gives the series of every place in every year, for the totals and for one category', async () => {
		const geos = [EU_AGGREGATE, ...MEMBER_STATES.map((m) => m.geo)];
		const every = geos.flatMap((geo) => context.years.map((year) => [geo, year]));
		const totals = await rowsOf<UptakeSeriesRow>('series', state(''));
		expect(totals.map((r) => [r.geo, r.year])).toEqual(every);
		for (const r of totals)
			expect(valuesOf(r)).toEqual(published(cells.get(key(r.geo, r.year, 'funding', '_T'))));

		// One query for the series, the growth, the map and the ranking of a category.
		const view = state('filters=geo:FR|DE|MT;funding:individual_learning_account');
		const rows = await rowsOf<UptakeSeriesRow>('series', view);
		for (const figure of ['growth', 'map', 'ranking'] as const)
			expect(figures[figure].query(view)).toEqual(figures.series.query(view));
		expect(rows.map((r) => [r.geo, r.year])).toEqual(every);
		for (const r of rows) {
			const cell = cells.get(key(r.geo, r.year, 'funding', 'individual_learning_account'));
			expect(valuesOf(r), `${r.geo} ${r.year}`).toEqual(published(cell));
		}
		// The series' table: the countries chosen, in their order, every year.
		const table = figures.series.table({ rows, state: view, lang: 'en' });
		expect(table.rows.map((r) => r[1].value)).toEqual(
			['France', 'Germany', 'Malta'].flatMap((name) => context.years.map(() => name))
		);
	});

	it('gives every Member State and the EU in the year shown, for a category', async () => {
		const view = state('filters=eqf_level:6');
		const rows = await rowsOf<UptakeCountryRow>('ranking', view);
		for (const r of rows)
			expect(valuesOf(r), `${r.geo} ${r.year}`).toEqual(
				published(cells.get(key(r.geo, r.year, 'eqf_level', '6')))
			);
		// The figures show the latest complete year unless one is chosen.
		const table = figures.ranking.table({ rows, state: view, lang: 'en' });
		expect(table.rows).toHaveLength(28);
		expect(table.caption).toContain(String(context.latestComplete));
		const eu = cells.get(key(EU_AGGREGATE, context.latestComplete, 'eqf_level', '6'))!;
		expect(table.rows[0].slice(0, 2)).toEqual([
			{ value: 'European Union (27)' },
			{ value: eu.credentials, flags: '' }
		]);
	});

	it('breaks a dimension down with each category’s share of the total', async () => {
		const year = context.years[1];
		const view = state(`filters=geo:PL|LU;year:${year}&by=funding`);
		const all = await rowsOf<UptakeBreakdownRow>('breakdown', view);
		const categories = [
			...new Set(
				[...cells.values()].filter((c) => c.dimension === 'funding').map((c) => c.category)
			)
		];
		expect(all).toHaveLength(context.years.length * 2 * categories.length);
		const rows = all.filter((r) => r.year === year);
		expect(rows).toHaveLength(2 * categories.length);
		for (const r of rows) {
			const cell = cells.get(key(r.geo, year, 'funding', r.category));
			const total = cells.get(key(r.geo, year, 'funding', '_T'))!;
			expect(valuesOf(r), `${r.geo} ${r.category}`).toEqual(published(cell));
			const own = cell ? cell.credentials : 0;
			const share = own === null || !total.credentials ? null : (100 * own) / total.credentials;
			if (share === null) expect(r.credentials_share).toBeNull();
			else expect(r.credentials_share).toBeCloseTo(share, 9);
		}
		expect(rows.filter((r) => r.category === '_T').map((r) => r.geo)).toEqual(['PL', 'LU']);
	});

	it('gives the catalogue offers by provider type of the countries chosen', async () => {
		const view = state('filters=geo:MT|EE');
		const all = await rowsOf<SupplyRow>('supply', view);
		const rows = supplyInTableOrder(all, view);
		const supply = await db.build.query<SupplyRow>({
			tables: ['supply'],
			sql: `SELECT * FROM supply WHERE geo = 'MT' OR geo = 'EE'`,
			params: []
		});
		const types = new Set(
			(
				await db.build.query<{ provider_type: string }>({
					tables: ['supply'],
					sql: 'SELECT DISTINCT provider_type FROM supply',
					params: []
				})
			).map((r) => r.provider_type)
		);
		expect(rows).toHaveLength(2 * types.size);
		for (const r of rows) {
			const own = supply.find((s) => s.geo === r.geo && s.provider_type === r.provider_type);
			if (own) expect(r).toEqual(own);
			else expect(r).toMatchObject({ offers: 0, offers_in_public_catalogue: 0, providers: 0 });
		}
	});

	it('gives the headline of the latest complete year', async () => {
		const before = releaseYear(manifest.generatedAt);
		const [eu] = await db.build.query<UptakeHeadlineRow>(
			buildUptakeHeadlineSql({ geo: EU_AGGREGATE, before })
		);
		const year = Math.max(...context.years.filter((y) => y < before));
		expect(eu).toMatchObject({ year, complete: true });
		expect(valuesOf(eu)).toEqual(published(cells.get(key(EU_AGGREGATE, year, 'field', '_T'))));
	});

	it('keeps every hidden cell hidden in the figures that show it, never as 0', async () => {
		const hidden = [...cells.values()].filter(
			(c) => c.flags.includes('c') && c.dimension !== 'digital_format'
		);
		expect(hidden.length).toBeGreaterThan(0);
		const hiddenCell = { value: null, flags: 'c', missing: 'hidden' };
		for (const cell of hidden) {
			const where = `${cell.geo} ${cell.year} ${cell.dimension} ${cell.category}`;
			// The map and the ranking of that year and category, and their table.
			const ranked = state(`filters=year:${cell.year};${cell.dimension}:${cell.category}`);
			const countries = await rowsOf<UptakeCountryRow>('ranking', ranked);
			const own = (r: UptakeCountryRow) => r.geo === cell.geo && r.year === cell.year;
			expect(valuesOf(countries.find(own)!), where).toEqual(published(cell));
			const table = figures.ranking.table({ rows: countries, state: ranked, lang: 'en' });
			const line = countriesInTableOrder({
				rows: countries,
				state: ranked,
				context,
				lang: 'en'
			}).findIndex(own);
			const [, credentials, learners] = table.rows[line];
			if (cell.credentials === null) expect(credentials, where).toEqual(hiddenCell);
			if (cell.learners === null) expect(learners, where).toEqual(hiddenCell);
			// The breakdown of that place and year by the cell's dimension, drawn with a hidden mark
			// (a hidden total is not a bar of a breakdown: the ranking above shows it).
			if (cell.category === '_T') continue;
			const geo = cell.geo === EU_AGGREGATE ? '' : `geo:${cell.geo};`;
			const measure = cell.credentials === null ? 'credentials' : 'learners';
			const broken = state(
				`filters=${geo}year:${cell.year}&by=${cell.dimension}&measure=${measure}`
			);
			const rows = await rowsOf<UptakeBreakdownRow>('breakdown', broken);
			const row = rows.find((r) => r.year === cell.year && r.category === cell.category)!;
			expect(valuesOf(row), where).toEqual(published(cell));
			const option = figures.breakdown.chart({ rows, state: broken, lang: 'en' }) as {
				series: { id: string; data: unknown[] }[];
			};
			expect(option.series.find((s) => s.id === '__hidden')?.data.length, where).toBeGreaterThan(0);
		}
	});
});
