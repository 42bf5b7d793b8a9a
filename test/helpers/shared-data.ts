import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The read-only public reference data; never copied into the repository. */
export const SHARED_DATA_DIR = resolve(
	process.env.UPTAKE_SHARED_DATA ?? resolve(REPO_ROOT, '../shared/data')
);

export const hasSharedData = existsSync(SHARED_DATA_DIR);

export function sharedFile(...parts: string[]): string {
	return resolve(SHARED_DATA_DIR, ...parts);
}
