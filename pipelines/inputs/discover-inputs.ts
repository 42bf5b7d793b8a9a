import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const INPUT_FOLDERS = [
	'issuance',
	'catalogue',
	'providers',
	'credentials',
	'eurostat',
	'targets',
	'measures',
	'gisco',
	'baselines'
] as const;
export type InputFolder = (typeof INPUT_FOLDERS)[number];

/**
 * The folders of provider data; the others hold official statistics (eurostat/, targets/,
 * baselines/) and the map's country boundaries (gisco/).
 */
export const PROVIDER_FOLDERS = [
	'issuance',
	'credentials',
	'catalogue',
	'providers',
	'measures'
] as const satisfies readonly InputFolder[];

export interface InputFile {
	/** Absolute path. */
	readonly path: string;
	/** Path relative to its data directory, as reports and the manifest name it. */
	readonly name: string;
	readonly folder: InputFolder;
	/** The data directory it was found in. */
	readonly dataDir: string;
}

/** Files of the documented layout, in a stable order (directory order, then name). */
export function discoverInputs(dataDirs: readonly string[]): Record<InputFolder, InputFile[]> {
	const found = Object.fromEntries(INPUT_FOLDERS.map((f) => [f, [] as InputFile[]])) as Record<
		InputFolder,
		InputFile[]
	>;
	const names = new Set<string>();
	for (const dir of dataDirs) {
		for (const folder of INPUT_FOLDERS) {
			const folderPath = join(dir, folder);
			if (!existsSync(folderPath) || !statSync(folderPath).isDirectory()) continue;
			for (const entry of readdirSync(folderPath).sort()) {
				const path = join(folderPath, entry);
				if (entry.startsWith('.') || !statSync(path).isFile()) continue;
				// Names key the run report and the duplicate check: two directories may both have
				// issuance/records.csv, so a repeated name says which directory it is from.
				let name = `${folder}/${entry}`;
				if (names.has(name)) name = `${name} (${dir})`;
				names.add(name);
				found[folder].push({ path, name, folder, dataDir: dir });
			}
		}
	}
	return found;
}
