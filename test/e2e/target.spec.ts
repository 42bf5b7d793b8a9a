import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const chart = (page: Page) => page.locator('figure.chart');
const distanceChart = (page: Page) => page.locator('#target-distance figure.chart');
const table = (page: Page) => page.getByTestId('target-distance-table');

/** The text of column `key` in every body row, in order. */
async function column(page: Page, key: string): Promise<string[]> {
	const cells = await table(page).locator(`tbody [data-key="${key}"]`).allInnerTexts();
	return cells.map((c) => c.replace(/\s+/g, ' ').trim());
}

async function row(page: Page, country: string): Promise<Record<string, string>> {
	const tr = table(page).locator('tbody tr', { has: page.locator(`th:text-is("${country}")`) });
	const keys = ['latest', 'target', 'gap', 'observed', 'required', 'status', 'caveat'];
	const values = await Promise.all(
		keys.map((key) => tr.locator(`[data-key="${key}"]`).innerText())
	);
	return Object.fromEntries(keys.map((k, i) => [k, values[i].replace(/\s+/g, ' ').trim()]));
}

test('the first view is prerendered: the EU headline, every target and its caveat, before any script', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/target');
	await expect(page.locator('h1')).toHaveText('Adult participation against the 2030 targets');
	// AES excluding guided on-the-job training, EU: 37.4 (2016), 39.5 (2022); target 60, milestone
	// 47 (2025), national targets together 57.6 (../shared/data, targets/ and eurostat/).
	const headline = page.getByTestId('target-headline');
	await expect(headline).toContainText('39.5 % of adults took part in learning in 2022');
	await expect(headline).toContainText('Target: 60.0 % in 2030, 20.5 percentage points away');
	await expect(headline).toContainText('Milestone: 47.0 % in 2025, 7.5 percentage points away');
	await expect(headline).toContainText('57.6 %');
	// The EU and the 27 Member States, the EU first, then by distance to target.
	const countries = await column(page, 'geo');
	expect(countries).toHaveLength(28);
	expect(countries[0]).toBe('European Union (27)');
	// FI: 51.4 (2016) -> 51.8 (2022) against 60; the sources also give 50.
	expect(await row(page, 'Finland')).toMatchObject({
		latest: '51.8',
		target: '60.0',
		gap: '8.2',
		status: 'limited progress'
	});
	expect((await row(page, 'Finland')).caveat).toContain('another gives 50 %');
	expect((await row(page, 'Finland')).caveat).toContain('target achieved');
	await expect(distanceChart(page)).toHaveAttribute('data-source', 'prerendered');
	await expect(chart(page)).toHaveCount(2);
	// The Social Scoreboard classification of the 27 (level 2022, change since 2016), e.g. SE
	// 66.5 (+7.7), RO 19.1 (+13.3), BG 9.5 (-2.3); the categories match an independent
	// computation (participation-targets unit tests, DOMAIN.md method).
	const classification = page.getByTestId('target-classification-table');
	await expect(classification.locator('tbody tr')).toHaveCount(27);
	const category = async (country: string) =>
		(
			await classification
				.locator('tbody tr', { has: page.locator(`th:text-is("${country}")`) })
				.locator('[data-key="category"]')
				.innerText()
		).trim();
	expect(await category('Sweden')).toBe('best performers');
	expect(await category('Romania')).toBe('weak but improving');
	expect(await category('Bulgaria')).toBe('critical situation');
	await expect(page.locator('#target-classification svg')).toContainText('best performers');
	await context.close();
});

test('ordering the Member States goes through DuckDB-WASM and into the URL, and a pasted URL restores it', async ({
	page,
	guard
}) => {
	await page.goto('/target?sort=value');
	await expect(distanceChart(page)).toHaveAttribute('data-source', 'duckdb');
	await expect(page.getByRole('radio', { name: 'latest level' })).toBeChecked();
	const byValue = await column(page, 'latest');
	const levels = byValue.slice(1).map((v) => Number(v.split(' ')[0]));
	expect(levels).toEqual([...levels].sort((a, b) => b - a));
	expect(guard.requested.some((url) => url.endsWith('/data/participation_targets.arrows'))).toBe(
		true
	);
	await page.getByRole('radio', { name: 'country code' }).check();
	await expect(page).toHaveURL(/sort=geo/);
	await expect
		.poll(async () => (await column(page, 'geo')).slice(0, 3))
		.toEqual(['European Union (27)', 'Austria', 'Belgium']);
	await expect(distanceChart(page).locator('svg')).toContainText('National 2030 target');
	expect(await guard.cspViolations()).toEqual([]);
});

test('the target page has no serious accessibility violation, in each language and after interaction', async ({
	page
}) => {
	for (const path of ['/target', '/fr/target', '/de/target']) {
		await page.goto(path);
		await expectAccessible(page);
	}
	await page.goto('/target?sort=geo');
	await expect(distanceChart(page)).toHaveAttribute('data-source', 'duckdb');
	await expectAccessible(page);
});
