import type { StoreColumn } from '../store/schema';
import { LineWriter } from '../report/line-writer';

type Value = string | number | boolean | null | undefined | readonly string[];

const NEEDS_QUOTES = /[",\r\n]/;

function encode(value: Value): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.length === 0 ? '' : encode(value.join(';'));
	if (typeof value !== 'string') return String(value);
	if (value === '') return '""';
	return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Rows on their way into DuckDB, as plain RFC 4180 CSV (an empty unquoted field is NULL). Working
 * data of the pipeline machine: pseudonymised, never published, removed after the run.
 */
export class StagingWriter {
	readonly #writer: LineWriter;
	readonly #columns: readonly StoreColumn[];
	rows = 0;

	constructor(path: string, columns: readonly StoreColumn[]) {
		this.#writer = new LineWriter(path);
		this.#columns = columns;
		this.#writer.write(`${columns.map((c) => c.name).join(',')}\n`);
	}

	write(row: Readonly<Record<string, Value>>): void {
		let line = '';
		for (let i = 0; i < this.#columns.length; i++) {
			if (i > 0) line += ',';
			line += encode(row[this.#columns[i].name]);
		}
		this.#writer.write(`${line}\n`);
		this.rows++;
	}

	commit(): void {
		this.#writer.commit();
	}

	abort(): void {
		this.#writer.abort();
	}
}

/** DuckDB read_csv arguments matching what StagingWriter wrote. */
export function readStagingSql(path: string, columns: readonly StoreColumn[]): string {
	const spec = columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
	return `read_csv('${path.replaceAll("'", "''")}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${spec}}, dateformat = '%Y-%m-%d')`;
}
