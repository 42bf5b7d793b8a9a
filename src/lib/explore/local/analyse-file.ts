// A dropped file from start to finish, on the page's side: the worker validates and
// pseudonymises it, the console's DuckDB-WASM (on a connection of its own) takes the accepted
// records as they come and aggregates them by the indicator SQL, the records are dropped and the
// aggregates kept in this browser. The main thread only passes messages on, so the page answers
// input all along; the worker and the engine are started before the drop, so that no request
// at all leaves the page once a file is dropped.
import type { LocalWork } from '$lib/db/console-engine';
import { LOCAL_RECORDS_TABLE, LOCAL_SETUP_SQL, LOCAL_TABLES } from './local-aggregates';
import { localPseudonymKey, saveLocalAnalysis, type StoredAnalysis } from './local-store';
import { localTableFromRows, type LocalTable } from './local-table';
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

let worker: Worker | undefined;
let key: Promise<CryptoKey> | undefined;

/** The validating worker and the pseudonymisation key, ready before any file comes. */
export function prepareLocalAnalysis(): Promise<unknown> {
	worker ??= new Worker(new URL('./local-worker.ts', import.meta.url), { type: 'module' });
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
	await prepareLocalAnalysis();
	const validating = worker!;
	await withLocalWork((local) => local.drop(LOCAL_RECORDS_TABLE));
	let appended: Promise<unknown> = Promise.resolve();
	let records = 0;
	try {
		const summary = await new Promise<LocalSummary>((resolve, reject) => {
			validating.onmessage = ({ data }: MessageEvent<LocalWorkerMessage>) => {
				if (data.type === 'progress') options.onProgress?.(data);
				else if (data.type === 'batch') {
					records += data.rows;
					appended = appended.then(() =>
						withLocalWork((local) => local.append(LOCAL_RECORDS_TABLE, data.ipc))
					);
					appended.catch(reject);
				} else if (data.type === 'done') resolve(data.summary);
				else reject(new Error(data.message));
			};
			validating.onerror = (event) => {
				worker = undefined;
				validating.terminate();
				reject(new Error(event.message || 'the validating worker failed'));
			};
			void key!.then((k) => {
				const request: LocalRequest = { file, key: k, today: options.today };
				validating.postMessage(request);
			}, reject);
		});
		await appended;
		const tables =
			records === 0
				? []
				: await withLocalWork(async (local) => {
						await local.rows(LOCAL_SETUP_SQL);
						const made: LocalTable[] = [];
						for (const spec of LOCAL_TABLES) {
							made.push(localTableFromRows(spec, await local.rows(spec.sql)));
						}
						return made;
					});
		const analysis: LocalAnalysis = { summary, tables, analysedAt: new Date().toISOString() };
		if (tables.length > 0) {
			const { rejections: _, ...counts } = summary;
			const stored: StoredAnalysis = { summary: counts, tables, analysedAt: analysis.analysedAt };
			await saveLocalAnalysis(stored);
		}
		return analysis;
	} finally {
		await withLocalWork((local) => local.drop(LOCAL_RECORDS_TABLE)).catch(() => {});
	}
}
