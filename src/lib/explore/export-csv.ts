import { csvCell } from '$core/export/csv-cell';
import type { ResultView } from './result-view';

/**
 * A console result as CSV: the columns as the query named them, every row, raw values ('.'
 * decimal, full precision), dates in ISO 8601, NULL as an empty cell. Every cell goes through
 * csvCell, which neutralises what a spreadsheet would run as a formula. The provenance travels
 * beside it, in the metadata sidecar (exportSidecar).
 */
export function buildResultCsv(view: ResultView): string {
	const columns = view.columns.map((_c, i) => view.columnValues(i));
	const lines = [view.columns.map((c) => csvCell(c.name)).join(',')];
	for (let r = 0; r < view.rowCount; r++) {
		lines.push(columns.map((values) => csvCell(values[r])).join(','));
	}
	// The byte-order mark makes spreadsheets read the file as UTF-8 (as the figures' CSV does).
	return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
