import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reason } from '../output-locations';

/** A data directory given on the command line does not exist. */
export class MissingDataError extends Error {}

/** The data directories as absolute paths; a missing one stops the run with a hint. */
export function checkDataDirs(dirs: readonly string[]): string[] {
	return dirs.map((dir) => {
		const absolute = resolve(dir);
		let what = 'does not exist';
		try {
			const stats = statSync(absolute);
			if (stats.isDirectory()) return absolute;
			what = stats.isFile() ? 'is a file, not a folder' : 'is not a folder';
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'ENOENT' && code !== 'ENOTDIR') what = `cannot be read (${reason(error)})`;
		}
		throw new MissingDataError(
			`The data directory ${absolute} ${what}. It holds the inputs (Eurostat tables, ` +
				`provider records); pass its location with --data-dir DIR.`
		);
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
