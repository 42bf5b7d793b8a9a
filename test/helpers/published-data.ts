import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openBothAdapters, type BothAdapters } from './published-adapters';
import { REPO_ROOT } from './shared-data';

/** The product's default dataset, as `npm run data` publishes it (scripts/test.sh runs it first). */
export const PUBLISHED_DATA_DIR = join(REPO_ROOT, 'static', 'data');

/**
 * Both database adapters over the published default dataset: the pages' figures are checked
 * against independent SQL on the very tables the site serves.
 */
export async function openPublishedData(): Promise<BothAdapters> {
	if (!existsSync(join(PUBLISHED_DATA_DIR, 'manifest.json')))
		throw new Error(
			`${PUBLISHED_DATA_DIR}/manifest.json not found: run "npm run data" before these tests`
		);
	return openBothAdapters(PUBLISHED_DATA_DIR);
}
