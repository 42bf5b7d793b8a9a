import { untrack } from 'svelte';
import { errorMessage, QueryError } from '$lib/db/query-error';
import type { FigureSpec } from './figure';

export type QueryStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/**
 * The rows of one figure for the view the URL asks for. The first view arrives prerendered;
 * any other view is queried in the browser with the same SQL. Only the latest request counts:
 * an answer that arrives after a newer request was made is dropped, so quick clicks never show
 * stale data. The rows and the state they answer (`shown`) change together, so a chart is never
 * labelled with one selection and drawn with another's numbers.
 */
export class FigureQuery<State, Row> {
	status: QueryStatus = $state('ready');
	rows: readonly Row[] = $state.raw([]);
	shown: State = $state.raw() as State;
	error: string | undefined = $state();
	failedSql: string | undefined = $state();
	source: 'prerendered' | 'duckdb' = $state('prerendered');
	#generation = 0;
	readonly #figure: FigureSpec<State, Row>;
	readonly #base: string;

	constructor(options: {
		figure: FigureSpec<State, Row>;
		base: string;
		initial: { state: State; rows: readonly Row[] };
		/** The view asked for; followed as it changes. */
		state: () => State;
		equal: (a: State, b: State) => boolean;
	}) {
		this.#figure = options.figure;
		this.#base = options.base;
		this.rows = options.initial.rows;
		this.shown = options.initial.state;
		this.status = options.initial.rows.length > 0 ? 'ready' : 'empty';
		$effect(() => {
			const wanted = options.state();
			untrack(() => {
				if (options.equal(wanted, this.shown) && this.status !== 'error') return;
				void this.run(wanted);
			});
		});
	}

	async run(state: State): Promise<void> {
		const generation = ++this.#generation;
		this.status = 'loading';
		this.error = undefined;
		this.failedSql = undefined;
		try {
			const { browserDatabase } = await import('$lib/db/client');
			const started = performance.now();
			const rows = await browserDatabase(this.#base).query<Row>(this.#figure.query(state));
			// For the page-load benchmark: how much of a redraw the query takes.
			performance.measure(`uptake:query:${this.#figure.id}`, { start: started });
			if (generation !== this.#generation) return;
			this.rows = rows;
			this.shown = state;
			this.source = 'duckdb';
			this.status = rows.length > 0 ? 'ready' : 'empty';
		} catch (error) {
			if (generation !== this.#generation) return;
			this.status = 'error';
			this.error = errorMessage(error);
			this.failedSql = error instanceof QueryError && error.sql ? error.sql : undefined;
		}
	}
}
