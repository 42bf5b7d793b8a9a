import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { DUCKDB_OFFLINE_SETTINGS, DUCKDB_OPEN_CONFIG } from './duckdb-settings';
import type { ArrowEngine } from './published-database';

/** Prepared statements kept open; the least recently used is closed beyond this. */
const MAX_PREPARED = 32;

/**
 * An engine over DuckDB-WASM's asynchronous API (a worker): the browser's, and in tests the same
 * API in Node. The instance must be instantiated; this opens it with the site's settings.
 */
export async function createAsyncEngine(db: AsyncDuckDB): Promise<ArrowEngine> {
	await db.open(DUCKDB_OPEN_CONFIG);
	const conn = await db.connect();
	for (const setting of DUCKDB_OFFLINE_SETTINGS) await conn.query(setting);
	type Statement = Awaited<ReturnType<typeof conn.prepare>>;
	// A page asks the same SQL again and again with other values (another country, other years):
	// each statement is prepared once, so that a query is one trip to the worker, not three.
	const statements = new Map<string, Promise<Statement>>();
	function prepared(sql: string): Promise<Statement> {
		let statement = statements.get(sql);
		if (statement) {
			statements.delete(sql); // most recently used last
		} else {
			statement = conn.prepare(sql);
			statement.catch(() => statements.delete(sql));
		}
		statements.set(sql, statement);
		if (statements.size > MAX_PREPARED) {
			const [oldest, evicted] = statements.entries().next().value!;
			statements.delete(oldest);
			void evicted.then((s) => s.close()).catch(() => {});
		}
		return statement;
	}
	return {
		async insertArrowStream(name, bytes) {
			await conn.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		async query(sql, params) {
			return (await prepared(sql)).query(...params);
		}
	};
}
