import { EU_AGGREGATE } from '$core/contract/countries';
import {
	TARGETS_TABLE,
	type ClassificationRow,
	type TargetRow
} from '$core/queries/participation-targets';
import { targetClassificationFigure } from '$lib/dashboards/target/classification';
import { targetDistanceFigure } from '$lib/dashboards/target/figure';
import { targetState, type TargetState } from '$lib/dashboards/target/state';
import { toLang } from '$lib/i18n/langs';
import { prerenderFigure, type PrerenderedFigure } from '$lib/server/prerender-figure';
import { prerenderPage } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	const page = prerenderPage({ tables: [TARGETS_TABLE] });
	// A build without the official statistics still has this page, saying what is missing.
	if (page.missing.length > 0) {
		return {
			...page,
			eu: null as TargetRow | null,
			distance: null as PrerenderedFigure<TargetState, TargetRow> | null,
			classification: null as PrerenderedFigure<TargetState, ClassificationRow> | null
		};
	}
	const state = targetState.defaults();
	const distance = await prerenderFigure({ figure: targetDistanceFigure, state, lang });
	const classification = await prerenderFigure({ figure: targetClassificationFigure, state, lang });
	return {
		...page,
		eu: distance.rows.find((r) => r.geo === EU_AGGREGATE) ?? null,
		distance,
		classification
	};
};
