import { untrack } from 'svelte';
import type { FigureSpec } from './figure';
import { ViewQuery, type ViewQueryState } from './view-query';

export type { QueryStatus } from './view-query';

/**
 * The rows of one figure for the view the URL asks for, as Svelte state. The first view arrives
 * prerendered; any other view is queried in the browser with the same SQL. The logic (latest
 * request wins, rows and the view they answer change together) is ViewQuery's.
 */
export class FigureQuery<State, Row> {
	#state: ViewQueryState<State, Row> = $state.raw() as ViewQueryState<State, Row>;

	constructor(options: {
		figure: FigureSpec<State, Row>;
		base: string;
		initial: { state: State; rows: readonly Row[] };
		/** The view asked for; followed as it changes. */
		state: () => State;
		equal: (a: State, b: State) => boolean;
	}) {
		const query = new ViewQuery<State, Row>({
			initial: options.initial,
			equal: options.equal,
			load: async (state) => {
				const { browserDatabase } = await import('$lib/db/client');
				const started = performance.now();
				const rows = await browserDatabase(options.base).query<Row>(options.figure.query(state));
				// For the page-load benchmark: how much of a redraw the query takes.
				performance.measure(`uptake:query:${options.figure.id}`, { start: started });
				return rows;
			},
			onChange: (next) => (this.#state = next)
		});
		this.#state = query.state;
		$effect(() => {
			const wanted = options.state();
			untrack(() => query.want(wanted));
		});
	}

	get status() {
		return this.#state.status;
	}
	get rows() {
		return this.#state.rows;
	}
	get shown() {
		return this.#state.shown;
	}
	get error() {
		return this.#state.error;
	}
	get failedSql() {
		return this.#state.failedSql;
	}
	get source() {
		return this.#state.source;
	}
}
