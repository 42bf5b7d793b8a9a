// Filter to redrawn figure on the uptake page (production build, headless Debian chromium), once
// DuckDB is warm: the median of 7 of each change. Timed in the page, from the reader's click or
// change to the frame after the figure shows the new view, so that the browser driver's round
// trips are not counted. The cross-filters (a country, a year, a provider type: the buttons of
// the tables, which do what a click on a bar does) and the breakdown's dimension run SQL in
// DuckDB-WASM; the last change (the count shown) redraws from rows already on the page: the
// reference measured in the same run. Target (#12): a median under 150 ms.
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium';
import { timeInPage, type Change } from './lib/in-page-redraw';
import { bench, median, serve, waitForServer } from './lib/served-build';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);
const PORT = 4394;
/** BENCH_BUILD=DIR measures another build (an earlier commit's) with the same changes. */
const BUILD = process.env.BENCH_BUILD ?? 'build';

/** The latest complete year of the build's data: the year the page shows first. */
function latestCompleteYear(): number {
	const manifest = JSON.parse(readFileSync(`${BUILD}/data/manifest.json`, 'utf8'));
	return Number(String(manifest.generatedAt).slice(0, 4)) - 1;
}
const LATEST = latestCompleteYear();

const tableButton = (page: Page, figure: string, name: string) =>
	page.getByTestId(`${figure}-table`).getByRole('button', { name, exact: true }).first();

const YEARS = [LATEST - 1, LATEST - 2];
const CATEGORIES = ['Higher education institution', 'Vocational education and training provider'];
const DIMENSIONS = [
	['field', 'by Field of education'],
	['eqf_level', 'by EQF level']
];
const MEASURES = [
	['Distinct learners', 'Learners per 1 000 adults'],
	['Micro-credentials issued', 'Credentials per 1 000 adults']
];

const changes: Change[] = [
	{
		// France chosen, then chosen again (the filter goes): the breakdown follows.
		name: 'country',
		expect: (i) => ({
			selector: '#uptake-breakdown h2',
			text: i % 2 === 0 ? ': France, ' : ': European Union (27), '
		}),
		act: (page) => tableButton(page, 'uptake-ranking', 'France').click()
	},
	{
		name: 'year',
		expect: (i) => ({ selector: '#uptake-ranking h2', text: `Member State, ${YEARS[i % 2]}` }),
		act: (page, i) => tableButton(page, 'uptake-series', String(YEARS[i % 2])).click()
	},
	{
		name: 'category',
		expect: (i) => ({ selector: '#uptake-ranking caption', text: CATEGORIES[i % 2] }),
		// The supply's table: provider types whatever the breakdown shows.
		act: (page, i) => tableButton(page, 'uptake-supply', CATEGORIES[i % 2]).click()
	},
	{
		name: 'breakdown_dimension',
		expect: (i) => ({ selector: '#uptake-breakdown h2', text: DIMENSIONS[i % 2][1] }),
		act: async (page, i) => {
			await page.getByLabel('Breakdown by').selectOption(DIMENSIONS[i % 2][0]);
		}
	},
	{
		name: 'measure_no_query',
		expect: (i) => ({ selector: '#uptake-ranking h2', text: MEASURES[i % 2][1] }),
		act: (page, i) => page.getByRole('radio', { name: MEASURES[i % 2][0], exact: true }).check()
	}
];

const server = serve(BUILD, PORT);
try {
	const origin = `http://127.0.0.1:${PORT}`;
	await waitForServer(`${origin}/`);
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const page = await browser.newPage();
	await page.goto(`${origin}/uptake`);
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
	const reference = median(times.get('measure_no_query')!);
	for (const [name, values] of times) {
		bench(`uptake_${name}_to_redrawn_median`, median(values), 'ms');
		bench(`uptake_${name}_to_redrawn_max`, Math.max(...values), 'ms');
	}
	for (const name of ['country', 'year', 'category', 'breakdown_dimension'])
		bench(`uptake_${name}_ratio_to_no_query_redraw`, median(times.get(name)!) / reference, 'x');
} finally {
	server.kill();
}
