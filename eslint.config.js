import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { boundaries, CORE_FORBIDDEN_GLOBALS } from './eslint/boundaries.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Links are built from the configured base path by hand; see src/lib/i18n/langs.ts.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['core/**', 'src/**', 'pipelines/**', 'generator/**'],
		plugins: { boundaries },
		rules: { 'boundaries/import-zones': 'error' }
	},
	{
		// The pure core: no eval or new Function (the site's CSP forbids them), no Node or DOM.
		files: ['core/**'],
		rules: {
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-new-func': 'error',
			'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS]
		}
	},
	{
		files: ['src/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: '@duckdb/duckdb-wasm', message: 'Only src/lib/db talks to DuckDB.' }] }
			]
		}
	},
	{
		// Pages compose the kit: no DuckDB, no fetch, no URL parsing in a route file. After the
		// block for every .svelte file: in a flat config the later options of a rule replace the earlier.
		files: ['src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: '@duckdb/duckdb-wasm', message: 'Pages query through the dashboard kit.' }
					],
					patterns: [
						{
							group: [
								'$lib/db/*',
								'**/lib/db/*',
								'$lib/server/build-database',
								'**/lib/server/build-database'
							],
							message: 'Pages query through the dashboard kit.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				{ name: 'fetch', message: 'Pages get data through the dashboard kit.' },
				{
					name: 'URLSearchParams',
					message: 'A page declares its URL state (src/lib/kit/url-state.ts).'
				}
			],
			'no-restricted-properties': [
				'error',
				{
					property: 'searchParams',
					message: 'A page declares its URL state (src/lib/kit/url-state.ts).'
				}
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/data/', 'output/', 'test-results/']
	}
);
