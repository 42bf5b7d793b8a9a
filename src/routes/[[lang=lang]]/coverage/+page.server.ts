import {
	buildCoverageYearsSql,
	COVERAGE_TABLES,
	type CoverageRow,
	type CoverageYearRow
} from '$core/queries/coverage';
import { buildShapesSql, SHAPES_TABLE, type ShapeRow } from '$core/queries/member-state-shapes';
import { toLang } from '$lib/i18n/langs';
import { coverageTableFigure } from '$lib/report/coverage/figures';
import { coverageState, type CoverageState } from '$lib/report/coverage/state';
import { prerenderFigure, type PrerenderedFigure } from '$lib/server/prerender-figure';
import { prerenderPage, queryAtBuild } from '$lib/server/prerender-page';
import type { PageServerLoad } from './$types';

type Prerendered = PrerenderedFigure<CoverageState, CoverageRow> | null;

export const load: PageServerLoad = async ({ params }) => {
	const lang = toLang(params.lang);
	// Every coverage table is optional: the coverage lists the indicators this build publishes.
	const page = prerenderPage({ tables: [], optional: [...COVERAGE_TABLES, SHAPES_TABLE] });
	const covered = page.tables.filter((t) => t.name !== SHAPES_TABLE);
	if (covered.length === 0) {
		return {
			...page,
			years: [] as CoverageYearRow[],
			shapes: [] as ShapeRow[],
			table: null as Prerendered,
			map: null as Prerendered
		};
	}
	const state = coverageState.defaults();
	const shapes = page.tables.some((t) => t.name === SHAPES_TABLE)
		? await queryAtBuild<ShapeRow>(buildShapesSql())
		: [];
	const table = await prerenderFigure({ figure: coverageTableFigure(covered), state, lang });
	return {
		...page,
		years: await queryAtBuild<CoverageYearRow>(buildCoverageYearsSql({ tables: covered })),
		shapes,
		table,
		// The page draws the map itself (its countries are links): no prerendered chart to send.
		map: shapes.length > 0 ? { ...table, svg: '' } : null
	};
};
