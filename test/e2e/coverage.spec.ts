import type { Page } from '@playwright/test';
import { serveHiddenCells } from '../helpers/hidden-cells';
import { PUBLISHED_DATA_DIR } from '../helpers/published-data';
import { downloadBy, downloadedText } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const FIGURES = ['coverage-table', 'coverage-map'] as const;
const table = (page: Page) => page.getByTestId('coverage-table-table');
const chart = (page: Page, id: string) => page.locator(`#${id} figure.chart`);

/** The text of a country's cell in the column of an indicator. */
async function cell(page: Page, country: string, indicator: string): Promise<string> {
	const row = table(page).locator('tbody tr', { has: page.locator(`th:text-is("${country}")`) });
	return (await row.locator(`[data-key="${indicator}"]`).innerText()).replace(/\s+/g, ' ').trim();
}

test('the coverage is prerendered: every country, missing in words, flags, synthetic and experimental named', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/coverage');
	await expect(page.locator('h1')).toHaveText('Data coverage');
	await expect(table(page).locator('tbody tr')).toHaveCount(28);
	const headers = await table(page).locator('thead th').allInnerTexts();
	expect(headers).toContain('Uptake (synthetic)');
	expect(headers).toContain('AES excl. GOJT (experimental)');
	// Bulgaria has no LFS 12-month value in any year: said in words.
	expect(await cell(page, 'Bulgaria', 'lfs_12m')).toBe('missing');
	// France's latest AES wave (2022) carries a break in series.
	expect(await cell(page, 'France', 'aes_x_gojt')).toBe('2022 b');
	await expect(
		table(page).locator('[data-key="aes_x_gojt"] abbr[title="break in time series"]').first()
	).toBeVisible();
	expect(await cell(page, 'Austria', 'uptake')).toMatch(/^20\d\d$/);
	await expect(page.getByTestId('coverage-synthetic')).toContainText('synthetic');
	await expect(page.getByTestId('coverage-table-notes')).toContainText(
		'Synthetic data in this figure: Uptake, Inclusion, Annex I, Annex II.'
	);
	await expect(chart(page, 'coverage-table')).toHaveAttribute('data-source', 'prerendered');
	await expect(page.locator('#coverage-table svg')).toContainText('Synthetic data');
	await expect(page.getByTestId('coverage-map-svg').locator('a[data-geo]')).toHaveCount(27);
	await expect(page.getByTestId('coverage-map-table').locator('tbody tr')).toHaveCount(28);
	await context.close();
});

test('choosing a year goes through DuckDB-WASM and into the URL; a pasted URL restores it', async ({
	page,
	guard
}) => {
	await page.goto('/coverage');
	await page.getByLabel('Year', { exact: true }).selectOption('2016');
	await expect(page).toHaveURL(/year=2016/);
	await expect(chart(page, 'coverage-table')).toHaveAttribute('data-source', 'duckdb');
	await expect(table(page).locator('caption')).toContainText('in 2016');
	await expect.poll(() => cell(page, 'France', 'aes_x_gojt')).toBe('2016');
	expect(await cell(page, 'France', 'uptake')).toBe('missing');
	await expect(page.locator('#coverage-map h2')).toHaveText(
		'Share of the indicators available per country in 2016'
	);
	expect(guard.requested.some((url) => url.endsWith('/data/official_indicators.arrows'))).toBe(
		true
	);
	await page.goto('/coverage?year=2022');
	await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2022');
	await expect(chart(page, 'coverage-table')).toHaveAttribute('data-source', 'duckdb');
	await expect.poll(() => cell(page, 'France', 'aes_x_gojt')).toBe('2022 b');
	expect(await guard.cspViolations()).toEqual([]);
});

test('a hidden value shows as hidden with its flag, never as missing or a year', async ({
	page
}) => {
	await serveHiddenCells(page, {
		dir: PUBLISHED_DATA_DIR,
		table: 'uptake',
		hide: (r) => r.geo === 'FR' && r.year === 2026 && r.category === '_T',
		columns: [
			'credentials',
			'learners',
			'credentials_per_1000_adults',
			'learners_per_1000_adults',
			'growth_yoy'
		]
	});
	await page.goto('/coverage?year=2026');
	await expect(chart(page, 'coverage-table')).toHaveAttribute('data-source', 'duckdb');
	await expect.poll(() => cell(page, 'France', 'uptake')).toBe('hidden c');
	expect(await cell(page, 'Germany', 'uptake')).toBe('2026');
	const france = page
		.getByTestId('coverage-map-table')
		.locator('tbody tr', { has: page.locator('th:text-is("France")') });
	await expect(france.locator('[data-key="hidden"]')).toHaveText('1');
});

test('every coverage figure downloads as data and image, missing and synthetic said in the files', async ({
	page
}) => {
	await page.goto('/coverage');
	for (const id of FIGURES) {
		const figure = page.getByTestId(id);
		const csv = await downloadBy(figure.locator('[data-download="csv"]'));
		expect(csv.suggestedFilename()).toMatch(new RegExp(`^${id}.*\\.csv$`));
		const text = await downloadedText(csv);
		expect(text.trimEnd().split('\r\n').length, id).toBe(
			(await figure.locator('tbody tr').count()) + 1
		);
		expect(text).toContain('Synthetic');
		if (id === 'coverage-table') {
			expect(text).toContain('missing');
			expect(text).toContain('Uptake (synthetic)');
		}
		const svg = await downloadBy(figure.locator('[data-download="svg"]'));
		const image = await downloadedText(svg);
		expect(image.startsWith('<svg'), id).toBe(true);
		expect(image).toContain(await figure.locator('h2').innerText());
	}
});

test('the map is used with the keyboard and every Member State is read out with its share', async ({
	page
}) => {
	await page.goto('/coverage');
	const map = page.getByTestId('coverage-map-svg');
	await map.locator('a[data-geo="CZ"]').focus();
	await page.keyboard.press('Tab');
	await expect(map.locator('a[data-geo="DE"]')).toBeFocused();
	await expect(map.locator('a[data-geo="DE"]')).toHaveAttribute(
		'aria-label',
		/^Germany: \d\/9 \(\d+ %\)\. Open the country profile$/
	);
	await expect(map.locator('a[data-geo="DE"]')).toHaveAttribute('href', /\/country\/de$/);
});

test('the coverage page has no serious accessibility violation, in each language', async ({
	page
}) => {
	for (const path of ['/coverage', '/fr/coverage', '/de/coverage']) {
		await page.goto(path);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expectAccessible(page);
	}
	await page.goto('/coverage?year=2022');
	await expect(chart(page, 'coverage-table')).toHaveAttribute('data-source', 'duckdb');
	await expectAccessible(page);
});
