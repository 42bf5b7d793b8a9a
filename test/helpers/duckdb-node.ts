// The same DuckDB-WASM as in the browser, in its synchronous Node build, for integration tests.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SqlQuery } from '../../core/queries/sql-query';

const require = createRequire(import.meta.url);
const duckdb =
	require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof import('@duckdb/duckdb-wasm/blocking');
const DIST = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

export interface NodeDuckDB {
	insertArrowStream(name: string, bytes: Uint8Array): void;
	query<Row>(query: SqlQuery): Row[];
	close(): void;
}

export async function openNodeDuckDB(): Promise<NodeDuckDB> {
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
	db.open({ query: { castBigIntToDouble: true } });
	const conn = db.connect();
	return {
		insertArrowStream(name, bytes) {
			conn.insertArrowFromIPCStream(new Uint8Array(bytes), { name, create: true });
		},
		query<Row>(query: SqlQuery) {
			const statement = conn.prepare(query.sql);
			try {
				return statement
					.query(...query.params)
					.toArray()
					.map((row) => row.toJSON() as Row);
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
