/** Builds a row object keyed by column name from a record's fields. */
export type RowBuilder = (fields: readonly string[]) => Record<string, string>;

export interface RowEntry {
	readonly name: string;
	/** The field's index in the file's record. */
	readonly index: number;
}

/**
 * The keys of one file's rows ('' for a column to leave out), in `keyOrder` (the contract's
 * column order) whatever the file's order, then the file's other columns: files that order
 * their columns differently still give rows of one shape, which keeps the validator's property
 * reads monomorphic. '__proto__' is left out: as a key it would set the prototype.
 */
export function rowEntries(columns: readonly string[], keyOrder: readonly string[]): RowEntry[] {
	const rank = (name: string) => {
		const i = keyOrder.indexOf(name);
		return i === -1 ? keyOrder.length : i;
	};
	return columns
		.map((name, index) => ({ name, index }))
		.filter(({ name }) => name !== '' && name !== '__proto__')
		.sort((a, b) => rank(a.name) - rank(b.name) || a.index - b.index);
}

/**
 * A row builder that runs anywhere, the browser included (no `new Function`, which the site's
 * Content-Security-Policy forbids). A column that is not in the file is absent from the row (not
 * undefined), so `'eqf_level' in row` tells a file without it. The pipelines use a compiled
 * builder with the same entries (pipelines/read/row-builder.ts) for speed.
 */
export function createRowBuilder(
	columns: readonly string[],
	keyOrder: readonly string[] = []
): RowBuilder {
	const entries = rowEntries(columns, keyOrder);
	const names = entries.map((e) => e.name);
	const indexes = entries.map((e) => e.index);
	return (fields) => {
		const row: Record<string, string> = {};
		for (let i = 0; i < names.length; i++) row[names[i]] = fields[indexes[i]];
		return row;
	};
}
