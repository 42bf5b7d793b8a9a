export type SqlParam = string | number | boolean | null;

/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface SqlQuery {
	readonly sql: string;
	readonly params: readonly SqlParam[];
}

/**
 * A query over published tables. It names every table it reads, so that whatever runs it (the
 * build's DuckDB-WASM in Node, the browser's in a worker) loads exactly those first.
 */
export interface PublishedQuery extends SqlQuery {
	readonly tables: readonly string[];
}
