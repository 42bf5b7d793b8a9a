import type { Page } from '@playwright/test';
import { readZip, writeZip } from '../../src/lib/report/bundle/zip';
import { downloadBy, downloadedBytes } from './downloads';
import { expect, expectAccessible, test } from './fixtures';

/** The bundle of the coverage page, as its button downloads it. */
async function coverageBundle(page: Page): Promise<Buffer> {
	await page.goto('/coverage');
	const download = await downloadBy(
		page.getByRole('button', { name: 'Download the report bundle (ZIP)' })
	);
	expect(download.suggestedFilename()).toMatch(/^uptake-report-coverage-\d{4}-\d\d-\d\d\.zip$/);
	return downloadedBytes(download);
}

async function openInVerifier(page: Page, name: string, bytes: Buffer, path = '/report/verify') {
	await page.goto(path);
	await expect(page.getByTestId('verify-file')).toHaveAttribute('data-ready', 'true');
	await page
		.getByTestId('verify-file')
		.setInputFiles({ name, mimeType: 'application/zip', buffer: bytes });
	await expect(page.getByTestId('verify-status')).toHaveAttribute(
		'data-phase',
		/^(done|invalid)$/,
		{ timeout: 60_000 }
	);
}

const statuses = (page: Page) =>
	page
		.getByTestId('verify-figures')
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [r.getAttribute('data-figure'), r.getAttribute('data-status')])
		);

test('a bundle downloaded from a page opens on /report/verify: every figure matches, nothing uploaded', async ({
	page,
	guard
}) => {
	const zip = await coverageBundle(page);
	const names = readZip(new Uint8Array(zip)).map((e) => e.path);
	expect(names).toEqual(
		expect.arrayContaining([
			'manifest.json',
			'README.txt',
			'figures/01-1-coverage-table.sql',
			'figures/01-1-coverage-table.csv',
			'figures/02-2-coverage-map.csv',
			'data/official_indicators.arrows',
			'data/uptake.arrows'
		])
	);
	const before = guard.requested.length;
	await openInVerifier(page, 'coverage.zip', zip);
	await expect(page.getByTestId('verify-privacy')).toContainText('nothing is uploaded');
	expect(await statuses(page)).toEqual([
		['coverage-table', 'matches'],
		['coverage-map', 'matches']
	]);
	await expect(page.getByTestId('verify-summary')).toHaveText(
		'Every figure matches and no file was changed.'
	);
	await expect(page.getByTestId('verify-files').locator('[data-status="ok"]')).toHaveCount(
		names.length - 1
	);
	// Only this site's own files were read: no request carries the bundle anywhere.
	const after = guard.requested.slice(before);
	expect(after.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true);
	expect(after.some((url) => /zip|verify\?/.test(new URL(url).search))).toBe(false);
	expect(await guard.cspViolations()).toEqual([]);
	await expectAccessible(page);
});

test('a bundle with one byte of a CSV changed is detected, the file named', async ({ page }) => {
	const zip = await coverageBundle(page);
	const entries = readZip(new Uint8Array(zip)).map((e) => {
		if (e.path !== 'figures/02-2-coverage-map.csv') return e;
		const bytes = e.bytes.slice();
		const at = new TextDecoder().decode(bytes).indexOf('\nlfs_4w,AT,');
		bytes[at + 1] = 'L'.charCodeAt(0);
		return { path: e.path, bytes };
	});
	await openInVerifier(page, 'tampered.zip', Buffer.from(writeZip(entries)));
	expect(await statuses(page)).toEqual([
		['coverage-table', 'matches'],
		['coverage-map', 'tampered']
	]);
	await expect(page.locator('[data-figure="coverage-map"]')).toContainText(
		'figures/02-2-coverage-map.csv'
	);
	await expect(
		page.getByTestId('verify-files').locator('[data-file="figures/02-2-coverage-map.csv"]')
	).toHaveAttribute('data-status', 'tampered');
	await expect(page.getByTestId('verify-summary')).toContainText('1 files fail their checksum');
	await expectAccessible(page);
});

test('a file that is no bundle is refused in words; the page is accessible in each language', async ({
	page
}) => {
	await openInVerifier(page, 'notes.zip', Buffer.from('just some text, not a zip archive'));
	await expect(page.getByTestId('verify-status')).toContainText('notes.zip is not a report bundle');
	for (const path of ['/report/verify', '/fr/report/verify', '/de/report/verify']) {
		await page.goto(path);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expectAccessible(page);
	}
});

test('a bundle dropped on the page is verified too', async ({ page }) => {
	const zip = await coverageBundle(page);
	await page.goto('/report/verify');
	await expect(page.getByTestId('verify-file')).toHaveAttribute('data-ready', 'true');
	const transfer = await page.evaluateHandle(
		(bytes) => {
			const data = new DataTransfer();
			data.items.add(new File([new Uint8Array(bytes)], 'dropped.zip', { type: 'application/zip' }));
			return data;
		},
		[...zip]
	);
	await page.getByTestId('verify-drop').dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.getByTestId('verify-status')).toHaveAttribute('data-phase', 'done', {
		timeout: 60_000
	});
	expect((await statuses(page)).map(([, s]) => s)).toEqual(['matches', 'matches']);
});
