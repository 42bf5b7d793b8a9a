import { readManifest } from '$lib/server/build-database';

export function load() {
	return { syntheticTables: readManifest().tables.filter((t) => t.kind === 'synthetic').length };
}
