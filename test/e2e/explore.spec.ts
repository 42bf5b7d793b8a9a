import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { Download, Page } from '@playwright/test';
import { readParquet } from '../unit/explore/read-parquet';
import { downloadBy } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as {
	pipelineVersion: string;
	generatedAt: string;
	tables: { name: string; rows: number; kind: string; columns: { name: string }[] }[];
};

const editor = (page: Page) => page.getByTestId('explore-editor');
const status = (page: Page) => page.getByTestId('explore-status');
const result = (page: Page) => page.getByTestId('explore-result');

/** The page, hydrated: what is typed from now on stays typed. */
async function open(page: Page, path = '/explore') {
	await page.goto(path);
	await expect(status(page)).toHaveAttribute('data-live', 'true');
}

/** Waits for the next answer after `before` answers. */
async function answer(page: Page, before: string | null, expected: RegExp) {
	await expect(status(page)).not.toHaveAttribute('data-answered', before ?? '', {
		timeout: 60_000
	});
	await expect(status(page)).toHaveAttribute('data-status', expected);
}

/** Types a query and runs it with Ctrl+Enter; waits for its answer. */
async function runQuery(page: Page, sql: string, expected = /done|refused|error|cancelled/) {
	const before = await status(page).getAttribute('data-answered');
	await editor(page).fill(sql);
	await editor(page).press('Control+Enter');
	await answer(page, before, expected);
}

/** The result table as text rows (the rows drawn, which is all of them for a small result). */
async function resultRows(page: Page): Promise<string[][]> {
	return result(page)
		.locator('tbody tr:not(.spacer)')
		.evaluateAll((rows) =>
			rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''))
		);
}

async function saved(download: Download): Promise<string> {
	const path = await download.path();
	if (!path) throw new Error('the download was not saved');
	return path;
}

function download(page: Page, format: string): Promise<Download> {
	return downloadBy(page.locator(`[data-download="${format}"]`));
}

test('the first view is prerendered: every table with its columns, types, rows and source, before any script', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/explore');
	await expect(page.locator('h1')).toHaveText('Explore the data with SQL');
	const schema = page.getByTestId('explore-schema');
	await expect(schema.locator('details')).toHaveCount(manifest.tables.length);
	for (const table of manifest.tables) {
		const entry = schema.locator(`details[data-table="${table.name}"]`);
		await expect(entry.locator('summary')).toContainText(table.name);
		await expect(entry.locator('summary')).toContainText(table.rows.toLocaleString('en'));
		await expect(entry.locator('tbody tr')).toHaveCount(table.columns.length);
	}
	const uptake = schema.locator('details[data-table="uptake"]');
	await expect(uptake.locator('summary')).toContainText('Synthetic');
	await expect(uptake).toContainText('credentials_per_1000_adults');
	await expect(uptake).toContainText('int32');
	await expect(schema.locator('details[data-table="population"]')).toContainText('Eurostat');
	await expect(page.locator('[data-example]')).toHaveCount(7);
	await expect(editor(page)).toHaveValue(/FROM uptake/);
	await expect(page.getByRole('link', { name: 'Explore (SQL)' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await context.close();
});

test('a typed query runs in DuckDB, its link reproduces it, and completion fills in names', async ({
	page,
	guard
}) => {
	await open(page);
	const sql =
		"SELECT geo, latest_value, target_value FROM participation_targets WHERE geo IN ('FI', 'EU27_2020') ORDER BY geo";
	await runQuery(page, sql, /done/);
	await expect(status(page)).toContainText('Rows: 2 · columns: 3');
	// AES excluding guided on-the-job training 2022 and the targets (../shared/data).
	expect(await resultRows(page)).toEqual([
		['EU27_2020', '39.5', '60'],
		['FI', '51.8', '60']
	]);
	await expect(page.getByTestId('explore-source')).toContainText('Eurostat');
	await expect(page.getByTestId('explore-chart').locator('figure.chart')).toHaveAttribute(
		'data-source',
		'duckdb'
	);
	await expect(page).toHaveURL(/\?sql=SELECT/);
	const link = page.url();
	expect(new URL(link).searchParams.get('sql')).toBe(sql);

	// The link, opened afresh, shows and runs the same query.
	const again = await page.context().newPage();
	await again.goto(link);
	await expect(editor(again)).toHaveValue(sql);
	await answer(again, '0', /done/);
	expect(await resultRows(again)).toEqual(await resultRows(page));
	await again.close();

	// Back to the previous query (none: the example stays in the editor) and forward again.
	await page.goBack();
	await page.goForward();
	await expect(editor(page)).toHaveValue(sql);

	// Completion: a table name after FROM, then a column of its alias.
	await editor(page).fill('SELECT * FROM particip');
	await editor(page).press('Control+Space');
	await expect(page.getByTestId('explore-suggestions')).toContainText('participation_targets');
	await editor(page).press('Enter');
	await expect(editor(page)).toHaveValue('SELECT * FROM participation_targets');
	await editor(page).fill('SELECT t.gap FROM participation_targets t');
	await editor(page).evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(12, 12));
	await editor(page).press('Control+Space');
	await expect(page.getByTestId('explore-suggestions').locator('li .label')).toHaveText(['gap_pp']);
	await editor(page).press('Tab');
	await expect(editor(page)).toHaveValue('SELECT t.gap_pp FROM participation_targets t');

	expect(await guard.cspViolations()).toEqual([]);
});

test('hidden cells read as hidden, and the chart of a synthetic table says it is synthetic', async ({
	page
}) => {
	await open(page);
	await runQuery(
		page,
		"SELECT geo, year, dimension, category, credentials, learners, flags FROM uptake WHERE flags = 'c' AND credentials IS NULL ORDER BY geo, year, dimension, category LIMIT 5",
		/done/
	);
	const cells = result(page).locator('td[data-col="credentials"]');
	await expect(cells.first()).toHaveText('hidden (c)');
	await expect(cells.first()).toHaveClass(/hidden/);
	await expect(page.getByTestId('explore-source')).toContainText(
		'Synthetic data, not real records'
	);
	await expect(page.getByTestId('explore-chart')).toContainText('not drawn (never as zero)');
	await expect(page.getByTestId('explore-chart').locator('figure.chart')).toHaveAttribute(
		'data-ready',
		'true'
	);
	await expect(page.getByTestId('explore-chart').locator('svg')).toContainText(
		'Synthetic data, not real records'
	);
});

test('every export downloads, and its content is the result, with the citation and the release', async ({
	page,
	guard
}) => {
	await open(page);
	const sql = `SELECT geo, year, credentials, credentials_per_1000_adults, flags, '=1+1' AS formula
FROM uptake WHERE dimension = 'provider_type' AND category = '_T' AND geo IN ('AT', 'BE')
ORDER BY geo, year`;
	await runQuery(page, sql, /done/);
	const shown = await resultRows(page);
	expect(shown.length).toBeGreaterThan(4);
	const dir = mkdtempSync(join(tmpdir(), 'uptake-explore-e2e-'));
	try {
		// CSV: the same rows, nothing a spreadsheet would run.
		const csv = readFileSync(await saved(await download(page, 'csv')), 'utf8');
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe('geo,year,credentials,credentials_per_1000_adults,flags,formula');
		expect(lines.slice(1)).toEqual(
			shown.map((row) =>
				row.map((cell, c) => (c === 5 ? `'${cell}` : cell === 'NULL' ? '' : cell)).join(',')
			)
		);

		// Its sidecar: the citation, the query, the release, the tables (synthetic named).
		const sidecar = JSON.parse(readFileSync(await saved(await download(page, 'json')), 'utf8'));
		expect(sidecar.query).toBe(sql);
		expect(sidecar.rows).toBe(shown.length);
		expect(sidecar.release).toEqual({
			pipelineVersion: manifest.pipelineVersion,
			generatedAt: manifest.generatedAt
		});
		expect(sidecar.tables).toEqual([expect.objectContaining({ name: 'uptake', synthetic: true })]);
		expect(sidecar.citation).toContain('Query over the published tables uptake');
		expect(sidecar.url).toContain('/explore?sql=');

		// Arrow IPC file: the same values, the provenance in the schema metadata.
		const arrow = tableFromIPC(readFileSync(await saved(await download(page, 'arrow'))));
		expect(arrow.numRows).toBe(shown.length);
		const arrowRows = arrow
			.toArray()
			.map((row) => Object.values(row.toJSON()).map((v) => (v === null ? 'NULL' : String(v))));
		expect(arrowRows).toEqual(shown);
		expect(arrow.schema.metadata.get('uptake:query')).toBe(sql);
		expect(arrow.schema.metadata.get('uptake:synthetic_tables')).toBe('uptake');
		expect(arrow.schema.metadata.get('uptake:pipeline_version')).toBe(manifest.pipelineVersion);

		// Parquet, written in the browser, read back by DuckDB in Node.
		const parquetPath = join(dir, 'result.parquet');
		writeFileSync(parquetPath, readFileSync(await saved(await download(page, 'parquet'))));
		const parquet = await readParquet(parquetPath);
		expect(
			parquet.rows.map((row) => Object.values(row).map((v) => (v === null ? 'NULL' : String(v))))
		).toEqual(shown);
		expect(parquet.types).toMatchObject({
			geo: 'VARCHAR',
			year: 'INTEGER',
			credentials: 'INTEGER'
		});
		expect(parquet.metadata['uptake:query']).toBe(sql);
		expect(parquet.metadata['uptake:generated_at']).toBe(manifest.generatedAt);
		expect(parquet.metadata['uptake:citation']).toContain('Query over the published tables uptake');
		expect(parquet.metadata['uptake:tables']).toBe('uptake (synthetic)');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	expect(await guard.cspViolations()).toEqual([]);
});

test('cancel stops a slow query at once, and the next query runs', async ({ page }) => {
	await open(page);
	await runQuery(page, 'SELECT count(*) AS n FROM uptake', /done/);
	await editor(page).fill('SELECT count(*) FROM uptake a, uptake b, uptake c');
	await page.getByTestId('explore-run').click();
	await expect(status(page)).toContainText('Running', { timeout: 10_000 });
	await page.waitForTimeout(1000);
	await expect(status(page)).toHaveAttribute('data-status', 'running');
	const asked = Date.now();
	await page.getByTestId('explore-cancel').click();
	await expect(status(page)).toHaveAttribute('data-status', 'cancelled', { timeout: 10_000 });
	expect(Date.now() - asked).toBeLessThan(5_000);
	await expect(status(page)).toContainText('cancelled');
	await runQuery(page, 'SELECT count(*) AS n FROM supply', /done/);
	expect(await resultRows(page)).toEqual([['352']]);
});

test('hostile statements are refused or cancelled in the page, and the published tables are unchanged', async ({
	page
}) => {
	test.setTimeout(180_000);
	await open(page);
	const watched = ['uptake', 'supply', 'participation_targets'];
	const fingerprint = async () => {
		const sql = watched
			.map(
				(table) =>
					`SELECT '${table}' AS t, count(*) AS n, CAST(sum(hash(x)) AS VARCHAR) AS h FROM ${table} x`
			)
			.join(' UNION ALL ');
		await runQuery(page, `${sql} ORDER BY t`, /done/);
		return resultRows(page);
	};
	const before = await fingerprint();
	expect(before.map((row) => row[0])).toEqual(['participation_targets', 'supply', 'uptake']);

	const refused: [string, string][] = [
		["SELECT * FROM read_csv('/etc/passwd')", 'file_read'],
		["SELECT * FROM read_parquet('https://example.org/x.parquet')", 'file_read'],
		["SELECT * FROM 'http://example.org/data.csv'", 'file_read'],
		["SELECT * FROM '/data/manifest.json'", 'file_read'],
		["SELECT * FROM glob('*')", 'file_read'],
		['INSTALL httpfs', 'extension'],
		['LOAD httpfs', 'extension'],
		['SET enable_external_access = true', 'configuration'],
		['PRAGMA threads = 4', 'configuration'],
		["ATTACH ':memory:' AS other", 'attach'],
		["COPY uptake TO 'x.csv'", 'files'],
		["EXPORT DATABASE 'x'", 'files'],
		['DROP TABLE uptake', 'write'],
		['DELETE FROM supply', 'write'],
		['SELECT 1; UPDATE supply SET offers = 0', 'multiple'],
		['SELECT * FROM duckdb_settings()', 'system'],
		[`SELECT ${'('.repeat(100)}1${')'.repeat(100)}`, 'too_deep']
	];
	for (const [sql, code] of refused) {
		await runQuery(page, sql, /refused/);
		await expect(page.getByTestId('explore-refusal'), sql).toHaveAttribute('data-code', code);
	}
	await expect(page.getByTestId('explore-refusal')).toContainText('cannot run in the console');

	// A long chain of additions: DuckDB's own limit on expression depth refuses it.
	await runQuery(page, `SELECT ${Array.from({ length: 3000 }, () => '1').join(' + ')}`, /error/);
	await expect(page.getByTestId('explore-error')).toContainText('expression depth');

	// A huge cross join: cancelled, and the console answers afterwards.
	await editor(page).fill(
		'SELECT sum(a.credentials * b.learners) FROM uptake a, uptake b, uptake c'
	);
	await page.getByTestId('explore-run').click();
	await page.waitForTimeout(1500);
	await page.getByTestId('explore-cancel').click();
	await expect(status(page)).toHaveAttribute('data-status', 'cancelled', { timeout: 10_000 });

	expect(await fingerprint()).toEqual(before);
});

test('a result of 100 000 rows scrolls smoothly: only the rows in sight are drawn', async ({
	page
}) => {
	await open(page);
	await runQuery(
		page,
		'SELECT range AS i, range % 7 AS k, md5(range::VARCHAR) AS h FROM range(100000)',
		/done/
	);
	await expect(status(page)).toContainText('Rows: 100,000');
	const region = result(page);
	await expect(region).toHaveAttribute('data-rows', '100000');
	expect(await region.locator('tbody tr').count()).toBeLessThan(60);
	// Scroll through it in 40 steps; each step is drawn within a frame or two.
	const timings = await region.evaluate(async (el) => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const steps: number[] = [];
		for (let i = 1; i <= 40; i++) {
			const start = performance.now();
			el.scrollTop = (el.scrollHeight * i) / 40;
			await frame();
			await frame();
			steps.push(performance.now() - start);
		}
		return steps;
	});
	const sorted = [...timings].sort((a, b) => a - b);
	expect(sorted[Math.floor(sorted.length / 2)], `median step ${sorted.join(', ')}`).toBeLessThan(
		100
	);
	await expect(region.locator('tbody tr:not(.spacer)').last().locator('th')).toHaveText('100000');
	await expect(region.locator('tbody tr:not(.spacer)').last().locator('td').first()).toHaveText(
		'99999'
	);
	expect(await region.locator('tbody tr').count()).toBeLessThan(60);
});

test('the console is accessible in English, French and German', async ({ page }) => {
	for (const path of ['/explore', '/fr/explore', '/de/explore']) {
		await open(page, path);
		await page.locator('[data-example]').first().click();
		await answer(page, '0', /done/);
		await expect(page.getByTestId('explore-chart').locator('figure.chart')).toHaveAttribute(
			'data-ready',
			'true'
		);
		await expectAccessible(page);
	}
	await expect(page.locator('h1')).toHaveText('Die Daten mit SQL erkunden');
});
