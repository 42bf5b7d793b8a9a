import { errorMessage, QueryError } from '$lib/db/query-error';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/**
 * The state of one query on a page. Only the latest request counts: an answer that arrives after
 * a newer request was made is dropped, so quick clicks never show stale data.
 */
export class QueryResource<Row, Key> {
	status: ResourceStatus = $state('idle');
	rows: Row[] = $state([]);
	/** What the current rows answer (the view they were queried for), set together with them. */
	key: Key = $state() as Key;
	error: string | undefined = $state();
	failedSql: string | undefined = $state();
	#generation = 0;

	constructor(initial: { rows: Row[]; key: Key }) {
		this.rows = initial.rows;
		this.key = initial.key;
		this.status = initial.rows.length > 0 ? 'ready' : 'idle';
	}

	async run(key: Key, fetchRows: () => Promise<Row[]>): Promise<void> {
		const generation = ++this.#generation;
		this.status = 'loading';
		this.error = undefined;
		this.failedSql = undefined;
		try {
			const rows = await fetchRows();
			if (generation !== this.#generation) return;
			this.rows = rows;
			this.key = key;
			this.status = rows.length > 0 ? 'ready' : 'empty';
		} catch (error) {
			if (generation !== this.#generation) return;
			this.status = 'error';
			this.error = errorMessage(error);
			this.failedSql = error instanceof QueryError && error.sql ? error.sql : undefined;
		}
	}
}
