import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { geoName, MEMBER_STATES } from '../../core/contract/countries';
import { downloadBy, downloadedText, downloadedBytes } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const LANGS = [
	{ lang: 'en', prefix: '' },
	{ lang: 'fr', prefix: 'fr/' },
	{ lang: 'de', prefix: 'de/' }
] as const;

/** The figures of a national report, in the order they are numbered. */
const NATIONAL_FIGURES = [
	'target-series',
	'target-classification',
	'uptake-country-series',
	'inclusion-profile',
	'quality-profile',
	'country-measures'
];
const NATIONAL_SECTIONS = [
	'summary',
	'participation',
	'uptake',
	'inclusion',
	'quality',
	'measures'
];

/** The figures of the Commission's report, in the order they are numbered. */
const EU_FIGURES = [
	'target-distance',
	'target-classification',
	'target-map',
	'uptake-ranking',
	'uptake-map',
	'inclusion-heatmap',
	'quality-countries',
	'coverage-table',
	'coverage-map'
];

const INJECTIONS = [
	'=HYPERLINK("http://x")',
	'+cmd',
	'@SUM(1)',
	'-1+1',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>'
];

/** Fails the test if anything opens a dialog (alert, confirm, prompt): a script ran. */
function guardDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}

/** The page's scripts have run: its charts are drawn by ECharts (after hydration). */
async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('figure.chart[data-ready="true"]').first()).toBeAttached();
}

/** The pages of a PDF: its page objects (/Type /Page, not /Pages). */
function pdfPageCount(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * The titles in a PDF's outline (its bookmarks, from the printed page's headings): literal
 * strings with their escapes undone, or UTF-16 hex strings. Chromium keeps them out of the
 * compressed page content, so the PDF's own text can be checked without a PDF library.
 */
function pdfOutlineTitles(pdf: Buffer): string[] {
	const text = pdf.toString('latin1');
	const titles: string[] = [];
	for (const [, literal, hex] of text.matchAll(
		/\/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f]+)>)/g
	)) {
		if (hex) {
			const bytes = Buffer.from(hex, 'hex');
			titles.push(bytes.subarray(2).swap16().toString('utf16le'));
		} else {
			titles.push(Buffer.from(literal.replace(/\\(.)/g, '$1'), 'latin1').toString('utf8'));
		}
	}
	return titles;
}

/** Whitespace left out: the outline joins a heading's lines without a space. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** What a figure's heading says on the page: "Figure 3" and the title. */
async function figureHeadings(page: Page, ids: readonly string[]) {
	return Promise.all(
		ids.map(async (id) => ({
			id,
			// Its text, not as printed (upper case by CSS).
			number: (
				(await page.locator(`[data-figure-number]:has(#${id}) .figure-number`).textContent()) ?? ''
			).trim(),
			title: (await page.locator(`#${id}-title`).innerText()).trim()
		}))
	);
}

/** A CSV cell that a spreadsheet would read as a formula (a plain number is a number). */
function startsFormula(cell: string): boolean {
	if (/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) return false;
	return /^"?[=+\-@\t\r]/.test(cell);
}

test('every report is prerendered, in every language, with its figures and their tables', () => {
	for (const { lang, prefix } of LANGS) {
		for (const { geo } of MEMBER_STATES) {
			const file = `build/${prefix}report/${geo.toLowerCase()}.html`;
			expect(existsSync(file), file).toBe(true);
			const html = readFileSync(file, 'utf8');
			const name = geoName(geo, lang).replace(/'/g, '&#39;');
			expect(html, file).toMatch(new RegExp(`<h1[^>]*>${name}`));
			for (const id of NATIONAL_FIGURES) expect(html, `${file} ${id}`).toContain(`${id}-table`);
		}
		const eu = readFileSync(`build/${prefix}report/eu.html`, 'utf8');
		for (const id of EU_FIGURES) expect(eu, `${prefix}report/eu ${id}`).toContain(`${id}-table`);
		expect(existsSync(`build/${prefix}report.html`)).toBe(true);
	}
});

const PRINTED = [
	{
		path: '/report/fr',
		heading: 'France: national report on micro-credentials',
		ids: NATIONAL_FIGURES
	},
	{
		path: '/de/report/pl',
		heading: 'Polen: nationaler Bericht zu Microcredentials',
		ids: NATIONAL_FIGURES
	},
	{
		path: '/fr/report/pt',
		heading: 'Portugal : rapport national sur les microcertifications',
		ids: NATIONAL_FIGURES
	},
	{
		path: '/report/eu',
		heading: 'Commission report: micro-credentials in the Member States',
		ids: EU_FIGURES
	}
];

for (const report of PRINTED)
	test(`${report.path} renders its numbered figures and prints to PDF`, async ({ page, guard }) => {
		test.slow();
		const dialogs = guardDialogs(page);
		await page.goto(report.path);
		await expect(page.locator('h1')).toHaveText(report.heading);
		const headings = await figureHeadings(page, report.ids);
		// Numbered 1, 2, 3 … in page order, each with its dashboard's title.
		expect(headings.map((h) => h.number.replace(/\D+/g, ''))).toEqual(
			report.ids.map((_, i) => String(i + 1))
		);
		for (const h of headings) expect(h.title.length, h.id).toBeGreaterThan(5);
		await expect(page.getByTestId('report-meta').first()).toContainText(/\d{4}-\d{2}-\d{2}/);

		// The printed page: the site's header and the controls left out, every figure there.
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('body > div > header').first()).toBeHidden();
		await expect(page.locator('[data-report-download="pdf"]')).toBeHidden();
		await expect(page.locator('.downloads').first()).toBeHidden();
		for (const h of headings) {
			await expect(page.locator(`#${h.id}-title`)).toBeVisible();
			await expect(page.getByTestId(`${h.id}-table`)).toBeVisible();
		}
		await expect(page.locator('#annex')).toContainText(headings[0].title);
		const pdf = await page.pdf({
			format: 'A4',
			printBackground: true,
			outline: true,
			tagged: true
		});
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		// Every figure's title is in the PDF itself (its outline).
		const outline = pdfOutlineTitles(pdf).map(squeezed);
		for (const h of headings)
			expect(
				outline.some((title) => title.includes(squeezed(h.title))),
				`${h.id}: ${h.title} in ${outline.join(' | ')}`
			).toBe(true);
		// One page at least per section and the annex (each starts a page).
		const sections = report.ids === EU_FIGURES ? 7 : NATIONAL_SECTIONS.length + 1;
		expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(sections);
		await page.emulateMedia({ media: 'screen' });

		// Drawn from the build's rows: no DuckDB-WASM is fetched for a report.
		expect(guard.requested.filter((url) => url.endsWith('.wasm'))).toEqual([]);
		expect(await guard.cspViolations()).toEqual([]);
		expect(dialogs).toEqual([]);
	});

test('every download of a national report holds what the page shows', async ({ page, guard }) => {
	test.slow();
	await page.goto('/report/fr');
	await expect(page.locator('h1')).toContainText('France');
	for (const id of NATIONAL_FIGURES) {
		const figure = page.getByTestId(id);
		const title = (await page.locator(`#${id}-title`).innerText()).trim();
		const rows = await figure.locator('tbody tr').count();

		const csv = await downloadBy(figure.locator('[data-download="csv"]'));
		const lines = (await downloadedText(csv)).trimEnd().split('\r\n');
		expect(lines.length, id).toBe(rows + 1);
		const firstCell = await figure.locator('tbody tr').first().locator('th, td').first();
		if (rows > 0) expect(lines[1], id).toContain(await firstCell.getAttribute('data-value'));

		const svg = await downloadBy(figure.locator('[data-download="svg"]'));
		const svgText = await downloadedText(svg);
		const svgTitle = /<title>([^<]*)<\/title>/.exec(svgText)?.[1] ?? '';
		expect(unescapeXml(svgTitle), id).toBe(title);

		const png = await downloadBy(figure.locator('[data-download="png"]'));
		const pngBytes = await downloadedBytes(png);
		expect(pngBytes.subarray(1, 4).toString('latin1'), id).toBe('PNG');
		expect(pngBytes.length, id).toBeGreaterThan(1000);
	}

	// The report bundle (a ZIP of every figure's SQL, rows and the tables they read).
	const bundle = await downloadBy(page.getByTestId('report-bundle').locator('button'));
	expect(bundle.suggestedFilename()).toMatch(/^uptake-report-fr-.*\.zip$/);
	const zip = await downloadedBytes(bundle);
	expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
	for (const id of NATIONAL_FIGURES) expect(zip.includes(Buffer.from(id)), id).toBe(true);

	const headings = await figureHeadings(page, NATIONAL_FIGURES);
	const html = await downloadBy(page.locator('[data-report-download="html"]'));
	expect(html.suggestedFilename()).toBe('report-fr-en.html');
	const text = await downloadedText(html);
	expect(text).not.toMatch(/<script/i);
	expect(text).not.toMatch(/\s(?:src|href)="(?!#)/);

	// Opened on its own, the file shows the same figures, numbers and tables, with no request.
	const file = await page.context().newPage();
	const dialogs = guardDialogs(file);
	await file.setContent(text);
	const captions = await file.locator('figcaption').allTextContents();
	expect(captions.map((c) => c.trim())).toEqual(headings.map((h) => `${h.number} ${h.title}`));
	for (const id of NATIONAL_FIGURES) {
		expect(await file.locator(`#${id} tbody tr`).count(), id).toBe(
			await page.getByTestId(id).locator('tbody tr').count()
		);
		await expect(file.locator(`#${id} svg`).first()).toBeVisible();
	}
	await expect(file.locator('h1')).toHaveText(await page.locator('h1').innerText());
	expect(dialogs).toEqual([]);
	await file.close();
	expect(await guard.cspViolations()).toEqual([]);
});

test('a ministry’s commentary stays in the browser, is marked as written by hand, and is only ever text', async ({
	page,
	guard
}) => {
	test.slow();
	const dialogs = guardDialogs(page);
	await page.goto('/report/be');
	await hydrated(page);
	const commentary = `Our reading.\n${INJECTIONS.join('\n')}`;
	const box = page.getByTestId('commentary-summary').locator('textarea');
	await box.fill(commentary);
	await page.reload();
	await hydrated(page);
	await expect(box).toHaveValue(commentary);
	// Another report, another section: not the same text.
	await expect(page.getByTestId('commentary-uptake').locator('textarea')).toHaveValue('');

	await page.emulateMedia({ media: 'print' });
	const printed = page.getByTestId('handwritten-summary');
	await expect(printed).toBeVisible();
	await expect(printed).toContainText('Written by hand');
	await expect(printed.locator('.text')).toHaveText(commentary);
	await expect(printed.locator('script, img')).toHaveCount(0);
	await expect(page.getByTestId('commentary-summary').locator('textarea')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	const html = await downloadBy(page.locator('[data-report-download="html"]'));
	const text = await downloadedText(html);
	expect(text).toContain('<p class="label">Written by hand</p>');
	expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	expect(text).not.toMatch(/<script|<img/i);
	const file = await page.context().newPage();
	const fileDialogs = guardDialogs(file);
	await file.setContent(text);
	await expect(file.locator('#summary .handwritten .text')).toHaveText(commentary);
	await file.waitForTimeout(300);
	expect(fileDialogs).toEqual([]);
	await file.close();

	// Never sent: no request carried the text.
	expect(guard.requested.filter((url) => /HYPERLINK|Our%20reading|alert/.test(url))).toEqual([]);
	expect(dialogs).toEqual([]);
	await page.evaluate(() => localStorage.clear());
});

test('titles of measures that a spreadsheet or a browser would run are shown and exported as text', async ({
	page,
	guard
}) => {
	test.slow();
	const dialogs = guardDialogs(page);
	// The measures' titles of the build, replaced in the page's data (as a measures/ file could
	// carry them) on the way to a client-side navigation.
	await page.goto('/report/de');
	const titles = await page
		.getByTestId('country-measures-table')
		.locator('td[data-key="title"]')
		.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value') ?? ''));
	expect(titles.length).toBeGreaterThan(0);
	await page.route('**/report/de/__data.json*', async (route) => {
		const response = await route.fetch();
		const body = JSON.parse(await response.text());
		let n = 0;
		const swap = (value: unknown): unknown => {
			if (typeof value === 'string' && titles.includes(value))
				return INJECTIONS[n++ % INJECTIONS.length];
			if (Array.isArray(value)) return value.map(swap);
			if (value && typeof value === 'object')
				return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
			return value;
		};
		await route.fulfill({ response, json: swap(body) });
	});
	// Scripts loaded first: a click before hydration is a full page load, which asks for no
	// __data.json and shows the build's titles (the test flaked so under load).
	await page.goto('/report', { waitUntil: 'networkidle' });
	const data = page.waitForResponse('**/report/de/__data.json*');
	await page.locator('a[href$="/report/de"]').click();
	await data;
	await expect(page.locator('h1')).toContainText('Germany');
	const shown = await page
		.getByTestId('country-measures-table')
		.locator('td[data-key="title"]')
		.allInnerTexts();
	expect(shown.some((t) => INJECTIONS.includes(t))).toBe(true);
	await expect(page.locator('#measures')).toContainText('<script>alert(1)</script>');

	const csv = await downloadBy(
		page.getByTestId('country-measures').locator('[data-download="csv"]')
	);
	const cells = (await downloadedBytes(csv))
		.toString('utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r\n/)
		.flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(?=,|$)/g) ?? [])
		.filter((cell) => cell !== '');
	expect(cells.filter(startsFormula)).toEqual([]);

	const html = await downloadBy(page.locator('[data-report-download="html"]'));
	const text = await downloadedText(html);
	expect(text).not.toMatch(/<script|<img/i);
	expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	const file = await page.context().newPage();
	const fileDialogs = guardDialogs(file);
	await file.setContent(text);
	await expect(file.locator('#measures')).toContainText('<script>alert(1)</script>');
	await file.waitForTimeout(300);
	expect(fileDialogs).toEqual([]);
	await file.close();
	expect(dialogs).toEqual([]);
	expect(await guard.cspViolations()).toEqual([]);
});

for (const { lang, prefix } of LANGS)
	test(`a national report and the Commission's have no serious accessibility violation (${lang})`, async ({
		page
	}) => {
		test.slow();
		await page.goto(`/${prefix}report`);
		await expectAccessible(page);
		await page.goto(`/${prefix}report/fi`);
		await expectAccessible(page);
		await page.goto(`/${prefix}report/eu`);
		await expectAccessible(page);
	});

function unescapeXml(text: string): string {
	return text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&');
}
