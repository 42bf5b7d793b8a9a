// The session's control flow with a stand-in engine: the time limit, a cancel DuckDB answers,
// one it does not (the worker is ended and the next query starts a new engine), the check on
// DuckDB's own tokens, and the tables loaded before a query.
import { Int32, Table, vectorFromArray } from 'apache-arrow';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleEngine, ConsoleRun, ScriptTokens } from '../../../src/lib/db/console-engine';
import type { PublishedFiles } from '../../../src/lib/db/published-database';
import { ConsoleSession } from '../../../src/lib/explore/console-session';

const TABLES = ['uptake', 'supply'];
const answer = (): ConsoleRun => {
	const table = new Table({ n: vectorFromArray([1], new Int32()) });
	return { schema: table.schema, batches: table.batches, truncated: false };
};

interface Fake {
	engine: ConsoleEngine;
	inserted: string[];
	terminated: boolean;
	cancels: number;
}

/** An engine whose `run` does what `behaviour` says; `tokens` stands for DuckDB's lexer. */
function fakeEngine(
	behaviour: 'answer' | 'until-cancel' | 'never',
	tokens?: (sql: string) => ScriptTokens
): Fake {
	const fake: Fake = { inserted: [], terminated: false, cancels: 0, engine: undefined! };
	let stop: (() => void) | undefined;
	fake.engine = {
		insertArrowStream: async (name) => void fake.inserted.push(name),
		query: async () => ({ toArray: () => [] }),
		tokenize: async (sql) => tokens?.(sql) ?? asciiTokens(sql),
		run: (): Promise<ConsoleRun> => {
			if (behaviour === 'answer') return Promise.resolve(answer());
			return new Promise((_resolve, reject) => {
				if (behaviour === 'until-cancel') {
					stop = () => reject(Object.assign(new Error('cancelled'), { name: 'CancelledRun' }));
				}
			});
		},
		cancel: async () => {
			fake.cancels++;
			stop?.();
		},
		terminate: async () => {
			fake.terminated = true;
		},
		local: {
			append: async () => {},
			rows: async () => [],
			drop: async () => {}
		}
	};
	return fake;
}

/** DuckDB's tokens for ASCII text split at spaces (enough for these statements). */
function asciiTokens(sql: string): ScriptTokens {
	const offsets: number[] = [];
	const types: number[] = [];
	for (const match of sql.matchAll(/[^\s;]+|;/g)) {
		offsets.push(match.index);
		types.push(match[0] === ';' ? 3 : 4);
	}
	return { offsets, types };
}

const files: PublishedFiles = {
	manifest: async () => ({
		schemaVersion: 1,
		pipelineVersion: '0',
		generatedAt: '2026-01-01T00:00:00.000Z',
		tables: TABLES.map((name) => ({
			name,
			file: `${name}.arrows`,
			rows: 1,
			bytes: 1,
			// SHA-256 of an empty file.
			sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
			kind: 'synthetic' as const,
			columns: [],
			flags: {},
			source: {
				dataset: 'd',
				title: 't',
				publisher: 'p',
				licence: 'l',
				attribution: 'a',
				extractionDate: null,
				inputs: []
			}
		}))
	}),
	read: async () => new Uint8Array()
};

function session(engines: Fake[], options: { timeLimitMs?: number; graceMs?: number } = {}) {
	let opened = 0;
	return new ConsoleSession({
		tables: TABLES,
		files,
		open: async () => engines[opened++].engine,
		timeLimitMs: options.timeLimitMs ?? 10_000,
		graceMs: options.graceMs ?? 1_000,
		maxRows: 100
	});
}

afterEach(() => vi.useRealTimers());

describe('ConsoleSession', () => {
	it('loads the tables a query names, once, and answers', async () => {
		const fake = fakeEngine('answer');
		const console = session([fake]);
		expect(console.ready).toBe(false);
		const outcome = await console.run('SELECT * FROM uptake');
		expect(outcome).toMatchObject({ status: 'done', tables: ['uptake'], truncated: false });
		await console.run('SELECT * FROM uptake, supply');
		expect(fake.inserted).toEqual(['uptake', 'supply']);
		expect(console.ready).toBe(true);
	});

	it('refuses by the checker before starting any engine', async () => {
		const open = vi.fn();
		const console = new ConsoleSession({
			tables: TABLES,
			files,
			open,
			timeLimitMs: 1000,
			graceMs: 1000,
			maxRows: 1
		});
		expect(await console.run('DROP TABLE uptake')).toMatchObject({
			status: 'refused',
			code: 'write',
			layer: 'guard'
		});
		expect(open).not.toHaveBeenCalled();
	});

	it('refuses what DuckDB’s own lexer sees, even when this module’s lexer did not', async () => {
		// Stand-in for a lexer difference: were DuckDB to read a word inside what this module
		// reads as a comment, the word would still be checked.
		const sql = 'SELECT 1 /* DROP */';
		const fake = fakeEngine('answer', () => ({ offsets: [0, 7, 12], types: [4, 1, 4] }));
		const outcome = await session([fake]).run(sql);
		expect(outcome).toMatchObject({ status: 'refused', layer: 'engine', code: 'write' });
	});

	it('stops a statement at the time limit when DuckDB answers the cancel', async () => {
		const fake = fakeEngine('until-cancel');
		const outcome = await session([fake], { timeLimitMs: 50 }).run('SELECT * FROM uptake');
		expect(outcome).toMatchObject({ status: 'cancelled', reason: 'time_limit', restarted: false });
		expect(fake.cancels).toBe(1);
		expect(fake.terminated).toBe(false);
	});

	it('ends an engine that does not answer, and the next query starts a new one', async () => {
		const stuck = fakeEngine('never');
		const fresh = fakeEngine('answer');
		const console = session([stuck, fresh], { graceMs: 50 });
		const running = console.run('SELECT count(*) FROM uptake a, uptake b');
		await new Promise((resolve) => setTimeout(resolve, 20));
		console.cancel();
		expect(await running).toMatchObject({ status: 'cancelled', reason: 'user', restarted: true });
		expect(stuck.terminated).toBe(true);
		expect(await console.run('SELECT * FROM supply')).toMatchObject({ status: 'done' });
		expect(fresh.inserted).toEqual(['supply']);
	});

	it('cancels a query still waiting for the engine without ending it', async () => {
		const fake = fakeEngine('answer');
		let release!: () => void;
		const console = new ConsoleSession({
			tables: TABLES,
			files,
			open: () => new Promise((resolve) => (release = () => resolve(fake.engine))),
			timeLimitMs: 1000,
			graceMs: 1000,
			maxRows: 1
		});
		const running = console.run('SELECT * FROM uptake');
		console.cancel();
		expect(await running).toMatchObject({ status: 'cancelled', restarted: false });
		release();
		expect(await console.run('SELECT 1')).toMatchObject({ status: 'done' });
		expect(fake.terminated).toBe(false);
	});

	it('reports an engine error as an error', async () => {
		const fake = fakeEngine('answer');
		fake.engine.run = async () => {
			throw new Error('Binder Error: column "x" not found');
		};
		expect(await session([fake]).run('SELECT x FROM uptake')).toMatchObject({
			status: 'error',
			message: 'Binder Error: column "x" not found'
		});
	});

	it('reads the local tables beside the published ones, in every engine it starts', async () => {
		const stuck = fakeEngine('never');
		const fresh = fakeEngine('answer');
		const console = session([stuck, fresh], { graceMs: 50 });
		expect(await console.run('SELECT * FROM local_uptake')).toMatchObject({
			status: 'refused',
			code: 'unknown_table'
		});
		console.setLocalTables([{ name: 'local_uptake', ipc: new Uint8Array([1, 2]) }]);
		const running = console.run('SELECT * FROM local_uptake, uptake');
		await new Promise((resolve) => setTimeout(resolve, 20));
		console.cancel();
		await running;
		// Inserted from the browser's bytes, not loaded from the published files.
		expect(stuck.inserted[0]).toBe('local_uptake');
		expect(await console.run('SELECT * FROM local_uptake')).toMatchObject({
			status: 'done',
			tables: ['local_uptake']
		});
		expect(fresh.inserted).toEqual(['local_uptake']);
		// The records' table of the aggregation is never readable.
		expect(await console.run('SELECT * FROM local_issuance_records')).toMatchObject({
			status: 'refused',
			code: 'unknown_table'
		});
	});
});
