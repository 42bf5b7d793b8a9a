// The SQL console's engine and session over the published default dataset, on the browser's
// own DuckDB-WASM build (its asynchronous API, in a Node worker): the engine's lock holds even
// for statements the checker would never let through, a runaway statement is cancelled or
// stopped by the time limit, the console answers the next query, and the published tables are
// the same afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, folderFiles, PUBLISHED_DIR } from '../../src/lib/server/build-database';
import { openConsoleEngine, type ConsoleEngine } from '../../src/lib/db/console-engine';
import { ConsoleSession, type ConsoleOutcome } from '../../src/lib/explore/console-session';
import { createResultView } from '../../src/lib/explore/result-view';
import { openAsyncDuckDBInNode } from '../helpers/async-duckdb-node';

const manifest = readManifest();
const TABLES = manifest.tables.map((t) => t.name);
const openEngine = async () => openConsoleEngine(await openAsyncDuckDBInNode());

function session(options: Partial<{ timeLimitMs: number; maxRows: number }> = {}) {
	return new ConsoleSession({
		tables: TABLES,
		files: folderFiles(PUBLISHED_DIR),
		open: openEngine,
		timeLimitMs: options.timeLimitMs ?? 30_000,
		graceMs: 3_000,
		maxRows: options.maxRows ?? 1_000_000
	});
}

function rows(outcome: ConsoleOutcome): Record<string, unknown>[] {
	if (outcome.status !== 'done') throw new Error(`not done: ${JSON.stringify(outcome)}`);
	const view = createResultView(outcome.result);
	return Array.from({ length: view.rowCount }, (_r, r) =>
		Object.fromEntries(view.columns.map((c, i) => [c.name, view.value(r, i)]))
	);
}

/** Row count and an order-free checksum of every row of each table. */
async function fingerprints(console: ConsoleSession, tables: readonly string[]) {
	const result: Record<string, unknown> = {};
	for (const table of tables) {
		const outcome = await console.run(
			`SELECT count(*) AS n, CAST(sum(hash(t)) AS VARCHAR) AS checksum FROM ${table} t`
		);
		result[table] = rows(outcome)[0];
	}
	return result;
}

describe('the console engine, locked', () => {
	let engine: ConsoleEngine;
	beforeAll(async () => {
		engine = await openEngine();
		const bytes = await folderFiles(PUBLISHED_DIR).read('supply.arrows');
		await engine.insertArrowStream('supply', bytes);
	});
	afterAll(async () => engine?.terminate());

	// Straight to the engine, past the checker: the second lock on its own.
	const refusedByEngine: [string, RegExp][] = [
		["SELECT * FROM read_csv('/etc/passwd')", /disabled by configuration/],
		["SELECT * FROM '/etc/passwd'", /does not exist|disabled/],
		["SELECT * FROM 'https://example.org/x.csv'", /disabled by configuration/],
		["SELECT * FROM read_text('/etc/hostname')", /disabled by configuration/],
		["SELECT * FROM glob('/*')", /disabled by configuration/],
		["SELECT * FROM read_parquet('https://example.org/x.parquet')", /parquet|disabled/],
		['SET enable_external_access = true', /configuration has been locked/],
		['SET lock_configuration = false', /configuration has been locked/],
		['RESET lock_configuration', /configuration has been locked/],
		["SET memory_limit = '16GB'", /configuration has been locked/],
		['PRAGMA threads = 4', /configuration has been locked/],
		['LOAD httpfs', /disabled through configuration/],
		["ATTACH '/tmp/uptake-console-test.db' AS other", /disabled by configuration/],
		["COPY supply TO '/tmp/uptake-console-test.csv'", /disabled by configuration/],
		["EXPORT DATABASE '/tmp/uptake-console-test'", /disabled by configuration/]
	];
	it.each(refusedByEngine)('%s', async (sql, message) => {
		await expect(engine.run(sql, { maxRows: 10 })).rejects.toThrow(message);
	});

	it('rolls back whatever a statement would write', async () => {
		await engine.run('DROP TABLE supply', { maxRows: 10 });
		await engine.run('CREATE TABLE leftover AS SELECT 1 AS x', { maxRows: 10 });
		const count = await engine.run('SELECT count(*) AS n FROM supply', { maxRows: 10 });
		expect(createResultView(count).value(0, 0)).toBe(352);
		await expect(engine.run('SELECT * FROM leftover', { maxRows: 10 })).rejects.toThrow(
			/does not exist/
		);
	});

	it('streams at most maxRows rows and says the result was cut', async () => {
		const cut = await engine.run('SELECT range AS i FROM range(5000)', { maxRows: 1000 });
		const view = createResultView(cut);
		expect(view.rowCount).toBe(1000);
		expect(cut.truncated).toBe(true);
		expect(view.columnValues(0)).toEqual(Array.from({ length: 1000 }, (_v, i) => i));
		expect(cut.batches.length).toBeGreaterThan(0);
		expect(view.value(999, 0)).toBe(999);
		const whole = await engine.run('SELECT range AS i FROM range(1000)', { maxRows: 1000 });
		expect(createResultView(whole).rowCount).toBe(1000);
		expect(whole.truncated).toBe(false);
	});

	it('gives the schema of an empty result', async () => {
		const empty = await engine.run('SELECT geo, offers FROM supply WHERE false', { maxRows: 10 });
		const view = createResultView(empty);
		expect(view.rowCount).toBe(0);
		expect(view.columns.map((c) => `${c.name}:${c.kind}`)).toEqual(['geo:text', 'offers:number']);
	});
});

describe('the console session over the published tables', () => {
	const console = session({ timeLimitMs: 4_000 });
	afterAll(() => console.dispose());

	it('runs a query and names the tables it read', async () => {
		const outcome = await console.run(
			"SELECT geo, latest_value, target_value FROM participation_targets WHERE geo = 'EU27_2020'"
		);
		expect(outcome).toMatchObject({ status: 'done', tables: ['participation_targets'] });
		expect(rows(outcome)).toEqual([{ geo: 'EU27_2020', latest_value: 39.5, target_value: 60 }]);
	});

	it('refuses 30 hostile statements or stops them, and the published tables stay the same', async () => {
		const watched = ['uptake', 'supply', 'participation_targets'];
		const before = await fingerprints(console, watched);
		const hostile = [
			"SELECT * FROM read_csv('/etc/passwd')",
			"SELECT * FROM read_csv_auto('static/data/manifest.json')",
			"SELECT * FROM read_parquet('https://example.org/x.parquet')",
			"SELECT * FROM read_json('/etc/hosts')",
			"SELECT * FROM read_text('/etc/hostname')",
			"SELECT * FROM '/etc/passwd'",
			"SELECT * FROM 'https://example.org/x.csv'",
			'SELECT * FROM "static/data/uptake.arrows"',
			"SELECT * FROM glob('*')",
			'INSTALL httpfs',
			'LOAD httpfs',
			'SET enable_external_access = true',
			'SET lock_configuration = false',
			'RESET ALL',
			'PRAGMA threads = 4',
			"ATTACH ':memory:' AS other",
			"ATTACH 'x.db' AS other",
			'DETACH memory',
			"COPY uptake TO '/tmp/x.csv'",
			"COPY (SELECT 1) TO '/tmp/x.parquet' (FORMAT parquet)",
			"EXPORT DATABASE '/tmp/x'",
			'DROP TABLE uptake',
			'DELETE FROM supply',
			'UPDATE supply SET offers = 0',
			"INSERT INTO participation_targets (geo) VALUES ('XX')",
			'CREATE OR REPLACE TABLE supply AS SELECT 1 AS x',
			'ALTER TABLE uptake RENAME TO gone',
			'SELECT 1; DROP TABLE uptake',
			'SELECT * FROM duckdb_settings()',
			"SELECT current_setting('enable_external_access')",
			"SELECT * FROM query('DROP TABLE uptake')",
			'CALL pragma_version()',
			`SELECT ${'('.repeat(200)}1${')'.repeat(200)}`,
			`SELECT ${Array.from({ length: 3000 }, () => '1').join(' + ')}`,
			'SELECT count(*) FROM uptake a, uptake b, uptake c',
			'SELECT sum(a.credentials * b.learners) FROM uptake a CROSS JOIN uptake b CROSS JOIN supply c'
		];
		expect(hostile.length).toBeGreaterThanOrEqual(30);
		const outcomes: Record<string, string> = {};
		for (const sql of hostile) {
			const outcome = await console.run(sql);
			outcomes[sql.slice(0, 60)] =
				outcome.status === 'refused'
					? `refused:${outcome.code}`
					: outcome.status === 'cancelled'
						? `cancelled:${outcome.reason}`
						: outcome.status === 'error'
							? `error:${outcome.message.split('\n')[0]}`
							: 'done';
		}
		// Each is refused by the checker, or stopped by the time limit; the long sum of ones is
		// refused by DuckDB's own limit on expression depth.
		for (const [sql, result] of Object.entries(outcomes)) {
			if (sql.startsWith('SELECT 1 + 1')) expect(result, sql).toMatch(/^error:.*expression depth/);
			else expect(result, sql).toMatch(/^(refused:|cancelled:time_limit)/);
		}
		expect(Object.values(outcomes).filter((r) => r === 'cancelled:time_limit')).toHaveLength(2);
		expect(await fingerprints(console, watched)).toEqual(before);
		// And the console still answers.
		expect(rows(await console.run('SELECT 42 AS answer'))).toEqual([{ answer: 42 }]);
	}, 120_000);

	it('cancels a slow query at once, and runs the next one', async () => {
		const slow = console.run('SELECT count(*) FROM uptake a, uptake b, uptake c');
		await new Promise((resolve) => setTimeout(resolve, 500));
		const asked = performance.now();
		console.cancel();
		const outcome = await slow;
		expect(outcome).toMatchObject({ status: 'cancelled', reason: 'user', restarted: false });
		expect(performance.now() - asked).toBeLessThan(2_000);
		expect(rows(await console.run('SELECT count(*) AS n FROM supply'))).toEqual([{ n: 352 }]);
	});
});
