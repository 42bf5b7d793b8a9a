// Where each record of a parsed chunk starts: PapaParse gives records, not lines, and an error
// must name the line a person finds in an editor. A record spans one line plus the line breaks
// inside its quoted fields; blank lines are no records but count as lines (as the pipelines'
// CSV reader counts them).

export interface NumberedRecord {
	readonly fields: string[];
	/** 1-based line where the record starts. */
	readonly line: number;
	/** A CSV rule when the record's quotes are malformed. */
	readonly quoteError?: string;
}

export interface ParseError {
	readonly type: string;
	readonly code: string;
	readonly row?: number;
}

/** Line breaks inside a record's fields. */
function breaksIn(fields: readonly string[]): number {
	let n = 0;
	for (const field of fields) {
		for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
	}
	return n;
}

const isBlank = (fields: readonly string[]) => fields.length === 1 && fields[0].trim() === '';

/**
 * The records of one chunk with their lines, the chunk starting on `firstLine`; also the line
 * the next chunk starts on. `errors` are PapaParse's, whose `row` indexes the chunk's records.
 */
export function numberRecords(
	data: readonly string[][],
	firstLine: number,
	errors: readonly ParseError[] = []
): { records: NumberedRecord[]; nextLine: number } {
	const quoteErrors = new Map<number, string>();
	for (const error of errors) {
		if (error.type === 'Quotes' && error.row !== undefined) {
			const rule = error.code === 'MissingQuotes' ? 'csv.unterminated_quote' : 'csv.invalid_quote';
			quoteErrors.set(error.row, rule);
		}
	}
	const records: NumberedRecord[] = [];
	let line = firstLine;
	data.forEach((fields, i) => {
		const start = line;
		line += 1 + breaksIn(fields);
		if (isBlank(fields)) return;
		const quoteError = quoteErrors.get(i);
		records.push(quoteError ? { fields, line: start, quoteError } : { fields, line: start });
	});
	return { records, nextLine: line };
}
