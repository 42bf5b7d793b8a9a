import type { Page } from '@playwright/test';
import { downloadBy, downloadedBytes, downloadedText } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const chart = (page: Page) => page.locator('figure.chart');
const table = (page: Page) => page.getByTestId('participation-series-table');

async function columnHeaders(page: Page): Promise<string[]> {
	return table(page).locator('thead th').allInnerTexts();
}

async function cell(page: Page, year: number, key: string): Promise<string> {
	const row = table(page).locator('tbody tr', { has: page.locator(`th:text-is("${year}")`) });
	return (await row.locator(`td[data-key="${key}"]`).innerText()).replace(/\s+/g, ' ').trim();
}

test('the first view is prerendered: table and chart before any script, and readable without JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/participation');
	await expect(page.locator('h1')).toHaveText('Adult participation in learning');
	expect(await columnHeaders(page)).toEqual([
		'Year',
		'European Union (27)',
		'Germany',
		'France',
		'Italy',
		'Spain'
	]);
	expect(await cell(page, 2022, 'EU27_2020')).toBe('11.9');
	expect(await cell(page, 2013, 'FR')).toBe('17.8 b');
	await expect(chart(page).locator('svg')).toHaveCount(1);
	await expect(chart(page)).toHaveAttribute('data-source', 'prerendered');
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.getByText('trng_lfse_04', { exact: true })).toBeVisible();
	await context.close();
});

test('a pasted URL is drawn with data that came through DuckDB-WASM', async ({ page, guard }) => {
	await page.goto('/participation?geo=EU27_2020,FR,DE');
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	await expect(chart(page)).toHaveAttribute('data-ready', 'true');
	expect(await columnHeaders(page)).toEqual(['Year', 'European Union (27)', 'France', 'Germany']);
	expect(await cell(page, 2022, 'EU27_2020')).toBe('11.9');
	expect(await cell(page, 2021, 'DE')).toBe('7.7 b');
	await expect(chart(page).locator('svg')).toContainText('France');
	await expect(chart(page).locator('svg')).toContainText('Break in series (b)');
	expect(guard.requested.some((url) => /duckdb-(eh|mvp)\.[\w-]+\.wasm$/.test(url))).toBe(true);
	expect(guard.requested.some((url) => url.endsWith('/data/lfs_participation_4w.arrows'))).toBe(
		true
	);
	expect(await guard.cspViolations()).toEqual([]);
	expect(guard.consoleErrors).toEqual([]);
});

test('choosing a country updates the chart and the URL, and a reload restores the view', async ({
	page,
	guard
}) => {
	await page.goto('/participation');
	await expect(chart(page)).toHaveAttribute('data-ready', 'true');
	await page.getByLabel('Search countries').fill('belg');
	await expect(page.getByRole('checkbox')).toHaveCount(1);
	await page.getByRole('checkbox', { name: /Belgium/ }).check();
	await expect(page).toHaveURL(/\?geo=EU27_2020,DE,FR,IT,ES,BE$/);
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	await expect(table(page).locator('thead th').last()).toHaveText('Belgium');
	expect(await cell(page, 2021, 'BE')).toBe('10.2 b');
	await expect(chart(page).locator('svg')).toContainText('Belgium');

	await page.getByRole('button', { name: 'Remove Germany' }).click();
	await expect(page).toHaveURL(/\?geo=EU27_2020,FR,IT,ES,BE$/);
	await page.getByRole('radio', { name: 'Women' }).check();
	await expect(page).toHaveURL(/\?geo=EU27_2020,FR,IT,ES,BE&sex=F$/);
	await expect(table(page).locator('caption')).toContainText('Women');

	await page.reload();
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	expect(await columnHeaders(page)).toEqual([
		'Year',
		'European Union (27)',
		'France',
		'Italy',
		'Spain',
		'Belgium'
	]);
	await expect(page.getByRole('radio', { name: 'Women' })).toBeChecked();

	await page.goBack();
	await expect(table(page).locator('caption')).toContainText('Total');
	expect(await guard.cspViolations()).toEqual([]);
	expect(guard.consoleErrors).toEqual([]);
});

test('the Member States are listed in protocol order and the list is keyboard searchable', async ({
	page
}) => {
	await page.goto('/participation');
	const members = page
		.getByRole('group', { name: 'EU Member States (protocol order)' })
		.getByRole('checkbox');
	await expect(members).toHaveCount(27);
	const codes = await members.evaluateAll((inputs) =>
		inputs.map((i) => (i as HTMLInputElement).value)
	);
	expect(codes.slice(0, 9)).toEqual(['BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'EL', 'ES']);
	expect(codes.at(-1)).toBe('SE');
	await page.getByLabel('Search countries').focus();
	await page.keyboard.type('FI');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: /Finland/ })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/geo=EU27_2020,DE,FR,IT,ES,FI/);
});

test('the language switcher keeps the view', async ({ page, guard }) => {
	await page.goto('/participation?geo=FR,DE');
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/participation\?geo=FR,DE$/);
	await expect(page.locator('h1')).toHaveText('Participation des adultes à l’apprentissage');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	expect(await columnHeaders(page)).toEqual(['Année', 'France', 'Allemagne']);
	expect(await cell(page, 2022, 'FR')).toBe('13,3');
	await page.getByRole('link', { name: 'Deutsch' }).click();
	await expect(page).toHaveURL(/\/de\/participation\?geo=FR,DE$/);
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	expect(await columnHeaders(page)).toEqual(['Jahr', 'Frankreich', 'Deutschland']);
	expect(await guard.cspViolations()).toEqual([]);
});

test('no serious or critical accessibility violation, in each language and after interaction', async ({
	page
}) => {
	for (const path of ['/', '/participation', '/fr/participation', '/de/participation']) {
		await page.goto(path);
		await expectAccessible(page);
	}
	await page.goto('/participation?geo=EU27_2020,SE,RO');
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	await expectAccessible(page);
});

test('every old link form restores its view', async ({ page }) => {
	const forms: [string, string[], string][] = [
		['/participation?geo=fr,de&sex=f', ['France', 'Germany'], 'Women'],
		['/participation?geo=EU27_2020%2CFR&sex=M', ['European Union (27)', 'France'], 'Men'],
		['/participation?v=1&geo=FR,XX,FR', ['France'], 'Total'],
		[
			'/participation?sex=q&geo=',
			['European Union (27)', 'Germany', 'France', 'Italy', 'Spain'],
			'Total'
		]
	];
	for (const [url, countries, sex] of forms) {
		await page.goto(url);
		await expect(table(page).locator('caption')).toContainText(sex);
		await expect.poll(() => columnHeaders(page)).toEqual(['Year', ...countries]);
	}
});

function parseCsv(text: string): string[][] {
	// The figure CSV quotes fields with commas or quotes; none of the values here has a line break.
	return text
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n')
		.map((line) =>
			[...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
				.slice(0, -1)
				.map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'))
		);
}

test('each download of the figure matches the page, and the citation names the exact view', async ({
	page,
	guard
}) => {
	await page.goto('/participation?geo=EU27_2020,FR&sex=F');
	await expect(chart(page)).toHaveAttribute('data-source', 'duckdb');
	const figure = page.getByTestId('participation-series');
	const title = await figure.locator('h2').innerText();
	expect(title).toContain('Women');

	const csv = await downloadBy(figure.locator('[data-download="csv"]'));
	expect(csv.suggestedFilename()).toMatch(/^participation-series_geo-EU27_2020-FR_sex-F\.csv$/);
	const rows = parseCsv(await downloadedText(csv));
	expect(rows[0]).toEqual([
		'Year',
		'European Union (27)',
		'European Union (27) flags',
		'France',
		'France flags',
		'unit',
		'source'
	]);
	// One CSV row per table row, with the same years, values and flags.
	const shown = await table(page)
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				[...tr.querySelectorAll('[data-key]')].flatMap((c) =>
					c.tagName === 'TH'
						? [c.getAttribute('data-value') ?? '']
						: [c.getAttribute('data-value') ?? '', c.getAttribute('data-flags') ?? '']
				)
			)
		);
	expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual(shown);
	// And what the reader sees: the formatted cells say the same numbers and flags.
	const seen = await table(page)
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				[...tr.querySelectorAll('[data-key]')].map((c) =>
					(c as HTMLElement).innerText.replace(/\s+/g, ' ').trim()
				)
			)
		);
	const formatted = rows
		.slice(1)
		.map((r) => [
			r[0],
			...[1, 3].map((i) =>
				r[i] === '' ? ':' : `${Number(r[i]).toFixed(1)}${r[i + 1] ? ` ${r[i + 1]}` : ''}`
			)
		]);
	expect(seen).toEqual(formatted);
	expect(rows[1][5]).toBe('% of adults aged 25-64');
	expect(rows[1][6]).toMatch(/^Source: Eurostat, trng_lfse_04/);

	const svg = await downloadBy(figure.locator('[data-download="svg"]'));
	const svgText = await downloadedText(svg);
	expect(svgText.startsWith('<svg')).toBe(true);
	expect(svgText).toContain(title);
	expect(svgText).toContain('Source: Eurostat');
	expect(svgText).toContain('France');

	const png = await downloadBy(figure.locator('[data-download="png"]'));
	const pngBytes = await downloadedBytes(png);
	expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(pngBytes.byteLength).toBeGreaterThan(20_000);

	await figure.getByText('Cite this figure').click();
	const citation = await figure.getByTestId('citation').innerText();
	expect(citation).toContain(title);
	expect(citation).toContain(`${new URL(page.url()).origin}/participation?geo=EU27_2020,FR&sex=F`);
	expect(citation).toMatch(/accessed \d{4}-\d{2}-\d{2}/);
	expect(await guard.cspViolations()).toEqual([]);
	expect(guard.consoleErrors).toEqual([]);
});
