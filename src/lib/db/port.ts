import type { PublishedQuery } from '$core/queries/sql-query';

/**
 * The one way a page asks for data. Two adapters implement it with the same DuckDB-WASM engine
 * over the same published Arrow files: the build's, in Node, for the prerendered first view
 * (src/lib/server/build-database.ts), and the browser's, in a worker (src/lib/db/client.ts).
 */
export interface DatabasePort {
	query<Row>(query: PublishedQuery): Promise<Row[]>;
	/** Loads a published table ahead of the first query that reads it. */
	preload(table: string): Promise<unknown>;
}
