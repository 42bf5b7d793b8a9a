import { readManifest } from '$lib/server/published-data';

export function load() {
	return { manifest: readManifest() };
}
