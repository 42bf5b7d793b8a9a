import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { availableParallelism } from 'node:os';

export interface NativeDuckDB {
	run(sql: string, params?: DuckDBValue[]): Promise<void>;
	all<Row>(sql: string, params?: DuckDBValue[]): Promise<Row[]>;
	close(): void;
}

/** An in-process native DuckDB for the pipelines: out-of-core, bounded memory, no network. */
export async function openNativeDuckDB(options: { memoryLimit?: string; tempDir?: string } = {}) {
	const instance = await DuckDBInstance.create(':memory:', {
		// DuckDB's buffer pool; its resident memory goes 200-300 MB beyond it (Parquet writers and
		// their compression state, per partition). At 10 M records with 384 MB the process peaked
		// between 777 and 921 MB from run to run; with 256 MB at 700 MB, and no slower (it spills to
		// tempDir). The peak of the whole pipeline must stay under 1 GB.
		memory_limit: options.memoryLimit ?? '256MB',
		// Two threads at most, and no more than the cores this process may run on (taskset): a thread
		// without a core of its own only adds its own buffers (partitioned writes keep some per
		// thread) and contention.
		threads: String(Math.min(2, availableParallelism())),
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
