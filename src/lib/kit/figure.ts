import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import type { Lang } from '$lib/i18n/langs';
import type { TableModel } from '$lib/tables/table-model';
import type { PublishedQuery } from '$core/queries/sql-query';

export interface FigureInput<State, Row> {
	readonly rows: readonly Row[];
	readonly state: State;
	readonly lang: Lang;
}

/**
 * Everything a page says about one figure: its query, its chart, the table behind it and its
 * title. The kit runs the query at build time (the first view) and in the browser (every later
 * view) with the same SQL, and draws, tables, downloads and cites the figure.
 */
export interface FigureSpec<State, Row> {
	/** Stable id: the figure's anchor, test id and download file stem. */
	readonly id: string;
	query(state: State): PublishedQuery;
	title(input: { state: State; lang: Lang }): string;
	chart(input: FigureInput<State, Row>): EChartsCoreOption;
	table(input: FigureInput<State, Row>): TableModel;
	/**
	 * What a reader must know beside the figure: the sources' own notes on the values shown, a
	 * caveat, why a part is missing. Shown under the chart and drawn into the images.
	 */
	notes?(input: FigureInput<State, Row>): readonly string[];
	/** The chart's height in pixels at build time and on screen. */
	readonly height?: number;
}

export const FIGURE_WIDTH = 880;
export const FIGURE_HEIGHT = 420;

/** Flag letters that occur in a table, sorted: the figure's flags legend. */
export function flagsInTable(table: TableModel): string[] {
	const flags = new Set<string>();
	for (const row of table.rows)
		for (const cell of row) for (const f of cell.flags ?? '') flags.add(f);
	return [...flags].sort();
}
