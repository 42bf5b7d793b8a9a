import { errorMessage, QueryError } from '$lib/db/query-error';

export type QueryStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** What a figure shows: rows, the view they answer, and how they came. */
export interface ViewQueryState<State, Row> {
	readonly status: QueryStatus;
	readonly rows: readonly Row[];
	/** The view the rows answer: set together with them, never alone. */
	readonly shown: State;
	readonly error?: string;
	readonly failedSql?: string;
	readonly source: 'prerendered' | 'duckdb';
}

/**
 * The rows of one figure for the view asked for, as a plain state machine (the runes wrapper is
 * FigureQuery). Only the latest request counts: an answer that arrives after a newer request,
 * or after the reader went back to the view already shown, is dropped, so the chart never shows
 * a view the URL no longer asks for.
 */
export class ViewQuery<State, Row> {
	#state: ViewQueryState<State, Row>;
	#generation = 0;
	readonly #equal: (a: State, b: State) => boolean;
	readonly #sameDrawing: (a: State, b: State) => boolean;
	readonly #load: (state: State) => Promise<readonly Row[]>;
	readonly #onChange: (state: ViewQueryState<State, Row>) => void;

	constructor(options: {
		initial: { state: State; rows: readonly Row[] };
		/** Two views have the same rows (the query need not run again). */
		equal: (a: State, b: State) => boolean;
		/**
		 * Two views with the same rows are also drawn the same (by default: always). When not, the
		 * view asked for is shown at once with the rows on screen (another country highlighted).
		 */
		sameDrawing?: (a: State, b: State) => boolean;
		load: (state: State) => Promise<readonly Row[]>;
		onChange: (state: ViewQueryState<State, Row>) => void;
	}) {
		this.#equal = options.equal;
		this.#sameDrawing = options.sameDrawing ?? (() => true);
		this.#load = options.load;
		this.#onChange = options.onChange;
		this.#state = {
			status: options.initial.rows.length > 0 ? 'ready' : 'empty',
			rows: options.initial.rows,
			shown: options.initial.state,
			source: 'prerendered'
		};
	}

	get state(): ViewQueryState<State, Row> {
		return this.#state;
	}

	#set(next: ViewQueryState<State, Row>): void {
		this.#state = next;
		this.#onChange(next);
	}

	/** The reader asks for a view. */
	want(wanted: State): void {
		if (this.#equal(wanted, this.#state.shown) && this.#state.status !== 'error') {
			if (this.#state.status === 'loading') {
				// Back to the view on screen while another was loading: that answer must not land.
				this.#generation++;
				const status = this.#state.rows.length > 0 ? 'ready' : 'empty';
				this.#set({ ...this.#state, status, shown: wanted });
			} else if (!this.#sameDrawing(wanted, this.#state.shown)) {
				this.#set({ ...this.#state, shown: wanted });
			}
			return;
		}
		void this.#run(wanted);
	}

	async #run(wanted: State): Promise<void> {
		const generation = ++this.#generation;
		this.#set({ ...this.#state, status: 'loading', error: undefined, failedSql: undefined });
		try {
			const rows = await this.#load(wanted);
			if (generation !== this.#generation) return;
			this.#set({
				status: rows.length > 0 ? 'ready' : 'empty',
				rows,
				shown: wanted,
				source: 'duckdb'
			});
		} catch (error) {
			if (generation !== this.#generation) return;
			this.#set({
				...this.#state,
				status: 'error',
				error: errorMessage(error),
				failedSql: error instanceof QueryError && error.sql ? error.sql : undefined
			});
		}
	}
}
