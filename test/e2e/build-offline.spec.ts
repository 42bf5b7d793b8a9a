import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

// Addresses that appear in the build as text, never requested: XML namespaces, links in
// Svelte's error messages, package metadata, and the sources cited on the pages.
const NOT_REQUESTED = new Set(['www.w3.org', 'svelte.dev', 'github.com', 'ec.europa.eu']);
const CDN = /cdn\.jsdelivr|unpkg\.com|cdnjs|fonts\.googleapis|fonts\.gstatic|googletagmanager/;

test('the build names no outside host a page could request', () => {
	const hosts = new Map<string, string>();
	for (const file of filesUnder('build').filter((f) => /\.(js|html|css|json|svg)$/.test(f))) {
		for (const match of readFileSync(file, 'utf8').matchAll(/https?:\/\/([a-zA-Z0-9.-]+)/g)) {
			if (!hosts.has(match[1])) hosts.set(match[1], file);
		}
	}
	const unexpected = [...hosts].filter(([host]) => !NOT_REQUESTED.has(host));
	expect(unexpected).toEqual([]);
	expect([...hosts.keys()].filter((h) => CDN.test(h))).toEqual([]);
	// The self-hosted wasm and workers are in the build itself.
	const assets = filesUnder('build/_app/immutable/assets').map((f) => f.split('/').pop());
	expect(assets.some((a) => /^duckdb-eh\..*\.wasm$/.test(a!))).toBe(true);
	expect(assets.some((a) => /^duckdb-mvp\..*\.wasm$/.test(a!))).toBe(true);
	expect(assets.some((a) => /^duckdb-browser-eh\.worker\..*\.js$/.test(a!))).toBe(true);
});
