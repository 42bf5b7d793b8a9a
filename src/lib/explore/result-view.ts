// A console result as the page reads it: columns with a kind, and any cell as a plain value,
// read from the Arrow table on demand (the virtualised table asks only for the rows in sight).
import { Type, type DataType, type RecordBatch, type Schema, type Vector } from 'apache-arrow';

export type ColumnKind = 'number' | 'text' | 'boolean' | 'date' | 'timestamp' | 'other';
export type CellValue = string | number | boolean | null;

export interface ResultColumn {
	readonly name: string;
	readonly kind: ColumnKind;
	/** Arrow's name of the type, e.g. Float64, Utf8, Date32<DAY>. */
	readonly type: string;
}

/** A result as the engine streamed it (see ConsoleRun). */
export interface ArrowResult {
	readonly schema: Schema;
	readonly batches: readonly RecordBatch[];
}

export interface ResultView {
	readonly result: ArrowResult;
	readonly columns: readonly ResultColumn[];
	readonly rowCount: number;
	value(row: number, column: number): CellValue;
	/** Every value of a column, in row order. */
	columnValues(column: number): CellValue[];
}

export function columnKind(type: DataType): ColumnKind {
	const id =
		type.typeId === Type.Dictionary
			? (type as { dictionary?: DataType }).dictionary?.typeId
			: type.typeId;
	switch (id) {
		case Type.Int:
		case Type.Float:
		case Type.Decimal:
			return 'number';
		case Type.Utf8:
		case Type.LargeUtf8:
			return 'text';
		case Type.Bool:
			return 'boolean';
		case Type.Date:
			return 'date';
		case Type.Timestamp:
			return 'timestamp';
		default:
			return 'other';
	}
}

/** A value of a column of the given kind, as Arrow gives it, made plain. */
export function plainValue(kind: ColumnKind, raw: unknown): CellValue {
	if (raw === null || raw === undefined) return null;
	switch (kind) {
		case 'number':
			if (typeof raw === 'bigint') {
				return raw <= BigInt(Number.MAX_SAFE_INTEGER) && raw >= BigInt(Number.MIN_SAFE_INTEGER)
					? Number(raw)
					: raw.toString();
			}
			return typeof raw === 'number' ? raw : Number(raw);
		case 'text':
			return String(raw);
		case 'boolean':
			return Boolean(raw);
		case 'date':
			return isoDate(raw).slice(0, 10);
		case 'timestamp':
			return isoDate(raw)
				.replace('T', ' ')
				.replace(/(?:\.000)?Z$/, '');
		default:
			return otherText(raw);
	}
}

function isoDate(raw: unknown): string {
	const ms =
		typeof raw === 'bigint' ? Number(raw) : raw instanceof Date ? raw.getTime() : Number(raw);
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) ? String(raw) : date.toISOString();
}

/** Lists, structs, maps, binary and intervals as text (JSON where it has a shape). */
function otherText(raw: unknown): string {
	if (typeof raw === 'string') return raw;
	if (typeof raw === 'bigint' || typeof raw === 'number' || typeof raw === 'boolean') {
		return String(raw);
	}
	if (raw instanceof Uint8Array) {
		return `\\x${[...raw].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
	}
	return JSON.stringify(toPlain(raw));
}

function toPlain(raw: unknown): unknown {
	if (raw === null || raw === undefined) return null;
	if (typeof raw === 'bigint') return raw.toString();
	if (typeof raw !== 'object') return raw;
	if (ArrayBuffer.isView(raw)) return [...(raw as unknown as Iterable<unknown>)].map(toPlain);
	const json = (raw as { toJSON?: () => unknown }).toJSON;
	if (typeof json === 'function') {
		const value = json.call(raw);
		if (value !== raw) return toPlain(value);
	}
	if (Array.isArray(raw)) return raw.map(toPlain);
	if (raw instanceof Map)
		return Object.fromEntries([...raw].map(([k, v]) => [String(k), toPlain(v)]));
	return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toPlain(v)]));
}

export function createResultView(result: ArrowResult): ResultView {
	const { schema, batches } = result;
	const columns = schema.fields.map((field) => ({
		name: field.name,
		kind: columnKind(field.type),
		type: String(field.type)
	}));
	// Row r is in the batch whose start is the last one at or before r.
	const starts: number[] = [];
	let rowCount = 0;
	for (const batch of batches) {
		starts.push(rowCount);
		rowCount += batch.numRows;
	}
	let last = 0;
	function batchOf(row: number): number {
		if (starts[last] <= row && row < starts[last] + batches[last].numRows) return last;
		let low = 0;
		let high = batches.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid] <= row) low = mid;
			else high = mid - 1;
		}
		return (last = low);
	}
	const child = (batch: number, column: number): Vector => batches[batch].getChildAt(column)!;
	return {
		result,
		columns,
		rowCount,
		value(row, column) {
			if (row < 0 || row >= rowCount) return null;
			const batch = batchOf(row);
			return plainValue(columns[column].kind, child(batch, column).get(row - starts[batch]));
		},
		columnValues(column) {
			const kind = columns[column].kind;
			const values: CellValue[] = new Array(rowCount);
			let i = 0;
			for (let b = 0; b < batches.length; b++) {
				for (const raw of child(b, column)) values[i++] = plainValue(kind, raw);
			}
			return values;
		}
	};
}
