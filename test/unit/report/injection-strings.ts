/** Texts a spreadsheet would run as a formula, or a page as a script, if passed on as they are. */
export const INJECTIONS = [
	'=HYPERLINK("http://x")',
	'+cmd',
	'@SUM(1)',
	'-1+1',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'\t=1+1'
] as const;

/**
 * A CSV cell (as written) that a spreadsheet would read as a formula. A plain number (-1, 2.5e-3)
 * is a number, not a formula.
 */
export function startsFormula(cell: string): boolean {
	if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) return false;
	const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
	return /^[=+\-@\t\r\n]/.test(unquoted);
}

/** Cells of a CSV text (RFC 4180 quoting), every line. */
export function csvCells(text: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				cell += '""';
				i++;
			} else if (c === '"') {
				quoted = false;
				cell += c;
			} else cell += c;
		} else if (c === '"' && cell === '') {
			quoted = true;
			cell += c;
		} else if (c === ',' || c === '\n') {
			cells.push(cell.replace(/\r$/, ''));
			cell = '';
		} else cell += c;
	}
	if (cell !== '') cells.push(cell);
	return cells;
}
