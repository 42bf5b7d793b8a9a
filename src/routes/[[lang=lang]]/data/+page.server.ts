import { readManifest } from '$lib/server/prerender-page';

export function load() {
	return { manifest: readManifest() };
}
