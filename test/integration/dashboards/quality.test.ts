// The quality page's figures on the published default dataset (static/data), checked against SQL
// written here independently over the same tables: other filters, other ordering, JavaScript
// where the builders use SQL (bands, ranks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EU_AGGREGATE, MEMBER_STATES } from '../../../core/contract/countries';
import type { PublishedQuery } from '../../../core/queries/sql-query';
import {
	buildLatestAllElementsSql,
	type CompletenessRow,
	type CredentialElementRow,
	type MissingElementRow,
	type PrincipleRow,
	type ProviderBandRow,
	type ProviderTypeCompletenessRow
} from '../../../core/queries/quality';
import { PROVIDER_TYPES } from '../../../core/contract/vocabularies';
import { renderChartToSvg } from '../../../src/lib/charts/echarts';
import { createQualityFigures } from '../../../src/lib/dashboards/quality/figures';
import {
	allElementsHeadline,
	latestAllElementsShare,
	qualityProfileFigure
} from '../../../src/lib/dashboards/quality/profile';
import { qualityState, type QualityState } from '../../../src/lib/dashboards/quality/state';
import { LANGS } from '../../../src/lib/i18n/langs';
import type { FigureSpec } from '../../../src/lib/kit/figure';
import { openPublishedData } from '../../helpers/published-data';
import type { BothAdapters } from '../../helpers/published-adapters';

type Raw = Record<string, unknown>;

const figures = createQualityFigures({ synthetic: true });
const ANNEX1 = 'annex1_completeness';
const BY_TYPE = 'annex1_completeness_by_provider_type';
const MEMBERS = MEMBER_STATES.map((c) => c.geo);
const view = (change: Partial<QualityState> = {}): QualityState => ({
	...qualityState.defaults(),
	...change
});
const elementNumber = (e: string) => (e === 'all' ? 12 : Number(e));

describe('the quality page on the published default dataset', () => {
	let db: BothAdapters;
	let latest: number;
	/** Independent SQL on the build's engine. */
	const sql = <Row = Raw>(text: string, tables: string[], params: unknown[] = []) =>
		db.build.query<Row>({ sql: text, tables, params } as PublishedQuery);
	/** A figure's rows through both adapters, which must agree. */
	async function rowsOf<Row>(figure: FigureSpec<QualityState, Row>, state: QualityState) {
		const query = figure.query(state);
		const [build, browser] = await Promise.all([
			db.build.query<Row>(query),
			db.browser.query<Row>(query)
		]);
		expect(browser).toEqual(build);
		return build;
	}

	beforeAll(async () => {
		db = await openPublishedData();
		latest = (await sql<{ y: number }>(`SELECT max(year) AS y FROM ${ANNEX1}`, [ANNEX1]))[0].y;
	});
	afterAll(() => db?.close());

	it('completeness per element: the country, then the EU, each in Annex I order, in the latest year', async () => {
		const rows = await rowsOf<CompletenessRow>(figures.elements, view({ geo: 'FR' }));
		const expected = await sql<Raw>(
			`SELECT geo, year, element, records, records_with_element, share, flags FROM ${ANNEX1}
			 WHERE year = ? AND (geo = 'FR' OR geo = 'EU27_2020')`,
			[ANNEX1],
			[latest]
		);
		expect(rows).toHaveLength(24);
		const sorted = [...expected].sort(
			(a, b) =>
				Number(a.geo !== 'FR') - Number(b.geo !== 'FR') ||
				elementNumber(String(a.element)) - elementNumber(String(b.element))
		);
		expect(rows.map((r) => ({ ...r }))).toEqual(
			sorted.map((r) => ({ ...r, flags: r.flags ?? '' }))
		);
		// A year asked for is that year; the EU alone when the EU is chosen.
		const eu2021 = await rowsOf<CompletenessRow>(figures.elements, view({ year: 2021 }));
		expect(new Set(eu2021.map((r) => `${r.geo}|${r.year}`))).toEqual(
			new Set([`${EU_AGGREGATE}|2021`])
		);
		expect(eu2021).toHaveLength(12);
	});

	it('completeness over time: one element, every year, the country and the EU', async () => {
		const rows = await rowsOf<CompletenessRow>(figures.trend, view({ geo: 'MT', element: '6' }));
		const expected = await sql<{ geo: string; year: number; share: number | null }>(
			`SELECT geo, year, share FROM ${ANNEX1} WHERE element = '6' AND geo IN ('MT', 'EU27_2020')`,
			[ANNEX1]
		);
		const key = (r: { geo: string; year: number }) => `${r.geo}|${r.year}`;
		expect(new Map(rows.map((r) => [key(r), r.share]))).toEqual(
			new Map(expected.map((r) => [key(r), r.share]))
		);
		expect(rows[0].geo).toBe('MT');
		const maltaYears = rows.filter((r) => r.geo === 'MT').map((r) => r.year);
		expect(maltaYears).toEqual([...maltaYears].sort((a, b) => a - b));
	});

	it('completeness per country: the 27 and the EU, ranked from the highest share', async () => {
		const rows = await rowsOf<CompletenessRow>(figures.countries, view({ element: 'all' }));
		const expected = await sql<{ geo: string; share: number }>(
			`SELECT geo, share FROM ${ANNEX1} WHERE element = 'all' AND year = ${latest}`,
			[ANNEX1]
		);
		const known = expected.filter((r) => r.geo === EU_AGGREGATE || MEMBERS.includes(r.geo));
		expect(rows).toHaveLength(known.length);
		expect(rows.length).toBe(28);
		const ranked = [...known].sort((a, b) => b.share - a.share || (a.geo < b.geo ? -1 : 1));
		expect(rows.map((r) => r.geo)).toEqual(ranked.map((r) => r.geo));
	});

	it('the ranked list of elements most often missing, with the count of records missing each', async () => {
		for (const geo of ['LV', EU_AGGREGATE]) {
			const rows = await rowsOf<MissingElementRow>(figures.missing, view({ geo }));
			const raw = await sql<{
				element: string;
				records: number;
				records_with_element: number | null;
			}>(
				`SELECT element, records, records_with_element FROM ${ANNEX1}
				 WHERE geo = ? AND year = ?`,
				[ANNEX1],
				[geo, latest]
			);
			// A hidden element (its count null) has no share: it goes after the others.
			const expected = raw
				.map((r) => {
					const missing =
						r.records_with_element === null ? null : r.records - r.records_with_element;
					return {
						element: r.element,
						missing,
						share: missing === null ? null : (missing / r.records) * 100
					};
				})
				.sort(
					(a, b) =>
						Number(a.element === 'all') - Number(b.element === 'all') ||
						Number(a.share === null) - Number(b.share === null) ||
						(b.share ?? 0) - (a.share ?? 0) ||
						elementNumber(a.element) - elementNumber(b.element)
				);
			expect(rows.map((r) => r.element)).toEqual(expected.map((r) => r.element));
			rows.forEach((r, i) => {
				expect(r.records_missing).toBe(expected[i].missing);
				const share = expected[i].share;
				if (share === null) expect(r.share_missing).toBeNull();
				else expect(r.share_missing).toBeCloseTo(share, 9);
			});
			expect(rows.at(-1)?.element).toBe('all');
		}
	});

	it('completeness per provider type: every type with records, all types first, each in Annex I order', async () => {
		const typeOrder = (type: string) =>
			type === '_T' ? -1 : type === 'UNK' ? 99 : PROVIDER_TYPES.indexOf(type as never);
		for (const state of [view({ geo: 'DE' }), view({ geo: EU_AGGREGATE, year: 2021 })]) {
			const rows = await rowsOf<ProviderTypeCompletenessRow>(figures.providerTypes, state);
			const year = state.year > 0 ? state.year : latest;
			const expected = await sql<Raw>(
				`SELECT * FROM ${BY_TYPE} WHERE geo = ? AND year = ?`,
				[BY_TYPE],
				[state.geo, year]
			);
			expected.sort(
				(a, b) =>
					typeOrder(String(a.provider_type)) - typeOrder(String(b.provider_type)) ||
					elementNumber(String(a.element)) - elementNumber(String(b.element))
			);
			expect(rows.length).toBeGreaterThan(12);
			expect(rows.map((r) => ({ ...r }))).toEqual(
				expected.map((r) => ({
					geo: r.geo,
					year: r.year,
					element: r.element,
					records: r.records,
					records_with_element: r.records_with_element,
					share: r.share,
					flags: r.flags ?? '',
					provider_type: r.provider_type
				}))
			);
		}
	});

	it('completeness per provider type repeats the published counts of annex1_completeness and uptake', async () => {
		// The margin of every type is annex1_completeness's row; a type's records are uptake's
		// credentials of that provider type (the same cell, protected once).
		const margin = await sql<Raw>(
			`SELECT count(*) AS n FROM ${BY_TYPE} t JOIN ${ANNEX1} a USING (geo, year, element)
			 WHERE t.provider_type = '_T' AND (t.records IS DISTINCT FROM a.records
			   OR t.records_with_element IS DISTINCT FROM a.records_with_element)`,
			[BY_TYPE, ANNEX1]
		);
		expect(Number(margin[0].n)).toBe(0);
		const types = await sql<Raw>(
			`SELECT count(*) AS n, count(u.credentials) AS matched FROM ${BY_TYPE} t
			 LEFT JOIN uptake u ON u.geo = t.geo AND u.year = t.year
			   AND u.dimension = 'provider_type' AND u.category = t.provider_type
			 WHERE t.provider_type <> '_T' AND t.element = 'all'
			   AND t.records IS NOT DISTINCT FROM u.credentials`,
			[BY_TYPE, 'uptake']
		);
		const all = await sql<Raw>(
			`SELECT count(*) AS n FROM ${BY_TYPE} WHERE provider_type <> '_T' AND element = 'all'`,
			[BY_TYPE]
		);
		expect(Number(types[0].n)).toBe(Number(all[0].n));
		// A hidden count leaves no share behind it.
		const leaks = await sql<Raw>(
			`SELECT count(*) AS n FROM ${BY_TYPE}
			 WHERE (records IS NULL OR records_with_element IS NULL)
			   AND (share IS NOT NULL OR flags NOT LIKE '%c%')`,
			[BY_TYPE]
		);
		expect(Number(leaks[0].n)).toBe(0);
	});

	it('the Annex II principles: record principles of the year, offers and providers as published', async () => {
		const rows = await rowsOf<PrincipleRow>(figures.principles, view({ geo: 'FR', year: 2024 }));
		const expected = await sql<Raw>(
			`SELECT geo, year, principle, basis, units, units_meeting, share FROM annex2_principles
			 WHERE geo IN ('FR', 'EU27_2020') AND (year = 2024 OR (year IS NULL AND basis <> 'records'))`,
			['annex2_principles']
		);
		const key = (r: Raw) => `${r.geo}|${r.principle}`;
		expect(new Map(rows.map((r) => [key(r as unknown as Raw), r.share]))).toEqual(
			new Map(expected.map((r) => [key(r), r.share]))
		);
		expect(rows).toHaveLength(expected.length);
		expect(rows.filter((r) => r.basis === 'records').every((r) => r.year === 2024)).toBe(true);
		expect(new Set(rows.map((r) => r.basis))).toEqual(new Set(['records', 'offers', 'providers']));
	});

	it('the Annex I elements of digital credentials, every format, element and status', async () => {
		const rows = await rowsOf<CredentialElementRow>(figures.credentials, view());
		const expected = await sql<Raw>(
			`SELECT format, element, status, credentials FROM credential_elements`,
			['credential_elements']
		);
		const key = (r: Raw) => `${r.format}|${r.element}|${r.status}`;
		expect(new Map(rows.map((r) => [key(r as unknown as Raw), r.credentials]))).toEqual(
			new Map(expected.map((r) => [key(r), r.credentials]))
		);
		expect(rows[0].format).toBe('edc');
	});

	it('providers by completeness band, counted here in JavaScript from the provider rows', async () => {
		const providers = await sql<{ geo: string; records: number | null; share: number | null }>(
			`SELECT geo, records, share_all_elements AS share FROM provider_quality
			 WHERE provider_id NOT LIKE '\\_T' ESCAPE '\\' AND provider_id <> 'UNK'`,
			['provider_quality']
		);
		const bandOf = (share: number | null) =>
			share === null
				? 'hidden'
				: share < 50
					? '0-50'
					: share < 75
						? '50-75'
						: share < 90
							? '75-90'
							: '90-100';
		for (const geo of ['FR', EU_AGGREGATE]) {
			const rows = await rowsOf<ProviderBandRow>(figures.providers, view({ geo }));
			const mine = providers.filter((p) =>
				(geo === EU_AGGREGATE ? MEMBERS : [geo]).includes(p.geo)
			);
			const total = mine.length;
			expect(rows.map((r) => r.band)).toEqual(['0-50', '50-75', '75-90', '90-100', 'hidden']);
			for (const row of rows) {
				const inBand = mine.filter((p) => bandOf(p.share) === row.band);
				expect(row.providers, `${geo} ${row.band}`).toBe(inBand.length);
				expect(row.share_of_providers).toBeCloseTo((inBand.length / total) * 100, 9);
				if (inBand.every((p) => p.records !== null))
					expect(row.records).toBe(inBand.reduce((s, p) => s + (p.records ?? 0), 0));
				else expect(row).toMatchObject({ records: null, flags: 'c' });
			}
		}
	});

	it('the headline for the landing page and a profile: the latest share of records with all eleven', async () => {
		for (const geo of [EU_AGGREGATE, 'DE']) {
			const [expected] = await sql<{ year: number; share: number }>(
				`SELECT year, share FROM ${ANNEX1} WHERE geo = ? AND element = 'all'
				 AND year = (SELECT max(year) FROM ${ANNEX1} WHERE geo = ?)`,
				[ANNEX1],
				[geo, geo]
			);
			const row = await latestAllElementsShare({ geo, query: (q) => db.browser.query(q) });
			expect(row).toMatchObject({ geo, year: expected.year, share: expected.share });
			expect(allElementsHeadline(row, 'en')).toContain(String(expected.year));
		}
		expect(await db.build.query(buildLatestAllElementsSql({ geo: 'XX' }))).toEqual([]);
		// The profile figure shows its country whatever the state it is given.
		const profile = qualityProfileFigure<{ anything: string }>({ synthetic: true, geo: 'PT' });
		const rows = await db.build.query<CompletenessRow>(profile.query({ anything: 'x' }));
		expect(new Set(rows.map((r) => r.geo))).toEqual(new Set(['PT', EU_AGGREGATE]));
		expect(profile.title({ state: { anything: 'x' }, lang: 'en' })).toContain('Portugal');
	});

	it('hidden cells stay hidden in every figure: null counts and shares, flag c, never 0', async () => {
		const hidden = await sql<Raw>(
			`SELECT geo, year, element, records, records_with_element, share FROM ${ANNEX1}
			 WHERE flags LIKE '%c%'`,
			[ANNEX1]
		);
		for (const h of hidden) {
			expect(h.share).toBeNull();
			const state = view({ geo: String(h.geo), year: Number(h.year) });
			const elementRow = (await rowsOf<CompletenessRow>(figures.elements, state)).find(
				(r) => r.geo === h.geo && r.element === h.element
			);
			expect(elementRow?.share).toBeNull();
			const missingRow = (await rowsOf<MissingElementRow>(figures.missing, state)).find(
				(r) => r.element === h.element
			);
			expect(missingRow).toMatchObject({ share_missing: null });
			expect(missingRow?.flags).toContain('c');
		}
		// Whatever the build hides, each figure's table shows a null share with its flag.
		for (const [figure, state] of [
			[figures.elements, view({ geo: 'MT' })],
			[figures.countries, view()],
			[figures.missing, view({ geo: 'CY' })],
			[figures.providerTypes, view({ geo: 'CY' })]
		] as const) {
			const rows = await rowsOf(figure as FigureSpec<QualityState, CompletenessRow>, state);
			const table = (figure as FigureSpec<QualityState, CompletenessRow>).table({
				rows,
				state,
				lang: 'en'
			});
			for (const row of table.rows)
				for (const cell of row) if (cell.flags?.includes('c')) expect(cell.value).toBeNull();
		}
	});

	it('draws every figure, its table and its notes in each language, saying the data are synthetic', async () => {
		for (const [name, figure] of Object.entries(figures)) {
			const spec = figure as FigureSpec<QualityState, unknown>;
			for (const state of [view(), view({ geo: 'LU', year: 2019, element: '11' })]) {
				const rows = await rowsOf(spec, state);
				expect(rows.length, name).toBeGreaterThan(0);
				for (const lang of LANGS) {
					const input = { rows, state, lang };
					const svg = renderChartToSvg(spec.chart(input), { width: 880, height: 600 });
					expect(svg, `${name} ${lang}`).toMatch(/^<svg/);
					const table = spec.table(input);
					expect(table.rows.length, name).toBeGreaterThan(0);
					expect(
						table.rows.every((r) => r.length === table.columns.length),
						name
					).toBe(true);
					expect(spec.notes?.(input).join(' '), `${name} ${lang}`).toMatch(
						lang === 'en'
							? /Synthetic data/
							: lang === 'fr'
								? /Données synthétiques/
								: /Synthetische Daten/
					);
				}
				const en = renderChartToSvg(spec.chart({ rows, state, lang: 'en' }), {
					width: 880,
					height: 600
				});
				expect(en, name).toContain('Synthetic data, not real records');
			}
		}
	});
});
