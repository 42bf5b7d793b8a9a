// Completion of table and column names (and keywords) at the cursor of the console's editor.
// After `name.` it offers the columns of that table or alias; after FROM or JOIN, the tables;
// elsewhere the columns of the tables the query names, then the tables, then keywords.
import { tokeniseSql, type SqlToken } from '$core/queries/console-guard';
import { SQL_KEYWORDS } from './sql-keywords';

export interface SchemaColumn {
	readonly name: string;
	readonly type: string;
}

export interface SchemaTable {
	readonly name: string;
	readonly columns: readonly SchemaColumn[];
}

export interface CompletionItem {
	readonly label: string;
	readonly kind: 'table' | 'column' | 'keyword';
	/** The column's table and type ('' for a table or a keyword). */
	readonly detail: string;
	/** What the completion inserts (a name quoted when it must be). */
	readonly insert: string;
}

export interface Completion {
	/** The part of the text the chosen item replaces. */
	readonly from: number;
	readonly to: number;
	readonly items: readonly CompletionItem[];
}

export const MAX_COMPLETIONS = 40;

const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const PLAIN_NAME = /^[a-z_][a-z0-9_]*$/;
const TABLE_CONTEXT = new Set([
	'FROM',
	'JOIN',
	'TABLE',
	'DESCRIBE',
	'SUMMARIZE',
	'PIVOT',
	'UNPIVOT'
]);

function quoteIfNeeded(name: string): string {
	return PLAIN_NAME.test(name) && !SQL_KEYWORDS.has(name.toUpperCase())
		? name
		: `"${name.replaceAll('"', '""')}"`;
}

/** Aliases the query gives to tables: `uptake u`, `uptake AS u`. */
function aliasesOf(
	tokens: readonly SqlToken[],
	tables: readonly SchemaTable[]
): Map<string, SchemaTable> {
	const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
	const aliases = new Map<string, SchemaTable>(byName);
	const words = tokens.filter((t) => t.kind !== 'space' && t.kind !== 'comment');
	for (let i = 0; i < words.length; i++) {
		const table =
			words[i].kind === 'word' || words[i].kind === 'quoted'
				? byName.get(words[i].text.toLowerCase())
				: undefined;
		if (!table) continue;
		let next = words[i + 1];
		if (next?.kind === 'word' && next.text.toUpperCase() === 'AS') next = words[i + 2];
		if (
			next &&
			(next.kind === 'word' || next.kind === 'quoted') &&
			!SQL_KEYWORDS.has(next.text.toUpperCase())
		) {
			aliases.set(next.text.toLowerCase(), table);
		}
	}
	return aliases;
}

function columnItems(table: SchemaTable): CompletionItem[] {
	return table.columns.map((c) => ({
		label: c.name,
		kind: 'column',
		detail: `${table.name} · ${c.type}`,
		insert: quoteIfNeeded(c.name)
	}));
}

function tableItems(tables: readonly SchemaTable[]): CompletionItem[] {
	return tables.map((t) => ({
		label: t.name,
		kind: 'table',
		detail: '',
		insert: quoteIfNeeded(t.name)
	}));
}

export function completeAt(options: {
	sql: string;
	cursor: number;
	tables: readonly SchemaTable[];
	/** Open even without a prefix (Ctrl+Space). */
	explicit?: boolean;
}): Completion | null {
	const { sql, cursor, tables } = options;
	let from = cursor;
	while (from > 0 && WORD_CHAR.test(sql[from - 1])) from--;
	const prefix = sql.slice(from, cursor).toLowerCase();
	const tokens = tokeniseSql(sql);
	// No completion inside a string, a quoted name or a comment.
	// (At the very end of a line comment or of an open string, the cursor is still in it.)
	const openEnded = (t: SqlToken) =>
		t.kind === 'unterminated' || (t.kind === 'comment' && t.text.startsWith('--'));
	const inside = tokens.find(
		(t) => t.start < cursor && (cursor < t.end || (cursor === t.end && openEnded(t)))
	);
	if (inside && ['string', 'quoted', 'comment', 'unterminated'].includes(inside.kind)) return null;
	const before = tokens.filter((t) => t.end <= from && t.kind !== 'space' && t.kind !== 'comment');
	const previous = before.at(-1);

	let items: CompletionItem[];
	if (previous?.kind === 'punct' && previous.text === '.') {
		const qualifier = before.at(-2);
		const table =
			qualifier && (qualifier.kind === 'word' || qualifier.kind === 'quoted')
				? aliasesOf(tokens, tables).get(qualifier.text.toLowerCase())
				: undefined;
		if (!table) return null;
		items = columnItems(table);
	} else {
		if (!options.explicit && prefix.length === 0) return null;
		const afterTableWord =
			previous?.kind === 'word' && TABLE_CONTEXT.has(previous.text.toUpperCase());
		const named = new Set(
			tokens
				.filter((t) => t.kind === 'word' || t.kind === 'quoted')
				.map((t) => t.text.toLowerCase())
		);
		const inQuery = tables.filter((t) => named.has(t.name.toLowerCase()));
		const keywords: CompletionItem[] = [...SQL_KEYWORDS].map((k) => ({
			label: k,
			kind: 'keyword',
			detail: '',
			insert: k
		}));
		items = afterTableWord
			? tableItems(tables)
			: [...inQuery.flatMap(columnItems), ...tableItems(tables), ...keywords];
	}
	const seen = new Set<string>();
	const matches = items.filter((item) => {
		const key = `${item.kind}:${item.label}`;
		if (seen.has(key) || !item.label.toLowerCase().startsWith(prefix)) return false;
		seen.add(key);
		// The word already typed in full is not offered again.
		return item.label.toLowerCase() !== prefix || item.kind !== 'keyword';
	});
	if (matches.length === 0) return null;
	return { from, to: cursor, items: matches.slice(0, MAX_COMPLETIONS) };
}
