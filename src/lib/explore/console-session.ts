// One console's queries, start to finish: the statement checker, then the same rules on DuckDB's
// own tokens, the published tables it names loaded (checksums checked), the statement run under
// a time limit, and a cancel that always leaves the console usable: DuckDB is asked to stop, and
// if it does not answer within a grace period its worker is ended and the next query starts a
// new engine.
import {
	checkConsoleSql,
	checkConsoleTokens,
	tokensFromDuckDB,
	type RefusalCode
} from '$core/queries/console-guard';
import type { ConsoleEngine } from '$lib/db/console-engine';
import type { DatabasePort } from '$lib/db/port';
import { createPublishedDatabase, type PublishedFiles } from '$lib/db/published-database';
import { errorMessage } from '$lib/db/query-error';
import type { ArrowResult } from './result-view';

export type StopReason = 'user' | 'time_limit';

export type ConsoleOutcome =
	| {
			readonly status: 'done';
			readonly result: ArrowResult;
			readonly truncated: boolean;
			/** The published tables the statement read. */
			readonly tables: readonly string[];
			readonly ms: number;
	  }
	| {
			readonly status: 'refused';
			readonly code: RefusalCode;
			readonly subject: string;
			readonly at: number;
			/** Which lock refused it: the checker, or the checker over DuckDB's own tokens. */
			readonly layer: 'guard' | 'engine';
	  }
	| {
			readonly status: 'cancelled';
			readonly reason: StopReason;
			/** The engine did not answer the cancel and was replaced. */
			readonly restarted: boolean;
			readonly ms: number;
	  }
	| { readonly status: 'error'; readonly message: string; readonly ms: number };

export interface ConsoleSessionOptions {
	/** Names of the published tables the console may read. */
	readonly tables: readonly string[];
	readonly files: PublishedFiles;
	/** Starts a new locked engine (a worker of its own in the browser). */
	readonly open: () => Promise<ConsoleEngine>;
	/** A statement running longer than this is stopped. */
	readonly timeLimitMs: number;
	/** How long a cancelled statement may take to stop before its engine is replaced. */
	readonly graceMs: number;
	readonly maxRows: number;
}

interface Engine {
	readonly engine: ConsoleEngine;
	readonly database: DatabasePort;
}

/** A table of the reader's own data, computed in this browser (src/lib/explore/local). */
export interface ConsoleLocalTable {
	readonly name: string;
	/** Its rows as an Arrow IPC stream. */
	readonly ipc: Uint8Array;
}

const now = () => performance.now();

export class ConsoleSession {
	readonly #options: ConsoleSessionOptions;
	#engine: Promise<Engine> | undefined;
	#stop: ((reason: StopReason) => void) | undefined;
	#running: Promise<ConsoleOutcome> | undefined;
	#ready = false;
	#local: readonly ConsoleLocalTable[] = [];
	/** The local tables each engine holds. */
	readonly #localIn = new WeakMap<ConsoleEngine, readonly ConsoleLocalTable[]>();

	constructor(options: ConsoleSessionOptions) {
		this.#options = options;
	}

	/** Whether the engine has started (the first query waits for it). */
	get ready(): boolean {
		return this.#ready;
	}

	/** Starts the engine ahead of the first query. */
	async warm(): Promise<void> {
		await this.#start();
	}

	/** Stops the running query, if any. */
	cancel(reason: StopReason = 'user'): void {
		this.#stop?.(reason);
	}

	/** Runs one statement; a query still running is cancelled first. */
	async run(sql: string): Promise<ConsoleOutcome> {
		if (this.#running) {
			this.cancel();
			await this.#running;
		}
		const running = this.#run(sql);
		this.#running = running;
		try {
			return await running;
		} finally {
			if (this.#running === running) this.#running = undefined;
		}
	}

	/**
	 * The reader's local tables, readable by the next statements beside the published ones (and
	 * replacing the previous local tables).
	 */
	setLocalTables(tables: readonly ConsoleLocalTable[]): void {
		this.#local = tables;
	}

	/** Runs the reader's local work on this console's engine (started if need be). */
	async withLocalWork<T>(work: (local: ConsoleEngine['local']) => Promise<T>): Promise<T> {
		const { engine } = await this.#start();
		return work(engine.local);
	}

	/** The local tables' names. */
	get localTables(): readonly string[] {
		return this.#local.map((table) => table.name);
	}

	async #syncLocal(engine: ConsoleEngine): Promise<void> {
		const held = this.#localIn.get(engine) ?? [];
		if (held === this.#local) return;
		const local = this.#local;
		for (const table of held) await engine.query(`DROP TABLE IF EXISTS ${table.name}`, []);
		// A copy each time: the engine takes the bytes it is given.
		for (const table of local) await engine.insertArrowStream(table.name, table.ipc.slice());
		this.#localIn.set(engine, local);
	}

	/** Ends the engine (the page is left, or a test is done). */
	async dispose(): Promise<void> {
		const engine = this.#engine;
		this.#engine = undefined;
		await engine?.then(({ engine }) => engine.terminate()).catch(() => {});
	}

	#start(): Promise<Engine> {
		if (!this.#engine) {
			this.#ready = false;
			const pending = this.#options.open().then((engine) => ({
				engine,
				database: createPublishedDatabase({
					engine: async () => engine,
					files: this.#options.files
				})
			}));
			this.#engine = pending;
			pending.then(
				() => {
					if (this.#engine === pending) this.#ready = true;
				},
				() => {
					if (this.#engine === pending) this.#engine = undefined;
				}
			);
		}
		return this.#engine;
	}

	async #run(sql: string): Promise<ConsoleOutcome> {
		const started = now();
		const { timeLimitMs, graceMs, maxRows } = this.#options;
		const local = this.localTables;
		const tables = [...this.#options.tables, ...local];
		const check = checkConsoleSql(sql, { tables });
		if (!check.ok) return { status: 'refused', ...check, layer: 'guard' };

		let stopped: StopReason | undefined;
		let executing = false;
		let settle!: (outcome: ConsoleOutcome) => void;
		const interrupted = new Promise<ConsoleOutcome>((resolve) => (settle = resolve));
		const timers: ReturnType<typeof setTimeout>[] = [];
		const cancelled = (restarted: boolean): ConsoleOutcome => ({
			status: 'cancelled',
			reason: stopped ?? 'user',
			restarted,
			ms: now() - started
		});

		this.#stop = (reason) => {
			if (stopped) return;
			stopped = reason;
			if (!executing) {
				// Still starting or loading tables: nothing runs yet, the engine stays.
				settle(cancelled(false));
				return;
			}
			const current = this.#engine;
			void current?.then(({ engine }) => engine.cancel()).catch(() => {});
			timers.push(
				setTimeout(() => {
					// DuckDB did not stop: end its worker; the next query starts a new engine.
					if (this.#engine === current) {
						this.#engine = undefined;
						this.#ready = false;
					}
					settle(cancelled(true));
					void current?.then(({ engine }) => engine.terminate()).catch(() => {});
				}, graceMs)
			);
		};

		const work = (async (): Promise<ConsoleOutcome> => {
			const { engine, database } = await this.#start();
			if (stopped) return cancelled(false);
			const seen = checkConsoleTokens(tokensFromDuckDB(sql, await engine.tokenize(sql)), {
				tables
			});
			if (!seen.ok) return { status: 'refused', ...seen, layer: 'engine' };
			await this.#syncLocal(engine);
			const published = check.tables.filter((table) => !local.includes(table));
			await Promise.all(published.map((table) => database.preload(table)));
			if (stopped) return cancelled(false);
			executing = true;
			timers.push(setTimeout(() => this.#stop?.('time_limit'), timeLimitMs));
			const result = await engine.run(sql, { maxRows });
			if (stopped) return cancelled(false);
			return {
				status: 'done',
				result: { schema: result.schema, batches: result.batches },
				truncated: result.truncated,
				tables: check.tables,
				ms: now() - started
			};
		})().catch((error): ConsoleOutcome => {
			if (stopped || (error instanceof Error && error.name === 'CancelledRun')) {
				return cancelled(false);
			}
			return { status: 'error', message: errorMessage(error), ms: now() - started };
		});

		try {
			return await Promise.race([work, interrupted]);
		} finally {
			for (const timer of timers) clearTimeout(timer);
			this.#stop = undefined;
		}
	}
}
