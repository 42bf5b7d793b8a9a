import { existsSync, readFileSync } from 'node:fs';
import { geoName, MEMBER_STATES } from '../../core/contract/countries';
import { downloadBy, downloadedText } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const LANGS = [
	{ lang: 'en', prefix: '' },
	{ lang: 'fr', prefix: 'fr/' },
	{ lang: 'de', prefix: 'de/' }
] as const;

/** The figures of a profile page, in page order. */
const PROFILE_FIGURES = [
	'target-series',
	'uptake-country-series',
	'inclusion-profile',
	'quality-profile',
	'country-measures'
];

test('every Member State has a profile in every language, each titled with its name', () => {
	for (const { lang, prefix } of LANGS)
		for (const { geo } of MEMBER_STATES) {
			const file = `build/${prefix}country/${geo.toLowerCase()}.html`;
			expect(existsSync(file), file).toBe(true);
			const html = readFileSync(file, 'utf8');
			const name = geoName(geo, lang).replace(/'/g, '&#39;');
			expect(html, file).toMatch(new RegExp(`<h1[^>]*>${name}`));
			// Every panel is prerendered: its table is in the HTML.
			for (const id of PROFILE_FIGURES) expect(html, `${file} ${id}`).toContain(`${id}-table`);
		}
});

test('a profile is readable before any script and links every panel to its full view', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/country/pt');
	await expect(page.locator('h1')).toHaveText('Portugal: country profile');
	await expect(page.getByTestId('country-target')).toContainText('took part in learning');
	await expect(page.getByTestId('country-target')).toContainText('Social Scoreboard');
	for (const id of PROFILE_FIGURES)
		await expect(
			page.locator(`#${id} figure.chart svg, #${id} figure.chart`).first()
		).toBeVisible();
	// Each page's own parameter for the country (uptake filters on it).
	const views = {
		'/target': 'geo=PT',
		'/uptake': 'filters=geo:PT',
		'/inclusion': 'geo=PT',
		'/quality': 'geo=PT'
	};
	for (const [path, query] of Object.entries(views))
		await expect(page.locator(`a[href^="${path}?"][href*="${query}"]`), path).toHaveCount(1);
	// Panels on synthetic tables say so on the chart itself.
	await expect(page.locator('#country-measures figure.chart svg')).toContainText('Synthetic data');
	await context.close();
});

test('every figure of a profile downloads, and the profile needs no database', async ({
	page,
	guard
}) => {
	await page.goto('/de/country/pl');
	await expect(page.locator('h1')).toHaveText('Polen: Länderprofil');
	for (const id of PROFILE_FIGURES) {
		const figure = page.getByTestId(id);
		const csv = await downloadBy(figure.locator('[data-download="csv"]'));
		expect(csv.suggestedFilename(), id).toMatch(new RegExp(`^${id}.*\\.csv$`));
		const lines = (await downloadedText(csv)).trimEnd().split('\r\n');
		expect(lines.length, id).toBe((await figure.locator('tbody tr').count()) + 1);
	}
	// Drawn from the build's rows: no DuckDB-WASM is fetched for a profile.
	expect(guard.requested.filter((url) => url.endsWith('.wasm'))).toEqual([]);
	expect(await guard.cspViolations()).toEqual([]);
});

test('the landing page shows the EU headline figures, says which are synthetic, and its map opens the profiles', async ({
	page,
	guard
}) => {
	await page.goto('/');
	const headline = page.getByTestId('home-headline');
	// AES 2022 excluding guided on-the-job training, EU: 39.5 %.
	await expect(headline.locator('[data-kind="official"]').first()).toContainText('39.5 %');
	await expect(headline.locator('[data-kind="synthetic"]')).not.toHaveCount(0);
	// The synthetic cards share one year: the latest complete one, before the release's year.
	const manifest = JSON.parse(readFileSync('build/data/manifest.json', 'utf8'));
	const latestComplete = String(Number(manifest.generatedAt.slice(0, 4)) - 1);
	for (const card of await headline.locator('[data-kind="synthetic"]').all()) {
		await expect(card).toContainText('Synthetic data, not real records');
		await expect(card).toContainText(latestComplete);
	}
	await expect(page.getByTestId('home-profiles').locator('a')).toHaveCount(27);
	// Keyboard: the map's Member States are links to their profiles.
	const france = page.locator('[data-testid="target-map-svg"] a[data-geo="FR"]');
	await france.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/country\/fr$/);
	await expect(page.locator('h1')).toHaveText('France: country profile');
	expect(await guard.cspViolations()).toEqual([]);
});

for (const { lang, prefix } of LANGS)
	test(`the landing page and a profile have no serious accessibility violation (${lang})`, async ({
		page
	}) => {
		test.slow();
		await page.goto(`/${prefix}`);
		await expectAccessible(page);
		await page.goto(`/${prefix}country/fi`);
		await expectAccessible(page);
	});
