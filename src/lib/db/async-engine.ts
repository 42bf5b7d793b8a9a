import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { DUCKDB_OFFLINE_SETTINGS, DUCKDB_OPEN_CONFIG } from './duckdb-settings';
import type { ArrowEngine } from './published-database';

/**
 * An engine over DuckDB-WASM's asynchronous API (a worker): the browser's, and in tests the same
 * API in Node. The instance must be instantiated; this opens it with the site's settings.
 */
export async function createAsyncEngine(db: AsyncDuckDB): Promise<ArrowEngine> {
	await db.open(DUCKDB_OPEN_CONFIG);
	const conn = await db.connect();
	for (const setting of DUCKDB_OFFLINE_SETTINGS) await conn.query(setting);
	return {
		async insertArrowStream(name, bytes) {
			await conn.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		async query(sql, params) {
			const statement = await conn.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				await statement.close();
			}
		}
	};
}
