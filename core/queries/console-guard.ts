// The SQL console's statement checker: the first of its two locks (the second is the engine's own
// configuration, src/lib/db/console-engine.ts). A researcher's SQL runs only if it is one
// statement that reads: SELECT, WITH, VALUES, FROM-first, TABLE, DESCRIBE, SUMMARIZE or PIVOT,
// over the published tables (and its own common table expressions). Anything that could read a
// file or a URL, install or load an extension, change a setting, attach a database, write, or
// look into the engine's own catalogue and settings is refused, with a reason the page can
// translate. The checker works on tokens, so that a keyword in a string, a quoted name or a
// comment neither passes nor fails a statement; the same rules run again on DuckDB's own
// tokens before a statement reaches the engine (tokensFromDuckDB), so a difference between this
// lexer and DuckDB's cannot hide a second statement or a forbidden name.

export type SqlTokenKind =
	| 'space'
	| 'comment'
	| 'string'
	| 'quoted'
	| 'number'
	| 'word'
	| 'param'
	| 'operator'
	| 'punct'
	| 'unterminated'
	| 'other';

export interface SqlToken {
	readonly kind: SqlTokenKind;
	/** The source text; for a quoted identifier, the name without its quotes. */
	readonly text: string;
	/** Offset of the first character in the SQL text. */
	readonly start: number;
	readonly end: number;
}

/** Longest SQL text the console accepts (a link carries it). */
export const MAX_CONSOLE_SQL_LENGTH = 20_000;
/** Deepest nesting of brackets the console accepts. */
export const MAX_CONSOLE_NESTING = 64;
/** Table functions that read nothing but their arguments. */
export const ALLOWED_TABLE_FUNCTIONS: readonly string[] = ['range', 'generate_series', 'unnest'];

export type RefusalCode =
	| 'empty'
	| 'too_long'
	| 'too_deep'
	| 'unterminated'
	| 'multiple'
	| 'not_a_query'
	| 'write'
	| 'configuration'
	| 'extension'
	| 'attach'
	| 'files'
	| 'file_read'
	| 'table_function'
	| 'system'
	| 'unknown_table';

export type ConsoleCheck =
	| {
			readonly ok: true;
			/** The published tables the statement names (manifest spelling, sorted). */
			readonly tables: readonly string[];
	  }
	| {
			readonly ok: false;
			readonly code: RefusalCode;
			/** The keyword or name refused, as written. */
			readonly subject: string;
			/** Offset of the refused token in the SQL text (-1 for the statement as a whole). */
			readonly at: number;
	  };

// ---------------------------------------------------------------------------------------------
// Tokeniser (DuckDB's lexer, which is PostgreSQL's: nested block comments, '' inside strings,
// E'…' with backslash escapes, $tag$…$tag$ strings, "" inside quoted names; any character past
// ASCII is part of a name).

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DIGIT = /[0-9]/;
const PUNCTUATION = '()[]{},;.';
const OPERATOR_CHARS = '+-*/<>=~!@#%^&|`?:';
const LONG_OPERATORS = [
	'->>',
	'::',
	':=',
	'->',
	'<=',
	'>=',
	'<>',
	'!=',
	'||',
	'**',
	'//',
	'<<',
	'>>'
];

export function tokeniseSql(sql: string): SqlToken[] {
	const tokens: SqlToken[] = [];
	let i = 0;
	const push = (kind: SqlTokenKind, start: number, end: number, text = sql.slice(start, end)) => {
		tokens.push({ kind, text, start, end });
		i = end;
	};
	while (i < sql.length) {
		const c = sql[i];
		const next = sql[i + 1] ?? '';
		if (/\s/.test(c) && !/[\u0080-\uffff]/.test(c)) {
			let j = i + 1;
			while (j < sql.length && /\s/.test(sql[j]) && !/[\u0080-\uffff]/.test(sql[j])) j++;
			push('space', i, j);
		} else if (c === '-' && next === '-') {
			const newline = /[\n\r]/.exec(sql.slice(i));
			push('comment', i, newline ? i + newline.index : sql.length);
		} else if (c === '/' && next === '*') {
			const end = blockCommentEnd(sql, i);
			push(end === -1 ? 'unterminated' : 'comment', i, end === -1 ? sql.length : end);
		} else if (c === "'") {
			const end = quotedEnd(sql, i, "'", false);
			push(end === -1 ? 'unterminated' : 'string', i, end === -1 ? sql.length : end);
		} else if (/[EeXxBbNn]/.test(c) && next === "'") {
			const end = quotedEnd(sql, i + 1, "'", c === 'E' || c === 'e');
			push(end === -1 ? 'unterminated' : 'string', i, end === -1 ? sql.length : end);
		} else if (c === '"') {
			const end = quotedEnd(sql, i, '"', false);
			if (end === -1) push('unterminated', i, sql.length);
			else push('quoted', i, end, sql.slice(i + 1, end - 1).replaceAll('""', '"'));
		} else if (c === '$') {
			const tag = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i));
			if (tag) {
				const close = sql.indexOf(tag[0], i + tag[0].length);
				if (close === -1) push('unterminated', i, sql.length);
				else push('string', i, close + tag[0].length);
			} else {
				let j = i + 1;
				while (j < sql.length && WORD_PART.test(sql[j]) && sql[j] !== '$') j++;
				push('param', i, j);
			}
		} else if (DIGIT.test(c) || (c === '.' && DIGIT.test(next))) {
			push('number', i, numberEnd(sql, i));
		} else if (WORD_START.test(c)) {
			let j = i + 1;
			while (j < sql.length && WORD_PART.test(sql[j])) j++;
			push('word', i, j);
		} else if (PUNCTUATION.includes(c)) {
			push('punct', i, i + 1);
		} else if (c === '?') {
			push('param', i, i + 1);
		} else if (OPERATOR_CHARS.includes(c)) {
			const long = LONG_OPERATORS.find((op) => sql.startsWith(op, i));
			push('operator', i, i + (long?.length ?? 1));
		} else {
			push('other', i, i + 1);
		}
	}
	return tokens;
}

/** The end (exclusive) of a block comment starting at `start`, nested ones included; -1 if open. */
function blockCommentEnd(sql: string, start: number): number {
	let depth = 0;
	let i = start;
	while (i < sql.length) {
		if (sql.startsWith('/*', i)) {
			depth++;
			i += 2;
		} else if (sql.startsWith('*/', i)) {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else {
			i++;
		}
	}
	return -1;
}

/** The end (exclusive) of a quoted text opening at `start`; a doubled quote stays inside. */
function quotedEnd(sql: string, start: number, quote: string, backslash: boolean): number {
	let i = start + 1;
	while (i < sql.length) {
		const c = sql[i];
		if (backslash && c === '\\') {
			i += 2;
		} else if (c === quote) {
			if (sql[i + 1] === quote) i += 2;
			else return i + 1;
		} else {
			i++;
		}
	}
	return -1;
}

function numberEnd(sql: string, start: number): number {
	const match =
		/^(?:0[xX][0-9A-Fa-f_]+|(?:\d[\d_]*)?(?:\.\d[\d_]*|\d[\d_]*\.?)(?:[eE][+-]?\d+)?)/.exec(
			sql.slice(start)
		);
	return start + Math.max(1, match?.[0].length ?? 1);
}

// ---------------------------------------------------------------------------------------------
// DuckDB's own tokens (AsyncDuckDB.tokenize): offsets in UTF-8 bytes and a type per token.

const DUCKDB_TOKEN = { identifier: 0, numeric: 1, string: 2, operator: 3, keyword: 4, comment: 5 };

/**
 * The tokens DuckDB's lexer sees in `sql`, in the checker's form: names and keywords with their
 * text, strings and numbers by kind, brackets and separators as punctuation.
 */
export function tokensFromDuckDB(
	sql: string,
	script: { readonly offsets: ArrayLike<number>; readonly types: ArrayLike<number> }
): SqlToken[] {
	const charAt = byteToCharOffsets(sql);
	const tokens: SqlToken[] = [];
	for (let t = 0; t < script.offsets.length; t++) {
		const start = charAt.get(script.offsets[t]);
		if (start === undefined || start >= sql.length) continue;
		const type = script.types[t];
		const rest = sql.slice(start);
		if (type === DUCKDB_TOKEN.comment) continue;
		if (type === DUCKDB_TOKEN.string) {
			tokens.push({ kind: 'string', text: rest.slice(0, 1), start, end: start + 1 });
		} else if (type === DUCKDB_TOKEN.numeric) {
			tokens.push({ kind: 'number', text: rest.slice(0, 1), start, end: start + 1 });
		} else if (rest[0] === '"') {
			const end = quotedEnd(sql, start, '"', false);
			const stop = end === -1 ? sql.length : end;
			tokens.push({
				kind: end === -1 ? 'unterminated' : 'quoted',
				text: sql.slice(start + 1, stop - 1).replaceAll('""', '"'),
				start,
				end: stop
			});
		} else if (WORD_START.test(rest[0])) {
			let j = 1;
			while (j < rest.length && WORD_PART.test(rest[j])) j++;
			tokens.push({ kind: 'word', text: rest.slice(0, j), start, end: start + j });
		} else if (PUNCTUATION.includes(rest[0])) {
			tokens.push({ kind: 'punct', text: rest[0], start, end: start + 1 });
		} else {
			tokens.push({ kind: 'operator', text: rest[0], start, end: start + 1 });
		}
	}
	return tokens;
}

function byteToCharOffsets(sql: string): Map<number, number> {
	const map = new Map<number, number>();
	let bytes = 0;
	for (let i = 0; i < sql.length; i++) {
		map.set(bytes, i);
		const code = sql.codePointAt(i)!;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
		if (code >= 0x10000) i++;
	}
	map.set(bytes, sql.length);
	return map;
}

// ---------------------------------------------------------------------------------------------
// The rules.

/** Statements the console runs: each reads and nothing else. */
const READ_STATEMENTS = new Set([
	'SELECT',
	'WITH',
	'VALUES',
	'FROM',
	'TABLE',
	'DESCRIBE',
	'SUMMARIZE',
	'PIVOT',
	'UNPIVOT'
]);

/** Statement keywords refused wherever they stand (a bare word, not a quoted or dotted name). */
const REFUSED_KEYWORDS: Readonly<Record<string, RefusalCode>> = {
	INSERT: 'write',
	UPDATE: 'write',
	DELETE: 'write',
	MERGE: 'write',
	UPSERT: 'write',
	CREATE: 'write',
	DROP: 'write',
	ALTER: 'write',
	TRUNCATE: 'write',
	SET: 'configuration',
	RESET: 'configuration',
	PRAGMA: 'configuration',
	INSTALL: 'extension',
	LOAD: 'extension',
	ATTACH: 'attach',
	DETACH: 'attach',
	COPY: 'files',
	EXPORT: 'files',
	IMPORT: 'files',
	CALL: 'not_a_query',
	CHECKPOINT: 'not_a_query',
	VACUUM: 'not_a_query'
};

/** Statement keywords refused as the first word (they cannot stand inside a query anyway). */
const REFUSED_STATEMENTS: Readonly<Record<string, RefusalCode>> = {
	...REFUSED_KEYWORDS,
	USE: 'attach',
	FORCE: 'extension',
	COMMENT: 'write',
	REPLACE: 'write'
};

/** Schemas and names of the engine's own catalogue and settings. */
const SYSTEM_NAME =
	/^(?:duckdb_|pragma_|sqlite_|pg_)|^(?:information_schema|current_setting|getenv|which_secret|current_schemas)$/i;
const SYSTEM_SCHEMAS = new Set(['system', 'temp', 'information_schema', 'pg_catalog']);
/** Functions that read files, URLs or other databases, or run SQL given as text. */
const FILE_FUNCTION =
	/^(?:read_\w+|\w+_scan|glob|sniff_csv|parquet_\w+|iceberg_\w+|delta_\w+|sqlite_\w+|postgres_\w+|mysql_\w+|st_read\w*|st_drivers|load_\w+|query|query_table|checkpoint|force_checkpoint|json_execute_serialized_sql|ducklake_\w+|arrow\w*|http_\w+|test_all_types|test_vector_types)$/i;
/** Qualifiers a published table may be written with. */
const OWN_SCHEMAS = new Set(['memory', 'main']);

/** Words after which an opening bracket is a subquery or a list, not a function's arguments. */
const QUERY_BRACKET_WORDS = new Set([
	'EXISTS',
	'IN',
	'ANY',
	'ALL',
	'SOME',
	'ARRAY',
	'LATERAL',
	'AS',
	'ON',
	'USING'
]);
/** Keywords that end a FROM clause at their level. */
const FROM_ENDS = new Set([
	'WHERE',
	'GROUP',
	'HAVING',
	'QUALIFY',
	'WINDOW',
	'ORDER',
	'LIMIT',
	'OFFSET',
	'UNION',
	'EXCEPT',
	'INTERSECT',
	'SELECT',
	'RETURNING'
]);
/** Statements whose next word is a table (or, for the first two, a query). */
const TABLE_STATEMENTS = new Set(['DESCRIBE', 'SUMMARIZE', 'TABLE', 'PIVOT', 'UNPIVOT']);
/** Keywords that may stand between FROM/JOIN and the table. */
const TABLE_PREFIXES = new Set(['LATERAL', 'ONLY']);

type Clause = 'start' | 'with' | 'from' | 'other';

interface Frame {
	clause: Clause;
	/** The next item is a table reference ('table'), or a table or a query ('either'). */
	expect: 'table' | 'either' | null;
	/** A function's arguments: FROM there is part of an expression (EXTRACT(year FROM d)). */
	call: boolean;
	/** The frame has not seen its first token yet. */
	fresh: boolean;
}

interface CheckOptions {
	/** The names of the published tables. */
	readonly tables: readonly string[];
}

/** Checks a statement typed in the console; see the module comment for the rules. */
export function checkConsoleSql(sql: string, options: CheckOptions): ConsoleCheck {
	if (sql.length > MAX_CONSOLE_SQL_LENGTH) {
		return refuse('too_long', String(MAX_CONSOLE_SQL_LENGTH), -1);
	}
	return checkConsoleTokens(tokeniseSql(sql), options);
}

/** The rules over a token stream: this module's lexer's, or DuckDB's (tokensFromDuckDB). */
export function checkConsoleTokens(all: readonly SqlToken[], options: CheckOptions): ConsoleCheck {
	const open = all.find((t) => t.kind === 'unterminated');
	if (open) return refuse('unterminated', open.text.slice(0, 20), open.start);
	const tokens = all.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
	if (tokens.length === 0) return refuse('empty', '', -1);

	// One statement: a ';' may only end the text.
	const semicolon = tokens.findIndex((t) => t.kind === 'punct' && t.text === ';');
	if (semicolon !== -1) {
		const after = tokens.slice(semicolon + 1).find((t) => !(t.kind === 'punct' && t.text === ';'));
		if (after) return refuse('multiple', after.text, after.start);
	}
	const statement = semicolon === -1 ? tokens : tokens.slice(0, semicolon);
	if (statement.length === 0) return refuse('empty', '', -1);

	const first = statement.find((t) => !(t.kind === 'punct' && t.text === '('));
	const firstWord = first?.kind === 'word' ? first.text.toUpperCase() : '';
	if (!first || !READ_STATEMENTS.has(firstWord)) {
		const code = REFUSED_STATEMENTS[firstWord] ?? 'not_a_query';
		return refuse(code, first?.text ?? '', first?.start ?? -1);
	}

	const published = new Map(options.tables.map((name) => [name.toLowerCase(), name]));
	const read = new Set<string>();
	const ctes = new Set<string>();
	const stack: Frame[] = [{ clause: 'start', expect: null, call: false, fresh: true }];
	let depth = 0;

	for (let i = 0; i < statement.length; i++) {
		const token = statement[i];
		const previous = statement[i - 1];
		const next = statement[i + 1];
		const frame = stack[stack.length - 1];
		const dotted = previous?.kind === 'punct' && previous.text === '.';
		const word = token.kind === 'word' ? token.text.toUpperCase() : '';
		const wasFresh = frame.fresh;
		frame.fresh = false;

		// Names refused wherever they stand.
		if (token.kind === 'word' || token.kind === 'quoted') {
			if (token.kind === 'word' && !dotted && REFUSED_KEYWORDS[word]) {
				return refuse(REFUSED_KEYWORDS[word], token.text, token.start);
			}
			if (SYSTEM_NAME.test(token.text)) return refuse('system', token.text, token.start);
			const qualifier = next?.kind === 'punct' && next.text === '.';
			if (qualifier && SYSTEM_SCHEMAS.has(token.text.toLowerCase())) {
				return refuse('system', token.text, token.start);
			}
			const called = next?.kind === 'punct' && next.text === '(';
			if (called && FILE_FUNCTION.test(token.text)) {
				return refuse('file_read', token.text, token.start);
			}
		}

		// A frame's first word decides whether a bracket holds a query or an expression.
		if (wasFresh && frame.call && token.kind === 'word' && READ_STATEMENTS.has(word)) {
			frame.call = false;
		}
		if (frame.expect !== null && token.kind === 'word' && READ_STATEMENTS.has(word)) {
			frame.expect = null;
		}

		if (
			token.kind === 'punct' &&
			(token.text === '(' || token.text === '[' || token.text === '{')
		) {
			depth++;
			if (depth > MAX_CONSOLE_NESTING) {
				return refuse('too_deep', String(MAX_CONSOLE_NESTING), token.start);
			}
			const atTable = frame.expect !== null && token.text === '(';
			const afterName =
				previous !== undefined &&
				(previous.kind === 'word' || previous.kind === 'quoted') &&
				!QUERY_BRACKET_WORDS.has(previous.text.toUpperCase()) &&
				!READ_STATEMENTS.has(previous.text.toUpperCase());
			frame.expect = null;
			stack.push({
				clause: 'start',
				expect: atTable ? 'either' : null,
				call: token.text === '(' && afterName && !atTable,
				fresh: true
			});
			continue;
		}
		if (
			token.kind === 'punct' &&
			(token.text === ')' || token.text === ']' || token.text === '}')
		) {
			depth = Math.max(0, depth - 1);
			if (stack.length > 1) stack.pop();
			continue;
		}

		if (frame.expect !== null) {
			if (token.kind === 'word' && TABLE_PREFIXES.has(word)) continue;
			if (token.kind === 'string' || token.kind === 'param') {
				return refuse('file_read', token.text, token.start);
			}
			if (token.kind === 'word' || token.kind === 'quoted') {
				const reference = readDottedName(statement, i);
				const refusal = checkTableReference(reference, published, ctes);
				if (refusal) return refusal;
				const name = reference.parts[reference.parts.length - 1].text.toLowerCase();
				const table = published.get(name);
				if (table && !ctes.has(name) && !reference.called) read.add(table);
				frame.expect = null;
				if (frame.clause === 'start') frame.clause = 'from';
				i = reference.last;
				continue;
			}
			frame.expect = null;
		}

		if (token.kind === 'word' && !dotted && !frame.call) {
			if (frame.clause === 'with' && !READ_STATEMENTS.has(word) && isCteName(statement, i)) {
				ctes.add(token.text.toLowerCase());
				continue;
			}
			if (word === 'WITH') frame.clause = 'with';
			else if (word === 'FROM' && !isDistinctFrom(statement, i)) {
				frame.clause = 'from';
				frame.expect = 'table';
			} else if (word === 'JOIN') {
				frame.clause = 'from';
				frame.expect = 'table';
			} else if (TABLE_STATEMENTS.has(word) && !opensBracket(next)) {
				frame.clause = 'other';
				frame.expect = word === 'DESCRIBE' || word === 'SUMMARIZE' ? 'either' : 'table';
			} else if (FROM_ENDS.has(word) && frame.clause !== 'with') frame.clause = 'other';
			else if (word === 'SELECT' || word === 'VALUES') frame.clause = 'other';
			continue;
		}
		if (token.kind === 'punct' && token.text === ',' && frame.clause === 'from') {
			frame.expect = 'table';
		}
	}

	return { ok: true, tables: [...read].sort() };
}

function refuse(code: RefusalCode, subject: string, at: number): ConsoleCheck {
	return { ok: false, code, subject, at };
}

function opensBracket(token: SqlToken | undefined): boolean {
	return token?.kind === 'punct' && token.text === '(';
}

/** `a IS [NOT] DISTINCT FROM b`: an operator, not a clause. */
function isDistinctFrom(tokens: readonly SqlToken[], i: number): boolean {
	return tokens[i - 1]?.kind === 'word' && tokens[i - 1].text.toUpperCase() === 'DISTINCT'
		? ['IS', 'NOT'].includes(tokens[i - 2]?.text.toUpperCase() ?? '')
		: false;
}

/** In a WITH list, a name followed by AS, or by its column list and AS, names an expression. */
function isCteName(tokens: readonly SqlToken[], i: number): boolean {
	const isAs = (token: SqlToken | undefined) =>
		token?.kind === 'word' && token.text.toUpperCase() === 'AS';
	if (isAs(tokens[i + 1])) return true;
	if (!opensBracket(tokens[i + 1])) return false;
	let depth = 0;
	for (let j = i + 1; j < tokens.length; j++) {
		if (tokens[j].kind !== 'punct') continue;
		if (tokens[j].text === '(') depth++;
		else if (tokens[j].text === ')' && --depth === 0) return isAs(tokens[j + 1]);
	}
	return false;
}

interface DottedName {
	readonly parts: readonly SqlToken[];
	/** Index of the last token of the name. */
	readonly last: number;
	/** Followed by an opening bracket: a table function. */
	readonly called: boolean;
}

function readDottedName(tokens: readonly SqlToken[], start: number): DottedName {
	const parts = [tokens[start]];
	let last = start;
	while (
		tokens[last + 1]?.kind === 'punct' &&
		tokens[last + 1].text === '.' &&
		(tokens[last + 2]?.kind === 'word' || tokens[last + 2]?.kind === 'quoted')
	) {
		parts.push(tokens[last + 2]);
		last += 2;
	}
	const after = tokens[last + 1];
	return { parts, last, called: after?.kind === 'punct' && after.text === '(' };
}

function checkTableReference(
	reference: DottedName,
	published: ReadonlyMap<string, string>,
	ctes: ReadonlySet<string>
): ConsoleCheck | undefined {
	const { parts } = reference;
	const nameToken = parts[parts.length - 1];
	const written = parts.map((p) => p.text).join('.');
	const name = nameToken.text.toLowerCase();
	if (reference.called) {
		if (parts.length === 1 && ALLOWED_TABLE_FUNCTIONS.includes(name)) return undefined;
		return refuse(
			FILE_FUNCTION.test(nameToken.text) ? 'file_read' : 'table_function',
			written,
			parts[0].start
		);
	}
	const qualifiers = parts.slice(0, -1).map((p) => p.text.toLowerCase());
	if (qualifiers.some((q) => SYSTEM_SCHEMAS.has(q)))
		return refuse('system', written, parts[0].start);
	const own = qualifiers.every((q) => OWN_SCHEMAS.has(q));
	if (own && (published.has(name) || (qualifiers.length === 0 && ctes.has(name)))) {
		return undefined;
	}
	// DuckDB reads a name it does not know as a file ("data.csv"): say so.
	const fileLike = /[./:\\]/.test(nameToken.text);
	return refuse(fileLike ? 'file_read' : 'unknown_table', written, parts[0].start);
}
