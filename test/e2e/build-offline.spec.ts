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
// Svelte's error messages, package metadata, the sources cited on the pages, and the vocabulary
// IRIs of the European Learning Model and Open Badges that the credential mappers (core/credentials,
// in /explore's worker for dropped credentials) compare identifiers with, as strings.
const NOT_REQUESTED = new Set([
	'www.w3.org',
	'svelte.dev',
	'github.com',
	'ec.europa.eu',
	'data.europa.eu',
	'purl.org',
	'xmlns.com',
	'w3id.org'
]);
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

test('the server sends the precompressed files with their own types', async ({ request }) => {
	const assets = filesUnder('build/_app/immutable/assets');
	const wasm = assets.find((f) => /duckdb-eh\.[\w-]+\.wasm$/.test(f))!;
	const path = `/${wasm.slice('build/'.length)}`;
	const brotli = await request.get(path, { headers: { 'Accept-Encoding': 'br, gzip' } });
	expect(brotli.status()).toBe(200);
	expect(brotli.headers()['content-type']).toBe('application/wasm');
	expect(brotli.headers()['content-encoding']).toBe('br');
	expect(brotli.headers()['cache-control']).toContain('immutable');
	expect(Number(brotli.headers()['content-length'])).toBe(statSync(`${wasm}.br`).size);
	expect(statSync(`${wasm}.br`).size).toBeLessThan(statSync(wasm).size / 5);
	const gzip = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
	expect(gzip.headers()['content-encoding']).toBe('gzip');

	const scripts = filesUnder('build/_app/immutable').filter((f) => /\.m?js$/.test(f));
	for (const script of scripts.slice(0, 5)) {
		const response = await request.get(`/${script.slice('build/'.length)}`);
		expect(response.headers()['content-type']).toMatch(/^text\/javascript/);
	}
	const arrows = await request.get('/data/manifest.json');
	expect(arrows.headers()['content-type']).toMatch(/^application\/json/);
	const table = await request.get('/data/lfs_participation_4w.arrows');
	expect(table.headers()['content-type']).toBe('application/vnd.apache.arrow.stream');
	expect((await request.get('/no-such-page')).status()).toBe(404);
});
