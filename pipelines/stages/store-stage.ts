import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IssueLog } from '../report/issue-log';
import type { NativeDuckDB } from './duckdb-native';
import {
	createTableSql,
	ISSUANCE_STAGING_COLUMNS,
	ISSUANCE_STORE_COLUMNS,
	type StoreColumn
} from './store-schema';
import { readStagingSql } from './staging-writer';

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

export interface StoredIssuance {
	/** Duplicates per input file (kept once: the first read). */
	readonly duplicatesByFile: Map<string, number>;
	readonly stored: number;
	readonly storeDir: string;
}

/**
 * Loads the staged records, keeps one of each credential (same credential id and awarding body),
 * reports the others, and writes the record store as Parquet partitioned by country and year.
 * The `issuance` view the indicators read is the store on disk, not the staging table.
 */
export async function storeIssuance(options: {
	db: NativeDuckDB;
	stagingPath: string;
	/** The input files by their number in the staging file. */
	sourceFiles: readonly string[];
	storeDir: string;
	issues: IssueLog;
	/** Country-year partitions written by one COPY (default: partitionsPerCopy of the pool). */
	partitionsPerCopy?: number;
}): Promise<StoredIssuance> {
	const { db, issues } = options;
	const staged = stagedIssuanceSql(options.stagingPath, options.sourceFiles);
	const columns = ISSUANCE_STORE_COLUMNS.map((c) => c.name).join(', ');
	// Streaming passes, never a full copy of the records in memory: first the credential keys
	// seen more than once (as 64-bit hashes, a narrow aggregate), then the exact check on the rows
	// with those keys only, then the store without the later copies.
	await db.run(`CREATE OR REPLACE TEMP TABLE repeated_keys AS
SELECT hash(credential_id, coalesce(awarding_body, '')) AS key
FROM ${staged} WHERE credential_id IS NOT NULL
GROUP BY key HAVING count(*) > 1`);
	await db.run(`CREATE OR REPLACE TEMP TABLE duplicates AS
SELECT source_sequence, source_file, source_line, first_seen FROM (
	SELECT source_sequence, source_file, source_line,
		row_number() OVER w AS copy,
		first_value(source_file || ':' || source_line) OVER w AS first_seen
	FROM ${staged}
	WHERE credential_id IS NOT NULL
		AND hash(credential_id, coalesce(awarding_body, '')) IN (SELECT key FROM repeated_keys)
	WINDOW w AS (PARTITION BY credential_id, coalesce(awarding_body, '') ORDER BY source_sequence)
) WHERE copy > 1`);
	const duplicates = await db.all<{ source_file: string; source_line: number; first_seen: string }>(
		`SELECT source_file, source_line, first_seen FROM duplicates ORDER BY source_sequence`
	);
	const duplicatesByFile = new Map<string, number>();
	for (const d of duplicates) {
		duplicatesByFile.set(d.source_file, (duplicatesByFile.get(d.source_file) ?? 0) + 1);
		issues.add({
			severity: 'error',
			file: d.source_file,
			line: d.source_line,
			column: 0,
			rule: 'credential.duplicate',
			message: `same credential_id and awarding_body as ${d.first_seen}; kept once`
		});
	}
	rmSync(options.storeDir, { recursive: true, force: true });
	mkdirSync(dirname(options.storeDir), { recursive: true });
	// One pass for both: the years of each country (the partitions) and the records kept.
	const partitions = await db.all<{ issuer_country: string | null; years: number; rows: number }>(
		`SELECT issuer_country, count(DISTINCT year)::INTEGER AS years, count(*)::INTEGER AS rows
FROM ${staged} GROUP BY issuer_country ORDER BY issuer_country`
	);
	const kept = partitions.reduce((n, p) => n + p.rows, 0) - duplicates.length;
	if (kept > 0) {
		for (const countries of countryGroups(
			partitions,
			options.partitionsPerCopy ?? partitionsPerCopy(db.memoryLimitMb, db.threads)
		)) {
			await db.run(`COPY (
	SELECT ${columns} FROM ${staged}
	WHERE ${countriesCondition(countries)}
		AND source_sequence NOT IN (SELECT source_sequence FROM duplicates)
) TO ${sqlString(options.storeDir)} (FORMAT parquet, PARTITION_BY (issuer_country, year), COMPRESSION zstd, ROW_GROUP_SIZE 16384, OVERWRITE_OR_IGNORE)`);
		}
		await createStoreView(db, options.storeDir);
	} else {
		await db.run(createTableSql('issuance', ISSUANCE_STORE_COLUMNS));
	}
	await db.run(`DROP TABLE repeated_keys`);
	await db.run(`DROP TABLE duplicates`);
	return { duplicatesByFile, stored: kept, storeDir: options.storeDir };
}

/**
 * DuckDB's buffer, per thread, for every partition a COPY has open: about 1.5 MB (a vector of
 * every column) however few rows the partition holds. 324 partitions (27 countries over 12
 * years) in one COPY ran out of 384 MB even for 20 000 records; 216 ran out of 320 MB; with
 * two threads, 96 ran out of 256 MB and 48 did not. The budget below keeps a margin.
 */
const PARTITION_BUFFER_MB = 2.5;

/** Partitions one COPY may write with a given pool and threads (at least one). */
export function partitionsPerCopy(memoryLimitMb: number, threads: number): number {
	return Math.max(1, Math.floor(memoryLimitMb / (PARTITION_BUFFER_MB * threads)));
}

/**
 * Countries in groups of at most `limit` country-year partitions, in order; a country with more
 * years than that is a group of its own. Each group is one COPY, and each partition is written by
 * exactly one of them.
 */
export function countryGroups(
	countries: readonly { readonly issuer_country: string | null; readonly years: number }[],
	limit: number
): (string | null)[][] {
	const groups: (string | null)[][] = [];
	let group: (string | null)[] = [];
	let size = 0;
	for (const { issuer_country: country, years } of countries) {
		if (group.length > 0 && size + years > limit) {
			groups.push(group);
			group = [];
			size = 0;
		}
		group.push(country);
		size += years;
	}
	if (group.length > 0) groups.push(group);
	return groups;
}

/** Rows of the given countries; null stands for rows without one (written as such, not lost). */
function countriesCondition(countries: readonly (string | null)[]): string {
	const named = countries.filter((c) => c !== null);
	const conditions =
		named.length > 0 ? [`issuer_country IN (${named.map(sqlString).join(', ')})`] : [];
	if (named.length < countries.length) conditions.push('issuer_country IS NULL');
	return `(${conditions.join(' OR ')})`;
}

/**
 * The staging file with the store's columns: issuer_country (the first of issuer_countries), year
 * (of issue_date) and source_file (from its number) are derived here rather than written per row.
 */
function stagedIssuanceSql(stagingPath: string, sourceFiles: readonly string[]): string {
	// A list indexed by number, not a join: with a join the planner may build its hash table on
	// the staging side, which holds every record (out of memory at 10 M records).
	const sourceFile =
		sourceFiles.length === 0
			? 'NULL::VARCHAR'
			: `(CAST([${sourceFiles.map(sqlString).join(', ')}] AS VARCHAR[]))[source_file_number + 1]`;
	return `(SELECT *,
	split_part(issuer_countries, ';', 1) AS issuer_country,
	year(issue_date)::INTEGER AS year,
	${sourceFile} AS source_file
FROM ${readStagingSql(stagingPath, ISSUANCE_STAGING_COLUMNS)})`;
}

/** The store on disk as the `issuance` relation, with the partition columns typed again. */
export async function createStoreView(db: NativeDuckDB, storeDir: string): Promise<void> {
	const glob = sqlString(join(storeDir, '**', '*.parquet'));
	const select = ISSUANCE_STORE_COLUMNS.map((c) =>
		c.name === 'issuer_country' || c.name === 'year'
			? `CAST(${c.name} AS ${c.type}) AS ${c.name}`
			: c.name
	).join(', ');
	await db.run(
		`CREATE OR REPLACE VIEW issuance AS SELECT ${select} FROM read_parquet(${glob}, hive_partitioning = true)`
	);
}

/** Loads a small staged table (catalogue, providers) as a DuckDB table; empty when no row was staged. */
export async function loadStagedTable(options: {
	db: NativeDuckDB;
	table: string;
	stagingPath: string;
	columns: readonly StoreColumn[];
	rows: number;
}): Promise<void> {
	if (options.rows === 0) {
		await options.db.run(createTableSql(options.table, options.columns));
		return;
	}
	await options.db.run(
		`CREATE OR REPLACE TABLE ${options.table} AS SELECT * FROM ${readStagingSql(options.stagingPath, options.columns)}`
	);
}
