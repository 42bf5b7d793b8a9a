import {
	Bool,
	Dictionary,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType
} from 'apache-arrow';
import type { ColumnType, ManifestColumn } from '../../core/contract/manifest';

export type ColumnValues = (string | number | boolean | null)[];

export interface ColumnSpec extends ManifestColumn {
	readonly values: ColumnValues;
}

function arrowType(type: ColumnType, index: number): DataType {
	switch (type) {
		case 'utf8':
			// Text columns repeat few values (codes, sources): dictionary encoding keeps files small.
			// The id is explicit: Arrow's default is a process-wide counter, which would make the
			// bytes depend on what was encoded before.
			return new Dictionary(new Utf8(), new Int32(), index);
		case 'float64':
			return new Float64();
		case 'int32':
			return new Int32();
		case 'bool':
			return new Bool();
	}
}

/** An Arrow table with an explicit schema (no type inference), serialised as an IPC stream. */
export function encodeArrowStream(columns: readonly ColumnSpec[]): Uint8Array {
	const rows = columns[0]?.values.length ?? 0;
	for (const c of columns) {
		if (c.values.length !== rows) {
			throw new Error(`column ${c.name} has ${c.values.length} values, expected ${rows}`);
		}
	}
	const vectors = Object.fromEntries(
		columns.map((c, i) => [c.name, vectorFromArray(c.values, arrowType(c.type, i))])
	);
	return tableToIPC(new Table(vectors), 'stream');
}
