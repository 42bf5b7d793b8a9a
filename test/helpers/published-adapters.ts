import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { createAsyncEngine } from '../../src/lib/db/async-engine';
import type { DatabasePort } from '../../src/lib/db/port';
import { createPublishedDatabase } from '../../src/lib/db/published-database';
import { folderFiles } from '../../src/lib/server/build-database';
import { openBlockingEngine } from '../../src/lib/server/blocking-engine';
import { openAsyncDuckDBInNode } from './async-duckdb-node';

export interface BothAdapters {
	/** The build's adapter: DuckDB-WASM's synchronous Node build. */
	readonly build: DatabasePort;
	/** The browser's engine code (AsyncDuckDB over a worker) on the same files. */
	readonly browser: DatabasePort;
	close(): Promise<void>;
}

/** The database port's two adapters over one folder of published files. */
export async function openBothAdapters(dir: string): Promise<BothAdapters> {
	const db: AsyncDuckDB = await openAsyncDuckDBInNode();
	const engine = createAsyncEngine(db);
	const blocking = openBlockingEngine();
	return {
		build: createPublishedDatabase({ engine: () => blocking, files: folderFiles(dir) }),
		browser: createPublishedDatabase({ engine: () => engine, files: folderFiles(dir) }),
		close: async () => {
			(await blocking).close();
			await db.terminate();
		}
	};
}
