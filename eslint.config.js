import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
		files: ['src/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: '@duckdb/duckdb-wasm', message: 'Only src/lib/db talks to DuckDB.' }] }
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/data/', 'output/', 'test-results/']
	}
);
