import type { SqlQuery } from '$core/queries/sql-query';
import { ensureTable } from './load-arrow';
import { runQuery } from './run-query';

/** Runs a query over published tables, loading each of them into DuckDB first (once). */
export async function queryPublished<Row>(options: {
	base: string;
	tables: readonly string[];
	query: SqlQuery;
}): Promise<Row[]> {
	await Promise.all(options.tables.map((name) => ensureTable(options.base, name)));
	return runQuery<Row>(options.query);
}
