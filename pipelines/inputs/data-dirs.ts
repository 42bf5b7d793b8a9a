import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A data directory given on the command line does not exist. */
export class MissingDataError extends Error {}

/** The data directories as absolute paths; a missing one stops the run with a hint. */
export function checkDataDirs(dirs: readonly string[]): string[] {
	return dirs.map((dir) => {
		const absolute = resolve(dir);
		if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
			throw new MissingDataError(
				`The data directory ${absolute} does not exist. It holds the inputs (Eurostat tables, ` +
					`provider records); pass its location with --data-dir DIR.`
			);
		}
		return absolute;
	});
}

/** A data directory made by the project's generator says so in its manifest. */
export function isSyntheticDir(dir: string): boolean {
	const manifest = join(dir, 'manifest.json');
	if (!existsSync(manifest)) return false;
	try {
		const json = JSON.parse(readFileSync(manifest, 'utf8'));
		return json?.synthetic === true;
	} catch {
		return false;
	}
}
