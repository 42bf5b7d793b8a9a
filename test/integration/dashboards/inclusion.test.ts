// The inclusion page's figures against SQL written independently over the published default
// dataset (static/data, `npm run data`): each figure's query gives exactly the published rows
// (and an explicit row where none is published), and hidden cells stay hidden.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EU_AGGREGATE, MEMBER_STATES } from '../../../core/contract/countries';
import {
	buildInclusionCountryLatestSql,
	buildInclusionCountrySql,
	buildInclusionGroupSql,
	buildInclusionYearSql,
	buildInclusionYearsSql,
	INCLUSION_GROUPS,
	type InclusionRow,
	type InclusionYearRow
} from '../../../core/queries/inclusion';
import { inclusionHeatmapFigure } from '../../../src/lib/dashboards/inclusion/heatmap-figure';
import { readGaps } from '../../../src/lib/dashboards/inclusion/reading';
import { inclusionState } from '../../../src/lib/dashboards/inclusion/state';
import { openPublishedData } from '../../helpers/published-data';
import type { BothAdapters } from '../../helpers/published-adapters';

type Published = Omit<InclusionRow, 'published'>;
const key = (r: { geo: string; year: number | null; group: string }) =>
	`${r.geo}|${r.year}|${r.group}`;

describe('the inclusion page on the published default dataset', () => {
	let db: BothAdapters;
	/** Every published row, read with plain SQL of the test's own. */
	let all: Published[];
	let byKey: Map<string, Published>;
	let latest: number;

	beforeAll(async () => {
		db = await openPublishedData();
		all = await db.build.query<Published>({
			tables: ['inclusion'],
			sql: `SELECT geo, year, "group", learners_in_group, learners_with_known_attribute,
				share_of_learners, population_share, population_year, population_basis,
				ifnull(population_flags, '') AS population_flags, representation_ratio,
				aes_group_rate, aes_total_rate, aes_rate_ratio, aes_year,
				ifnull(aes_flags, '') AS aes_flags, ifnull(flags, '') AS flags
			FROM inclusion`,
			params: []
		});
		byKey = new Map(all.map((r) => [key(r), r]));
		latest = Math.max(...all.map((r) => r.year!));
	});
	afterAll(() => db?.close());

	/** The figure's rows: the published row where there is one, "not published" elsewhere. */
	function expectPublished(rows: readonly InclusionRow[]) {
		for (const row of rows) {
			const { published, ...values } = row;
			const source = byKey.get(key(row));
			expect(published, key(row)).toBe(source !== undefined);
			if (source) expect(values).toEqual(source);
			else expect(values.learners_in_group).toBeNull();
		}
	}

	it('publishes the groups the page knows, the EU and the 27, with a population baseline where the issue says', () => {
		expect(new Set(all.map((r) => r.group))).toEqual(new Set(INCLUSION_GROUPS));
		const geos = new Set(all.map((r) => r.geo));
		for (const geo of geos)
			expect([EU_AGGREGATE, ...MEMBER_STATES.map((c) => c.geo)]).toContain(geo);
		const withBaseline = new Set(
			all.filter((r) => r.population_share !== null).map((r) => r.group)
		);
		expect(withBaseline).toEqual(new Set(['low_qualified', 'older_55_64', 'rural']));
		for (const r of all.filter((r) => r.population_share !== null)) {
			expect(r.population_year!).toBeLessThanOrEqual(r.year!);
			expect(r.population_basis).toBe(r.group === 'rural' ? 'all_ages' : 'Y25-64');
		}
	});

	it('the heat map and the reading: every country × group of the latest year', async () => {
		const years = (await db.build.query<InclusionYearRow>(buildInclusionYearsSql())).map(
			(r) => r.year
		);
		const state = inclusionState.defaults({ years });
		expect(state.year).toBe(latest);
		const figure = inclusionHeatmapFigure({ synthetic: true });
		const rows = await db.browser.query<InclusionRow>(figure.query(state));
		expect(rows).toHaveLength(28 * INCLUSION_GROUPS.length);
		expect(rows.every((r) => r.year === latest)).toBe(true);
		expectPublished(rows);
		expect(rows.filter((r) => r.published)).toHaveLength(
			all.filter((r) => r.year === latest).length
		);
		expect(await db.build.query(buildInclusionYearSql({ year: latest }))).toEqual(
			await db.build.query(buildInclusionYearSql({ year: 0 }))
		);

		// The largest gaps, by independent SQL: Member States furthest from parity on a log scale.
		const gaps = await db.build.query<{ geo: string; group: string }>({
			tables: ['inclusion'],
			sql: `SELECT geo, "group" FROM inclusion
				WHERE year = ? AND geo <> ? AND representation_ratio > 0 AND flags NOT LIKE '%c%'
				ORDER BY abs(ln(representation_ratio)) DESC LIMIT 5`,
			params: [latest, EU_AGGREGATE]
		});
		const reading = readGaps(rows, 'en');
		expect(reading.gaps).toHaveLength(gaps.length);
		const names = new Map(MEMBER_STATES.map((c) => [c.geo, c.names.en]));
		reading.gaps.forEach((sentence, i) =>
			expect(sentence.startsWith(`${names.get(gaps[i].geo)}, ${latest}:`)).toBe(true)
		);
		// The numbers in the first sentence are the row's.
		const first = byKey.get(key({ ...gaps[0], year: latest }))!;
		expect(reading.gaps[0]).toContain(`${first.population_share!.toFixed(1)} %`);
		expect(reading.gaps[0]).toContain(`${first.representation_ratio!.toFixed(2)}`);
	});

	it('the group comparison: one group in every country, in a year', async () => {
		for (const group of ['low_qualified', 'rural', 'unemployed', 'refugee'] as const) {
			const rows = await db.browser.query<InclusionRow>(
				buildInclusionGroupSql({ year: 2022, group })
			);
			expect(rows).toHaveLength(28);
			expect(rows[0].geo).toBe(EU_AGGREGATE);
			expect(rows.every((r) => r.group === group && r.year === 2022)).toBe(true);
			expectPublished(rows);
		}
	});

	it('the country over time and the country profile: one country, every year or its latest', async () => {
		const rows = await db.browser.query<InclusionRow>(buildInclusionCountrySql({ geo: 'PT' }));
		const years = [...new Set(all.map((r) => r.year))];
		expect(rows).toHaveLength(years.length * INCLUSION_GROUPS.length);
		expectPublished(rows);
		const profile = await db.browser.query<InclusionRow>(
			buildInclusionCountryLatestSql({ geo: 'PT' })
		);
		const ptLatest = Math.max(...all.filter((r) => r.geo === 'PT').map((r) => r.year!));
		expect(profile.map((r) => r.year)).toEqual(INCLUSION_GROUPS.map(() => ptLatest));
		expectPublished(profile);
	});

	it('cites the baselines the values come from: edat_lfse_03 and ilc_lvho01', async () => {
		const pt = all.find((r) => r.geo === 'PT' && r.group === 'low_qualified' && r.year === latest)!;
		const [attainment] = await db.build.query<{ value: number }>({
			tables: ['educational_attainment'],
			sql: `SELECT value FROM educational_attainment WHERE geo = 'PT' AND year = ?
				AND sex = 'T' AND age = 'Y25-64' AND isced11 = 'ED0-2' AND unit = 'PC'`,
			params: [pt.population_year]
		});
		expect(pt.population_share).toBeCloseTo(attainment.value, 9);
		const rural = all.find((r) => r.geo === 'PT' && r.group === 'rural' && r.year === latest)!;
		const urbanisation = await db.build.query<{ value: number }>({
			tables: ['population_by_urbanisation'],
			sql: `SELECT value FROM population_by_urbanisation
				WHERE geo = 'PT' AND year = ? AND deg_urb IN ('DEG3', 'Rural areas')`,
			params: [rural.population_year]
		});
		expect(urbanisation.map((u) => u.value)).toContain(rural.population_share);
	});

	it('keeps hidden cells hidden: null counts and derived values, flag c, shown as "hidden"', async () => {
		const hidden = all.filter((r) => r.flags.includes('c'));
		for (const r of hidden) {
			expect(r.learners_in_group ?? r.learners_with_known_attribute).toBeNull();
			expect(r.share_of_learners).toBeNull();
			expect(r.representation_ratio).toBeNull();
		}
		// Every null count is flagged, and no share is computed from a hidden count.
		for (const r of all.filter((r) => r.learners_in_group === null)) expect(r.flags).toContain('c');
		for (const r of all.filter((r) => r.share_of_learners !== null))
			expect(r.learners_with_known_attribute!).toBeGreaterThan(0);
		// The heat map's table says "hidden" with the flag for each hidden cell of its year.
		const state = {
			year: latest,
			group: 'low_qualified',
			geo: 'EU27_2020',
			metric: 'ratio'
		} as const;
		const figure = inclusionHeatmapFigure({ synthetic: true });
		const rows = await db.build.query<InclusionRow>(figure.query(state));
		const table = figure.table({ rows, state, lang: 'en' });
		const hiddenCells = table.rows.flat().filter((c) => c.missing === 'hidden');
		// (A hidden cell without a population baseline shows its AES ratio, or "no baseline".)
		const expected = hidden.filter((r) => r.year === latest && r.population_share !== null);
		expect(hiddenCells).toHaveLength(expected.length);
		for (const c of hiddenCells) expect(c).toMatchObject({ value: null, flags: 'c' });
	});
});
