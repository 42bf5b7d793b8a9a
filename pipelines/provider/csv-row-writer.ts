import { LineWriter, MAX_UTF8_BYTES_PER_UNIT } from '../report/line-writer';

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const ASCII_END = 0x80;
/** Below this length a value is copied byte by byte; longer ones go through Buffer.write. */
const SHORT_VALUE = 16;

/**
 * RFC 4180 CSV written field by field straight into the output buffer, for the staging files
 * DuckDB reads: null and undefined are an empty field (NULL), '' is "" (an empty string), lists are
 * joined with ';', and a value with a quote, comma or line break is quoted. Building each line as
 * a string first cost twice as much (a concatenation per field, then flattening and encoding).
 */
export class CsvRowWriter extends LineWriter {
	value(value: CsvValue): void {
		if (value === null || value === undefined) return;
		if (typeof value === 'string') this.text(value);
		else if (typeof value === 'number' || typeof value === 'boolean') this.text(String(value));
		else if (value.length > 0) this.text(value.join(';'));
	}

	separator(): void {
		this.reserve(1);
		this.buffer[this.size++] = COMMA;
	}

	endRow(): void {
		this.reserve(1);
		this.buffer[this.size++] = LF;
	}

	text(s: string): void {
		const n = s.length;
		// Quoted, every quote doubled, every unit up to three bytes.
		this.reserve(2 * n * MAX_UTF8_BYTES_PER_UNIT + 2);
		const buffer = this.buffer;
		let at = this.size;
		if (n === 0) {
			buffer[at] = QUOTE;
			buffer[at + 1] = QUOTE;
			this.size = at + 2;
			return;
		}
		if (n > SHORT_VALUE) {
			if (needsQuotes(s)) this.quoted(s);
			else this.size = at + buffer.write(s, at, 'utf8');
			return;
		}
		for (let i = 0; i < n; i++) {
			const c = s.charCodeAt(i);
			if (c >= ASCII_END || c === QUOTE || c === COMMA || c === LF || c === CR) {
				if (needsQuotes(s)) this.quoted(s);
				else this.size += buffer.write(s, this.size, 'utf8');
				return;
			}
			buffer[at++] = c;
		}
		this.size = at;
	}

	private quoted(s: string): void {
		const buffer = this.buffer;
		buffer[this.size++] = QUOTE;
		this.size += buffer.write(s.replaceAll('"', '""'), this.size, 'utf8');
		buffer[this.size++] = QUOTE;
	}
}

function needsQuotes(s: string): boolean {
	return s.includes('"') || s.includes(',') || s.includes('\n') || s.includes('\r');
}
