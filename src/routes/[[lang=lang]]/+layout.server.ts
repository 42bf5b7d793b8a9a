import { readManifest } from '$lib/server/prerender-page';

export function load() {
	return { syntheticTables: readManifest().tables.filter((t) => t.kind === 'synthetic').length };
}
