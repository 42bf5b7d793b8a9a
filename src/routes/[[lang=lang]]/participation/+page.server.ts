import {
	buildParticipationGeosSql,
	PARTICIPATION_TABLE,
	type ParticipationRow
} from '$core/queries/adult-participation';
import { participationSeriesFigure } from '$lib/dashboards/participation/series-figure';
import { participationState, type ParticipationState } from '$lib/dashboards/participation/state';
import { toLang } from '$lib/i18n/langs';
import { prerenderFigure, type PrerenderedFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	const page = prerenderPage({ tables: [PARTICIPATION_TABLE] });
	// A build without the official statistics still has this page, saying what is missing.
	if (page.missing.length > 0) {
		return {
			...page,
			geos: [] as string[],
			series: null as PrerenderedFigure<ParticipationState, ParticipationRow> | null
		};
	}
	const geos = (await queryAtBuild<{ geo: string }>(buildParticipationGeosSql())).map((r) => r.geo);
	const state = participationState.defaults({ available: new Set(geos) });
	return {
		...page,
		geos,
		series: await prerenderFigure({ figure: participationSeriesFigure, state, lang })
	};
};
