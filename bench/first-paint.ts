// First paint of the landing page and of a country profile (production build served by the
// project's own server, headless Debian chromium, cold loads in fresh contexts): the largest
// contentful paint, the first contentful paint, and the bytes transferred up to the first paint
// (the document and every resource that finished before it). The 60 % target page, the heaviest
// prerendered page, is measured in the same run as the reference. Target: LCP under 1.5 s.
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium';
import { bench, median, serve, waitForServer } from './lib/served-build';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const PORT = 4395;
const BUILD = process.env.BENCH_BUILD ?? 'build';
const PAGES = [
	{ name: 'landing', path: '/' },
	{ name: 'profile', path: '/country/fr' },
	{ name: 'profile_de', path: '/de/country/pl' },
	{ name: 'target_reference', path: '/target' }
];

interface Paint {
	lcp: number;
	fcp: number;
	bytesBeforeFirstPaint: number;
}

async function coldLoad(browser: Browser, url: string): Promise<Paint> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	const paint = await page.evaluate(
		() =>
			new Promise<Paint>((resolve) => {
				new PerformanceObserver((list) => {
					const entries = list.getEntries();
					const lcp = entries[entries.length - 1].startTime;
					const fcp =
						performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
					const navigation = performance.getEntriesByType(
						'navigation'
					)[0] as PerformanceNavigationTiming;
					const resources = (
						performance.getEntriesByType('resource') as PerformanceResourceTiming[]
					).filter((r) => r.responseEnd <= fcp);
					resolve({
						lcp,
						fcp,
						bytesBeforeFirstPaint:
							navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0)
					});
				}).observe({ type: 'largest-contentful-paint', buffered: true });
			})
	);
	await context.close();
	return paint;
}

const server = serve(BUILD, PORT);
try {
	const origin = `http://127.0.0.1:${PORT}`;
	await waitForServer(`${origin}/`);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const paints = new Map<string, Paint[]>(PAGES.map((p) => [p.name, []]));
	// Interleaved, so that the machine's drift touches every page alike.
	for (let i = 0; i < LOADS; i++)
		for (const p of PAGES) paints.get(p.name)!.push(await coldLoad(browser, origin + p.path));
	await browser.close();
	const reference = median(paints.get('target_reference')!.map((p) => p.lcp));
	for (const [name, values] of paints) {
		bench(`${name}_lcp_median`, median(values.map((v) => v.lcp)), 'ms');
		bench(`${name}_lcp_max`, Math.max(...values.map((v) => v.lcp)), 'ms');
		bench(`${name}_fcp_median`, median(values.map((v) => v.fcp)), 'ms');
		bench(
			`${name}_kb_before_first_paint`,
			median(values.map((v) => v.bytesBeforeFirstPaint)) / 1e3,
			'KB'
		);
		if (name !== 'target_reference')
			bench(`${name}_lcp_ratio_to_target_page`, median(values.map((v) => v.lcp)) / reference, 'x');
	}
} finally {
	server.kill();
}
