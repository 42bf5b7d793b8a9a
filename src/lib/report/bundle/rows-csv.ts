import { csvLine } from '$core/export/csv-cell';

// The CSV of a figure's rows as its SQL returns them: one column per field, in the order of the
// first row, full precision, '.' decimals, empty for NULL. The same function writes the bundle's
// CSV and the one a verification recomputes, so that the two compare line by line.

type Cell = string | number | boolean | null;

/** A field's value as one CSV cell (nested values as JSON, big integers as digits). */
function cellOf(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (value instanceof Date) return value.toISOString();
	return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** The column names of some rows: the first row's fields, then any other row's new ones. */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
	const columns = new Set<string>();
	for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
	return [...columns];
}

/** The rows as CSV text (LF line ends), every cell through the formula-safe csvCell. */
export function rowsToCsv(
	rows: readonly Record<string, unknown>[],
	columns: readonly string[] = columnsOf(rows)
): string {
	return [csvLine(columns), ...rows.map((row) => csvLine(columns.map((c) => cellOf(row[c]))))].join(
		''
	);
}
