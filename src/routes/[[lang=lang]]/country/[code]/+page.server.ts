import { error } from '@sveltejs/kit';
import { MEASURES_TABLE } from '$core/queries/national-measures';
import { OFFICIAL_INDICATORS_TABLE } from '$core/queries/participation-sources';
import {
	buildCountryTargetSql,
	TARGETS_TABLE,
	type CountryTargetRow
} from '$core/queries/participation-targets';
import { countryMeasuresFigure } from '$lib/dashboards/country/measures-figure';
import { isSynthetic } from '$lib/kit/figure-sources';
import { memberStatePages, profileGeo, type CountryState } from '$lib/dashboards/country/state';
import { qualityFigureOptions } from '$lib/dashboards/quality/figures';
import { qualityProfileFigure } from '$lib/dashboards/quality/profile';
import { ANNEX1_TABLE } from '$core/queries/quality';
import { INCLUSION_TABLE } from '$core/queries/inclusion';
import { BASELINE_TABLES, figureOptions } from '$lib/dashboards/inclusion/page-tables';
import { inclusionProfileFigure } from '$lib/dashboards/inclusion/profile-figure';
import { targetSeriesFigure } from '$lib/dashboards/target/series-figure';
import { targetState } from '$lib/dashboards/target/state';
import { toLang, type Lang } from '$lib/i18n/langs';
import { buildUptakeYearsSql, UPTAKE_TABLE, type UptakeYearRow } from '$core/queries/uptake';
import { uptakeContext } from '$lib/dashboards/uptake/context';
import { uptakeCountrySeriesFigure } from '$lib/dashboards/uptake/series-figure';
import { prerenderFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every Member State's profile in every language. */
export const entries: EntryGenerator = () => memberStatePages();

export const load: PageServerLoad = async ({ params }) => {
	const geo = profileGeo(params.code);
	if (!geo) error(404, `no Member State ${params.code}`);
	const lang = toLang(params.lang);
	const page = prerenderPage({
		tables: [],
		// Each panel needs its own tables; a build without them leaves the panel out.
		optional: [
			TARGETS_TABLE,
			OFFICIAL_INDICATORS_TABLE,
			MEASURES_TABLE,
			UPTAKE_TABLE,
			ANNEX1_TABLE,
			INCLUSION_TABLE,
			...BASELINE_TABLES
		]
	});
	const has = (...names: string[]) => names.every((n) => page.tables.some((t) => t.name === n));
	const participation = has(TARGETS_TABLE, OFFICIAL_INDICATORS_TABLE)
		? {
				target: (await queryAtBuild<CountryTargetRow>(buildCountryTargetSql(geo)))[0] ?? null,
				series: await prerenderFigure({
					figure: targetSeriesFigure,
					state: { ...targetState.defaults(), geo },
					lang
				})
			}
		: null;
	const measures = has(MEASURES_TABLE)
		? await prerenderFigure({
				figure: countryMeasuresFigure({ synthetic: isSynthetic(page.tables, MEASURES_TABLE) }),
				state: { geo },
				lang
			})
		: null;
	const quality = has(ANNEX1_TABLE)
		? await prerenderFigure({
				figure: qualityProfileFigure<CountryState>({
					...qualityFigureOptions(page.tables.filter((t) => t.name === ANNEX1_TABLE)),
					geo
				}),
				state: { geo },
				lang
			})
		: null;
	const inclusion = has(INCLUSION_TABLE)
		? await prerenderFigure({
				figure: inclusionProfileFigure(figureOptions(page.tables)),
				state: { geo },
				lang
			})
		: null;
	const uptake = has(UPTAKE_TABLE) ? await uptakePanel(geo, page.release.generatedAt, lang) : null;
	return { ...page, geo, participation, uptake, measures, quality, inclusion };
};

/** The country's uptake over the years; the years go with it, to make the same figure again. */
async function uptakePanel(geo: string, generatedAt: string, lang: Lang) {
	const years = (await queryAtBuild<UptakeYearRow>(buildUptakeYearsSql())).map((r) => r.year);
	const figure = uptakeCountrySeriesFigure<CountryState>({
		geo,
		context: uptakeContext({ years, generatedAt })
	});
	return { years, ...(await prerenderFigure({ figure, state: { geo }, lang })) };
}
