/** Quotes an SQL identifier for DuckDB; the one place identifiers enter SQL text. */
export function quoteIdentifier(name: string): string {
	if (name.length === 0 || name.includes('\0')) throw new Error('invalid SQL identifier');
	return `"${name.replaceAll('"', '""')}"`;
}
