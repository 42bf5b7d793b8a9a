import type { Page } from '@playwright/test';
import { publishedRows, serveHiddenCells } from '../helpers/hidden-cells';
import { downloadBy, downloadedText } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const FIGURES = [
	'quality-elements',
	'quality-missing',
	'quality-provider-types',
	'quality-trend',
	'quality-countries',
	'quality-principles',
	'quality-credentials',
	'quality-providers'
] as const;
const figureChart = (page: Page, id: string) => page.locator(`#${id} figure.chart`);
const table = (page: Page, id: string) => page.getByTestId(`${id}-table`);
const caption = (page: Page, id: string) => table(page, id).locator('caption');
const title = (page: Page, id: string) => page.locator(`#${id} h2`);
const SYNTHETIC = 'Synthetic data, not real records';

/** The text of column `key` in every body row of a figure's table, in order. */
async function column(page: Page, id: string, key: string): Promise<string[]> {
	const cells = await table(page, id).locator(`tbody [data-key="${key}"]`).allInnerTexts();
	return cells.map((c) => c.replace(/\s+/g, ' ').trim());
}

test('the first view is prerendered: every figure, its table and the para 20 sentence, before any script', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/quality');
	await expect(page.locator('h1')).toHaveText('Quality and transparency of micro-credentials');
	for (const id of FIGURES) {
		await expect(figureChart(page, id)).toHaveAttribute('data-source', 'prerendered');
		// Synthetic on the figure itself: in the drawn chart and in its notes.
		await expect(page.locator(`#${id} figure.chart svg`)).toContainText(SYNTHETIC);
		await expect(page.getByTestId(`${id}-notes`)).toContainText('Synthetic data:');
		expect(await table(page, id).locator('tbody tr').count(), id).toBeGreaterThan(0);
	}
	// The EU in the latest year: eleven elements and all eleven.
	await expect(table(page, 'quality-elements').locator('tbody tr')).toHaveCount(12);
	await expect(title(page, 'quality-elements')).toContainText('European Union (27), latest year');
	// The sentence names the first element of the ranked list.
	const first = (await column(page, 'quality-missing', 'element'))[0];
	const finding = page.getByTestId('quality-finding');
	await expect(finding).toContainText(`the Annex I element most often missing is ${first}`);
	await expect(finding).toContainText('Paragraph 20 of the Recommendation');
	// The 27 and the EU ranked; the principles with the units they count.
	await expect(table(page, 'quality-countries').locator('tbody tr')).toHaveCount(28);
	expect(await column(page, 'quality-principles', 'basis')).toEqual(
		expect.arrayContaining(['catalogue offers', 'providers'])
	);
	await expect(page.getByTestId('quality-providers-notes')).toContainText(
		'Completeness per provider type is in the figure'
	);
	// Completeness per provider type: all types first, then each type with records.
	const types = await column(page, 'quality-provider-types', 'provider_type');
	expect(types[0]).toBe('All');
	expect(types.length).toBeGreaterThan(2);
	await expect(page.getByTestId('quality-provider-types-notes')).toContainText(
		'The first row counts every provider type'
	);
	await context.close();
});

test('choosing country, year and element goes through DuckDB-WASM and into the URL; a pasted URL restores it', async ({
	page,
	guard
}) => {
	await page.goto('/quality');
	await page.getByLabel('Country', { exact: true }).selectOption('FR');
	await expect(page).toHaveURL(/geo=FR/);
	await expect(figureChart(page, 'quality-elements')).toHaveAttribute('data-source', 'duckdb');
	await expect(title(page, 'quality-elements')).toHaveText(
		'Records carrying each mandatory Annex I element: France, latest year'
	);
	await expect(table(page, 'quality-elements').locator('thead')).toContainText('France: share, %');
	await expect(table(page, 'quality-elements').locator('thead')).toContainText(
		'European Union (27): share, %'
	);
	await expect(page.getByTestId('quality-finding')).toContainText(
		/France, \d{4}: the Annex I element most often missing/
	);
	expect(guard.requested.some((url) => url.endsWith('/data/annex1_completeness.arrows'))).toBe(
		true
	);

	await page.getByLabel('Year of issue', { exact: true }).selectOption('2021');
	await expect(page).toHaveURL(/year=2021/);
	await expect(caption(page, 'quality-elements')).toHaveText(
		'Share of issuance records carrying each mandatory Annex I element, and all eleven at once: France, European Union (27), 2021'
	);
	await expect(caption(page, 'quality-missing')).toContainText('France, 2021');
	await expect(column(page, 'quality-principles', 'basis')).resolves.toContain('records, 2021');

	await page
		.getByLabel('Element over time and across countries', { exact: true })
		.selectOption('6');
	await expect(page).toHaveURL(/element=6/);
	await expect(title(page, 'quality-trend')).toHaveText(
		'Completeness over time: (vi) Learning outcomes, France'
	);
	await expect(title(page, 'quality-countries')).toHaveText(
		'Completeness by Member State: (vi) Learning outcomes, 2021'
	);
	// The ranking is from the highest share.
	const shares = (await column(page, 'quality-countries', 'geo_share')).map((v) =>
		Number(v.split(' ')[0])
	);
	expect(shares).toEqual([...shares].sort((a, b) => b - a));

	// A pasted link restores the whole view.
	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await expect(page.getByLabel('Country', { exact: true })).toHaveValue('FR');
	await expect(page.getByLabel('Year of issue', { exact: true })).toHaveValue('2021');
	await expect(
		page.getByLabel('Element over time and across countries', { exact: true })
	).toHaveValue('6');
	await expect(figureChart(page, 'quality-trend')).toHaveAttribute('data-source', 'duckdb');
	await expect(title(page, 'quality-trend')).toContainText('(vi) Learning outcomes, France');
	await expect(caption(page, 'quality-elements')).toContainText('2021');
	expect(await guard.cspViolations()).toEqual([]);
});

test('every figure of the quality page downloads as data and image, saying the data are synthetic', async ({
	page
}) => {
	// Eight figures, two downloads each: on a loaded machine this takes longer than one view.
	test.slow();
	await page.goto('/quality?geo=LV');
	// Every figure that reads the country has its rows before the first click.
	for (const id of [
		'quality-elements',
		'quality-missing',
		'quality-provider-types',
		'quality-trend',
		'quality-principles',
		'quality-providers'
	])
		await expect(figureChart(page, id)).toHaveAttribute('data-source', 'duckdb');
	for (const id of FIGURES) {
		const figure = page.getByTestId(id);
		const csv = await downloadBy(figure.locator('[data-download="csv"]'));
		expect(csv.suggestedFilename()).toMatch(new RegExp(`^${id}.*\\.csv$`));
		const csvText = await downloadedText(csv);
		expect(csvText.trimEnd().split('\r\n').length, id).toBe(
			(await figure.locator('tbody tr').count()) + 1
		);
		expect(csvText, id).toContain('Synthetic data');
		const svg = await downloadBy(figure.locator('[data-download="svg"]'));
		const text = await downloadedText(svg);
		expect(text.startsWith('<svg'), id).toBe(true);
		expect(text).toContain(await figure.locator('h2').innerText());
		expect(text, id).toContain(SYNTHETIC);
	}
});

test('the quality page has no serious accessibility violation, in each language and after interaction', async ({
	page
}) => {
	for (const path of ['/quality', '/fr/quality', '/de/quality']) {
		await page.goto(path);
		await expectAccessible(page);
	}
	await page.goto('/quality?geo=SE&year=2020&element=11');
	await expect(figureChart(page, 'quality-elements')).toHaveAttribute('data-source', 'duckdb');
	await expect(figureChart(page, 'quality-countries')).toHaveAttribute('data-source', 'duckdb');
	await expectAccessible(page);
});

test('a hidden cell is shown as hidden in the chart, the table, the ranking and the sentence', async ({
	page
}) => {
	// France's element (vi) in the latest year, hidden as the disclosure control hides a cell.
	const rows = publishedRows('build/data', 'annex1_completeness.arrows');
	const latest = Math.max(...rows.map((r) => Number(r.year)));
	await serveHiddenCells(page, {
		dir: 'build/data',
		table: 'annex1_completeness',
		hide: (r) => r.geo === 'FR' && r.element === '6' && r.year === latest,
		columns: ['records_with_element', 'share']
	});
	await page.goto('/quality?geo=FR');
	await expect(figureChart(page, 'quality-elements')).toHaveAttribute('data-source', 'duckdb');
	const row = table(page, 'quality-elements').locator('tbody tr', {
		has: page.locator('th:text-is("(vi) Learning outcomes")')
	});
	// Never 0, never blank: no value, the flag c, and its meaning beside the figure.
	await expect(row.locator('[data-key="country_share"]')).toHaveAttribute('data-flags', 'c');
	await expect(row.locator('[data-key="country_share"]')).toHaveText(/^:\s*c$/);
	await expect(row.locator('[data-key="country_with"]')).toHaveText(/^:\s*c$/);
	await expect(row.locator('[data-key="eu_share"]')).not.toHaveAttribute('data-flags', 'c');
	await expect(page.locator('#quality-elements .flags')).toContainText('c');
	await expect(page.locator('#quality-elements figure.chart svg')).toContainText('hidden (c)');
	// Hidden, it is not ranked among the elements most often missing, and the sentence says so.
	await expect(figureChart(page, 'quality-missing')).toHaveAttribute('data-source', 'duckdb');
	const ranked = table(page, 'quality-missing').locator('tbody tr', {
		has: page.locator('td:text-is("(vi) Learning outcomes")')
	});
	await expect(ranked.locator('[data-key="rank"]')).toHaveText('');
	await expect(ranked.locator('[data-key="share_missing"]')).toHaveText(/^:\s*c$/);
	await expect(page.getByTestId('quality-finding')).toContainText(
		'The share of 1 element(s) is hidden (c) and not ranked.'
	);
});

test('a hidden provider-type cell is shown as hidden in the grid and the table', async ({
	page
}) => {
	// France's vocational providers, element (vi), in the latest year, hidden as the disclosure
	// control hides a cell (which cells a build hides depends on its pseudonym key).
	const table_ = 'annex1_completeness_by_provider_type';
	const rows = publishedRows('build/data', `${table_}.arrows`);
	const latest = Math.max(...rows.map((r) => Number(r.year)));
	await serveHiddenCells(page, {
		dir: 'build/data',
		table: table_,
		hide: (r) =>
			r.geo === 'FR' && r.year === latest && r.provider_type === 'vet' && r.element === '6',
		columns: ['records_with_element', 'share']
	});
	await page.goto('/quality?geo=FR');
	await expect(figureChart(page, 'quality-provider-types')).toHaveAttribute(
		'data-source',
		'duckdb'
	);
	const row = table(page, 'quality-provider-types').locator('tbody tr', {
		has: page.locator('th:text-is("Vocational education and training provider")')
	});
	await expect(row.locator('[data-key="share_6"]')).toHaveAttribute('data-flags', 'c');
	await expect(row.locator('[data-key="share_6"]')).toHaveText(/^:\s*c$/);
	await expect(row.locator('[data-key="share_5"]')).not.toHaveAttribute('data-flags', 'c');
	await expect(page.locator('#quality-provider-types figure.chart svg')).toContainText('hidden');
	await expect(page.getByTestId('quality-provider-types-notes')).toContainText('Hidden (c)');
	await expectAccessible(page);
});
