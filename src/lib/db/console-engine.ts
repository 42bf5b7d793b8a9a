// The SQL console's own DuckDB-WASM instance, apart from the one the dashboards share: locked
// against files, URLs, extensions and configuration as soon as it opens, and free to be stopped
// (its worker terminated) when a runaway statement does not answer a cancel, without touching
// the dashboards' engine. The published tables are inserted from Arrow buffers, which the lock
// allows; nothing else can come in.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { RecordBatch, Schema } from 'apache-arrow';
import { DUCKDB_OFFLINE_SETTINGS, DUCKDB_OPEN_CONFIG } from './duckdb-settings';
import type { ArrowEngine } from './published-database';

/**
 * Run once the engine is open, in this order: no file system, no network, no extension, then
 * no change to any setting (these two among them) for the rest of the engine's life.
 */
export const CONSOLE_LOCK_SETTINGS = [
	"SET memory_limit = '1GB'",
	'SET enable_external_access = false',
	'SET lock_configuration = true'
] as const;

/**
 * A result as DuckDB streamed it: its schema and record batches. (Not an Arrow Table: in Node,
 * DuckDB-WASM's build holds its own copy of apache-arrow, whose classes a Table of ours would
 * not recognise.)
 */
export interface ConsoleRun {
	readonly schema: Schema;
	/** The rows, at most `maxRows` of them. */
	readonly batches: readonly RecordBatch[];
	/** The statement gave more rows than `maxRows`. */
	readonly truncated: boolean;
}

/** DuckDB's lexer's view of a text: token starts in UTF-8 bytes, and a type per token. */
export interface ScriptTokens {
	readonly offsets: ArrayLike<number>;
	readonly types: ArrayLike<number>;
}

export interface ConsoleEngine extends ArrowEngine {
	tokenize(sql: string): Promise<ScriptTokens>;
	/**
	 * Runs one statement inside a transaction that is always rolled back: were anything to
	 * write, it would not last. Rows are streamed and the stream is closed at `maxRows`.
	 */
	run(sql: string, options: { maxRows: number }): Promise<ConsoleRun>;
	/** Asks the running statement to stop; `run` then rejects with CancelledRun. */
	cancel(): Promise<void>;
	/** Ends the worker: the only way out of a statement that does not answer `cancel`. */
	terminate(): Promise<void>;
	/**
	 * The reader's own data (src/lib/explore/local), on a connection of its own so that a console
	 * statement's rolled-back transaction never holds it: Arrow record batches appended to a table
	 * that console statements cannot name (the statement checker knows only the published and the
	 * local aggregate tables), the aggregates' rows read, the table dropped.
	 */
	readonly local: LocalWork;
}

export interface LocalWork {
	/** Appends an Arrow IPC stream to `table`, created by the first one; takes the bytes. */
	append(table: string, ipc: Uint8Array): Promise<void>;
	rows(sql: string): Promise<Record<string, unknown>[]>;
	drop(table: string): Promise<void>;
}

export class CancelledRun extends Error {
	constructor() {
		super('The query was cancelled.');
		this.name = 'CancelledRun';
	}
}

/** Opens an instantiated DuckDB-WASM as the console's locked engine. */
export async function openConsoleEngine(db: AsyncDuckDB): Promise<ConsoleEngine> {
	await db.open(DUCKDB_OPEN_CONFIG);
	const conn = await db.connect();
	for (const setting of [...DUCKDB_OFFLINE_SETTINGS, ...CONSOLE_LOCK_SETTINGS]) {
		await conn.query(setting);
	}
	await verifyLocked(conn);
	let cancelled = false;
	let running = false;
	let localConn: Promise<AsyncDuckDBConnection> | undefined;
	const local = () => (localConn ??= db.connect());
	const created = new Set<string>();

	return {
		local: {
			async append(table, ipc) {
				const create = !created.has(table);
				created.add(table);
				await (await local()).insertArrowFromIPCStream(ipc, { name: table, create });
			},
			async rows(sql) {
				const result = await (await local()).query(sql);
				return result.toArray().map((row) => row.toJSON() as Record<string, unknown>);
			},
			async drop(table) {
				created.delete(table);
				await (await local()).query(`DROP TABLE IF EXISTS ${table}`);
			}
		},
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
		},
		tokenize: (sql) => db.tokenize(sql),
		async run(sql, { maxRows }) {
			if (running) throw new Error('The console runs one query at a time.');
			running = true;
			cancelled = false;
			await conn.query('BEGIN TRANSACTION');
			try {
				const reader = await conn.send(sql, true);
				if (cancelled) throw new CancelledRun();
				// Read before the stream ends: a closed reader no longer has it.
				const schema = reader.schema;
				const batches: RecordBatch[] = [];
				let rows = 0;
				let truncated = false;
				for await (const batch of reader) {
					if (cancelled) throw new CancelledRun();
					if (rows + batch.numRows > maxRows) {
						batches.push(batch.slice(0, maxRows - rows));
						truncated = true;
						break;
					}
					batches.push(batch);
					rows += batch.numRows;
				}
				if (cancelled) throw new CancelledRun();
				return { schema: schema ?? batches[0]?.schema, batches, truncated };
			} catch (error) {
				if (cancelled) throw new CancelledRun();
				throw error;
			} finally {
				running = false;
				await conn.query('ROLLBACK').catch(() => {});
			}
		},
		async cancel() {
			if (!running) return;
			cancelled = true;
			await conn.cancelSent().catch(() => false);
		},
		async terminate() {
			await db.terminate();
		}
	};
}

/**
 * The lock is checked every time an engine opens, in the browser itself: a DuckDB-WASM that
 * ignored a setting would leave the console refusing to start rather than open.
 */
async function verifyLocked(conn: AsyncDuckDBConnection): Promise<void> {
	const settings = await conn.query(
		"SELECT current_setting('enable_external_access') AS external, current_setting('lock_configuration') AS locked"
	);
	const row = settings.toArray()[0]?.toJSON() as
		{ external?: unknown; locked?: unknown } | undefined;
	const unlocked = await conn.query('SET enable_external_access = true').then(
		() => true,
		() => false
	);
	if (row?.external !== false || row?.locked !== true || unlocked) {
		throw new Error('The console could not lock its query engine; it does not start unlocked.');
	}
}
