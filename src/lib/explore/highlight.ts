// The editor's highlighting: the SQL text cut into spans with a class each, by the console's own
// tokeniser, so that what is coloured as a string or a comment is what the checker reads as one.
import { tokeniseSql, type SqlTokenKind } from '$core/queries/console-guard';
import { SQL_KEYWORDS } from './sql-keywords';

export type HighlightClass =
	'keyword' | 'table' | 'name' | 'string' | 'number' | 'comment' | 'operator' | 'plain' | 'error';

export interface HighlightSpan {
	readonly text: string;
	readonly className: HighlightClass;
}

const BY_KIND: Partial<Record<SqlTokenKind, HighlightClass>> = {
	string: 'string',
	number: 'number',
	comment: 'comment',
	quoted: 'name',
	operator: 'operator',
	param: 'operator',
	unterminated: 'error'
};

export function highlightSql(sql: string, tables: ReadonlySet<string>): HighlightSpan[] {
	return tokeniseSql(sql).map((token) => {
		const text = sql.slice(token.start, token.end);
		let className: HighlightClass = BY_KIND[token.kind] ?? 'plain';
		if (token.kind === 'word') {
			if (SQL_KEYWORDS.has(token.text.toUpperCase())) className = 'keyword';
			else if (tables.has(token.text.toLowerCase())) className = 'table';
		} else if (token.kind === 'quoted' && tables.has(token.text.toLowerCase())) {
			className = 'table';
		}
		return { text, className };
	});
}
