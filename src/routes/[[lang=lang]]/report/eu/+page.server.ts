import { EU_AGGREGATE } from '$core/contract/countries';
import {
	buildInclusionYearsSql,
	INCLUSION_TABLE,
	type InclusionYearRow
} from '$core/queries/inclusion';
import { buildShapesSql, SHAPES_TABLE, type ShapeRow } from '$core/queries/member-state-shapes';
import {
	buildCountryTargetSql,
	TARGETS_TABLE,
	type CountryTargetRow
} from '$core/queries/participation-targets';
import { buildUptakeYearsSql, UPTAKE_TABLE, type UptakeYearRow } from '$core/queries/uptake';
import { toLang } from '$lib/i18n/langs';
import { EU_TABLES, euReportFigures, type EuReportContext } from '$lib/report/eu-plan';
import { prerenderReportFigures } from '$lib/report/prerender-report';
import { hasTables } from '$lib/report/report-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	// Each figure needs its own tables; a build without them leaves the figure out.
	const page = prerenderPage({ tables: [], optional: EU_TABLES });
	const has = (name: string) => hasTables(page.tables, name);
	const context: EuReportContext = {
		tables: page.tables,
		shapes: has(SHAPES_TABLE) ? await queryAtBuild<ShapeRow>(buildShapesSql()) : [],
		uptakeYears: has(UPTAKE_TABLE)
			? (await queryAtBuild<UptakeYearRow>(buildUptakeYearsSql())).map((r) => r.year)
			: [],
		inclusionYears: has(INCLUSION_TABLE)
			? (await queryAtBuild<InclusionYearRow>(buildInclusionYearsSql())).map((r) => r.year)
			: [],
		generatedAt: page.release.generatedAt
	};
	return {
		release: page.release,
		context,
		eu: has(TARGETS_TABLE)
			? ((await queryAtBuild<CountryTargetRow>(buildCountryTargetSql(EU_AGGREGATE)))[0] ?? null)
			: null,
		figures: await prerenderReportFigures(euReportFigures(context), lang)
	};
};
