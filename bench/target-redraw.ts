// Filter change to redrawn chart on the 60 % target page (production build, headless Debian
// chromium), once DuckDB is warm: the median of 7 of each change. Timed in the page, from the
// control's change event to the frame after the figure shows the new view (ECharts paints on
// the next animation frame), so that the browser driver's round trips are not counted. Every
// change but the last runs SQL in DuckDB-WASM; the last (the peer group) redraws from rows
// already on the page: the reference measured in the same run. Target: under 150 ms.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium';
import { timeInPage, type Change } from './lib/in-page-redraw';
import { bench, median, serve, waitForServer } from './lib/served-build';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);
const PORT = 4393;
/** BENCH_BUILD=DIR measures another build (an earlier commit's) with the same changes. */
const BUILD = process.env.BENCH_BUILD ?? 'build';

const SOURCES = [
	{ code: 'lfs_4w', radio: 'LFS, last 4 weeks' },
	{ code: 'aes_total', radio: 'AES, last 12 months, formal or non-formal learning (total)' }
];
const COUNTRIES = [
	['DE', 'Germany'],
	['FR', 'France']
];
const FROM_YEARS = ['2011', '2016'];
const PEERS = [
	['land neighbours', 'among land neighbours'],
	['all Member States', 'among all Member States']
];

const changes: Change[] = [
	{
		name: 'source',
		expect: (i) => ({ selector: '#target-series svg', text: SOURCES[i % 2].radio }),
		act: (page, i) => page.getByRole('radio', { name: SOURCES[i % 2].radio, exact: true }).check()
	},
	{
		name: 'country',
		expect: (i) => ({ selector: '#target-series h2', text: `${COUNTRIES[i % 2][1]}:` }),
		act: async (page, i) => {
			await page.getByLabel('Country', { exact: true }).selectOption(COUNTRIES[i % 2][0]);
		}
	},
	{
		name: 'years',
		expect: (i) => ({
			selector: '#target-classification caption',
			text: `change since ${FROM_YEARS[i % 2]}`
		}),
		act: async (page, i) => {
			await page.getByLabel('From', { exact: true }).selectOption(FROM_YEARS[i % 2]);
		}
	},
	{
		name: 'peer_group_no_query',
		expect: (i) => ({ selector: '#target-peers h2', text: PEERS[i % 2][1] }),
		act: (page, i) => page.getByRole('radio', { name: PEERS[i % 2][0], exact: true }).check()
	}
];

const server = serve(BUILD, PORT);
try {
	const origin = `http://127.0.0.1:${PORT}`;
	await waitForServer(`${origin}/`);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const page = await browser.newPage();
	await page.goto(`${origin}/target?geo=FR&source=aes_total`);
	// Warm: DuckDB started and every table of the page loaded by a round of each change.
	for (let i = 0; i < 2; i++) for (const change of changes) await timeInPage(page, change, i);
	const times = new Map<string, number[]>(changes.map((c) => [c.name, []]));
	for (let i = 0; i < REPEATS; i++)
		for (const change of changes) times.get(change.name)!.push(await timeInPage(page, change, i));
	// How much of a redraw the queries take (FigureQuery measures each in the page).
	const queries = await page.evaluate(() =>
		performance
			.getEntriesByType('measure')
			.filter((m) => m.name.startsWith('uptake:query:'))
			.map((m) => [m.name.slice('uptake:query:'.length), m.duration] as const)
	);
	await browser.close();
	const byFigure = new Map<string, number[]>();
	for (const [figure, ms] of queries) byFigure.set(figure, [...(byFigure.get(figure) ?? []), ms]);
	for (const [figure, values] of byFigure) bench(`query_${figure}_median`, median(values), 'ms');
	const reference = median(times.get('peer_group_no_query')!);
	for (const [name, values] of times) {
		bench(`target_${name}_to_redrawn_median`, median(values), 'ms');
		bench(`target_${name}_to_redrawn_max`, Math.max(...values), 'ms');
	}
	for (const name of ['source', 'country', 'years'])
		bench(`target_${name}_ratio_to_no_query_redraw`, median(times.get(name)!) / reference, 'x');
} finally {
	server.kill();
}
