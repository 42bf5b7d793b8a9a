import { csvCell } from '$core/export/csv-cell';
import type { TableCell, TableModel } from '$lib/tables/table-model';

/**
 * The CSV of a figure: exactly the rows of its data table, in the same order. Value columns hold
 * the raw numbers (full precision, '.' decimal), each followed by a flags column where the table
 * has any flag in it, then the unit and the source on every row, so that a row copied alone keeps
 * both. Every cell goes through csvCell, which neutralises what a spreadsheet would run as a
 * formula.
 */
export function buildFigureCsv(options: {
	table: TableModel;
	unit: string;
	source: string;
	/** Headers of the added columns, translated: a value column's flags, the unit, the source. */
	headers: { flags: (label: string) => string; unit: string; source: string };
}): string {
	const { table, unit, source, headers } = options;
	const flagged = table.columns.map(
		(column, c) => column.kind === 'value' && table.rows.some((row) => flagsOf(row[c]) !== '')
	);
	const header: string[] = [];
	table.columns.forEach((column, c) => {
		header.push(column.label);
		if (flagged[c]) header.push(headers.flags(column.label));
	});
	header.push(headers.unit, headers.source);
	const lines = [line(header)];
	for (const row of table.rows) {
		const cells: (string | number | null)[] = [];
		table.columns.forEach((_column, c) => {
			cells.push(valueOf(row[c]));
			if (flagged[c]) cells.push(flagsOf(row[c]));
		});
		cells.push(unit, source);
		lines.push(line(cells));
	}
	// The byte-order mark makes spreadsheets (Excel above all) read the file as UTF-8, so that
	// accented country names and units survive; without it they guess a legacy code page.
	return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}

function line(cells: readonly (string | number | null)[]): string {
	return cells.map(csvCell).join(',');
}

// A short row (or a cell with NaN) reads as "not available" rather than as a broken number; a
// cell that says why it has no value ("hidden") says so in the CSV too.
function valueOf(cell: TableCell | undefined): string | number | null {
	const value = cell?.value ?? cell?.missing ?? null;
	return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

function flagsOf(cell: TableCell | undefined): string {
	return cell?.flags ?? '';
}
