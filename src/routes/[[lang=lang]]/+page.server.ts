import { EU_AGGREGATE } from '$core/contract/countries';
import { PARTICIPATION_TABLE } from '$core/queries/adult-participation';
import { buildShapesSql, SHAPES_TABLE, type ShapeRow } from '$core/queries/member-state-shapes';
import { OFFICIAL_INDICATORS_TABLE } from '$core/queries/participation-sources';
import {
	buildCountryTargetSql,
	TARGETS_TABLE,
	type CountryTargetRow
} from '$core/queries/participation-targets';
import { latestAllElementsShare } from '$lib/dashboards/quality/profile';
import { ANNEX1_TABLE } from '$core/queries/quality';
import {
	buildUptakeHeadlineSql,
	releaseYear,
	UPTAKE_TABLE,
	type UptakeHeadlineRow
} from '$core/queries/uptake';
import { targetMapFigure } from '$lib/dashboards/target/map-figure';
import { targetState } from '$lib/dashboards/target/state';
import { toLang } from '$lib/i18n/langs';
import { prerenderFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

/** The landing page: the EU headline figures and a map of the Member States' profiles. */
export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	const page = prerenderPage({
		tables: [],
		optional: [
			TARGETS_TABLE,
			OFFICIAL_INDICATORS_TABLE,
			PARTICIPATION_TABLE,
			SHAPES_TABLE,
			UPTAKE_TABLE,
			ANNEX1_TABLE
		]
	});
	const has = (...names: string[]) => names.every((n) => page.tables.some((t) => t.name === n));
	const participation = has(TARGETS_TABLE)
		? ((await queryAtBuild<CountryTargetRow>(buildCountryTargetSql(EU_AGGREGATE)))[0] ?? null)
		: null;
	const shapes = has(SHAPES_TABLE, OFFICIAL_INDICATORS_TABLE)
		? await queryAtBuild<ShapeRow>(buildShapesSql())
		: [];
	// The map is the page's own SVG (its countries link to the profiles): no chart to send.
	const map =
		shapes.length > 0
			? {
					...(await prerenderFigure({
						figure: targetMapFigure(shapes),
						state: targetState.defaults(),
						lang
					})),
					svg: ''
				}
			: null;
	// Every synthetic card reads the latest complete year: the release's year is still running.
	const before = releaseYear(page.release.generatedAt);
	const completeness = has(ANNEX1_TABLE)
		? await latestAllElementsShare({ geo: EU_AGGREGATE, before, query: queryAtBuild })
		: null;
	const uptake = has(UPTAKE_TABLE)
		? ((
				await queryAtBuild<UptakeHeadlineRow>(buildUptakeHeadlineSql({ geo: EU_AGGREGATE, before }))
			)[0] ?? null)
		: null;
	return { ...page, participation, shapes, map, completeness, uptake };
};
