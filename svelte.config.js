import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Pure code shared by the site and the pipelines (see ARCHITECTURE.md).
		alias: { $core: 'core' },
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Absolute paths, with an optional base for hosting under a sub-path.
		paths: { base: process.env.UPTAKE_BASE_PATH ?? '', relative: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The stylesheets are a few KB: inlined, the first paint waits for no request (the page's
		// module preloads would otherwise hold the CSS back on the browser's six connections).
		inlineStyleThreshold: 16384,
		// Only the site itself; DuckDB-WASM needs to compile wasm and start its worker from our origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
