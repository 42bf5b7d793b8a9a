// Part 4 of the console: a ministry's own file, dropped on /explore, checked by the contract and
// aggregated by the indicator SQL in the browser, with not one request once it is dropped.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { downloadBy, downloadedText } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

const FIXTURE = 'test/fixtures/local/dirty-issuance.csv';
const LEARNER_IDS = /learner-0|ana@example\.org/i;

const status = (page: Page) => page.getByTestId('explore-status');

/** Requests since `from`, but the tab's icon that the browser itself asks for. */
const requestsSince = (requested: readonly string[], from: number) =>
	requested.slice(from).filter((url) => /^https?:/.test(url) && !/\/favicon\.\w+$/.test(url));

/** The page, hydrated, its validating worker and engine started. */
async function open(page: Page, path = '/explore') {
	await page.goto(path);
	await expect(status(page)).toHaveAttribute('data-live', 'true');
	await expect(page.getByTestId('local-data')).toHaveAttribute('data-ready', 'true', {
		timeout: 60_000
	});
}

/** Drops a file on the drop zone as a reader's drag and drop does. */
async function dropFile(page: Page, name: string, text: string) {
	const dataTransfer = await page.evaluateHandle(
		([name, text]) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], name, { type: 'text/csv' }));
			return transfer;
		},
		[name, text]
	);
	await page.getByTestId('local-zone').dispatchEvent('drop', { dataTransfer });
}

/** Runs a query; waits for its `rows` rows to be drawn, and reads them. */
async function runQuery(page: Page, sql: string, rows: number) {
	const before = await status(page).getAttribute('data-answered');
	await page.getByTestId('explore-editor').fill(sql);
	await page.getByTestId('explore-editor').press('Control+Enter');
	await expect(status(page)).not.toHaveAttribute('data-answered', before ?? '', {
		timeout: 60_000
	});
	await expect(status(page)).toHaveAttribute('data-status', 'done');
	const drawn = page.getByTestId('explore-result').locator('tbody tr:not(.spacer)');
	await expect(drawn).toHaveCount(rows);
	return drawn.evaluateAll((rows) =>
		rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''))
	);
}

test('a dirty CSV dropped in is checked, aggregated in the browser and shown, and nothing leaves the page', async ({
	page,
	guard
}) => {
	await open(page);
	await expect(page.getByTestId('local-privacy')).toContainText('Nothing leaves your browser');
	const before = guard.requested.length;
	const sent: string[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'GET' || request.postData() !== null) sent.push(request.url());
	});

	await dropFile(page, 'dirty-issuance.csv', readFileSync(FIXTURE, 'utf8'));
	const local = page.getByTestId('local-data');
	await expect(page.getByTestId('local-status')).toHaveAttribute('data-state', 'done', {
		timeout: 60_000
	});
	await expect(page.getByTestId('local-status')).toContainText(
		'dirty-issuance.csv: 13 rows read, 7 accepted, 6 rejected'
	);
	await expect(page.getByTestId('local-kind')).toHaveAttribute('data-kind', 'issuance');
	await expect(page.getByTestId('local-accepted')).toHaveText('7');
	await expect(page.getByTestId('local-rejected')).toHaveText('6');
	// The reasons, by line (see test/unit/explore/local-file-check.test.ts for the file by hand).
	const reasons = page.getByTestId('local-rejections').locator('tbody tr');
	await expect(reasons).toHaveCount(6);
	expect(
		await reasons.evaluateAll((rows) =>
			rows.map((r) => [r.getAttribute('data-line'), r.getAttribute('data-rule')])
		)
	).toEqual([
		['6', 'country.unknown'],
		['8', 'date.impossible'],
		['9', 'eqf.out_of_range'],
		['10', 'credential.duplicate'],
		['13', 'csv.field_count'],
		['16', 'country.unknown']
	]);
	await expect(reasons.nth(1)).toContainText('issue_date');
	await expect(local).not.toContainText(LEARNER_IDS);

	// The rejection report: every reason, located, formula-safe, no learner identifier.
	const download = await downloadBy(page.getByTestId('local-report'));
	expect(download.suggestedFilename()).toBe('dirty-issuance-rejections.csv');
	const report = await downloadedText(download);
	const lines = report.trimEnd().split('\n');
	expect(lines[0]).toBe('file,line,column,column_name,rule,message');
	expect(lines).toHaveLength(7);
	expect(lines[2]).toMatch(/^dirty-issuance\.csv,8,6,issue_date,date\.impossible,/);
	expect(report).not.toMatch(LEARNER_IDS);
	for (const line of lines) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+@]/);
	// Not one request from the drop to the report: the file and its records stayed here.
	expect(requestsSince(guard.requested, before)).toEqual([]);

	// The aggregates in the console, listed as local and unpublished.
	const schema = page.getByTestId('local-schema');
	await expect(schema.locator('h2')).toHaveText('Local, unpublished');
	await expect(schema.locator('details[data-table="local_uptake"]')).toBeAttached();
	await expect(schema.locator('details[data-table="local_annex1_completeness"]')).toBeAttached();
	expect(
		await runQuery(
			page,
			"SELECT geo, year, credentials, learners, source FROM local_uptake WHERE dimension = 'topic' AND category = '_T' ORDER BY geo, year",
			3
		)
	).toEqual([
		['BE', '2023', '1', '1', 'local, unpublished'],
		['BE', '2024', '5', '4', 'local, unpublished'],
		['FR', '2024', '1', '1', 'local, unpublished']
	]);
	await expect(page.getByTestId('explore-local-source')).toContainText('Local, unpublished');
	expect(
		await runQuery(
			page,
			"SELECT records, records_with_element FROM local_annex1_completeness WHERE geo = 'BE' AND year = 2023 AND element = '6'",
			1
		)
	).toEqual([['1', '0']]);

	// The console's first result loads its own code (the chart's): nothing but the site's
	// scripts was asked for, and nothing was sent.
	for (const url of requestsSince(guard.requested, before))
		expect(url).toMatch(/\/_app\/immutable\//);
	expect(sent).toEqual([]);
	expect(await guard.cspViolations()).toEqual([]);
	await expectAccessible(page);

	// The uptake page shows the local series, labelled, from this browser's store.
	await page.goto('/uptake');
	const series = page.getByTestId('uptake-local');
	await expect(series.locator('h2')).toHaveText('Your own data (local, unpublished)');
	await expect(series.locator('tr[data-geo="BE"][data-year="2024"]')).toContainText('Belgium');
	await expect(series.locator('tr[data-geo="BE"][data-year="2024"] td')).toHaveText([
		'2024',
		'5',
		'4',
		'Local, unpublished'
	]);
	await expect(series).toContainText('dirty-issuance.csv');
	await expectAccessible(page);

	// The quality page shows the local Annex I completeness, by hand: BE 2024's five records carry
	// every element; BE 2023's one record (C3) has no learning outcomes (vi), so not all eleven;
	// FR 2024's one record (C4) carries them all (an empty EQF level is "not applicable").
	await page.goto('/quality');
	const quality = page.getByTestId('quality-local');
	await expect(quality.locator('h2')).toHaveText('Your own data (local, unpublished)');
	await expect(quality).toContainText('dirty-issuance.csv');
	await expect(quality.locator('thead th')).toHaveText([
		'Annex I element',
		'Belgium, 2024',
		'Belgium, 2023',
		'France, 2024'
	]);
	const cells = (element: string) => quality.locator(`tr[data-element="${element}"] td`);
	await expect(cells('records')).toHaveText(['5', '1', '1']);
	await expect(cells('1')).toHaveText(['100.0 % (5)', '100.0 % (1)', '100.0 % (1)']);
	await expect(cells('6')).toHaveText(['100.0 % (5)', '0.0 % (0)', '100.0 % (1)']);
	await expect(cells('8')).toHaveText(['100.0 % (5)', '100.0 % (1)', '100.0 % (1)']);
	await expect(cells('all')).toHaveText(['100.0 % (5)', '0.0 % (0)', '100.0 % (1)']);
	await expect(quality.locator('tr[data-element="all"] th')).toHaveText('All eleven elements');
	await expect(cells('source')).toHaveText(Array(3).fill('Local, unpublished'));
	await expect(quality.locator('tbody tr')).toHaveCount(14);
	await expectAccessible(page);
});

test('the file input works from the keyboard, and the local tables come back on the next visit', async ({
	page
}) => {
	await open(page);
	await page.getByTestId('local-file').focus();
	await expect(page.getByTestId('local-file')).toBeFocused();
	await page.getByTestId('local-file').setInputFiles(FIXTURE);
	await expect(page.getByTestId('local-accepted')).toHaveText('7', { timeout: 60_000 });
	await open(page);
	await expect(page.getByTestId('local-schema').locator('details')).toHaveCount(2);
	const rows = await runQuery(page, 'SELECT count(*) FROM local_annex1_completeness', 1);
	// 3 country-years x 12 elements (1-11 and all).
	expect(rows).toEqual([['36']]);
});

test('a catalogue dropped in gives the local supply, in the console and on the uptake page', async ({
	page,
	guard
}) => {
	await open(page);
	const before = guard.requested.length;
	await page.getByTestId('local-file').setInputFiles('test/fixtures/local/catalogue.csv');
	await expect(page.getByTestId('local-status')).toHaveAttribute('data-state', 'done', {
		timeout: 60_000
	});
	await expect(page.getByTestId('local-kind')).toHaveAttribute('data-kind', 'catalogue');
	await expect(page.getByTestId('local-accepted')).toHaveText('5');
	await expect(page.getByTestId('local-rejected')).toHaveText('2');
	const schema = page.getByTestId('local-schema');
	await expect(schema.locator('details')).toHaveCount(2);
	await expect(schema.locator('details[data-table="local_supply"]')).toBeAttached();
	await expect(schema.locator('details[data-table="local_annex2_principles"]')).toBeAttached();
	// Not one request from the drop to the tables shown (the console loads its code on a query).
	expect(requestsSince(guard.requested, before)).toEqual([]);
	// By hand (test/unit/explore/local-supply.test.ts): BE has four offers of three providers, two
	// listed in a public catalogue; O4 has no provider type.
	const rows = await runQuery(
		page,
		"SELECT provider_type, offers, offers_in_public_catalogue, providers, source FROM local_supply WHERE geo = 'BE'",
		4
	);
	expect(rows).toEqual([
		['_T', '4', '2', '3', 'local, unpublished'],
		['hei', '2', '1', '1', 'local, unpublished'],
		['vet', '1', '0', '1', 'local, unpublished'],
		['UNK', '1', '1', '1', 'local, unpublished']
	]);

	await page.goto('/uptake');
	const supply = page.getByTestId('uptake-local-supply');
	await expect(supply.locator('tr[data-geo="BE"][data-provider-type="_T"] td')).toHaveText([
		'All',
		'4',
		'2',
		'50.0',
		'3',
		'Local, unpublished'
	]);
	await expect(supply.locator('tbody tr')).toHaveCount(6);
	await expect(page.getByTestId('uptake-local')).toContainText('catalogue.csv');
	await expectAccessible(page);

	// The quality page: the share of offers listed in a public catalogue (Annex II).
	await page.goto('/quality');
	const principles = page.getByTestId('quality-local-principles');
	await expect(principles.locator('tbody tr')).toHaveCount(2);
	await expect(
		principles.locator('tr[data-principle="information_public_catalogue"][data-geo="BE"] td')
	).toHaveText(['Belgium', 'catalogue offers', '4', '50.0 % (2)', 'Local, unpublished']);
	await expectAccessible(page);
});

test('a provider register dropped in gives the local Annex II principles on the quality page', async ({
	page,
	guard
}) => {
	await open(page);
	const before = guard.requested.length;
	await page.getByTestId('local-file').setInputFiles('test/fixtures/local/providers.csv');
	await expect(page.getByTestId('local-status')).toHaveAttribute('data-state', 'done', {
		timeout: 60_000
	});
	await expect(page.getByTestId('local-kind')).toHaveAttribute('data-kind', 'provider');
	await expect(page.getByTestId('local-accepted')).toHaveText('5');
	await expect(page.getByTestId('local-rejected')).toHaveText('2');
	const schema = page.getByTestId('local-schema');
	await expect(schema.locator('details')).toHaveCount(1);
	await expect(schema.locator('details[data-table="local_annex2_principles"]')).toBeAttached();
	expect(requestsSince(guard.requested, before)).toEqual([]);
	// By hand (test/unit/explore/local-register.test.ts): BE has three providers (P1 twice), one
	// with a recognition policy published.
	await page.goto('/quality');
	const principles = page.getByTestId('quality-local-principles');
	await expect(principles.locator('tr[data-principle="recognition_policy"] td')).toHaveText([
		'Belgium',
		'providers',
		'3',
		'33.3 % (1)',
		'Local, unpublished',
		'France',
		'providers',
		'1',
		'100.0 % (1)',
		'Local, unpublished'
	]);
	await expect(page.getByTestId('quality-local')).toContainText('providers.csv');
});

test('a digital credential dropped in is read by the importer and counted', async ({
	page,
	guard
}) => {
	await open(page);
	const before = guard.requested.length;
	await page
		.getByTestId('local-file')
		.setInputFiles('data/samples/credentials/sample-open-badge-3.json');
	await expect(page.getByTestId('local-accepted')).toHaveText('1', { timeout: 60_000 });
	await expect(page.getByTestId('local-rejected')).toHaveText('0');
	await expect(page.getByTestId('local-tables')).toContainText('local_uptake');
	expect(requestsSince(guard.requested, before)).toEqual([]);
	expect(
		await runQuery(page, "SELECT count(*) FROM local_uptake WHERE category = '_T'", 1)
	).not.toEqual([['0']]);
	for (const url of requestsSince(guard.requested, before))
		expect(url).toMatch(/\/_app\/immutable\//);
});

for (const lang of ['fr', 'de']) {
	test(`the local part speaks ${lang} and is accessible`, async ({ page }) => {
		await open(page, `/${lang}/explore`);
		await expect(page.getByTestId('local-privacy')).not.toContainText('Nothing leaves');
		await expectAccessible(page);
	});
}
