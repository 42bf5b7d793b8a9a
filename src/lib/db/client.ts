// The only module that starts DuckDB-WASM. Pages import it dynamically, in the browser only, so
// prerendering never touches the wasm, and every caller shares one initialisation.
// Named imports let the bundler drop what is not used, among it the package's helper that
// points at a CDN: the build then holds no address of one.
import {
	AsyncDuckDB,
	selectBundle,
	VoidLogger,
	type AsyncDuckDBConnection
} from '@duckdb/duckdb-wasm';
import { SELF_HOSTED_BUNDLES } from './bundles';
import { errorMessage, QueryError } from './query-error';

export interface Database {
	readonly db: AsyncDuckDB;
	readonly conn: AsyncDuckDBConnection;
	readonly bundle: 'mvp' | 'eh';
}

let database: Promise<Database> | undefined;

async function start(): Promise<Database> {
	const bundle = await selectBundle(SELF_HOSTED_BUNDLES);
	if (!bundle.mainWorker) throw new Error('DuckDB bundle without a worker');
	const worker = new Worker(bundle.mainWorker);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	try {
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
		const conn = await db.connect();
		// Offline by design: never reach for an extension repository on the internet.
		await conn.query(`SET autoinstall_known_extensions = false`);
		await conn.query(`SET autoload_known_extensions = false`);
		return {
			db,
			conn,
			bundle: bundle.mainModule === SELF_HOSTED_BUNDLES.eh?.mainModule ? 'eh' : 'mvp'
		};
	} catch (error) {
		await db.terminate().catch(() => {});
		throw error;
	}
}

/** The shared database; a failed start is remembered as a rejected promise, retried on demand. */
export function getDatabase(): Promise<Database> {
	if (!database) {
		database = start().catch((error) => {
			database = undefined;
			throw new QueryError(`DuckDB could not start: ${errorMessage(error)}`, '', error);
		});
	}
	return database;
}
