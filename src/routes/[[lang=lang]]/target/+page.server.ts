import { EU_AGGREGATE } from '$core/contract/countries';
import {
	buildSourceYearsSql,
	OFFICIAL_INDICATORS_TABLE,
	type SourceLevelRow,
	type SourceSeriesRow,
	type SourceYearRow
} from '$core/queries/participation-sources';
import { PARTICIPATION_TABLE } from '$core/queries/adult-participation';
import { buildShapesSql, SHAPES_TABLE, type ShapeRow } from '$core/queries/member-state-shapes';
import { TARGETS_TABLE, type TargetRow } from '$core/queries/participation-targets';
import { targetClassificationFigure } from '$lib/dashboards/target/classification';
import { targetDistanceFigure } from '$lib/dashboards/target/figure';
import { targetMapFigure } from '$lib/dashboards/target/map-figure';
import { targetPeersFigure } from '$lib/dashboards/target/peers-figure';
import { targetSeriesFigure } from '$lib/dashboards/target/series-figure';
import { targetState, type TargetState } from '$lib/dashboards/target/state';
import { toLang } from '$lib/i18n/langs';
import { prerenderFigure, type PrerenderedFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

type Prerendered<Row> = PrerenderedFigure<TargetState, Row> | null;

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	const page = prerenderPage({
		tables: [TARGETS_TABLE, OFFICIAL_INDICATORS_TABLE, PARTICIPATION_TABLE],
		// Without the GISCO geometry the map is left out; the tile grid shows the same values.
		optional: [SHAPES_TABLE]
	});
	// A build without the official statistics still has this page, saying what is missing.
	if (page.missing.length > 0) {
		return {
			...page,
			eu: null as TargetRow | null,
			years: [] as SourceYearRow[],
			distance: null as Prerendered<TargetRow>,
			series: null as Prerendered<SourceSeriesRow>,
			classification: null as Prerendered<SourceLevelRow>,
			peers: null as Prerendered<SourceLevelRow>,
			shapes: [] as ShapeRow[],
			map: null as Prerendered<SourceLevelRow>
		};
	}
	const state = targetState.defaults();
	const figure = <Row>(spec: Parameters<typeof prerenderFigure<TargetState, Row>>[0]['figure']) =>
		prerenderFigure({ figure: spec, state, lang });
	const distance = await figure(targetDistanceFigure);
	const shapes = page.tables.some((t) => t.name === SHAPES_TABLE)
		? await queryAtBuild<ShapeRow>(buildShapesSql())
		: [];
	return {
		...page,
		eu: distance.rows.find((r) => r.geo === EU_AGGREGATE) ?? null,
		years: await queryAtBuild<SourceYearRow>(buildSourceYearsSql()),
		distance,
		series: await figure(targetSeriesFigure),
		classification: await figure(targetClassificationFigure),
		peers: await figure(targetPeersFigure),
		shapes,
		// The page draws the map itself (its countries are links): no prerendered chart to send.
		map: shapes.length > 0 ? { ...(await figure(targetMapFigure(shapes))), svg: '' } : null
	};
};
