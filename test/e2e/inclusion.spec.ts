import { readFile } from 'node:fs/promises';
import { tableFromIPC } from 'apache-arrow';
import type { Page } from '@playwright/test';
import { serveHiddenCells } from '../helpers/hidden-cells';
import { downloadBy, downloadedText } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const FIGURES = ['inclusion-heatmap', 'inclusion-group', 'inclusion-country'] as const;
const PUBLISHED = 'build/data/inclusion.arrows';
const figureChart = (page: Page, id: string) => page.locator(`#${id} figure.chart`);
const table = (page: Page, id: string) => page.getByTestId(`${id}-table`);
const cell = (page: Page, id: string, row: string, key: string) =>
	table(page, id)
		.locator('tbody tr', { has: page.locator(`th:text-is("${row}")`) })
		.locator(`[data-key="${key}"]`);

interface Row {
	geo: string;
	year: number;
	group: string;
	representation_ratio: number | null;
	share_of_learners: number | null;
	population_share: number | null;
	flags: string | null;
}

async function publishedRows(): Promise<Row[]> {
	const arrow = tableFromIPC(await readFile(PUBLISHED));
	return arrow.toArray().map((r) => r.toJSON() as Row);
}

test('the first view is prerendered: the heat map, its table, the reading and the comparisons, before any script', async ({
	browser
}) => {
	const rows = await publishedRows();
	const latest = Math.max(...rows.map((r) => r.year));
	const pt = rows.find((r) => r.geo === 'PT' && r.year === latest && r.group === 'low_qualified')!;
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/inclusion');
	await expect(page.locator('h1')).toHaveText('Inclusion: who the learners are');
	await expect(page.getByTestId('inclusion-synthetic')).toContainText('synthetic');
	await expect(page.locator('#inclusion-heatmap h2')).toHaveText(
		`Representation of each group among the learners, ${latest}`
	);
	await expect(figureChart(page, 'inclusion-heatmap')).toHaveAttribute(
		'data-source',
		'prerendered'
	);
	// The EU and the 27, a column per group; Portugal's low-qualified adults: the published ratio.
	await expect(table(page, 'inclusion-heatmap').locator('tbody tr')).toHaveCount(28);
	await expect(cell(page, 'inclusion-heatmap', 'Portugal', 'low_qualified')).toContainText(
		pt.representation_ratio!.toFixed(2)
	);
	// Groups without any baseline say so, in the table and on the chart; never an empty cell.
	await expect(cell(page, 'inclusion-heatmap', 'Portugal', 'refugee')).toHaveText('no baseline');
	const heatmapSvg = page.locator('#inclusion-heatmap svg');
	await expect(heatmapSvg).toContainText('Synthetic data, not real records');
	await expect(heatmapSvg).toContainText('no baseline');
	await expect(heatmapSvg).toContainText('Ratio (1 = parity)');
	for (const text of await table(page, 'inclusion-heatmap').locator('tbody td').allInnerTexts())
		expect(text.trim()).not.toBe('');
	// The baselines are cited by their Eurostat codes.
	const notes = page.getByTestId('inclusion-heatmap-notes');
	for (const code of ['edat_lfse_03', 'demo_pjangroup', 'ilc_lvho01'])
		await expect(notes).toContainText(code);
	// The reading of the largest gaps, from the same rows.
	const gaps = page.getByTestId('inclusion-reading-gaps').locator('li');
	await expect(gaps).toHaveCount(5);
	await expect(gaps.first()).toContainText(`, ${latest}:`);
	await expect(gaps.first()).toContainText('micro-credential learners');
	for (const id of FIGURES) {
		await expect(figureChart(page, id)).toHaveAttribute('data-source', 'prerendered');
		await expect(page.locator(`#${id} svg`).first()).toContainText('Synthetic data');
	}
	await context.close();
});

test('year, group, country and heat map go through DuckDB-WASM and into the URL; a pasted URL restores them', async ({
	page,
	guard
}) => {
	await page.goto('/inclusion');
	await page.getByLabel('Year', { exact: true }).selectOption('2022');
	await expect(page).toHaveURL(/year=2022/);
	await expect(figureChart(page, 'inclusion-heatmap')).toHaveAttribute('data-source', 'duckdb');
	await expect(page.locator('#inclusion-heatmap h2')).toHaveText(
		'Representation of each group among the learners, 2022'
	);
	expect(guard.requested.some((url) => url.endsWith('/data/inclusion.arrows'))).toBe(true);

	await page.getByLabel('Group', { exact: true }).selectOption('rural');
	await expect(page).toHaveURL(/group=rural/);
	await expect(page.locator('#inclusion-group h2')).toHaveText(
		'Rural residents: share of the learners against share of the population, 2022'
	);
	await expect(figureChart(page, 'inclusion-group')).toHaveAttribute('data-source', 'duckdb');
	await expect(page.getByTestId('inclusion-group-notes')).toContainText('population of all ages');

	await page.getByLabel('Country', { exact: true }).selectOption('PT');
	await expect(page).toHaveURL(/geo=PT/);
	await expect(page.locator('#inclusion-country h2')).toHaveText('Portugal: the groups over time');
	await expect(figureChart(page, 'inclusion-country')).toHaveAttribute('data-source', 'duckdb');

	await page.getByRole('radio', { name: /AES participation ratio only/ }).check();
	await expect(page).toHaveURL(/metric=aes/);
	await expect(table(page, 'inclusion-heatmap').locator('caption')).toHaveText(
		'AES participation ratio by country and group, shown for 2022 (1 = parity)'
	);

	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2022');
	await expect(page.getByLabel('Group', { exact: true })).toHaveValue('rural');
	await expect(page.getByLabel('Country', { exact: true })).toHaveValue('PT');
	await expect(page.getByRole('radio', { name: /AES participation ratio only/ })).toBeChecked();
	await expect(page.locator('#inclusion-country h2')).toHaveText('Portugal: the groups over time');
	await expect(page.locator('#inclusion-heatmap h2')).toContainText('2022');
	expect(await guard.cspViolations()).toEqual([]);
});

/**
 * Malta's low-qualified and rural cells hidden, as disclosure control publishes a hidden cell
 * (null counts and derived values, flag c): the default build hides none of them.
 */
function withMaltaHidden(page: Page): Promise<void> {
	return serveHiddenCells(page, {
		dir: 'build/data',
		table: 'inclusion',
		hide: (r) => r.geo === 'MT' && ['low_qualified', 'rural'].includes(String(r.group)),
		columns: [
			'learners_in_group',
			'learners_with_known_attribute',
			'share_of_learners',
			'representation_ratio'
		]
	});
}

test('hidden cells are shown as hidden: hatched and labelled on the charts, "hidden" and c in the tables', async ({
	page
}) => {
	await withMaltaHidden(page);
	await page.goto('/inclusion?year=2023&group=rural&geo=MT');
	for (const id of FIGURES)
		await expect(figureChart(page, id)).toHaveAttribute('data-source', 'duckdb');
	const hidden = cell(page, 'inclusion-heatmap', 'Malta', 'low_qualified');
	await expect(hidden).toContainText('hidden');
	await expect(hidden).toHaveAttribute('data-flags', 'c');
	const heatmapChart = page.locator('#inclusion-heatmap svg');
	await heatmapChart.scrollIntoViewIfNeeded();
	await expect(heatmapChart).toContainText('hidden');
	await expect(page.locator('#inclusion-heatmap .flags')).toContainText('c');
	await expect(page.getByTestId('inclusion-heatmap-notes')).toContainText(
		'hidden by disclosure control'
	);
	// The comparison: Malta's counts, share and ratio hidden, its population share still shown.
	const share = cell(page, 'inclusion-group', 'Malta', 'share');
	await expect(share).toContainText('hidden');
	await expect(share).toHaveAttribute('data-flags', 'c');
	await expect(cell(page, 'inclusion-group', 'Malta', 'learners_in_group')).toContainText('hidden');
	await expect(cell(page, 'inclusion-group', 'Malta', 'population')).not.toContainText('hidden');
	// A chart out of sight is redrawn when it comes into view.
	const groupChart = page.locator('#inclusion-group svg');
	await groupChart.scrollIntoViewIfNeeded();
	await expect(groupChart).toContainText('hidden');
	// Over time: every year of Malta's rural residents hidden, in the table and on the chart.
	const countryTable = table(page, 'inclusion-country');
	await expect(countryTable.locator('[data-key="share"][data-flags="c"]').first()).toContainText(
		'hidden'
	);
	await expect(page.getByTestId('inclusion-reading')).toContainText('hidden by disclosure control');
});

test('every figure of the inclusion page downloads as data and image, saying it is synthetic', async ({
	page
}) => {
	await page.goto('/inclusion?geo=FR');
	await expect(figureChart(page, 'inclusion-country')).toHaveAttribute('data-source', 'duckdb');
	for (const id of FIGURES) {
		const figure = page.getByTestId(id);
		const csv = await downloadBy(figure.locator('[data-download="csv"]'));
		expect(csv.suggestedFilename()).toMatch(new RegExp(`^${id}.*\\.csv$`));
		const csvText = await downloadedText(csv);
		expect(csvText.trimEnd().split('\r\n').length, id).toBe(
			(await figure.locator('tbody tr').count()) + 1
		);
		expect(csvText).toContain('Synthetic data');
		const svg = await downloadBy(figure.locator('[data-download="svg"]'));
		const text = await downloadedText(svg);
		expect(text.startsWith('<svg'), id).toBe(true);
		expect(text).toContain(await figure.locator('h2').innerText());
		expect(text).toContain('Synthetic data, not real records');
	}
});

// axe over the whole page (a 308-cell heat map drawn and tabled, two more tables) takes tens of
// seconds on this machine: one test per language, each allowed three times the usual time.
for (const path of ['/inclusion', '/fr/inclusion', '/de/inclusion']) {
	test(`${path} has no serious accessibility violation`, async ({ page }) => {
		test.slow();
		await page.goto(path);
		await expectAccessible(page);
	});
}

test('the inclusion page has no serious accessibility violation after interaction, and its controls work from the keyboard', async ({
	page
}) => {
	test.slow();
	await page.goto('/inclusion?year=2021&group=unemployed&geo=DE&metric=aes');
	await expect(figureChart(page, 'inclusion-heatmap')).toHaveAttribute('data-source', 'duckdb');
	await expect(figureChart(page, 'inclusion-group')).toHaveAttribute('data-source', 'duckdb');
	await expectAccessible(page);
	await page.getByLabel('Group', { exact: true }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/group=long_term_unemployed/);
});
