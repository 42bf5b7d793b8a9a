import { CR, LF, QUOTE } from './char-codes';
import type { CsvErrorRule, CsvHeader, CsvRow, CsvRowError, CsvSkippedRecord } from './types';

const RECORD_START = 0;
const FIELD_START = 1;
const UNQUOTED = 2;
const QUOTED = 3;
const QUOTE_SEEN = 4;

const RAW_CHARS = 200;

/** indexOf, with the text's length for "not found". */
function positionOf(text: string, search: string, from: number): number {
	const at = text.indexOf(search, from);
	return at === -1 ? text.length : at;
}

/** The quote characters the reader accepts: RFC 4180's double quote, and the single quote. */
export const CSV_QUOTES: readonly string[] = ['"', "'"];

/**
 * The delimiter's char code; throws on anything but one character other than a quote (the
 * double quote, or `quote`) or a line break.
 */
export function delimiterCode(delimiter: string, quote = '"'): number {
	const code = delimiter.charCodeAt(0);
	if (
		delimiter.length !== 1 ||
		code === QUOTE ||
		delimiter === quote ||
		code === LF ||
		code === CR
	) {
		throw new TypeError(`Invalid CSV delimiter ${JSON.stringify(delimiter)}`);
	}
	return code;
}

/** The quote's char code; throws on anything but `"` or `'`. */
export function quoteCode(quote: string): number {
	if (!CSV_QUOTES.includes(quote)) {
		throw new TypeError(`Invalid CSV quote character ${JSON.stringify(quote)}`);
	}
	return quote.charCodeAt(0);
}

export interface CsvParserOptions {
	delimiter: string;
	/** `"` (the default) or `'`: fields enclosed in it, doubled inside, as RFC 4180 says. */
	quote?: string;
	maxFieldChars?: number;
	/** Guards memory when the header itself is garbage (random bytes, a binary file). */
	maxHeaderFields?: number;
	/**
	 * Non-blank records before the header (a title or comment lines of an export): they go to
	 * `skipped`, and the record after them is the header.
	 */
	skipRecords?: number;
}

/**
 * RFC 4180 parser fed with decoded text in pieces of any size. The first non-blank record after
 * the `skipRecords` skipped ones is the header; every later record comes out of `take()` exactly
 * once, as fields or as an error.
 * Memory is bounded by one chunk plus one record: a field over `maxFieldChars` and the fields
 * beyond the header's count are dropped while the parser still scans for the record's end.
 */
export class CsvParser {
	header: CsvHeader | null = null;
	headerDone = false;
	/** The records skipped before the header, in order. */
	readonly skipped: CsvSkippedRecord[] = [];

	private readonly delim: number;
	private readonly quote: number;
	private readonly quoteChar: string;
	private skipLeft: number;
	private readonly maxFieldChars: number;
	private maxFields: number;
	private expected = -1;
	private out: CsvRow[] = [];

	private st = RECORD_START;
	private line = 1;
	private pendingCR = false;
	private recordLine = 1;
	private quoteLine = 1;
	private fields: string[] = [];
	private nFields = 0;
	/** The current field's text from earlier chunks or before a doubled quote. */
	private acc = '';
	private keep = true;
	private error: CsvRowError | null = null;
	private rawHead = '';
	private suspect = false;

	constructor({
		delimiter,
		quote = '"',
		maxFieldChars = 1_000_000,
		maxHeaderFields = 100_000,
		skipRecords = 0
	}: CsvParserOptions) {
		this.quote = quoteCode(quote);
		this.quoteChar = quote;
		this.delim = delimiterCode(delimiter, quote);
		this.skipLeft = skipRecords;
		this.maxFieldChars = maxFieldChars;
		this.maxFields = maxHeaderFields;
	}

	/** Rows completed so far; the parser keeps none of them. */
	take(): CsvRow[] {
		const rows = this.out;
		this.out = [];
		return rows;
	}

	push(text: string): void {
		const n = text.length;
		if (n === 0) return;
		const delim = this.delim;
		const quote = this.quote;
		const quoteChar = this.quoteChar;
		const chunkSuspect = text.indexOf('\uFFFD') !== -1 || text.indexOf('\0') !== -1;
		let st = this.st;
		let line = this.line;
		let i = 0;
		let fieldStart = 0;
		let recStart = 0;
		// Positions of the next delimiter, LF and CR at or after the last lookup (n: none left).
		const delimChar = String.fromCharCode(delim);
		let nextDelim = -1;
		let nextLF = -1;
		let nextCR = -1;
		let nextQuote = -1;
		if (st !== RECORD_START && chunkSuspect) this.suspect = true;
		if (this.pendingCR) {
			this.pendingCR = false;
			// The LF of a CRLF cut by the chunk boundary: the line was counted at the CR.
			if (text.charCodeAt(0) === LF) i = 1;
		}

		while (i < n) {
			if (st === RECORD_START) {
				const c = text.charCodeAt(i);
				if (c === LF) {
					line++;
					i++;
					continue;
				}
				if (c === CR) {
					line++;
					i++;
					if (i === n) this.pendingCR = true;
					else if (text.charCodeAt(i) === LF) i++;
					continue;
				}
				this.recordLine = line;
				this.suspect = chunkSuspect;
				this.rawHead = '';
				recStart = i;
				st = FIELD_START;
			}
			if (st === FIELD_START) {
				if (text.charCodeAt(i) === quote) {
					this.quoteLine = line;
					i++;
					fieldStart = i;
					st = QUOTED;
					continue;
				}
				fieldStart = i;
				st = UNQUOTED;
			}
			if (st === UNQUOTED) {
				// The field ends at the next delimiter or line break, found with indexOf: a native
				// scan beats a loop over the characters. Line breaks are looked up once per line.
				if (nextLF < i) nextLF = positionOf(text, '\n', i);
				if (nextCR < i) nextCR = positionOf(text, '\r', i);
				if (nextDelim < i) nextDelim = positionOf(text, delimChar, i);
				i = Math.min(nextDelim, nextLF, nextCR);
				if (i === n) break;
				const c = text.charCodeAt(i);
				const value = text.slice(fieldStart, i);
				this.addField(this.acc === '' ? value : this.acc + value);
				if (c === delim) {
					i++;
					st = FIELD_START;
					continue;
				}
				this.endRecord(text, recStart, i);
				st = RECORD_START;
				line++;
				i++;
				if (c === CR) {
					if (i === n) this.pendingCR = true;
					else if (text.charCodeAt(i) === LF) i++;
				}
				continue;
			}
			if (st === QUOTED) {
				// Straight to the next quote when no line break comes before it; otherwise the loop
				// counts the lines inside the field.
				if (nextQuote < i) nextQuote = positionOf(text, quoteChar, i);
				if (nextLF < i) nextLF = positionOf(text, '\n', i);
				if (nextCR < i) nextCR = positionOf(text, '\r', i);
				if (nextQuote < nextLF && nextQuote < nextCR) i = nextQuote;
				while (i < n) {
					const c = text.charCodeAt(i);
					if (c === quote) break;
					if (c === LF) line++;
					else if (c === CR) {
						line++;
						if (i + 1 === n) this.pendingCR = true;
						else if (text.charCodeAt(i + 1) === LF) i++;
					}
					i++;
				}
				if (i === n) break;
				if (this.keep) this.acc += text.slice(fieldStart, i);
				i++;
				st = QUOTE_SEEN;
				continue;
			}
			// QUOTE_SEEN: the quote just read either doubles the next one or closes the field.
			const c = text.charCodeAt(i);
			if (c === quote) {
				fieldStart = i;
				i++;
				st = QUOTED;
				continue;
			}
			if (c === delim) {
				this.addField(this.acc);
				i++;
				st = FIELD_START;
				continue;
			}
			if (c === LF || c === CR) {
				this.addField(this.acc);
				this.endRecord(text, recStart, i);
				st = RECORD_START;
				line++;
				i++;
				if (c === CR) {
					if (i === n) this.pendingCR = true;
					else if (text.charCodeAt(i) === LF) i++;
				}
				continue;
			}
			const column = this.nFields + 1;
			this.fail('csv.invalid_quote', column, `field ${column} has text after its closing quote`);
			fieldStart = i;
			st = UNQUOTED;
		}

		if (st === UNQUOTED || st === QUOTED) {
			if (this.keep) {
				this.acc += text.slice(fieldStart, n);
				if (this.acc.length > this.maxFieldChars) this.failTooLong(this.nFields + 1);
			}
		}
		if (st !== RECORD_START && this.rawHead.length < RAW_CHARS) {
			this.rawHead += text.slice(recStart, recStart + RAW_CHARS - this.rawHead.length);
		}
		this.st = st;
		this.line = line;
	}

	/** Call once after the last `push`: closes the last record, reports an open quote. */
	end(): void {
		const st = this.st;
		if (st === RECORD_START) return;
		if (st === QUOTED) {
			const column = this.nFields + 1;
			this.fail(
				'csv.unterminated_quote',
				column,
				`the quote opened in field ${column} on line ${this.quoteLine} is never closed`
			);
		} else {
			this.addField(this.acc);
		}
		this.endRecord('', 0, 0);
		this.st = RECORD_START;
	}

	private addField(value: string): void {
		this.acc = '';
		const column = ++this.nFields;
		if (!this.keep) return;
		if (value.length > this.maxFieldChars) {
			this.failTooLong(column);
			return;
		}
		if (column > this.maxFields) {
			this.fail('csv.field_count', column, `more than ${this.maxFields} fields`);
			return;
		}
		this.fields.push(value);
	}

	private failTooLong(column: number): void {
		this.fail(
			'csv.field_too_long',
			column,
			`field ${column} is longer than ${this.maxFieldChars} characters`
		);
	}

	private fail(rule: CsvErrorRule, column: number, message: string): void {
		if (this.error === null) this.error = { rule, column, message };
		this.keep = false;
		this.acc = '';
	}

	private endRecord(text: string, recStart: number, end: number): void {
		const nFields = this.nFields;
		const expected = this.expected;
		let error = this.error;
		if (error === null && expected >= 0 && nFields < expected) {
			error = this.fieldCountError(nFields + 1, nFields);
		} else if (error !== null && error.rule === 'csv.field_count' && expected >= 0) {
			error = this.fieldCountError(expected + 1, nFields);
		}
		if (error === null && this.suspect) error = this.findBadCharacter();

		if (!this.headerDone) {
			if (this.skipLeft > 0) {
				this.skipLeft--;
				const raw = this.rawText(text, recStart, end);
				this.skipped.push(
					error === null
						? { line: this.recordLine, raw, fields: this.fields }
						: { line: this.recordLine, raw, error }
				);
			} else {
				this.header = { names: this.fields, line: this.recordLine };
				if (error !== null) this.header.error = error;
				this.headerDone = true;
				this.expected = nFields;
				this.maxFields = nFields;
			}
		} else if (error === null) {
			this.out.push({ line: this.recordLine, fields: this.fields });
		} else {
			this.out.push({ line: this.recordLine, error, raw: this.rawText(text, recStart, end) });
		}
		this.fields = [];
		this.nFields = 0;
		this.acc = '';
		this.keep = true;
		this.error = null;
		this.rawHead = '';
	}

	/** The start of the record ending at `end` in `text`, at most RAW_CHARS characters. */
	private rawText(text: string, recStart: number, end: number): string {
		const tail = text.slice(recStart, Math.min(end, recStart + RAW_CHARS));
		return (this.rawHead + tail).slice(0, RAW_CHARS);
	}

	private fieldCountError(column: number, found: number): CsvRowError {
		return {
			rule: 'csv.field_count',
			column,
			message: `expected ${this.expected} fields, found ${found}`
		};
	}

	private findBadCharacter(): CsvRowError | null {
		const fields = this.fields;
		for (let j = 0; j < fields.length; j++) {
			if (fields[j].includes('\uFFFD')) {
				return {
					rule: 'encoding.invalid',
					column: j + 1,
					message: `field ${j + 1} has bytes that are invalid in the file's encoding (U+FFFD)`
				};
			}
			if (fields[j].includes('\0')) {
				return { rule: 'csv.nul_byte', column: j + 1, message: `field ${j + 1} has a NUL byte` };
			}
		}
		return null;
	}
}
