import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { tableFromIPC } from 'apache-arrow';
import { geoName } from '../../core/contract/countries';
import { serveHiddenCells } from '../helpers/hidden-cells';
import { downloadBy, downloadedText } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

// The uptake page over the build's own published files (build/data): the expected values are
// read from the same Arrow file the page queries, so the test follows a regenerated dataset.

const FIGURES = [
	'uptake-series',
	'uptake-growth',
	'uptake-map',
	'uptake-ranking',
	'uptake-breakdown',
	'uptake-supply'
] as const;
const EU = 'EU27_2020';

interface Cell {
	geo: string;
	year: number;
	dimension: string;
	category: string;
	credentials: number | null;
	learners: number | null;
	flags: string;
}
const cells: Cell[] = tableFromIPC(readFileSync('build/data/uptake.arrows'))
	.toArray()
	.map((row) => row.toJSON() as Cell);
const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
const releaseYear = Number(String(manifest.generatedAt).slice(0, 4));
const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
const latest = Math.max(...years.filter((y) => y < releaseYear));
const total = (geo: string, year: number) =>
	cells.find((c) => c.geo === geo && c.year === year && c.category === '_T')!;
const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const figure = (page: Page, id: string) => page.getByTestId(id);
const chartOf = (page: Page, id: string) => page.locator(`#${id} figure.chart`);
const chips = (page: Page) => page.getByTestId('uptake-chips').locator('li');
const tableOf = (page: Page, id: string) => page.getByTestId(`${id}-table`);
/** The view's filters as written in the URL, decoded. */
const filtersInUrl = (page: Page) =>
	decodeURIComponent(new URL(page.url()).searchParams.get('filters') ?? '');

async function chipTexts(page: Page): Promise<string[]> {
	return (await chips(page).allInnerTexts()).map((text) => text.replace(/\s*×\s*$/, '').trim());
}

test('the first view is prerendered: the EU in the latest complete year, every figure, before any script', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/uptake');
	await expect(page.locator('h1')).toHaveText('Uptake of micro-credentials');
	const eu = total(EU, latest);
	await expect(page.getByTestId('uptake-headline')).toContainText(
		`European Union (27), ${latest}: ${count(eu.credentials!)} micro-credentials issued to ${count(eu.learners!)} learners`
	);
	for (const id of FIGURES) {
		await expect(chartOf(page, id)).toHaveAttribute('data-source', 'prerendered');
		await expect(figure(page, id).locator('.notes')).toContainText('Synthetic data');
		await expect(figure(page, id).locator('.source-line')).toContainText(
			'Synthetic data, not real records'
		);
	}
	// Every chart says on itself that it is synthetic; the map drawn by the page has the badge.
	for (const id of FIGURES.filter((f) => f !== 'uptake-map'))
		await expect(chartOf(page, id).locator('svg')).toContainText(
			'Synthetic data, not real records'
		);
	await expect(chartOf(page, 'uptake-map')).toContainText('Synthetic');
	await expect(tableOf(page, 'uptake-ranking').locator('tbody tr')).toHaveCount(28);
	await expect(tableOf(page, 'uptake-series').locator('tbody tr')).toHaveCount(years.length);
	await expect(tableOf(page, 'uptake-breakdown').locator('caption')).toHaveText(
		`Credentials and learners by Provider type: European Union (27), ${latest}`
	);
	await expect(
		page.getByText(`No filter: the EU as a whole, all credentials, ${latest}.`)
	).toBeVisible();
	await context.close();
});

test('a country, a category and a year filter the other figures through DuckDB-WASM, show as chips and live in the URL', async ({
	page,
	guard
}) => {
	await page.goto('/uptake');
	// From the keyboard: the ranking's row button of France.
	const france = tableOf(page, 'uptake-ranking').getByRole('button', {
		name: 'France',
		exact: true
	});
	await france.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => filtersInUrl(page)).toBe('geo:FR');
	await expect(france).toHaveAttribute('aria-pressed', 'true');
	expect(await chipTexts(page)).toEqual(['Country: France']);
	await expect(figure(page, 'uptake-series').locator('h2')).toHaveText(
		'Micro-credentials issued over the years: France'
	);
	// The series of every country came with the page: France's is drawn without a query; the
	// breakdown of France's categories is queried in DuckDB-WASM.
	await expect(chartOf(page, 'uptake-breakdown')).toHaveAttribute('data-source', 'duckdb');
	const fr = total('FR', latest);
	await expect(
		tableOf(page, 'uptake-series').locator('tbody tr', {
			has: page.locator(`th[data-value="${latest}"]`)
		})
	).toContainText(count(fr.credentials!));
	await expect(figure(page, 'uptake-breakdown').locator('h2')).toContainText('France');
	await expect(figure(page, 'uptake-supply').locator('h2')).toContainText('France');
	await expect(
		page.locator('[data-testid="uptake-map-svg"] a[aria-current="true"]')
	).toHaveAttribute('data-geo', 'FR');

	// With the mouse: Germany's bar in the ranking (just right of its name on the axis), once the
	// chart, drawn when it comes into view, shows Germany's value there.
	const ranking = chartOf(page, 'uptake-ranking');
	await ranking.scrollIntoViewIfNeeded();
	const label = ranking.locator('svg text', { hasText: /^Germany$/ });
	const tooltip = ranking.locator('div', { hasText: /^Germany.*per 1 000 adults/ }).last();
	let point = { x: 0, y: 0 };
	await expect(async () => {
		const box = (await label.boundingBox())!;
		point = { x: box.x + box.width + 24, y: box.y + box.height / 2 };
		await page.mouse.move(point.x, point.y);
		await expect(tooltip).toBeVisible({ timeout: 1000 });
	}).toPass();
	await page.mouse.click(point.x, point.y);
	await expect.poll(() => filtersInUrl(page)).toBe('geo:FR|DE');
	expect(await chipTexts(page)).toEqual(['Country: France', 'Country: Germany']);
	await expect(figure(page, 'uptake-series').locator('h2')).toHaveText(
		'Micro-credentials issued over the years: France, Germany'
	);
	// Learners are never added up across countries: each is shown on its own.
	await expect(page.getByTestId('uptake-series-notes')).toContainText(
		'learners are never added up across countries'
	);

	// A category of the breakdown: the series and the ranking are cut by it.
	await tableOf(page, 'uptake-breakdown')
		.getByRole('button', { name: 'Higher education institution' })
		.first()
		.click();
	await expect.poll(() => filtersInUrl(page)).toBe('geo:FR|DE;provider_type:hei');
	await expect(figure(page, 'uptake-series').locator('h2')).toHaveText(
		'Micro-credentials issued over the years: France, Germany (Provider type: Higher education institution)'
	);
	await expect(tableOf(page, 'uptake-ranking').locator('caption')).toContainText(
		'Provider type: Higher education institution'
	);
	const frHei = cells.find(
		(c) =>
			c.geo === 'FR' && c.year === latest && c.dimension === 'provider_type' && c.category === 'hei'
	)!;
	await expect(
		tableOf(page, 'uptake-ranking').locator('tbody tr', {
			has: page.locator('th', { hasText: 'France' })
		})
	).toContainText(count(frHei.credentials!));
	await expect(page.getByTestId('uptake-breakdown-notes')).not.toContainText('Not cut by');

	// Another dimension cannot be cut by it, and the breakdown says so, on the chart too.
	await page.getByLabel('Breakdown by').selectOption('eqf_level');
	await expect(page).toHaveURL(/by=eqf_level/);
	await expect(page.getByTestId('uptake-breakdown-notes')).toContainText(
		'Not cut by Provider type: Higher education institution'
	);
	await chartOf(page, 'uptake-breakdown').scrollIntoViewIfNeeded();
	await expect(chartOf(page, 'uptake-breakdown').locator('svg')).toContainText('Not cut by');
	await expect(page.getByTestId('uptake-supply-notes')).not.toContainText('Not cut by');

	// A year from the series' table: the Member States and the breakdown show it.
	const year = latest - 1;
	await tableOf(page, 'uptake-series')
		.getByRole('button', { name: String(year), exact: true })
		.first()
		.click();
	await expect.poll(() => filtersInUrl(page)).toBe(`geo:FR|DE;year:${year};provider_type:hei`);
	await expect(tableOf(page, 'uptake-breakdown').locator('caption')).toHaveText(
		`Credentials and learners by EQF level: France, Germany, ${year}`
	);
	await expect(figure(page, 'uptake-ranking').locator('h2')).toContainText(String(year));

	// A chip removed: the URL and the figures follow.
	await page.getByRole('button', { name: 'Remove the filter Country: France' }).click();
	await expect.poll(() => filtersInUrl(page)).toBe(`geo:DE;year:${year};provider_type:hei`);
	await expect(figure(page, 'uptake-series').locator('h2')).toContainText('Germany (Provider');

	// A pasted link restores the whole view.
	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await expect
		.poll(() => chipTexts(page))
		.toEqual(['Country: Germany', `Year: ${year}`, 'Provider type: Higher education institution']);
	await expect(page.getByLabel('Breakdown by')).toHaveValue('eqf_level');
	// Every figure but the supply (its rows, every country's, came with the page) is queried.
	for (const id of FIGURES.filter((f) => f !== 'uptake-supply'))
		await expect(chartOf(page, id)).toHaveAttribute('data-source', 'duckdb');
	await expect(tableOf(page, 'uptake-breakdown').locator('caption')).toHaveText(
		`Credentials and learners by EQF level: Germany, ${year}`
	);
	await page.getByRole('button', { name: 'Clear all filters' }).click();
	await expect.poll(() => filtersInUrl(page)).toBe('');
	expect(guard.requested.some((u) => u.endsWith('/data/uptake.arrows'))).toBe(true);
	expect(guard.requested.some((u) => u.endsWith('/data/supply.arrows'))).toBe(true);
	expect(await guard.cspViolations()).toEqual([]);
});

test('hidden cells are shown as hidden, with their flag, in the tables and the charts', async ({
	page
}) => {
	// A Member State's category hidden as the disclosure control hides it, served to the page:
	// which cells a build hides depends on its pseudonym key.
	const cell = { geo: 'FR', year: 2023, dimension: 'provider_type', category: 'hei' };
	await serveHiddenCells(page, {
		dir: 'build/data',
		table: 'uptake',
		hide: (r) => r.geo === cell.geo && r.year === cell.year && r.category === cell.category,
		columns: [
			'credentials',
			'learners',
			'credentials_per_1000_adults',
			'learners_per_1000_adults',
			'growth_yoy'
		]
	});
	await page.goto(`/uptake?filters=geo:${cell.geo};year:${cell.year}&by=${cell.dimension}`);
	await expect(chartOf(page, 'uptake-breakdown')).toHaveAttribute('data-source', 'duckdb');
	const hiddenCells = tableOf(page, 'uptake-breakdown').locator(
		'td[data-key="credentials"][data-flags="c"]'
	);
	await expect(hiddenCells.first()).toHaveText(/^hidden\s+c$/);
	// A chart out of sight is drawn when it comes into view.
	await chartOf(page, 'uptake-breakdown').scrollIntoViewIfNeeded();
	await expect(chartOf(page, 'uptake-breakdown').locator('svg')).toContainText('Hidden (c)');
	await expect(page.getByTestId('uptake-breakdown-notes')).toContainText('It is never shown as 0');
	// The same cell on the Member States' figures of its category: hidden there too.
	await page.goto(`/uptake?filters=year:${cell.year};${cell.dimension}:${cell.category}`);
	await expect(chartOf(page, 'uptake-ranking')).toHaveAttribute('data-source', 'duckdb');
	const country = tableOf(page, 'uptake-ranking').locator('tbody tr', {
		has: page.locator(`th[data-value="${geoName(cell.geo, 'en')}"]`)
	});
	await expect(country.locator('td[data-key="credentials"]')).toHaveText(/^hidden\s+c$/);
	await expect(
		page.locator(`[data-testid="uptake-map-svg"] a[data-geo="${cell.geo}"]`)
	).toHaveAttribute('aria-label', /hidden/);
});

test('the map is used with the keyboard: a country is a link that filters on it', async ({
	page
}) => {
	await page.goto('/uptake');
	const map = page.getByTestId('uptake-map-svg');
	await expect(map.locator('a[data-geo]')).toHaveCount(27);
	await map.locator('a[data-geo="CZ"]').focus();
	await page.keyboard.press('Tab');
	await expect(map.locator('a[data-geo="DE"]')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect.poll(() => filtersInUrl(page)).toBe('geo:DE');
	await expect(map.locator('a[data-geo="DE"]')).toBeFocused();
	await expect(map.locator('a[aria-current="true"]')).toHaveAttribute('data-geo', 'DE');
	await expect(figure(page, 'uptake-series').locator('h2')).toContainText('Germany');
	// Enter again: the filter goes.
	await page.keyboard.press('Enter');
	await expect.poll(() => filtersInUrl(page)).toBe('');
});

test('every figure of the uptake page downloads as data and image, labelled synthetic', async ({
	page
}) => {
	await page.goto('/uptake?filters=geo:FR;provider_type:vet');
	await expect(chartOf(page, 'uptake-series')).toHaveAttribute('data-source', 'duckdb');
	for (const id of FIGURES) {
		await test.step(id, async () => {
			const panel = figure(page, id);
			const csv = await downloadBy(panel.locator('[data-download="csv"]'));
			expect(csv.suggestedFilename()).toMatch(new RegExp(`^${id}.*\\.csv$`));
			const text = await downloadedText(csv);
			expect(text).toContain('Synthetic data, not real records');
			expect(text.trimEnd().split('\r\n').length, id).toBe(
				(await panel.locator('tbody tr').count()) + 1
			);
			const svg = await downloadBy(panel.locator('[data-download="svg"]'));
			const image = await downloadedText(svg);
			expect(image.startsWith('<svg'), id).toBe(true);
			expect(image).toContain('Synthetic data');
		});
	}
});

test('the uptake page has no serious accessibility violation, in each language and filtered', async ({
	page
}) => {
	for (const path of ['/uptake', '/fr/uptake', '/de/uptake']) {
		await page.goto(path);
		await expectAccessible(page);
	}
	await page.goto(
		'/uptake?filters=geo:FR|DE;year:2020;topic:green&by=topic&measure=learners&unit=rate'
	);
	await expect(chartOf(page, 'uptake-breakdown')).toHaveAttribute('data-source', 'duckdb');
	await expect(chips(page)).toHaveCount(4);
	await expectAccessible(page);
});
