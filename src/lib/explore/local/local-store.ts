// What this browser keeps of a ministry's own data, in IndexedDB: the pseudonymisation key (a
// non-extractable CryptoKey: no script can read it out) and the last analysis, i.e. the local
// aggregates and the counts of the file. Never a record, never a raw identifier.
import type { LocalTable } from './local-table';
import type { LocalSummary } from './messages';
import { generateLocalKey } from './pseudonymise';

const DB_NAME = 'uptake-local';
const STORE = 'local';
const KEY_ID = 'pseudonym-key';
const ANALYSIS_ID = 'analysis';

/** The last analysis of a dropped file, as kept. */
export interface StoredAnalysis {
	readonly summary: Omit<LocalSummary, 'rejections'>;
	readonly tables: readonly LocalTable[];
	/** ISO date and time of the drop. */
	readonly analysedAt: string;
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function withStore<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const request = act(db.transaction(STORE, mode).objectStore(STORE));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	} finally {
		db.close();
	}
}

/** This browser's key, made on first use. */
export async function localPseudonymKey(): Promise<CryptoKey> {
	const stored = await withStore<CryptoKey | undefined>('readonly', (s) => s.get(KEY_ID));
	if (stored) return stored;
	const key = await generateLocalKey();
	await withStore('readwrite', (s) => s.put(key, KEY_ID));
	return key;
}

export async function loadLocalAnalysis(): Promise<StoredAnalysis | undefined> {
	if (typeof indexedDB === 'undefined') return undefined;
	return withStore<StoredAnalysis | undefined>('readonly', (s) => s.get(ANALYSIS_ID)).catch(
		() => undefined
	);
}

export async function saveLocalAnalysis(analysis: StoredAnalysis): Promise<void> {
	await withStore('readwrite', (s) => s.put(analysis, ANALYSIS_ID));
}

export async function clearLocalAnalysis(): Promise<void> {
	await withStore('readwrite', (s) => s.delete(ANALYSIS_ID));
}
