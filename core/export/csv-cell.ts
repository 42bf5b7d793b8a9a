// CSV cells for files a spreadsheet may open: quoted when needed, and never starting with a
// character that a spreadsheet reads as a formula (=, +, -, @, tab, carriage return, line feed).
const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value !== 'string') return String(value);
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
	return `${values.map(csvCell).join(',')}\n`;
}
