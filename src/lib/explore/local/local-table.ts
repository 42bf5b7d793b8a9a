// A local table's rows as an Arrow IPC stream (for the console's DuckDB and the browser's store)
// and back.
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { arrowColumn } from './arrow-columns';
import type { LocalTableSpec } from './local-aggregates';

/** A computed local table: its spec's name and columns, and its rows as Arrow IPC. */
export interface LocalTable {
	readonly name: string;
	readonly columns: LocalTableSpec['columns'];
	readonly rows: number;
	readonly ipc: Uint8Array;
}

export function localTableFromRows(
	spec: Pick<LocalTableSpec, 'name' | 'columns'>,
	rows: readonly Record<string, unknown>[]
): LocalTable {
	const table = new Table(
		Object.fromEntries(
			spec.columns.map((c) => [
				c.name,
				arrowColumn(
					c.type,
					rows.map((row) => (row[c.name] ?? null) as string | number | null)
				)
			])
		)
	);
	return {
		name: spec.name,
		columns: spec.columns,
		rows: rows.length,
		ipc: tableToIPC(table, 'stream')
	};
}

export function localTableRows(table: LocalTable): Record<string, unknown>[] {
	return tableFromIPC(table.ipc)
		.toArray()
		.map((row) => row.toJSON() as Record<string, unknown>);
}
