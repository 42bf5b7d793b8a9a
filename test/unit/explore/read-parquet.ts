// A Parquet file read back by the native DuckDB (@duckdb/node-api, which reads Parquet without
// any download): its rows and its key-value metadata.
import { DuckDBInstance } from '@duckdb/node-api';

export async function readParquet(path: string): Promise<{
	rows: Record<string, unknown>[];
	types: Record<string, string>;
	metadata: Record<string, string>;
}> {
	const instance = await DuckDBInstance.create(':memory:', {
		autoinstall_known_extensions: 'false'
	});
	const conn = await instance.connect();
	try {
		const quoted = `'${path.replaceAll("'", "''")}'`;
		const rows = (
			await conn.runAndReadAll(`SELECT * FROM read_parquet(${quoted})`)
		).getRowObjectsJson();
		const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${quoted})`))
			.getRowObjectsJson()
			.map((r) => [String(r.column_name), String(r.column_type)]);
		const metadata = (
			await conn.runAndReadAll(
				`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata(${quoted})`
			)
		)
			.getRowObjectsJson()
			.map((r) => [String(r.key), String(r.value)]);
		return {
			rows: rows as Record<string, unknown>[],
			types: Object.fromEntries(described),
			metadata: Object.fromEntries(metadata)
		};
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
