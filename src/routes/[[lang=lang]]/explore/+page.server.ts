import { consoleSchema } from '$lib/explore/schema';
import { readManifest } from '$lib/server/prerender-page';

// The schema browser and the examples are the build's: prerendered, no wasm needed to read them.
export function load() {
	return consoleSchema(readManifest());
}
