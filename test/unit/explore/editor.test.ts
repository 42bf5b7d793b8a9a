import { describe, expect, it } from 'vitest';
import { completeAt, type SchemaTable } from '../../../src/lib/explore/completion';
import { highlightSql } from '../../../src/lib/explore/highlight';

const TABLES: SchemaTable[] = [
	{
		name: 'uptake',
		columns: [
			{ name: 'geo', type: 'utf8' },
			{ name: 'year', type: 'int32' },
			{ name: 'credentials', type: 'int32' }
		]
	},
	{
		name: 'supply',
		columns: [
			{ name: 'geo', type: 'utf8' },
			{ name: 'offers', type: 'int32' }
		]
	},
	{ name: 'inclusion', columns: [{ name: 'group', type: 'utf8' }] }
];

/** Completes where `|` stands in the text. */
function complete(text: string, explicit = false) {
	const cursor = text.indexOf('|');
	const sql = text.replace('|', '');
	const result = completeAt({ sql, cursor, tables: TABLES, explicit });
	return result && { ...result, labels: result.items.map((i) => `${i.kind}:${i.label}`) };
}

describe('completeAt', () => {
	it('offers the tables after FROM and JOIN', () => {
		expect(complete('SELECT * FROM u|')?.labels).toEqual(['table:uptake']);
		expect(complete('SELECT * FROM uptake JOIN s|')?.labels).toEqual(['table:supply']);
		expect(complete('SELECT * FROM |', true)?.labels).toEqual([
			'table:uptake',
			'table:supply',
			'table:inclusion'
		]);
	});

	it('offers the columns of a table or of its alias after a dot', () => {
		expect(complete('SELECT uptake.|', false)?.labels).toEqual([
			'column:geo',
			'column:year',
			'column:credentials'
		]);
		expect(complete('SELECT s.o| FROM supply s')?.labels).toEqual(['column:offers']);
		expect(complete('SELECT x.o| FROM supply AS x')?.labels).toEqual(['column:offers']);
		expect(complete('SELECT nothing.| FROM supply')).toBeNull();
	});

	it('offers the columns of the tables in the query first, then tables and keywords', () => {
		const result = complete('SELECT c| FROM uptake');
		expect(result?.labels).toEqual([
			'column:credentials',
			'keyword:CASE',
			'keyword:CAST',
			'keyword:COLUMNS',
			'keyword:CROSS',
			'keyword:CUBE'
		]);
		expect(complete('SELECT g| FROM uptake, supply')?.labels).toEqual([
			'column:geo',
			'keyword:GROUP',
			'keyword:GROUPING'
		]);
		expect(complete('SEL|')?.labels).toEqual(['keyword:SELECT']);
		expect(result).toMatchObject({ from: 7, to: 8 });
	});

	it('quotes a name that needs it', () => {
		const result = complete('SELECT inclusion.g|');
		expect(result?.items[0]).toMatchObject({ label: 'group', insert: '"group"' });
	});

	it('stays closed inside strings and comments, and with nothing typed', () => {
		expect(complete("SELECT 'up|'")).toBeNull();
		expect(complete("SELECT 'up|")).toBeNull();
		expect(complete('SELECT 1 -- up|')).toBeNull();
		expect(complete('SELECT |')).toBeNull();
		expect(complete('SELECT zzz|')).toBeNull();
	});
});

describe('highlightSql', () => {
	it('marks keywords, published tables, strings, numbers and comments; the text is unchanged', () => {
		const sql = `SELECT geo, 1.5, 'x' FROM "uptake" -- note\nWHERE y = $$z$$`;
		const spans = highlightSql(sql, new Set(['uptake']));
		expect(spans.map((s) => s.text).join('')).toBe(sql);
		const classes = spans
			.filter((s) => s.className !== 'plain')
			.map((s) => `${s.className}:${s.text}`);
		expect(classes).toEqual([
			'keyword:SELECT',
			'number:1.5',
			"string:'x'",
			'keyword:FROM',
			'table:"uptake"',
			'comment:-- note',
			'keyword:WHERE',
			'operator:=',
			'string:$$z$$'
		]);
		expect(highlightSql("SELECT 'open", new Set()).at(-1)).toEqual({
			text: "'open",
			className: 'error'
		});
	});
});
