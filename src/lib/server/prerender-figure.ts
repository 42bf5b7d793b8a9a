import { renderChartToSvg } from '$lib/charts/echarts';
import type { Lang } from '$lib/i18n/langs';
import { FIGURE_HEIGHT, FIGURE_WIDTH, type FigureSpec } from '$lib/kit/figure';
import { buildDatabase } from './build-database';

export interface PrerenderedFigure<State, Row> {
	readonly state: State;
	readonly rows: Row[];
	/** The chart drawn at build time: the first paint, before any script. */
	readonly svg: string;
}

/** A figure's first view: its SQL run on the build's DuckDB-WASM, its chart drawn as SVG. */
export async function prerenderFigure<State, Row>(options: {
	figure: FigureSpec<State, Row>;
	state: State;
	lang: Lang;
}): Promise<PrerenderedFigure<State, Row>> {
	const { figure, state, lang } = options;
	const rows = await buildDatabase().query<Row>(figure.query(state));
	const svg = renderChartToSvg(figure.chart({ rows, state, lang }), {
		width: FIGURE_WIDTH,
		height: figure.height ?? FIGURE_HEIGHT
	});
	return { state, rows, svg };
}
