// Page-load benchmark against the production build (headless Debian chromium, cold loads):
// build size, what the wasm costs on the wire, the largest contentful paint of /participation,
// when the idle warm-up has DuckDB ready, and the time from the first click on a control to the
// redrawn chart (a later click, with everything warm, is the reference in the same run).
// BENCH_REFERENCE_BUILD=DIR measures another build of the page (e.g. an earlier commit's)
// interleaved with this one, and prints the ratios.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium';
import { bench, median, serve, waitForServer } from './lib/served-build';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
/** How long a reader looks at the page before the first click. */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 4000);
const PORT = 4391;
const REFERENCE_PORT = 4392;
const BUILD = 'build';
const REFERENCE_BUILD = process.env.BENCH_REFERENCE_BUILD;

function dirSize(dir: string, filter: (name: string) => boolean = () => true): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		const info = statSync(path);
		return sum + (info.isDirectory() ? dirSize(path, filter) : filter(name) ? info.size : 0);
	}, 0);
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
	const radio = page.getByRole('radio', { name: sex, exact: true });
	const started = Date.now();
	await radio.check();
	// Locators, not waitForFunction: the latter evaluates a string, which a strict CSP may refuse.
	await page.locator('table caption', { hasText: sex }).waitFor({ timeout: 120_000 });
	await page.locator('figure.chart[data-source="duckdb"]').waitFor({ timeout: 120_000 });
	return Date.now() - started;
}

interface Figures {
	lcp: number[];
	warm: number[];
	firstClick: number[];
	laterClick: number[];
	wasmTransferred: number;
	wasmEncoding: string;
	beforeWarmUp: number;
}

const emptyFigures = (): Figures => ({
	lcp: [],
	warm: [],
	firstClick: [],
	laterClick: [],
	wasmTransferred: 0,
	wasmEncoding: '',
	beforeWarmUp: 0
});

/** One cold load of /participation: LCP, warm-up, then a first and a later click. */
async function coldLoad(browser: Browser, origin: string, figures: Figures, first: boolean) {
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
				figures.wasmTransferred = bytes;
				figures.wasmEncoding = response?.headers()['content-encoding'] ?? 'none';
			})
		);
	});
	await page.goto(`${origin}/participation`);
	figures.lcp.push(await largestContentfulPaint(page));
	await page.waitForTimeout(THINK_MS);
	figures.warm.push(
		await page.evaluate(() => performance.getEntriesByName('uptake:warm')[0]?.startTime ?? NaN)
	);
	figures.firstClick.push(await clickToRedraw(page, 'Women'));
	figures.laterClick.push(await clickToRedraw(page, 'Men'));
	await Promise.all(wasm);
	if (first) figures.beforeWarmUp = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
	await context.close();
}

function report(prefix: string, f: Figures) {
	console.error(`${prefix}wasm content-encoding: ${f.wasmEncoding}`);
	bench(`${prefix}wasm_transferred`, f.wasmTransferred / 1e6, 'MB');
	bench(`${prefix}participation_transferred_before_warm_up`, f.beforeWarmUp / 1e3, 'KB');
	bench(`${prefix}participation_lcp_median`, median(f.lcp), 'ms');
	bench(`${prefix}duckdb_warm_after_navigation_median`, median(f.warm), 'ms');
	bench(`${prefix}first_click_to_redrawn_chart_median`, median(f.firstClick), 'ms');
	bench(`${prefix}first_click_to_redrawn_chart_max`, Math.max(...f.firstClick), 'ms');
	bench(`${prefix}later_click_to_redrawn_chart_median`, median(f.laterClick), 'ms');
	bench(`${prefix}first_to_later_click_ratio`, median(f.firstClick) / median(f.laterClick), 'x');
}

const servers = [
	serve(BUILD, PORT),
	...(REFERENCE_BUILD ? [serve(REFERENCE_BUILD, REFERENCE_PORT)] : [])
];
try {
	const origin = `http://127.0.0.1:${PORT}`;
	const referenceOrigin = `http://127.0.0.1:${REFERENCE_PORT}`;
	await waitForServer(`${origin}/`);
	if (REFERENCE_BUILD) await waitForServer(`${referenceOrigin}/`);
	bench('build_size', dirSize(BUILD, (n) => !/\.(br|gz)$/.test(n)) / 1e6, 'MB');
	bench('build_size_without_wasm', dirSize(BUILD, (n) => !/\.(wasm|br|gz)$/.test(n)) / 1e6, 'MB');

	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const figures = emptyFigures();
	const reference = emptyFigures();
	for (let i = 0; i < LOADS; i++) {
		await coldLoad(browser, origin, figures, i === 0);
		if (REFERENCE_BUILD) await coldLoad(browser, referenceOrigin, reference, i === 0);
	}
	await browser.close();
	console.error(`think time before the first click: ${THINK_MS} ms; ${LOADS} cold loads`);
	report('', figures);
	if (REFERENCE_BUILD) {
		report('reference_', reference);
		bench('lcp_ratio_to_reference', median(figures.lcp) / median(reference.lcp), 'x');
		bench(
			'first_click_ratio_to_reference',
			median(figures.firstClick) / median(reference.firstClick),
			'x'
		);
	}
} finally {
	for (const server of servers) server.kill();
}
