// Page-load benchmark against the production build: build size, the wasm actually served, and
// the time from navigation to the chart drawn with DuckDB data (median over cold loads).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const PORT = 4391;
const BUILD = 'build';

function bench(name: string, value: number, unit: string) {
	console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
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

const server = spawn(
	process.execPath,
	['--import', 'tsx', 'scripts/serve.ts', '--dir', BUILD, '--port', String(PORT)],
	{
		stdio: 'ignore'
	}
);
try {
	const origin = `http://127.0.0.1:${PORT}`;
	await waitForServer(`${origin}/`);
	bench('build_size', dirSize(BUILD) / 1e6, 'MB');
	bench('build_size_without_wasm', dirSize(BUILD, (n) => !n.endsWith('.wasm')) / 1e6, 'MB');

	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const toChart: number[] = [];
	const firstPaint: number[] = [];
	let wasmTransferred = 0;
	let wasmName = '';
	let pageTransferredBeforeInteraction = 0;
	for (let i = 0; i < LOADS; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const sizes: Promise<void>[] = [];
		context.on('requestfinished', (request) => {
			if (!request.url().endsWith('.wasm')) return;
			wasmName = request.url().split('/').pop() ?? '';
			sizes.push(request.sizes().then((s) => void (wasmTransferred = s.responseBodySize)));
		});
		const start = Date.now();
		await page.goto(`${origin}/participation?geo=EU27_2020,FR,DE`);
		firstPaint.push(
			await page.evaluate(
				() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
			)
		);
		await page.waitForSelector('figure.chart[data-source="duckdb"][data-ready="true"]', {
			timeout: 120_000
		});
		toChart.push(Date.now() - start);
		await Promise.all(sizes);
		await context.close();

		if (i === 0) {
			// The default view needs no query: what does it cost before any interaction?
			const plain = await browser.newContext();
			const p = await plain.newPage();
			const bodies: Promise<number>[] = [];
			plain.on('requestfinished', (r) => bodies.push(r.sizes().then((s) => s.responseBodySize)));
			await p.goto(`${origin}/participation`, { waitUntil: 'networkidle' });
			pageTransferredBeforeInteraction = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
			await plain.close();
		}
	}
	await browser.close();
	console.error(`wasm served: ${wasmName} (gzip-compressed by scripts/serve.ts)`);
	bench('wasm_transferred', wasmTransferred / 1e6, 'MB');
	bench('default_page_transferred', pageTransferredBeforeInteraction / 1e3, 'KB');
	bench('first_contentful_paint_median', median(firstPaint), 'ms');
	bench('navigation_to_duckdb_chart_median', median(toChart), 'ms');
	bench('navigation_to_duckdb_chart_min', Math.min(...toChart), 'ms');
	bench('navigation_to_duckdb_chart_max', Math.max(...toChart), 'ms');
} finally {
	server.kill();
}
