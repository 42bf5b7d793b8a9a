import { Schema, Table, tableToIPC } from 'apache-arrow';
import type { ArrowResult } from './result-view';

/**
 * A console result as an Arrow IPC file (`.arrow`, readable by pyarrow, Polars, R arrow,
 * DuckDB): the engine's own types and batches, with the provenance in the schema's metadata.
 */
export function buildArrowFile(
	result: ArrowResult,
	metadata: readonly (readonly [string, string])[]
): Uint8Array {
	const schema = new Schema(result.schema.fields, new Map(metadata));
	return tableToIPC(new Table(schema, [...result.batches]), 'file');
}
