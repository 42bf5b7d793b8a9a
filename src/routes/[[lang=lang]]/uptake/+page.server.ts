import { buildShapesSql, SHAPES_TABLE, type ShapeRow } from '$core/queries/member-state-shapes';
import {
	buildUptakeYearsSql,
	SUPPLY_TABLE,
	UPTAKE_COLUMNS_READ,
	UPTAKE_TABLE,
	type SupplyRow,
	type UptakeBreakdownRow,
	type UptakeCountryRow,
	type UptakeSeriesRow,
	type UptakeYearRow
} from '$core/queries/uptake';
import { uptakeContext, type UptakeContext } from '$lib/dashboards/uptake/context';
import { createUptakeFigures } from '$lib/dashboards/uptake/figures';
import { uptakeState, type UptakeState } from '$lib/dashboards/uptake/state';
import { toLang } from '$lib/i18n/langs';
import type { FigureSpec } from '$lib/kit/figure';
import { prerenderFigure, type PrerenderedFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

interface UptakeFirstView {
	readonly context: UptakeContext;
	readonly shapes: ShapeRow[];
	readonly series: PrerenderedFigure<UptakeState, UptakeSeriesRow>;
	readonly growth: PrerenderedFigure<UptakeState, UptakeSeriesRow>;
	readonly ranking: PrerenderedFigure<UptakeState, UptakeCountryRow>;
	readonly map: PrerenderedFigure<UptakeState, UptakeCountryRow> | null;
	readonly breakdown: PrerenderedFigure<UptakeState, UptakeBreakdownRow>;
	readonly supply: PrerenderedFigure<UptakeState, SupplyRow>;
}

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	const page = prerenderPage({
		tables: [UPTAKE_TABLE, SUPPLY_TABLE],
		// Without the GISCO geometry the map is left out; the ranking shows the same values.
		optional: [SHAPES_TABLE]
	});
	// A build without the tables, or with an uptake table from before its rates per 1 000 adults,
	// still has this page, saying what is missing.
	const uptake = page.tables.find((t) => t.name === UPTAKE_TABLE);
	const columns = new Set(uptake?.columns.map((c) => c.name) ?? []);
	if (page.missing.length > 0 || UPTAKE_COLUMNS_READ.some((c) => !columns.has(c))) {
		return { ...page, view: null as UptakeFirstView | null };
	}
	const years = await queryAtBuild<UptakeYearRow>(buildUptakeYearsSql());
	const context = uptakeContext({
		years: years.map((y) => y.year),
		generatedAt: page.release.generatedAt
	});
	const state = uptakeState.defaults(context);
	const shapes = page.tables.some((t) => t.name === SHAPES_TABLE)
		? await queryAtBuild<ShapeRow>(buildShapesSql())
		: [];
	const figures = createUptakeFigures(context, shapes);
	const figure = <Row>(spec: FigureSpec<UptakeState, Row>) =>
		prerenderFigure({ figure: spec, state, lang });
	// The series, the growth, the map and the ranking read the same rows (one query): sent once.
	const series = await figure(figures.series);
	const same = <F extends { rows: unknown }>(prerendered: F) => ({
		...prerendered,
		rows: series.rows
	});
	const view: UptakeFirstView = {
		context,
		shapes,
		series,
		growth: same(await figure(figures.growth)),
		ranking: same(await figure(figures.ranking)),
		// The page draws the map itself (its countries are links): no prerendered chart to send.
		map: shapes.length > 0 ? { ...same(await figure(figures.map)), svg: '' } : null,
		breakdown: await figure(figures.breakdown),
		supply: await figure(figures.supply)
	};
	return { ...page, view: view as UptakeFirstView | null };
};
