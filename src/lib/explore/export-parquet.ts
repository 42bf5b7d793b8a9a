// A console result as Parquet, written in the browser by hyparquet-writer (pure JavaScript, no
// network: DuckDB-WASM's own Parquet writer would fetch an extension from the internet).
import { parquetWriteBuffer } from 'hyparquet-writer';
import { Type } from 'apache-arrow';
import type { CellValue, ResultColumn, ResultView } from './result-view';

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

const DAY_MS = 86_400_000;

interface ParquetColumn {
	readonly element: SchemaElement;
	readonly data: unknown[];
}

/** How a column is written: its Parquet type and its values in that type. */
export function parquetColumn(
	column: ResultColumn,
	typeId: number,
	bitWidth: number | undefined,
	values: readonly CellValue[]
): ParquetColumn {
	const optional = { name: column.name, repetition_type: 'OPTIONAL' } as const;
	const map = (convert: (value: Exclude<CellValue, null>) => unknown) =>
		values.map((value) => (value === null ? null : convert(value)));
	switch (column.kind) {
		case 'number':
			if (typeId === Type.Int && (bitWidth ?? 64) <= 32) {
				return { element: { ...optional, type: 'INT32' }, data: [...values] };
			}
			if (typeId === Type.Int) {
				return { element: { ...optional, type: 'INT64' }, data: map((v) => BigInt(v)) };
			}
			return { element: { ...optional, type: 'DOUBLE' }, data: map((v) => Number(v)) };
		case 'boolean':
			return { element: { ...optional, type: 'BOOLEAN' }, data: [...values] };
		case 'date':
			return {
				element: { ...optional, type: 'INT32', converted_type: 'DATE' },
				data: map((v) => Math.round(Date.parse(`${v}T00:00:00Z`) / DAY_MS))
			};
		case 'timestamp':
			return {
				element: { ...optional, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
				data: map((v) => new Date(`${String(v).replace(' ', 'T')}Z`))
			};
		default:
			return {
				element: { ...optional, type: 'BYTE_ARRAY', converted_type: 'UTF8' },
				data: map((v) => String(v))
			};
	}
}

export function buildParquetFile(
	view: ResultView,
	metadata: readonly (readonly [string, string])[]
): ArrayBuffer {
	const fields = view.result.schema.fields;
	const columns = view.columns.map((column, i) => {
		const type = fields[i].type as { typeId: number; bitWidth?: number };
		return parquetColumn(column, type.typeId, type.bitWidth, view.columnValues(i));
	});
	return parquetWriteBuffer({
		columnData: columns.map((c) => ({ name: c.element.name, data: c.data as never })),
		schema: [{ name: 'root', num_children: columns.length }, ...columns.map((c) => c.element)],
		kvMetadata: metadata.map(([key, value]) => ({ key, value })),
		createdBy: 'Uptake SQL console (hyparquet-writer)'
	});
}
