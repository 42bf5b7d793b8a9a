// DuckDB's own CSV reader over the same issuance files, with native DuckDB on one thread.
import { DuckDBInstance } from '@duckdb/node-api';
import type { IssuanceFile } from './dataset';

/** Encodings DuckDB's CSV reader knows without the `encodings` extension (a network install). */
const BUILT_IN_ENCODINGS = new Set(['utf-8', 'utf8']);

export interface ReadCsvGroup {
	readonly files: IssuanceFile[];
	readonly delimiter: string;
}

export interface ReadCsvResult {
	readonly compared: IssuanceFile[];
	/** Files left out, with the reason. */
	readonly skipped: { file: IssuanceFile; reason: string }[];
	/** Rows DuckDB returned (ignore_errors drops the malformed ones). */
	readonly rows: number;
	readonly seconds: number;
	/** Same read, every column parsed and cast (hash of the whole row), not just counted. */
	readonly allColumnsSeconds: number;
	readonly allColumnsRows: number;
	readonly groups: ReadCsvGroup[];
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Files of one dialect are read by one read_csv call, as a user would. */
export function groupFiles(files: readonly IssuanceFile[]): {
	groups: ReadCsvGroup[];
	skipped: { file: IssuanceFile; reason: string }[];
} {
	const groups = new Map<string, ReadCsvGroup>();
	const skipped: { file: IssuanceFile; reason: string }[] = [];
	for (const file of files) {
		const encoding = file.format.encoding.toLowerCase();
		if (!BUILT_IN_ENCODINGS.has(encoding)) {
			skipped.push({
				file,
				reason:
					`${file.format.encoding}: DuckDB's reader needs the encodings extension for it ` +
					`(not installed); latin-1 rejects its 0x80-0x9F bytes`
			});
			continue;
		}
		const group = groups.get(file.format.delimiter);
		if (group) group.files.push(file);
		else groups.set(file.format.delimiter, { files: [file], delimiter: file.format.delimiter });
	}
	return { groups: [...groups.values()], skipped };
}

function readCsvSql(group: ReadCsvGroup): string {
	const files = group.files.map((f) => sqlString(f.path)).join(', ');
	// A UTF-8 byte order mark is skipped by the reader itself.
	return `read_csv([${files}], delim = ${sqlString(group.delimiter)}, header = true, union_by_name = true, ignore_errors = true)`;
}

export async function timeDuckDbReadCsv(files: readonly IssuanceFile[]): Promise<ReadCsvResult> {
	const { groups, skipped } = groupFiles(files);
	const instance = await DuckDBInstance.create(':memory:', {
		threads: '1',
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'true'
	});
	const conn = await instance.connect();
	const timed = async (select: (from: string) => string) => {
		let rows = 0;
		const started = performance.now();
		for (const group of groups) {
			const reader = await conn.runAndReadAll(select(readCsvSql(group)));
			rows += Number(reader.getRows()[0][0]);
		}
		return { rows, seconds: (performance.now() - started) / 1000 };
	};
	try {
		const counted = await timed((from) => `SELECT count(*) FROM ${from}`);
		const all = await timed((from) => `SELECT count(*), bit_xor(hash(t)) FROM ${from} AS t`);
		return {
			compared: groups.flatMap((g) => g.files),
			skipped,
			rows: counted.rows,
			seconds: counted.seconds,
			allColumnsRows: all.rows,
			allColumnsSeconds: all.seconds,
			groups
		};
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
