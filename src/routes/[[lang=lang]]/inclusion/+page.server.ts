import {
	buildInclusionYearsSql,
	INCLUSION_TABLE,
	type InclusionRow,
	type InclusionYearRow
} from '$core/queries/inclusion';
import { OFFICIAL_INDICATORS_TABLE } from '$core/queries/participation-sources';
import { inclusionCountryFigure } from '$lib/dashboards/inclusion/country-figure';
import { inclusionGroupFigure } from '$lib/dashboards/inclusion/group-figure';
import { inclusionHeatmapFigure } from '$lib/dashboards/inclusion/heatmap-figure';
import { BASELINE_TABLES, figureOptions } from '$lib/dashboards/inclusion/page-tables';
import { inclusionState, type InclusionState } from '$lib/dashboards/inclusion/state';
import { toLang } from '$lib/i18n/langs';
import { prerenderFigure, type PrerenderedFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

type Prerendered = PrerenderedFigure<InclusionState, InclusionRow> | null;

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	// The baselines' own tables are cited in the sources when this build published them.
	const page = prerenderPage({
		tables: [INCLUSION_TABLE],
		optional: [OFFICIAL_INDICATORS_TABLE, ...BASELINE_TABLES]
	});
	if (page.missing.length > 0) {
		return {
			...page,
			years: [] as number[],
			heatmap: null as Prerendered,
			group: null as Prerendered,
			country: null as Prerendered
		};
	}
	const years = (await queryAtBuild<InclusionYearRow>(buildInclusionYearsSql())).map((r) => r.year);
	const state = inclusionState.defaults({ years });
	const options = figureOptions(page.tables);
	const figure = (
		spec: Parameters<typeof prerenderFigure<InclusionState, InclusionRow>>[0]['figure']
	) => prerenderFigure({ figure: spec, state, lang });
	return {
		...page,
		years,
		heatmap: await figure(inclusionHeatmapFigure(options)),
		group: await figure(inclusionGroupFigure(options)),
		country: await figure(inclusionCountryFigure(options))
	};
};
