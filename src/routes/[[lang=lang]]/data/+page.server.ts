import { readManifest } from '$lib/server/build-database';

export function load() {
	return { manifest: readManifest() };
}
