import {
	findTable,
	parseManifest,
	type Manifest,
	type ManifestTable
} from '$core/contract/manifest';
import { getDatabase } from './client';
import { quoteIdentifier } from '$core/queries/quote';

let manifest: Promise<Manifest> | undefined;
const loaded = new Map<string, Promise<ManifestTable>>();

function dataUrl(file: string, base: string): string {
	return new URL(`${base}/data/${file}`, location.href).href;
}

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return response;
}

export function loadManifest(base: string): Promise<Manifest> {
	manifest ??= fetchOk(dataUrl('manifest.json', base))
		.then((r) => r.json())
		.then(parseManifest)
		.catch((error) => {
			manifest = undefined;
			throw error;
		});
	return manifest;
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function insertTable(base: string, name: string): Promise<ManifestTable> {
	const table = findTable(await loadManifest(base), name);
	const bytes = new Uint8Array(await (await fetchOk(dataUrl(table.file, base))).arrayBuffer());
	const actual = await sha256Hex(bytes);
	if (actual !== table.sha256) {
		throw new Error(
			`${table.file}: checksum ${actual} does not match the manifest (${table.sha256})`
		);
	}
	const { conn } = await getDatabase();
	// The buffer is transferred to the worker: hand over this fresh copy and never touch it again.
	await conn.insertArrowFromIPCStream(bytes, { name: table.name, create: true });
	await conn.query(`SELECT 1 FROM ${quoteIdentifier(table.name)} LIMIT 0`);
	return table;
}

/** Makes a published table queryable under its manifest name; each table is loaded once. */
export function ensureTable(base: string, name: string): Promise<ManifestTable> {
	let pending = loaded.get(name);
	if (!pending) {
		pending = insertTable(base, name).catch((error) => {
			loaded.delete(name);
			throw error;
		});
		loaded.set(name, pending);
	}
	return pending;
}
