import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export interface NativeDuckDB {
	run(sql: string, params?: DuckDBValue[]): Promise<void>;
	all<Row>(sql: string, params?: DuckDBValue[]): Promise<Row[]>;
	close(): void;
}

/** An in-process native DuckDB for the pipelines: out-of-core, bounded memory, no network. */
export async function openNativeDuckDB(options: { memoryLimit?: string; tempDir?: string } = {}) {
	const instance = await DuckDBInstance.create(':memory:', {
		memory_limit: options.memoryLimit ?? '384MB',
		threads: '2',
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'true',
		// Order is never relied on (the store is partitioned, the indicators aggregate), and keeping
		// it makes partitioned writes hold far more in memory.
		preserve_insertion_order: 'false',
		// A partitioned COPY buffers rows per partition (country x year) before writing; flushing
		// early keeps the store stage within the memory limit at 10 M records.
		partitioned_write_flush_threshold: '20000',
		...(options.tempDir ? { temp_directory: options.tempDir } : {})
	});
	const conn: DuckDBConnection = await instance.connect();
	const db: NativeDuckDB = {
		async run(sql, params) {
			await conn.run(sql, params);
		},
		async all<Row>(sql: string, params?: DuckDBValue[]) {
			const reader = await conn.runAndReadAll(sql, params);
			return reader.getRowObjectsJS() as Row[];
		},
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
	return db;
}
