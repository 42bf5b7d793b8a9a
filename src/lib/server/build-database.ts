// The build's database port: every prerendered first view is queried through it, with the
// page's own SQL builders, over the published Arrow files. One engine per build process, shared
// by every page and language.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseManifest, type Manifest } from '$core/contract/manifest';
import type { DatabasePort } from '$lib/db/port';
import {
	createPublishedDatabase,
	type ArrowEngine,
	type PublishedFiles
} from '$lib/db/published-database';
import { openBlockingEngine } from './blocking-engine';

export const PUBLISHED_DIR = resolve(process.env.UPTAKE_PUBLISHED_DIR ?? 'static/data');

/** Published files in a folder on disk. */
export function folderFiles(dir: string): PublishedFiles & { manifestSync(): Manifest } {
	let manifest: Manifest | undefined;
	const manifestSync = () => {
		if (!manifest) {
			const path = join(dir, 'manifest.json');
			let text: string;
			try {
				text = readFileSync(path, 'utf8');
			} catch {
				throw new Error(`${path} is missing: run \`npm run data\` before building the site.`);
			}
			manifest = parseManifest(JSON.parse(text));
		}
		return manifest;
	};
	return {
		manifestSync,
		manifest: async () => manifestSync(),
		read: async (file) => new Uint8Array(await readFile(join(dir, file)))
	};
}

const files = folderFiles(PUBLISHED_DIR);
let database: DatabasePort | undefined;

/** The build's one database: every page and language of the build shares its engine. */
export function buildDatabase(): DatabasePort {
	if (!database) {
		let engine: Promise<ArrowEngine> | undefined;
		database = createPublishedDatabase({ engine: () => (engine ??= openBlockingEngine()), files });
	}
	return database;
}

/** The manifest of the published tables this build shows. */
export function readManifest(): Manifest {
	return files.manifestSync();
}
