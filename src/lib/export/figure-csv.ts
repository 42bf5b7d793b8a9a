import { csvCell } from '$core/export/csv-cell';
import type { TableModel } from '$lib/tables/table-model';

/**
 * The CSV of a figure: exactly the rows of its data table, in the same order. Value columns hold
 * the raw numbers (full precision, '.' decimal), each followed by its flags where the table has
 * any, then the unit and the source on every row, so that a row copied alone keeps both. Every
 * text goes through csvCell, which neutralises what a spreadsheet would run as a formula. The
 * file starts with a byte-order mark so that spreadsheets read accents as UTF-8.
 */
export function buildFigureCsv(options: {
	table: TableModel;
	unit: string;
	source: string;
}): string {
	const { table, unit, source } = options;
	const flagged = table.columns.map(
		(column, c) => column.kind === 'value' && table.rows.some((row) => (row[c].flags ?? '') !== '')
	);
	const header: string[] = [];
	table.columns.forEach((column, c) => {
		header.push(column.label);
		if (flagged[c]) header.push(`${column.label} flags`);
	});
	header.push('unit', 'source');
	const lines = [header.map(csvCell).join(',')];
	for (const row of table.rows) {
		const cells: string[] = [];
		row.forEach((cell, c) => {
			cells.push(csvCell(cell.value));
			if (flagged[c]) cells.push(csvCell(cell.flags ?? ''));
		});
		cells.push(csvCell(unit), csvCell(source));
		lines.push(cells.join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
