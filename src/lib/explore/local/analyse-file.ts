// A dropped file from start to finish, on the page's side: the worker validates and
// pseudonymises it, the console's DuckDB-WASM (on a connection of its own) takes the accepted
// records as they come and aggregates them by the indicator SQL, the records are dropped and the
// aggregates kept in this browser. The main thread only passes messages on, so the page answers
// input all along; the worker and the engine are started before the drop, so that no request
// at all leaves the page once a file is dropped.
import type { LocalWork } from '$lib/db/console-engine';
import {
	DROP_LOCAL_REGISTER_VIEWS_SQL,
	DROP_LOCAL_RECORDS_VIEW_SQL,
	LOCAL_REGISTER_VIEWS_SQL,
	LOCAL_ROWS_TABLE,
	LOCAL_ROWS_TABLES,
	LOCAL_SETUP_SQL,
	LOCAL_TABLES,
	localRecordsViewSql,
	type LocalInput
} from './local-aggregates';
import { localPseudonymKey, saveLocalAnalysis, type StoredAnalysis } from './local-store';
import { localTableFromRows, type LocalTable } from './local-table';
import {
	cutInsideQuotes,
	deleteLinesSql,
	joinPartSummaries,
	partsOf,
	repeatedCredentialsSql
} from './file-parts';
import type { LocalRequest, LocalSummary, LocalWorkerMessage } from './messages';

export interface LocalProgress {
	readonly bytes: number;
	readonly total: number;
	readonly rows: number;
}

export interface LocalAnalysis {
	readonly summary: LocalSummary;
	/** Empty when no record was accepted or the file is not an issuance file. */
	readonly tables: readonly LocalTable[];
	readonly analysedAt: string;
}

/** Runs work on the engine that aggregates (the console's). */
export type WithLocalWork = <T>(work: (local: LocalWork) => Promise<T>) => Promise<T>;

/** The time since the drop at the end of each phase, as a performance measure (bench/local-drop.ts). */
const phase = (name: string) => performance.measure(`local: ${name}`, 'local:start');

/** Validating workers: one per part of a large file (two cores are the common laptop's least). */
const WORKERS = 2;

let workers: Worker[] = [];
let key: Promise<CryptoKey> | undefined;

/** The validating workers and the pseudonymisation key, ready before any file comes. */
export function prepareLocalAnalysis(): Promise<unknown> {
	while (workers.length < WORKERS) {
		workers.push(new Worker(new URL('./local-worker.ts', import.meta.url), { type: 'module' }));
	}
	key ??= localPseudonymKey().catch((error) => {
		key = undefined;
		throw error;
	});
	return key;
}

export async function analyseLocalFile(
	file: File,
	options: {
		withLocalWork: WithLocalWork;
		onProgress?: (progress: LocalProgress) => void;
		today?: string;
	}
): Promise<LocalAnalysis> {
	const { withLocalWork } = options;
	const rootKey = (await prepareLocalAnalysis()) as CryptoKey;
	await withLocalWork(dropInputs);
	try {
		performance.mark('local:start');
		let run = await validateInParts(file, WORKERS, rootKey, options);
		if (cutInsideQuotes(run.summaries)) {
			await withLocalWork(dropInputs);
			run = await validateInParts(file, 1, rootKey, options);
		}
		phase('validated');
		// The first worker's summary covers the file when it was not cut (the others read nothing).
		const cut = partsOf(run.summaries) > 1;
		let repeated: number[] = [];
		if (cut && run.received.issuance > 0) {
			repeated = await withLocalWork(async (local) => {
				const rows = await local.rows(repeatedCredentialsSql(LOCAL_ROWS_TABLE));
				const lines = rows.map((r) => Number(r.line));
				if (lines.length > 0) await local.rows(deleteLinesSql(LOCAL_ROWS_TABLE, lines));
				return lines;
			});
		}
		const summary = cut ? joinPartSummaries(run.summaries, repeated) : run.summaries[0];
		phase('repeats found');
		const specs = LOCAL_TABLES.filter((spec) => spec.inputs.some((i) => run.received[i] > 0));
		const tables =
			specs.length === 0
				? []
				: await withLocalWork(async (local) => {
						await local.rows(LOCAL_SETUP_SQL);
						if (run.received.issuance > 0) await local.rows(localRecordsViewSql(file.name));
						await local.rows(LOCAL_REGISTER_VIEWS_SQL);
						const made: LocalTable[] = [];
						for (const spec of specs) {
							made.push(localTableFromRows(spec, await local.rows(spec.sql)));
						}
						return made;
					});
		phase('aggregated');
		const analysis: LocalAnalysis = { summary, tables, analysedAt: new Date().toISOString() };
		if (tables.length > 0) {
			const { rejections: _, ...counts } = summary;
			const stored: StoredAnalysis = { summary: counts, tables, analysedAt: analysis.analysedAt };
			await saveLocalAnalysis(stored);
		}
		phase('stored');
		return analysis;
	} finally {
		await withLocalWork(dropInputs).catch(() => {});
	}
}

/** The accepted rows and their views: dropped once the aggregates are made. */
async function dropInputs(local: LocalWork): Promise<void> {
	await local.rows(DROP_LOCAL_RECORDS_VIEW_SQL);
	await local.rows(DROP_LOCAL_REGISTER_VIEWS_SQL);
	for (const table of Object.values(LOCAL_ROWS_TABLES)) await local.drop(table);
}

/**
 * The file checked by `parts` workers, each on its part (the first on the whole file when it is
 * not worth cutting), their accepted records appended to the records' table as they come.
 */
async function validateInParts(
	file: File,
	parts: number,
	rootKey: CryptoKey,
	options: {
		withLocalWork: WithLocalWork;
		onProgress?: (progress: LocalProgress) => void;
		today?: string;
	}
): Promise<{ summaries: LocalSummary[]; received: Record<LocalInput, number> }> {
	const { withLocalWork } = options;
	let appended: Promise<unknown> = Promise.resolve();
	const received: Record<LocalInput, number> = { issuance: 0, offers: 0, providers: 0 };
	const progress = Array.from({ length: parts }, () => ({ bytes: 0, rows: 0 }));
	const validate = (index: number) =>
		new Promise<LocalSummary>((resolve, reject) => {
			const validating = workers[index];
			validating.onmessage = ({ data }: MessageEvent<LocalWorkerMessage>) => {
				if (data.type === 'progress') {
					progress[index] = { bytes: data.bytes, rows: data.rows };
					options.onProgress?.({
						bytes: progress.reduce((n, p) => n + p.bytes, 0),
						total: data.total,
						rows: progress.reduce((n, p) => n + p.rows, 0)
					});
				} else if (data.type === 'batch') {
					received[data.input] += data.rows;
					const table = LOCAL_ROWS_TABLES[data.input];
					appended = appended.then(() => withLocalWork((local) => local.append(table, data.ipc)));
					appended.catch(reject);
				} else if (data.type === 'done') resolve(data.summary);
				else reject(new Error(data.message));
			};
			validating.onerror = (event) => {
				workers = workers.filter((w) => w !== validating);
				validating.terminate();
				reject(new Error(event.message || 'the validating worker failed'));
			};
			const request: LocalRequest = {
				file,
				key: rootKey,
				today: options.today,
				part: { index, of: parts }
			};
			validating.postMessage(request);
		});
	const summaries = await Promise.all(Array.from({ length: parts }, (_, i) => validate(i)));
	await appended;
	return { summaries, received };
}
