import type { StoreColumn } from './store-schema';
import { CsvRowWriter, type CsvValue } from './csv-row-writer';

export type StagingValue = CsvValue;

/** Writes one row's fields, separated and ended, to a CSV row writer. */
export type RowEncoder<T> = (row: T, out: CsvRowWriter) => void;

/**
 * A CSV row encoder for one column list, compiled once into a single function with constant
 * property names: this runs on every record, and per-row objects and keyed lookups were most of
 * its cost. `source` is where plain columns are read from (`row` or a property of it).
 */
export function createRowEncoder<T>(
	columns: readonly StoreColumn[],
	options: { source?: string; special?: Partial<Record<string, (row: T) => StagingValue>> } = {}
): RowEncoder<T> {
	const source = options.source ?? 'row';
	if (!/^row(\.[a-zA-Z_]\w*)*$/.test(source)) throw new Error(`invalid source ${source}`);
	const special = options.special ?? {};
	const getters: ((row: T) => StagingValue)[] = [];
	const fields = columns.map((c) => {
		const getter = special[c.name];
		if (getter) return `out.value(getters[${getters.push(getter) - 1}](row));`;
		return `out.value(${source}[${JSON.stringify(c.name)}]);`;
	});
	const body = `return (row, out) => { ${fields.join(' out.separator(); ')} out.endRow(); };`;
	return new Function('getters', body)(getters) as RowEncoder<T>;
}

/**
 * Rows on their way into DuckDB, as plain RFC 4180 CSV (an empty unquoted field is NULL). Working
 * data of the pipeline machine: pseudonymised, never published, removed after the run.
 */
export class StagingWriter<T> {
	readonly #out: CsvRowWriter;
	readonly #encode: RowEncoder<T>;
	rows = 0;

	constructor(path: string, columns: readonly StoreColumn[], encodeRow: RowEncoder<T>) {
		this.#out = new CsvRowWriter(path);
		this.#encode = encodeRow;
		this.#out.write(`${columns.map((c) => c.name).join(',')}\n`);
	}

	write(row: T): void {
		this.#encode(row, this.#out);
		this.rows++;
	}

	commit(): void {
		this.#out.commit();
	}

	abort(): void {
		this.#out.abort();
	}
}

/** DuckDB read_csv arguments matching what StagingWriter wrote. */
export function readStagingSql(path: string, columns: readonly StoreColumn[]): string {
	const spec = columns.map((c) => `'${c.name}': '${c.type}'`).join(', ');
	return `read_csv('${path.replaceAll("'", "''")}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${spec}}, dateformat = '%Y-%m-%d')`;
}
