// The browser's asynchronous DuckDB-WASM API (AsyncDuckDB over a worker), run in Node for tests:
// the package's Node build ships a Web Worker polyfill that takes a file URL, while its
// createWorker() insists on turning the script into a blob URL first; for that one call the blob
// URL is replaced by the worker file's own URL.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

const require = createRequire(import.meta.url);
const NODE_BUILD = '@duckdb/duckdb-wasm/dist/duckdb-node.cjs';
const DIST = dirname(require.resolve(NODE_BUILD));

export async function openAsyncDuckDBInNode(): Promise<AsyncDuckDB> {
	const duckdb = require(NODE_BUILD) as typeof import('@duckdb/duckdb-wasm');
	const createObjectURL = URL.createObjectURL;
	URL.createObjectURL = () => pathToFileURL(join(DIST, 'duckdb-node-eh.worker.cjs')).href;
	let worker: Worker;
	try {
		worker = await duckdb.createWorker('data:application/javascript,');
	} finally {
		URL.createObjectURL = createObjectURL;
	}
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(join(DIST, 'duckdb-eh.wasm'));
	return db;
}
