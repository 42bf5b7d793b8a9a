import { untrack } from 'svelte';
import type { FigureSpec } from './figure';
import { ViewQuery, type ViewQueryState } from './view-query';

export type { QueryStatus } from './view-query';

type Client = typeof import('$lib/db/client');
let client: Client | undefined;

/**
 * The browser's database module, loaded on first use. Once loaded it is returned as it is, not
 * through another import(): a dynamic import resolves a task later, after the page has redrawn
 * everything else, and the query would only then start.
 */
function databaseClient(): Client | Promise<Client> {
	return (
		client ??
		import('$lib/db/client').then((module) => {
			client = module;
			return module;
		})
	);
}

/**
 * The rows of one figure for the view the URL asks for, as Svelte state. The first view arrives
 * prerendered; any other view is queried in the browser with the same SQL. The logic (latest
 * request wins, rows and the view they answer change together) is ViewQuery's.
 */
export class FigureQuery<State, Row> {
	// One field each: a change of status alone (loading) must not redraw the chart and the table,
	// which depend only on the rows and the view they answer (same references, so no update).
	status: ViewQueryState<State, Row>['status'] = $state('ready');
	rows: readonly Row[] = $state.raw([]);
	shown: State = $state.raw() as State;
	error: string | undefined = $state();
	failedSql: string | undefined = $state();
	source: ViewQueryState<State, Row>['source'] = $state('prerendered');

	constructor(options: {
		figure: FigureSpec<State, Row>;
		base: string;
		initial: { state: State; rows: readonly Row[] };
		/** The view asked for; followed as it changes. */
		state: () => State;
		/** Two views have the same rows. */
		equal: (a: State, b: State) => boolean;
		/** Two views with the same rows are drawn the same (default: always). */
		sameDrawing?: (a: State, b: State) => boolean;
	}) {
		const query = new ViewQuery<State, Row>({
			initial: options.initial,
			equal: options.equal,
			sameDrawing: options.sameDrawing,
			load: async (state) => {
				const { browserDatabase } = await databaseClient();
				const started = performance.now();
				const rows = await browserDatabase(options.base).query<Row>(options.figure.query(state));
				// For the page-load benchmark: how much of a redraw the query takes.
				performance.measure(`uptake:query:${options.figure.id}`, { start: started });
				return rows;
			},
			onChange: (next) => this.#show(next)
		});
		this.#show(query.state);
		// Before the DOM updates: the query starts first and runs in DuckDB's worker while the
		// page redraws what changed without one.
		$effect.pre(() => {
			const wanted = options.state();
			untrack(() => query.want(wanted));
		});
	}

	#show(next: ViewQueryState<State, Row>): void {
		this.status = next.status;
		this.rows = next.rows;
		this.shown = next.shown;
		this.error = next.error;
		this.failedSql = next.failedSql;
		this.source = next.source;
	}
}

/**
 * How a dashboard page follows its view: for each figure, a FigureQuery from its prerendered first
 * view that answers every later view of `state` (undefined when the build has no first view: the
 * figure is left out). Call it, and what it returns, while the page initialises.
 */
export function figureFollower<State>(base: string, state: () => State) {
	return <Row>(
		figure: FigureSpec<State, Row>,
		initial: { state: State; rows: readonly Row[] } | null | undefined,
		equal: (a: State, b: State) => boolean,
		sameDrawing?: (a: State, b: State) => boolean
	): FigureQuery<State, Row> | undefined =>
		initial ? new FigureQuery({ figure, base, initial, state, equal, sameDrawing }) : undefined;
}
