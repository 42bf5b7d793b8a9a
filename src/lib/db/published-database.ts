import type { Manifest, ManifestTable } from '$core/contract/manifest';
import { findTable } from '$core/contract/manifest';
import type { PublishedQuery, SqlParam } from '$core/queries/sql-query';
import type { DatabasePort } from './port';
import { errorMessage, QueryError } from './query-error';

/** What an adapter needs from a DuckDB-WASM connection, synchronous (Node) or in a worker. */
export interface ArrowEngine {
	/** Takes ownership of `bytes` (the browser transfers them to its worker). */
	insertArrowStream(name: string, bytes: Uint8Array): Promise<void>;
	query(sql: string, params: readonly SqlParam[]): Promise<{ toArray(): { toJSON(): unknown }[] }>;
}

/** Where the published files come from: the build's folder, or the site over HTTP. */
export interface PublishedFiles {
	manifest(): Promise<Manifest>;
	read(file: string): Promise<Uint8Array>;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The database port over one engine and one set of published files. Each table a query names is
 * loaded once, under its manifest name, after its checksum is checked against the manifest.
 */
export function createPublishedDatabase(options: {
	engine: () => Promise<ArrowEngine>;
	files: PublishedFiles;
}): DatabasePort {
	const loaded = new Map<string, Promise<ManifestTable>>();

	async function insert(name: string): Promise<ManifestTable> {
		const table = findTable(await options.files.manifest(), name);
		const bytes = await options.files.read(table.file);
		const actual = await sha256Hex(bytes);
		if (actual !== table.sha256) {
			throw new Error(
				`${table.file}: checksum ${actual} does not match the manifest (${table.sha256})`
			);
		}
		const engine = await options.engine();
		await engine.insertArrowStream(table.name, bytes);
		return table;
	}

	function loadTable(name: string): Promise<ManifestTable> {
		let pending = loaded.get(name);
		if (!pending) {
			pending = insert(name).catch((error) => {
				loaded.delete(name);
				throw error;
			});
			loaded.set(name, pending);
		}
		return pending;
	}

	async function run(query: PublishedQuery): Promise<unknown[]> {
		try {
			await Promise.all(query.tables.map(loadTable));
			const engine = await options.engine();
			const result = await engine.query(query.sql, query.params);
			return result.toArray().map((row) => row.toJSON());
		} catch (error) {
			if (error instanceof QueryError) throw error;
			throw new QueryError(errorMessage(error), query.sql, error);
		}
	}

	// Two figures of a page often read the same rows for one view (a chart and a map of the
	// same levels): the same query asked again while it runs is answered once.
	const running = new Map<string, Promise<unknown[]>>();

	return {
		preload: loadTable,
		query<Row>(query: PublishedQuery): Promise<Row[]> {
			const key = JSON.stringify([query.sql, query.params]);
			let pending = running.get(key);
			if (!pending) {
				pending = run(query).finally(() => running.delete(key));
				running.set(key, pending);
			}
			// Each caller its own array: rows are shared, never the list.
			return pending.then((rows) => [...rows] as Row[]);
		}
	};
}
