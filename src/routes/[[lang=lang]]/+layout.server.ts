import { readManifest } from '$lib/server/published-data';

export function load() {
	return { syntheticTables: readManifest().tables.filter((t) => t.kind === 'synthetic').length };
}
