import type { StoreColumn } from '../store/schema';
import { LineWriter } from '../report/line-writer';

export type StagingValue = string | number | boolean | null | undefined | readonly string[];

const NEEDS_QUOTES = /[",\r\n]/;

function encode(value: StagingValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') {
		if (value === '') return '""';
		return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
	}
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return value.length === 0 ? '' : encode(value.join(';'));
}

export type LineEncoder<T> = (row: T) => string;

/**
 * A CSV line encoder for one column list, compiled once into a single function with constant
 * property names: this runs on every record, and per-row objects and keyed lookups were most of
 * its cost. `source` is where plain columns are read from (`row` or a property of it).
 */
export function createLineEncoder<T>(
	columns: readonly StoreColumn[],
	options: { source?: string; special?: Partial<Record<string, (row: T) => StagingValue>> } = {}
): LineEncoder<T> {
	const source = options.source ?? 'row';
	if (!/^row(\.[a-zA-Z_]\w*)*$/.test(source)) throw new Error(`invalid source ${source}`);
	const special = options.special ?? {};
	const getters: ((row: T) => StagingValue)[] = [];
	const parts = columns.map((c) => {
		const getter = special[c.name];
		if (getter) return `enc(getters[${getters.push(getter) - 1}](row))`;
		return `enc(${source}[${JSON.stringify(c.name)}])`;
	});
	const body = `return (row) => ${parts.join(" + ',' + ")} + '\\n';`;
	return new Function('enc', 'getters', body)(encode, getters) as LineEncoder<T>;
}

/**
 * Rows on their way into DuckDB, as plain RFC 4180 CSV (an empty unquoted field is NULL). Working
 * data of the pipeline machine: pseudonymised, never published, removed after the run.
 */
export class StagingWriter<T> {
	readonly #writer: LineWriter;
	readonly #encode: LineEncoder<T>;
	rows = 0;

	constructor(path: string, columns: readonly StoreColumn[], encodeLine: LineEncoder<T>) {
		this.#writer = new LineWriter(path);
		this.#encode = encodeLine;
		this.#writer.write(`${columns.map((c) => c.name).join(',')}\n`);
	}

	write(row: T): void {
		this.#writer.write(this.#encode(row));
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
