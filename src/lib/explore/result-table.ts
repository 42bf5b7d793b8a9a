// How the virtualised result table shows a cell, and which rows it draws.
import type { ResultView } from './result-view';

export type CellState = 'value' | 'null' | 'hidden';

export interface DisplayedCell {
	readonly text: string;
	readonly state: CellState;
}

/** The column holding a row's flags (`flags`), if the result has one. */
export function flagsColumnOf(view: ResultView): number {
	return view.columns.findIndex((c) => c.name.toLowerCase() === 'flags' && c.kind === 'text');
}

/**
 * A cell as text. A NULL in a row flagged `c` is a hidden cell: it says so (never blank, never
 * 0); any other NULL reads NULL.
 */
export function displayCell(
	view: ResultView,
	row: number,
	column: number,
	flagsColumn: number,
	labels: { hidden: string; null: string }
): DisplayedCell {
	const value = view.value(row, column);
	if (value !== null) return { text: String(value), state: 'value' };
	const flags = flagsColumn === -1 ? null : view.value(row, flagsColumn);
	if (typeof flags === 'string' && flags.includes('c')) {
		return { text: `${labels.hidden} (c)`, state: 'hidden' };
	}
	return { text: labels.null, state: 'null' };
}

/** The rows to draw for a scroll position: those in sight and a few either side. */
export function visibleRows(options: {
	scrollTop: number;
	viewportHeight: number;
	rowHeight: number;
	rowCount: number;
	overscan: number;
}): { first: number; last: number } {
	const { scrollTop, viewportHeight, rowHeight, rowCount, overscan } = options;
	const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
	const last = Math.min(rowCount, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
	return { first: Math.min(first, last), last };
}

/** Column widths in characters, from the header and the first rows, within limits. */
export function columnWidths(
	view: ResultView,
	options: { sample: number; min: number; max: number }
): number[] {
	const rows = Math.min(view.rowCount, options.sample);
	return view.columns.map((column, c) => {
		let width = column.name.length;
		for (let r = 0; r < rows; r++) {
			const value = view.value(r, c);
			width = Math.max(width, value === null ? 4 : String(value).length);
		}
		return Math.min(options.max, Math.max(options.min, width));
	});
}
