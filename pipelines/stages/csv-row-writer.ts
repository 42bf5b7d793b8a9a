import { COMMA, CR, LF, QUOTE } from '../../core/csv/char-codes';
import { LineWriter, MAX_UTF8_BYTES_PER_UNIT } from '../report/line-writer';

/** A Uint8Array is a field already encoded, written as it is: ASCII that needs no quotes. */
export type CsvValue =
	string | number | boolean | null | undefined | readonly string[] | Uint8Array;

const ASCII_END = 0x80;
/** Below this length a value is copied byte by byte; longer ones go through Buffer.write. */
const SHORT_VALUE = 16;
const ZERO = 48;
/** Integers up to this are written digit by digit (at most ten digits). */
const MAX_DIRECT_INTEGER = 2 ** 31 - 1;
const MAX_DIRECT_DIGITS = 10;

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
		else if (typeof value === 'number') this.number(value);
		else if (typeof value === 'boolean') this.text(value ? 'true' : 'false');
		else if (value instanceof Uint8Array) this.bytes(value);
		else if (value.length === 1) this.text(value[0]);
		else if (value.length > 0) this.text(value.join(';'));
	}

	/** Counts and line numbers digit by digit, without a string per number. */
	number(value: number): void {
		if (!(value >= 0 && value <= MAX_DIRECT_INTEGER && Number.isInteger(value))) {
			this.text(String(value));
			return;
		}
		this.reserve(MAX_DIRECT_DIGITS);
		const buffer = this.buffer;
		let digits = 1;
		for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
		let at = this.size + digits;
		this.size = at;
		let rest = value;
		do {
			buffer[--at] = ZERO + (rest % 10);
			rest = Math.floor(rest / 10);
		} while (rest > 0);
	}

	/** Bytes that are a field as they are (no quote, delimiter or line break among them). */
	bytes(value: Uint8Array): void {
		this.reserve(value.length);
		this.buffer.set(value, this.size);
		this.size += value.length;
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
