import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/shared-data';

// The boundaries of ARCHITECTURE.md, as `npm run lint` enforces them: each case is a file that
// would break one, linted with the project's own configuration.
const eslint = new ESLint({ cwd: REPO_ROOT });

async function messages(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', () => {
	it('refuses a core file that imports a Node module', async () => {
		const found = await messages(
			'core/contract/example.ts',
			"import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"
		);
		expect(found).toEqual([
			expect.stringMatching(/boundaries\/import-zones: .*no Node module.*node:fs/)
		]);
		expect(
			await messages('core/contract/example.ts', "export { join } from 'path';\n")
		).toHaveLength(1);
	});

	it('refuses a core file that reaches into the site or the pipelines', async () => {
		expect(
			await messages('core/csv/example.ts', "import '../../src/lib/db/client';\nexport {};\n")
		).toEqual([expect.stringMatching(/must not import the site/)]);
		expect(
			await messages('core/csv/example.ts', "import { x } from '$lib/kit/figure';\nexport { x };\n")
		).toEqual([expect.stringMatching(/must not import the site/)]);
		expect(
			await messages('core/csv/example.ts', "import '../../pipelines/run';\nexport {};\n")
		).toEqual([expect.stringMatching(/must not import the pipelines/)]);
	});

	it('refuses new Function, eval and Node or DOM globals in core', async () => {
		const found = await messages(
			'core/csv/example.ts',
			"export const f = new Function('a', 'return a');\nexport const b = Buffer.from('x');\nexport const d = document.title;\n"
		);
		expect(found).toEqual([
			expect.stringMatching(/^no-new-func/),
			expect.stringMatching(/^no-restricted-globals: .*"Buffer"/),
			expect.stringMatching(/^no-restricted-globals: .*"document"/)
		]);
	});

	it('refuses a pipeline that imports the site, and a page that imports a pipeline', async () => {
		expect(
			await messages(
				'pipelines/stages/example.ts',
				"import '../../src/lib/export/figure-csv';\nexport {};\n"
			)
		).toEqual([expect.stringMatching(/share code only through core/)]);
		expect(
			await messages('src/lib/kit/example.ts', "import '../../../pipelines/run';\nexport {};\n")
		).toEqual([expect.stringMatching(/share code only through core/)]);
		expect(
			await messages('generator/example.ts', "import '../pipelines/run';\nexport {};\n")
		).toEqual([expect.stringMatching(/generator must not import the pipelines/)]);
	});

	it('lets core import itself and packages, and both sides import core', async () => {
		expect(
			await messages(
				'core/csv/example.ts',
				"import './parse-csv';\nimport 'apache-arrow';\nexport {};\n"
			)
		).toEqual([]);
		expect(
			await messages(
				'pipelines/stages/example.ts',
				"import '../../core/csv/parse-csv';\nexport {};\n"
			)
		).toEqual([]);
		expect(
			await messages('src/lib/kit/example.ts', "import '$core/csv/parse-csv';\nexport {};\n")
		).toEqual([]);
	});

	it('keeps DuckDB, fetch and URL parsing out of route files', async () => {
		const route = 'src/routes/[[lang=lang]]/example/+page.ts';
		expect(
			await messages(
				route,
				"import { browserDatabase } from '$lib/db/client';\nexport { browserDatabase };\n"
			)
		).toEqual([expect.stringMatching(/^no-restricted-imports: .*dashboard kit/)]);
		expect(await messages(route, "export const r = fetch('/data/x.arrows');\n")).toEqual([
			expect.stringMatching(/^no-restricted-globals/)
		]);
		expect(
			await messages(
				route,
				'export const load = ({ url }: { url: URL }) => url.searchParams.get("geo");\n'
			)
		).toEqual([expect.stringMatching(/^no-restricted-properties/)]);
		// The page components themselves, by alias or by relative path.
		// An existing page: .svelte files are parsed through the TypeScript project service.
		const page = 'src/routes/[[lang=lang]]/participation/+page.svelte';
		for (const from of ['$lib/db/client', '../../../lib/db/client', '@duckdb/duckdb-wasm']) {
			expect(
				await messages(
					page,
					`<script lang="ts">\n\timport * as db from '${from}';\n\tvoid db;\n</script>\n`
				)
			).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
		}
	});
});
