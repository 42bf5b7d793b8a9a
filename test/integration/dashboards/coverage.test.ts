// The coverage figures over the published default dataset, checked against the tables read
// row by row here and counted in TypeScript (not the builder's window functions); and a cell hidden
// by disclosure control stays hidden (flag c), neither missing nor 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, type Manifest } from '../../../core/contract/manifest';
import { EU_AGGREGATE, MEMBER_STATES } from '../../../core/contract/countries';
import {
	buildCoverageSql,
	buildCoverageYearsSql,
	type CoverageRow
} from '../../../core/queries/coverage';
import { coverageTableModel } from '../../../src/lib/report/coverage/model';
import { publishedCopyWithHiddenCells } from '../../helpers/hidden-cells';
import { openBothAdapters, type BothAdapters } from '../../helpers/published-adapters';
import { openPublishedData, PUBLISHED_DATA_DIR } from '../../helpers/published-data';

type Obs = { geo: string; year: number; value: number | null; flags: string };

const GEOS = [EU_AGGREGATE, ...MEMBER_STATES.map((c) => c.geo)];
const HIDDEN_YEAR = 2026;

/** Latest year, number of years and flags of the latest, per geo, from plain observations. */
function expected(observations: readonly Obs[]) {
	const byGeo = new Map<string, Obs[]>();
	for (const o of observations) {
		if (o.value === null && !o.flags.includes('c')) continue;
		byGeo.set(o.geo, [...(byGeo.get(o.geo) ?? []), o]);
	}
	return new Map(
		[...byGeo].map(([geo, list]) => {
			const latest = list.reduce((a, b) => (b.year > a.year ? b : a));
			return [
				geo,
				{
					year: latest.year,
					flags: latest.flags,
					years: new Set(list.map((o) => o.year)).size,
					status: latest.value === null ? 'hidden' : 'available'
				}
			];
		})
	);
}

describe('coverage over the published tables', () => {
	let db: BothAdapters;
	let manifest: Manifest;
	let rows: CoverageRow[];
	const raw = async <Row>(table: string, sql: string) =>
		db.build.query<Row>({ tables: [table], sql, params: [] });

	beforeAll(async () => {
		await openPublishedData().then((published) => published.close());
		// France's uptake totals of the latest year hidden, besides whatever the build hid.
		const dir = publishedCopyWithHiddenCells({
			dir: PUBLISHED_DATA_DIR,
			table: 'uptake',
			hide: (r) => r.geo === 'FR' && r.year === HIDDEN_YEAR && r.category === '_T',
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
		const query = buildCoverageSql({ year: 0, tables: manifest.tables });
		rows = await db.build.query<CoverageRow>(query);
		expect(await db.browser.query<CoverageRow>(query)).toEqual(rows);
	});
	afterAll(() => db?.close());

	const of = (indicator: string) => rows.filter((r) => r.indicator === indicator);

	it('has every indicator for the EU and each Member State, in order', () => {
		const indicators = [...new Set(rows.map((r) => r.indicator))];
		expect(indicators).toEqual([
			'aes_x_gojt',
			'aes_total',
			'lfs_12m',
			'lfs_4w',
			'national_target',
			'uptake',
			'inclusion',
			'annex1',
			'annex2'
		]);
		for (const i of indicators) expect(of(i).map((r) => r.geo)).toEqual(GEOS);
	});

	it('gives the LFS 4-week rate’s latest year, flags and years as the table has them', async () => {
		const obs = await raw<Obs>(
			'lfs_participation_4w',
			"SELECT geo, CAST(year AS INTEGER) AS year, value, coalesce(flags, '') AS flags FROM lfs_participation_4w WHERE sex = 'T' AND age = 'Y25-64'"
		);
		const want = expected(obs);
		for (const r of of('lfs_4w')) {
			const w = want.get(r.geo);
			if (!w) expect(r, r.geo).toMatchObject({ status: 'missing', year: null, years: 0 });
			else expect(r, r.geo).toMatchObject({ ...w, source: 'trng_lfse_04', kind: 'official' });
		}
	});

	it('says the LFS 12-month rate is missing where no country file has it', async () => {
		const obs = await raw<Obs>(
			'official_indicators',
			"SELECT geo, CAST(year AS INTEGER) AS year, value, coalesce(flags, '') AS flags FROM official_indicators WHERE value_role = 'observation' AND ((indicator_code = 'LFS_FE_NFE_12M' AND breakdown = 'sex=T;age=Y25-64') OR (indicator_code = 'lfs_participation_12m' AND breakdown = 'sex=T'))"
		);
		const want = expected(obs);
		const missing = of('lfs_12m').filter((r) => r.status === 'missing');
		expect(missing.length).toBeGreaterThan(0);
		for (const r of of('lfs_12m')) {
			expect(r.status === 'missing', r.geo).toBe(!want.has(r.geo));
			if (want.has(r.geo)) expect(r.year).toBe(want.get(r.geo)?.year);
		}
	});

	it('marks the AES series without guided on-the-job training experimental, its years counted', async () => {
		const obs = await raw<Obs>(
			'official_indicators',
			"SELECT geo, CAST(year AS INTEGER) AS year, value, coalesce(flags, '') AS flags FROM official_indicators WHERE value_role = 'observation' AND indicator_code = 'AES_FE_NFE_X_GOJT' AND breakdown = 'sex=T;age=Y25-64'"
		);
		const want = expected(obs);
		for (const r of of('aes_x_gojt')) {
			expect(r.experimental).toBe(true);
			expect(r.years, r.geo).toBe(want.get(r.geo)?.years ?? 0);
			expect(r.year, r.geo).toBe(want.get(r.geo)?.year ?? null);
		}
		expect(of('aes_total').every((r) => !r.experimental)).toBe(true);
	});

	it('names the micro-credential indicators synthetic, as the manifest does', () => {
		for (const indicator of ['uptake', 'inclusion', 'annex1', 'annex2'])
			for (const r of of(indicator)) expect(r.kind).toBe('synthetic');
	});

	it('shows a hidden value as hidden with its flag, not missing, not a number', async () => {
		const fr = of('uptake').find((r) => r.geo === 'FR');
		expect(fr).toMatchObject({ status: 'hidden', flags: 'c', year: HIDDEN_YEAR });
		const table = coverageTableModel({ rows, year: 0, lang: 'en' });
		const column = table.columns.findIndex((c) => c.key === 'uptake');
		const franceRow = table.rows.find((r) => r[0].value === 'France');
		expect(franceRow?.[column]).toEqual({ value: null, flags: 'c', missing: 'hidden' });
		// In that year alone, the same; and every other country's total is there.
		const year = await db.build.query<CoverageRow>(
			buildCoverageSql({ year: HIDDEN_YEAR, tables: manifest.tables })
		);
		const uptake = year.filter((r) => r.indicator === 'uptake');
		expect(uptake.find((r) => r.geo === 'FR')?.status).toBe('hidden');
		const obs = await raw<Obs>(
			'uptake',
			`SELECT geo, CAST(year AS INTEGER) AS year, credentials_per_1000_adults AS value, flags FROM uptake WHERE dimension = 'provider_type' AND category = '_T' AND year = ${HIDDEN_YEAR}`
		);
		for (const r of uptake) {
			const o = obs.find((x) => x.geo === r.geo);
			const status = !o ? 'missing' : o.value === null ? 'hidden' : 'available';
			expect(r.status, r.geo).toBe(status);
		}
	});

	it('lists the years with values, latest first, with the indicators counted', async () => {
		const years = await db.build.query<{ year: number; indicators: number }>(
			buildCoverageYearsSql({ tables: manifest.tables })
		);
		expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort((a, b) => b - a));
		const lfs = await raw<{ n: number }>(
			'lfs_participation_4w',
			"SELECT CAST(count(DISTINCT year) AS INTEGER) AS n FROM lfs_participation_4w WHERE sex = 'T' AND age = 'Y25-64' AND value IS NOT NULL"
		);
		expect(years.length).toBeGreaterThanOrEqual(lfs[0].n);
		expect(years.find((y) => y.year === 2022)?.indicators).toBeGreaterThanOrEqual(6);
	});
});
