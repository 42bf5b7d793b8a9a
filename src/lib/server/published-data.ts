// Build-time access to the published tables, for prerendering the first view of every page.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import {
	findTable,
	parseManifest,
	type Manifest,
	type ManifestTable
} from '$core/contract/manifest';

const DATA_DIR = resolve(process.env.UPTAKE_PUBLISHED_DIR ?? 'static/data');

let cachedManifest: Manifest | undefined;

export function readManifest(): Manifest {
	if (!cachedManifest) {
		const path = join(DATA_DIR, 'manifest.json');
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
		} catch {
			throw new Error(`${path} is missing: run \`npm run pipelines\` before building the site.`);
		}
		cachedManifest = parseManifest(JSON.parse(text));
	}
	return cachedManifest;
}

/** All rows of a published table as plain objects. */
export function readPublishedRows<Row>(name: string): { table: ManifestTable; rows: Row[] } {
	const table = findTable(readManifest(), name);
	const arrow = tableFromIPC(readFileSync(join(DATA_DIR, table.file)));
	return { table, rows: arrow.toArray().map((row) => row.toJSON() as Row) };
}
