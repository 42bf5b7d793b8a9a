import { describe, expect, it } from 'vitest';
import { QueryError } from '../../../src/lib/db/query-error';
import { ViewQuery, type ViewQueryState } from '../../../src/lib/kit/view-query';

/** A load whose answers the test releases by hand, in any order. */
function manualLoad() {
	const pending = new Map<
		string,
		{ resolve: (rows: string[]) => void; reject: (e: unknown) => void }
	>();
	return {
		load: (state: string) =>
			new Promise<readonly string[]>((resolve, reject) => pending.set(state, { resolve, reject })),
		answer: async (state: string, rows: string[]) => {
			pending.get(state)!.resolve(rows);
			await new Promise((r) => setTimeout(r, 0));
		},
		fail: async (state: string, error: unknown) => {
			pending.get(state)!.reject(error);
			await new Promise((r) => setTimeout(r, 0));
		}
	};
}

function setUp() {
	const manual = manualLoad();
	const seen: ViewQueryState<string, string>[] = [];
	const query = new ViewQuery<string, string>({
		initial: { state: 'D', rows: ['d'] },
		equal: (a, b) => a === b,
		load: manual.load,
		onChange: (s) => seen.push(s)
	});
	return { query, manual, seen };
}

describe('ViewQuery', () => {
	it('starts from the prerendered view and answers a new one from the database', async () => {
		const { query, manual } = setUp();
		expect(query.state).toMatchObject({
			status: 'ready',
			shown: 'D',
			rows: ['d'],
			source: 'prerendered'
		});
		query.want('D');
		expect(query.state.status).toBe('ready');
		query.want('A');
		expect(query.state).toMatchObject({ status: 'loading', shown: 'D', rows: ['d'] });
		await manual.answer('A', ['a']);
		expect(query.state).toMatchObject({
			status: 'ready',
			shown: 'A',
			rows: ['a'],
			source: 'duckdb'
		});
	});

	it('drops an answer that a newer request overtook', async () => {
		const { query, manual } = setUp();
		query.want('A');
		query.want('B');
		await manual.answer('B', ['b']);
		await manual.answer('A', ['a']);
		expect(query.state).toMatchObject({ status: 'ready', shown: 'B', rows: ['b'] });
	});

	it('drops the answer when the reader goes back to the view on screen before it lands', async () => {
		const { query, manual } = setUp();
		query.want('A');
		query.want('D');
		expect(query.state).toMatchObject({ status: 'ready', shown: 'D', rows: ['d'] });
		await manual.answer('A', ['a']);
		expect(query.state).toMatchObject({ status: 'ready', shown: 'D', rows: ['d'] });
	});

	it('shows a view whose rows are the same at once, without a query', async () => {
		const manual = manualLoad();
		const loads: string[] = [];
		// Views "x:1" and "x:2" read the same rows (only the part before the colon is queried).
		const query = new ViewQuery<string, string>({
			initial: { state: 'x:1', rows: ['x'] },
			equal: (a, b) => a.split(':')[0] === b.split(':')[0],
			// ":9" is drawn like ":3".
			sameDrawing: (a, b) => a.replace(':9', ':3') === b.replace(':9', ':3'),
			load: (state) => {
				loads.push(state);
				return manual.load(state);
			},
			onChange: () => {}
		});
		query.want('x:2');
		expect(query.state).toMatchObject({ status: 'ready', shown: 'x:2', rows: ['x'] });
		query.want('y:1');
		query.want('x:3');
		expect(query.state).toMatchObject({ status: 'ready', shown: 'x:3', rows: ['x'] });
		await manual.answer('y:1', ['y']);
		expect(query.state).toMatchObject({ shown: 'x:3', rows: ['x'] });
		expect(loads).toEqual(['y:1']);
		const seen = query.state;
		query.want('x:9');
		expect(query.state).toBe(seen);
	});

	it('keeps the rows on screen and says what failed, and tries again on the same view', async () => {
		const { query, manual } = setUp();
		query.want('A');
		await manual.fail('A', new QueryError('no such table', 'SELECT 1'));
		expect(query.state).toMatchObject({
			status: 'error',
			error: 'no such table',
			failedSql: 'SELECT 1',
			shown: 'D',
			rows: ['d']
		});
		query.want('D');
		expect(query.state.status).toBe('loading');
		await manual.answer('D', ['d2']);
		expect(query.state).toMatchObject({ status: 'ready', shown: 'D', rows: ['d2'] });
	});

	it('says when a view has no rows', async () => {
		const { query, manual, seen } = setUp();
		query.want('E');
		await manual.answer('E', []);
		expect(query.state.status).toBe('empty');
		expect(seen.map((s) => s.status)).toEqual(['loading', 'empty']);
	});
});
