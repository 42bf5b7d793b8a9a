// The only module that starts DuckDB-WASM in the browser. Pages reach it through the dashboard
// kit's dynamic import, so prerendering never touches the wasm, and every caller shares one
// initialisation. Named imports let the bundler drop what is not used, among it the package's
// helper that points at a CDN: the build then holds no address of one.
import { AsyncDuckDB, selectBundle, VoidLogger } from '@duckdb/duckdb-wasm';
import { parseManifest, type Manifest } from '$core/contract/manifest';
import { createAsyncEngine } from './async-engine';
import { SELF_HOSTED_BUNDLES } from './bundles';
import type { DatabasePort } from './port';
import {
	createPublishedDatabase,
	type ArrowEngine,
	type PublishedFiles
} from './published-database';
import { errorMessage, QueryError } from './query-error';

let engine: Promise<ArrowEngine> | undefined;

/** A new DuckDB-WASM instance in a worker of its own, from the self-hosted bundles, opened by `open`. */
export async function startDuckDB<T>(open: (db: AsyncDuckDB) => Promise<T>): Promise<T> {
	const bundle = await selectBundle(SELF_HOSTED_BUNDLES);
	if (!bundle.mainWorker) throw new Error('DuckDB bundle without a worker');
	const db = new AsyncDuckDB(new VoidLogger(), new Worker(bundle.mainWorker));
	try {
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		return await open(db);
	} catch (error) {
		await db.terminate().catch(() => {});
		throw error;
	}
}

function start(): Promise<ArrowEngine> {
	return startDuckDB(createAsyncEngine);
}

/** The shared engine; a failed start is remembered as a rejected promise, retried on demand. */
export function startEngine(): Promise<ArrowEngine> {
	if (!engine) {
		engine = start().catch((error) => {
			engine = undefined;
			throw new QueryError(`DuckDB could not start: ${errorMessage(error)}`, '', error);
		});
	}
	return engine;
}

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return response;
}

/** The site's published files under `base`, over HTTP. */
export function httpFiles(base: string): PublishedFiles {
	const url = (file: string) => new URL(`${base}/data/${file}`, location.href).href;
	let manifest: Promise<Manifest> | undefined;
	return {
		manifest() {
			manifest ??= fetchOk(url('manifest.json'))
				.then((r) => r.json())
				.then(parseManifest)
				.catch((error) => {
					manifest = undefined;
					throw error;
				});
			return manifest;
		},
		// A fresh buffer each time: the engine transfers it to the worker.
		read: async (file: string) => new Uint8Array(await (await fetchOk(url(file))).arrayBuffer())
	};
}

const databases = new Map<string, DatabasePort>();

/** The browser's database port over the site's published files under `base`. */
export function browserDatabase(base: string): DatabasePort {
	let database = databases.get(base);
	if (!database) {
		database = createPublishedDatabase({ engine: startEngine, files: httpFiles(base) });
		databases.set(base, database);
	}
	return database;
}
