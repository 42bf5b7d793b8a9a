/**
 * HiGHS in worker threads, one per core (at most MAX_WORKERS): the audit's integer programs are
 * independent of one another (one per connected component of a batch, one per small component in phase 2), so they are
 * solved side by side. Each program lives in one worker from `build` to `dispose` and is solved
 * there again and again with other objectives (solver-worker.js).
 *
 * Workers hold the process open only while they have work: an idle pool never keeps Node
 * running, and a failed worker fails every call waiting on it with its error.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProgramArrays } from './integer-program';

const MAX_WORKERS = 4;

export interface SolveResult {
	readonly status: 'optimal' | 'node limit' | 'unbounded' | 'infeasible' | string;
	readonly objective: number;
	/** The value of every variable at the point HiGHS ended on, or null when it has none. */
	readonly values: Float64Array | null;
}

export interface SolveRequest {
	/** Optimise sum(weights[k] * x[variables[k]]). */
	readonly variables: readonly number[];
	readonly weights: readonly number[];
	readonly sense: 'min' | 'max';
	/**
	 * Branch-and-bound nodes HiGHS may explore (Infinity: no limit); its best point so far is
	 * returned when they run out. Not a time limit: the result must not depend on the machine.
	 */
	readonly maxNodes: number;
	/** Relative gap at which HiGHS may stop. */
	readonly gap: number;
	/** A feasible point to start from. */
	readonly start?: Float64Array;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

class SolverThread {
	private readonly worker: Worker;
	private readonly pending = new Map<number, Pending>();
	private nextId = 0;
	private failure: Error | undefined;
	private readonly ready: Promise<void>;
	/** Programs built here and not yet disposed: where the pool puts the next one. */
	programs = 0;

	constructor() {
		this.worker = new Worker(new URL('./solver-worker.js', import.meta.url));
		this.worker.unref();
		let started: () => void = () => {};
		this.ready = new Promise<void>((resolve) => (started = resolve));
		this.worker.on(
			'message',
			(message: { id?: number; ready?: true; result?: unknown; error?: string }) => {
				if (message.ready) return started();
				const call = this.pending.get(message.id as number);
				if (!call) return;
				this.pending.delete(message.id as number);
				if (this.pending.size === 0) this.worker.unref();
				if (message.error !== undefined) call.reject(new Error(message.error));
				else call.resolve(message.result);
			}
		);
		const fail = (error: Error) => {
			this.failure ??= error;
			for (const call of this.pending.values()) call.reject(error);
			this.pending.clear();
			started();
		};
		this.worker.on('error', fail);
		this.worker.on('exit', (code) => fail(new Error(`solver worker stopped (exit code ${code})`)));
	}

	async call<T>(message: Record<string, unknown>, transfer: ArrayBuffer[] = []): Promise<T> {
		// Held open from here: Node must not exit while a call waits for the worker to start.
		this.worker.ref();
		await this.ready;
		if (this.failure) throw this.failure;
		const id = this.nextId++;
		const result = new Promise<T>((resolve, reject) =>
			this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
		);
		this.worker.postMessage({ ...message, id }, transfer);
		return result;
	}

	async close(): Promise<void> {
		await this.worker.terminate();
	}
}

/** One program, in the worker that holds it. */
export class PooledProgram {
	private disposed = false;
	constructor(
		private readonly thread: SolverThread,
		private readonly key: string
	) {}

	solve(request: SolveRequest): Promise<SolveResult> {
		if (this.disposed) throw new Error('solver pool: program already disposed');
		return this.thread.call<SolveResult>({
			op: 'solve',
			key: this.key,
			variables: request.variables,
			weights: request.weights,
			sense: request.sense,
			maxNodes: request.maxNodes,
			gap: request.gap,
			start: request.start ?? null
		});
	}

	async dispose(): Promise<void> {
		if (this.disposed) return;
		this.disposed = true;
		this.thread.programs--;
		await this.thread.call({ op: 'dispose', key: this.key });
	}
}

export class SolverPool {
	private readonly threads: SolverThread[];
	private nextKey = 0;

	constructor(size = Math.min(MAX_WORKERS, availableParallelism())) {
		this.threads = Array.from({ length: Math.max(1, size) }, () => new SolverThread());
	}

	/** How many programs are worth solving at once. */
	get size(): number {
		return this.threads.length;
	}

	/** Builds a program in the worker holding the fewest. */
	async build(program: ProgramArrays): Promise<PooledProgram> {
		const thread = this.threads.reduce((a, b) => (b.programs < a.programs ? b : a));
		thread.programs++;
		const key = String(this.nextKey++);
		try {
			await thread.call({ op: 'build', key, program });
		} catch (error) {
			thread.programs--;
			throw error;
		}
		return new PooledProgram(thread, key);
	}

	async close(): Promise<void> {
		await Promise.all(this.threads.map((thread) => thread.close()));
	}
}

/** Runs `work` on every item, at most `lanes` at a time; results in the order of `items`. */
export async function inLanes<T, R>(
	items: readonly T[],
	lanes: number,
	work: (item: T) => Promise<R>
): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const lane = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await work(items[i]);
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, lane));
	return results;
}
