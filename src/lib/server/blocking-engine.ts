// DuckDB-WASM's synchronous Node build: the browser's engine, the same version, at build time.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DUCKDB_OFFLINE_SETTINGS, DUCKDB_OPEN_CONFIG } from '$lib/db/duckdb-settings';
import type { ArrowEngine } from '$lib/db/published-database';

const require = createRequire(import.meta.url);
const BLOCKING = '@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs';
const DIST = dirname(require.resolve(BLOCKING));

export interface BlockingEngine extends ArrowEngine {
	close(): void;
}

export async function openBlockingEngine(): Promise<BlockingEngine> {
	const duckdb = require(BLOCKING) as typeof import('@duckdb/duckdb-wasm/blocking');
	const db = await duckdb.createDuckDB(
		{
			mvp: {
				mainModule: join(DIST, 'duckdb-mvp.wasm'),
				mainWorker: join(DIST, 'duckdb-node-mvp.worker.cjs')
			},
			eh: {
				mainModule: join(DIST, 'duckdb-eh.wasm'),
				mainWorker: join(DIST, 'duckdb-node-eh.worker.cjs')
			}
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open(DUCKDB_OPEN_CONFIG);
	const conn = db.connect();
	for (const setting of DUCKDB_OFFLINE_SETTINGS) conn.query(setting);
	return {
		async insertArrowStream(name, bytes) {
			conn.insertArrowFromIPCStream(bytes, { name, create: true });
		},
		async query(sql, params) {
			const statement = conn.prepare(sql);
			try {
				return statement.query(...params);
			} finally {
				statement.close();
			}
		},
		close() {
			conn.close();
			db.reset();
		}
	};
}
