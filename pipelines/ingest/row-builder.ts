/** Builds a row object keyed by column name from a record's fields. */
export type RowBuilder = (fields: readonly string[]) => Record<string, string>;

/**
 * A row builder for one file's columns ('' for a column to leave out), compiled once into an
 * object literal with constant keys: every row then shares one hidden class, where keys added one
 * by one from a list cost more than the validation that follows. A column that is not in the
 * list is absent from the row (not undefined), so `'eqf_level' in row` tells a file without it.
 */
export function createRowBuilder(columns: readonly string[]): RowBuilder {
	const entries: string[] = [];
	columns.forEach((name, i) => {
		// A literal '__proto__' key would set the prototype instead of a property.
		if (name === '' || name === '__proto__') return;
		entries.push(`${JSON.stringify(name)}: fields[${i}]`);
	});
	return new Function('fields', `return { ${entries.join(', ')} };`) as RowBuilder;
}
