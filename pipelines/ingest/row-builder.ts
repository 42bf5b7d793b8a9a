/** Builds a row object keyed by column name from a record's fields. */
export type RowBuilder = (fields: readonly string[]) => Record<string, string>;

/**
 * A row builder for one file's columns ('' for a column to leave out), compiled once into an
 * object literal with constant keys: every row then shares one hidden class, where keys added one
 * by one from a list cost more than the validation that follows. Keys come in `keyOrder` (the
 * contract's column order) whatever the file's order, then the file's other columns: files
 * that order their columns differently still give rows of one shape, which keeps the validator's
 * property reads monomorphic. A column that is not in the file is absent from the row (not
 * undefined), so `'eqf_level' in row` tells a file without it.
 */
export function createRowBuilder(
	columns: readonly string[],
	keyOrder: readonly string[] = []
): RowBuilder {
	const rank = (name: string) => {
		const i = keyOrder.indexOf(name);
		return i === -1 ? keyOrder.length : i;
	};
	const entries = columns
		.map((name, index) => ({ name, index }))
		// A literal '__proto__' key would set the prototype instead of a property.
		.filter(({ name }) => name !== '' && name !== '__proto__')
		.sort((a, b) => rank(a.name) - rank(b.name) || a.index - b.index)
		.map(({ name, index }) => `${JSON.stringify(name)}: fields[${index}]`);
	return new Function('fields', `return { ${entries.join(', ')} };`) as RowBuilder;
}
