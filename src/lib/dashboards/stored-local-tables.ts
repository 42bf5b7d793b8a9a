// The reader's own tables as a dashboard reads them: from this browser's store (the explore page
// keeps them there), loaded only when the page asks, never fetched.

/** The stored local tables' rows by name, with the file they came from and the day. */
export interface StoredLocalTables {
	readonly fileName: string;
	/** YYYY-MM-DD. */
	readonly analysedAt: string;
	/** A table's rows, or undefined when the file gave no such table. */
	rows(name: string): Record<string, unknown>[] | undefined;
}

/** The stored local tables, or undefined when none are kept in this browser. */
export async function loadStoredLocalTables(): Promise<StoredLocalTables | undefined> {
	const { loadLocalAnalysis } = await import('$lib/explore/local/local-store');
	const { localTableRows } = await import('$lib/explore/local/local-table');
	const stored = await loadLocalAnalysis();
	if (!stored) return undefined;
	/** Each table decoded once, however often it is asked for. */
	const decoded = new Map<string, Record<string, unknown>[] | undefined>();
	return {
		fileName: stored.summary.fileName,
		analysedAt: stored.analysedAt.slice(0, 10),
		rows(name) {
			if (!decoded.has(name)) {
				const table = stored.tables.find((table) => table.name === name);
				decoded.set(name, table && localTableRows(table));
			}
			return decoded.get(name);
		}
	};
}
