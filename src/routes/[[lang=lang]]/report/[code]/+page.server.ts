import { error } from '@sveltejs/kit';
import { EU_AGGREGATE } from '$core/contract/countries';
import {
	buildCountryTargetSql,
	TARGETS_TABLE,
	type CountryTargetRow
} from '$core/queries/participation-targets';
import { buildUptakeYearsSql, UPTAKE_TABLE, type UptakeYearRow } from '$core/queries/uptake';
import { memberStatePages, profileGeo } from '$lib/dashboards/country/state';
import { toLang } from '$lib/i18n/langs';
import { NATIONAL_TABLES, nationalReportFigures } from '$lib/report/national-plan';
import { prerenderReportFigures } from '$lib/report/prerender-report';
import { hasTables } from '$lib/report/report-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every Member State's report in every language (the Commission's is /report/eu). */
export const entries: EntryGenerator = () => memberStatePages();

export const load: PageServerLoad = async ({ params }) => {
	const geo = profileGeo(params.code);
	if (!geo) error(404, `no Member State ${params.code}`);
	const lang = toLang(params.lang);
	// Each figure needs its own tables; a build without them leaves the figure out.
	const page = prerenderPage({ tables: [], optional: NATIONAL_TABLES });
	const uptakeYears = hasTables(page.tables, UPTAKE_TABLE)
		? (await queryAtBuild<UptakeYearRow>(buildUptakeYearsSql())).map((r) => r.year)
		: [];
	const context = { geo, tables: page.tables, uptakeYears, generatedAt: page.release.generatedAt };
	const targetOf = async (code: string) =>
		hasTables(page.tables, TARGETS_TABLE)
			? ((await queryAtBuild<CountryTargetRow>(buildCountryTargetSql(code)))[0] ?? null)
			: null;
	return {
		release: page.release,
		context,
		target: await targetOf(geo),
		eu: await targetOf(EU_AGGREGATE),
		figures: await prerenderReportFigures(nationalReportFigures(context), lang)
	};
};
