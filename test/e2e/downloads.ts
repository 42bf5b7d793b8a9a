// Downloads in the end-to-end tests, paced the way a reader clicks.
import { readFile } from 'node:fs/promises';
import type { Download, Locator } from '@playwright/test';

/**
 * Chromium drops a browser's downloads after a quick burst, without a word to the page or to
 * Playwright: measured here, ten within half a second (or twenty within two seconds) and then none
 * for the rest of the test, even in the next test's fresh context. Half a second apart, 160 in a row
 * all arrived. Every test that downloads goes through here, so the pause
 * holds across tests (one worker runs them in one process).
 */
const PAUSE_BETWEEN_DOWNLOADS_MS = 500;
let lastDownloadAt = 0;

/** Clicks `trigger` and returns the file it downloads, once the file is saved. */
export async function downloadBy(trigger: Locator): Promise<Download> {
	const wait = lastDownloadAt + PAUSE_BETWEEN_DOWNLOADS_MS - Date.now();
	if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
	const [download] = await Promise.all([trigger.page().waitForEvent('download'), trigger.click()]);
	await downloadedPath(download);
	lastDownloadAt = Date.now();
	return download;
}

async function downloadedPath(download: Download): Promise<string> {
	const path = await download.path();
	if (!path) throw new Error(`the download ${download.suggestedFilename()} was not saved`);
	return path;
}

export async function downloadedText(download: Download): Promise<string> {
	return readFile(await downloadedPath(download), 'utf8');
}

export async function downloadedBytes(download: Download): Promise<Buffer> {
	return readFile(await downloadedPath(download));
}
