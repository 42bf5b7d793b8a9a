import type { SqlParam } from '$core/queries/sql-query';

/** An SQL literal of a bound value, as DuckDB reads it. */
export function sqlLiteral(value: SqlParam): string {
	if (value === null) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`sql: cannot inline ${value}`);
		return String(value);
	}
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * The SQL text with every `?` placeholder replaced by its value's literal, in order, so that the
 * query runs as it stands in any DuckDB (the bundle's .sql files). Question marks inside string
 * literals, quoted identifiers and comments are left alone.
 */
export function inlineParams(sql: string, params: readonly SqlParam[]): string {
	let out = '';
	let next = 0;
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		if (c === "'" || c === '"') {
			const close = sql.indexOf(c, i + 1);
			const end = close < 0 ? sql.length : close + 1;
			out += sql.slice(i, end);
			i = end;
			// A doubled quote ('' or "") continues the same literal: the loop reads it as a new one.
		} else if (c === '-' && sql[i + 1] === '-') {
			const close = sql.indexOf('\n', i);
			const end = close < 0 ? sql.length : close;
			out += sql.slice(i, end);
			i = end;
		} else if (c === '?') {
			if (next >= params.length) throw new Error('sql: more placeholders than parameters');
			out += sqlLiteral(params[next++]);
			i++;
		} else {
			out += c;
			i++;
		}
	}
	if (next !== params.length) throw new Error('sql: more parameters than placeholders');
	return out;
}
