// Printing a national report to PDF in headless Debian chromium (production build served by the
// project's own server): the time page.pdf() takes for /report/fr once the page is loaded (its
// charts drawn), and the PDF's size in bytes and pages. The Commission's report is measured in
// the same run. Median of a few prints, each in a fresh context.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium';
import { bench, median, serve, waitForServer } from './lib/served-build';

const PRINTS = Number(process.env.BENCH_PRINTS ?? 5);
const PORT = 4397;
const BUILD = process.env.BENCH_BUILD ?? 'build';
const REPORTS = [
	{ name: 'national_report', path: '/report/fr' },
	{ name: 'eu_report', path: '/report/eu' }
];

const server = serve(BUILD, PORT);
try {
	const origin = `http://127.0.0.1:${PORT}`;
	await waitForServer(`${origin}/`);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	for (const report of REPORTS) {
		const times: number[] = [];
		const sizes: number[] = [];
		const pages: number[] = [];
		for (let i = 0; i < PRINTS; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(origin + report.path);
			// Every chart drawn by ECharts, as a reader would print it.
			await page.waitForFunction(() =>
				[...document.querySelectorAll<HTMLElement>('figure.chart')].every(
					(f) => f.dataset.ready === 'true'
				)
			);
			const started = performance.now();
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			times.push(performance.now() - started);
			sizes.push(pdf.length);
			pages.push((pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length);
			await context.close();
		}
		bench(`${report.name}_pdf_ms_median`, median(times), 'ms');
		bench(`${report.name}_pdf_ms_max`, Math.max(...times), 'ms');
		bench(`${report.name}_pdf_bytes`, median(sizes), 'bytes');
		bench(`${report.name}_pdf_pages`, median(pages), 'pages');
	}
	await browser.close();
} finally {
	server.kill();
}
