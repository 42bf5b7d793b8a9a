// Page-load benchmark against the production build (headless Debian chromium, cold loads):
// build size, what the wasm costs on the wire, the largest contentful paint of /participation,
// when the idle warm-up has DuckDB ready, and the time from the first click on a control to the
// redrawn chart (a later click, with everything warm, is the reference in the same run).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
/** How long a reader looks at the page before the first click. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 4000);
const PORT = 4391;
const BUILD = 'build';

function bench(name: string, value: number, unit: string) {
	console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`);
}

function dirSize(dir: string, filter: (name: string) => boolean = () => true): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		const info = statSync(path);
		return sum + (info.isDirectory() ? dirSize(path, filter) : filter(name) ? info.size : 0);
	}, 0);
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function waitForServer(url: string) {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(url)
				.then((r) => r.ok)
				.catch(() => false)
		)
			return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server at ${url} did not start`);
}

async function largestContentfulPaint(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => {
					const entries = list.getEntries();
					resolve(entries[entries.length - 1].startTime);
				}).observe({ type: 'largest-contentful-paint', buffered: true });
			})
	);
}

/** Clicks a sex radio button and returns the time until the table and chart show it. */
async function clickToRedraw(page: Page, sex: 'Women' | 'Men'): Promise<number> {
	const radio = page.getByRole('radio', { name: sex });
	const started = Date.now();
	await radio.check();
	await page.waitForFunction(
		(label) =>
			document
				.querySelector('[data-testid="participation-series"] h2')
				?.textContent?.includes(label) &&
			document.querySelector('figure.chart')?.getAttribute('data-source') === 'duckdb',
		sex,
		{ polling: 'raf', timeout: 120_000 }
	);
	return Date.now() - started;
}

const server = spawn(
	process.execPath,
	['--import', 'tsx', 'scripts/serve.ts', '--dir', BUILD, '--port', String(PORT)],
	{ stdio: 'ignore' }
);
try {
	const origin = `http://127.0.0.1:${PORT}`;
	await waitForServer(`${origin}/`);
	bench('build_size', dirSize(BUILD, (n) => !/\.(br|gz)$/.test(n)) / 1e6, 'MB');
	bench('build_size_without_wasm', dirSize(BUILD, (n) => !/\.(wasm|br|gz)$/.test(n)) / 1e6, 'MB');

	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const lcp: number[] = [];
	const warm: number[] = [];
	const firstClick: number[] = [];
	const laterClick: number[] = [];
	let wasmTransferred = 0;
	let wasmEncoding = '';
	let pageBeforeWarmUp = 0;
	for (let i = 0; i < LOADS; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const wasm: Promise<void>[] = [];
		const bodies: Promise<number>[] = [];
		let warmStarted = false;
		context.on('request', (request) => {
			if (request.url().endsWith('.wasm')) warmStarted = true;
		});
		context.on('requestfinished', (request) => {
			const size = request.sizes().then((s) => s.responseBodySize);
			if (!warmStarted) bodies.push(size);
			if (!request.url().endsWith('.wasm')) return;
			wasm.push(
				Promise.all([size, request.response()]).then(([bytes, response]) => {
					wasmTransferred = bytes;
					wasmEncoding = response?.headers()['content-encoding'] ?? 'none';
				})
			);
		});
		await page.goto(`${origin}/participation`);
		lcp.push(await largestContentfulPaint(page));
		await page.waitForTimeout(THINK_MS);
		warm.push(
			await page.evaluate(() => performance.getEntriesByName('uptake:warm')[0]?.startTime ?? NaN)
		);
		firstClick.push(await clickToRedraw(page, 'Women'));
		laterClick.push(await clickToRedraw(page, 'Men'));
		await Promise.all(wasm);
		if (i === 0) pageBeforeWarmUp = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
		await context.close();
	}
	await browser.close();
	console.error(
		`wasm content-encoding: ${wasmEncoding}; think time before the first click ${THINK_MS} ms`
	);
	bench('wasm_transferred', wasmTransferred / 1e6, 'MB');
	bench('participation_transferred_before_warm_up', pageBeforeWarmUp / 1e3, 'KB');
	bench('participation_lcp_median', median(lcp), 'ms');
	bench('duckdb_warm_after_navigation_median', median(warm), 'ms');
	bench('first_click_to_redrawn_chart_median', median(firstClick), 'ms');
	bench('first_click_to_redrawn_chart_max', Math.max(...firstClick), 'ms');
	bench('later_click_to_redrawn_chart_median', median(laterClick), 'ms');
	bench('first_to_later_click_ratio', median(firstClick) / median(laterClick), 'x');
} finally {
	server.kill();
}
