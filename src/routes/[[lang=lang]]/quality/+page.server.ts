import {
	buildCompletenessYearsSql,
	type CompletenessRow,
	type CredentialElementRow,
	type MissingElementRow,
	type PrincipleRow,
	type ProviderBandRow,
	type ProviderTypeCompletenessRow
} from '$core/queries/quality';
import {
	createQualityFigures,
	QUALITY_TABLES,
	qualityFigureOptions
} from '$lib/dashboards/quality/figures';
import { qualityState, type QualityState } from '$lib/dashboards/quality/state';
import { toLang } from '$lib/i18n/langs';
import type { FigureSpec } from '$lib/kit/figure';
import { prerenderFigure, type PrerenderedFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

type Prerendered<Row> = PrerenderedFigure<QualityState, Row> | null;

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	const page = prerenderPage({ tables: QUALITY_TABLES });
	// A build without the quality tables still has this page, saying what is missing.
	if (page.missing.length > 0) {
		return {
			...page,
			years: [] as number[],
			elements: null as Prerendered<CompletenessRow>,
			missingElements: null as Prerendered<MissingElementRow>,
			providerTypes: null as Prerendered<ProviderTypeCompletenessRow>,
			trend: null as Prerendered<CompletenessRow>,
			countries: null as Prerendered<CompletenessRow>,
			principles: null as Prerendered<PrincipleRow>,
			credentials: null as Prerendered<CredentialElementRow>,
			providers: null as Prerendered<ProviderBandRow>
		};
	}
	const figures = createQualityFigures(qualityFigureOptions(page.tables));
	const state = qualityState.defaults();
	const figure = <Row>(spec: FigureSpec<QualityState, Row>) =>
		prerenderFigure({ figure: spec, state, lang });
	const years = await queryAtBuild<{ year: number }>(buildCompletenessYearsSql());
	return {
		...page,
		years: years.map((y) => y.year),
		elements: await figure(figures.elements),
		missingElements: await figure(figures.missing),
		providerTypes: await figure(figures.providerTypes),
		trend: await figure(figures.trend),
		countries: await figure(figures.countries),
		principles: await figure(figures.principles),
		credentials: await figure(figures.credentials),
		providers: await figure(figures.providers)
	};
};
