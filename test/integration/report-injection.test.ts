import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvLine } from '../../core/export/csv-cell';
import {
	buildCountryMeasuresSql,
	MEASURES_TABLE,
	type MeasureRow
} from '../../core/queries/national-measures';
import { runPipelines } from '../../pipelines/run';
import { countryMeasuresFigure } from '../../src/lib/dashboards/country/measures-figure';
import { buildFigureCsv } from '../../src/lib/export/figure-csv';
import { figureDocument } from '../../src/lib/report/figure-document';
import { reportFigure } from '../../src/lib/report/report-figure';
import { buildReportHtml } from '../../src/lib/report/report-html';
import { annexBlocks, measuresBlocks } from '../../src/lib/report/report-text';
import { parseManifest } from '../../core/contract/manifest';
import { readdirSync, readFileSync } from 'node:fs';
import { openBothAdapters, type BothAdapters } from '../helpers/published-adapters';
import { pipelineOptions } from '../helpers/pipeline-options';
import { csvCells, INJECTIONS, startsFormula } from '../unit/report/injection-strings';

// Titles of measures and names of providers that a spreadsheet would run as a formula or a
// browser as a script, read by the pipelines from measures/ and providers/ files, published, and
// passed through a national report and its exports (the figure's CSV, the downloaded HTML).

const KEY = 'report-injection-test-key-0123456789abcdef';

/** A CSV line with every cell quoted as it is: no neutralising, the raw texts of a hostile file. */
const rawLine = (cells: readonly string[]) =>
	`${cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')}\n`;

/** The Recommendation's paragraphs the fixture's measures fall under, one per text. */
const PARAGRAPHS = ['6a', '7a', '8a', '9a', '10', '11a', '12a'];

function writeInputs(): string {
	const dir = mkdtempSync(join(tmpdir(), 'uptake-report-injection-'));
	mkdirSync(join(dir, 'measures'));
	mkdirSync(join(dir, 'providers'));
	const measures = [
		rawLine(['country', 'paragraph', 'status', 'title', 'description', 'start_date', 'budget_eur']),
		...INJECTIONS.map((text, i) =>
			rawLine(['BE', PARAGRAPHS[i], 'planned', text, text, '2025-01-01', '1000'])
		)
	];
	writeFileSync(join(dir, 'measures', 'measures.csv'), measures.join(''));
	const providers = [
		rawLine(['provider_id', 'name', 'country', 'provider_type']),
		...INJECTIONS.map((text, i) => rawLine([`P-${i}`, text, 'BE', 'hei']))
	];
	writeFileSync(join(dir, 'providers', 'providers.csv'), providers.join(''));
	return dir;
}

describe('injection texts through the pipeline, a national report and its exports', () => {
	let options: ReturnType<typeof pipelineOptions>;
	let db: BothAdapters;
	let rows: MeasureRow[];

	beforeAll(async () => {
		process.env.UPTAKE_PSEUDONYM_KEY = KEY;
		options = pipelineOptions({ dataDirs: [writeInputs()] });
		await runPipelines(options, () => {});
		db = await openBothAdapters(options.outDir);
		rows = await db.build.query<MeasureRow>(buildCountryMeasuresSql('BE'));
	}, 300_000);
	afterAll(async () => db?.close());

	it('publishes the measures with their titles as they were written', () => {
		// Surrounding blanks are trimmed on reading, as in every text field.
		expect(rows.map((r) => r.title).sort()).toEqual(INJECTIONS.map((t) => t.trim()).sort());
	});

	it('writes no CSV cell of the measures figure that starts a formula', () => {
		const manifest = parseManifest(
			JSON.parse(readFileSync(join(options.outDir, 'manifest.json'), 'utf8'))
		);
		const entry = reportFigure('measures', countryMeasuresFigure({ synthetic: false }), {
			geo: 'BE'
		});
		const doc = figureDocument({
			entry,
			rows,
			svg: '',
			number: 1,
			tables: manifest.tables,
			release: { pipelineVersion: manifest.pipelineVersion, generatedAt: manifest.generatedAt },
			lang: 'en'
		});
		const csv = buildFigureCsv({
			table: doc.table,
			unit: doc.table.unit,
			source: doc.sourceLine,
			headers: { flags: (l) => `${l} flags`, unit: 'unit', source: 'source' }
		});
		expect(csv).toContain("'=HYPERLINK");
		expect(csvCells(csv).filter(startsFormula)).toEqual([]);

		const html = buildReportHtml({
			lang: 'en',
			title: 'Belgium',
			lead: '',
			meta: [],
			sections: [
				{
					id: 'measures',
					heading: 'Measures',
					blocks: measuresBlocks(rows, 'en'),
					figures: [doc],
					commentary: ''
				}
			],
			annex: {
				heading: 'Annex',
				blocks: annexBlocks({
					tables: manifest.tables,
					figures: [doc],
					release: { pipelineVersion: manifest.pipelineVersion, generatedAt: manifest.generatedAt },
					lang: 'en'
				})
			},
			labels: { generated: 'g', handwritten: 'h', notes: 'n', notAvailable: ':' }
		});
		const tags = [...html.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1].toLowerCase());
		expect(tags).not.toContain('script');
		expect(tags).not.toContain('img');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('publishes the providers’ names in no table (they stay in the provider store)', () => {
		const published = readdirSync(options.outDir).filter((f) => !f.startsWith('national_measures'));
		for (const file of published)
			expect(readFileSync(join(options.outDir, file), 'latin1'), file).not.toContain('HYPERLINK');
	});

	it('leaves no published text cell that a spreadsheet would run once written as CSV', async () => {
		const manifest = parseManifest(
			JSON.parse(readFileSync(join(options.outDir, 'manifest.json'), 'utf8'))
		);
		let texts = 0;
		// Every published table with text in it that the reports read (provider names are kept in
		// the provider store, not published).
		for (const table of manifest.tables.filter((t) => t.name === MEASURES_TABLE)) {
			const columns = table.columns.filter((c) => c.type === 'utf8').map((c) => `"${c.name}"`);
			if (columns.length === 0) continue;
			const published = await db.build.query<Record<string, string | null>>({
				sql: `SELECT ${columns.join(', ')} FROM "${table.name}"`,
				params: [],
				tables: [table.name]
			});
			for (const row of published) {
				const cells = csvCells(csvLine(Object.values(row)));
				texts += cells.length;
				expect(cells.filter(startsFormula), table.name).toEqual([]);
			}
		}
		expect(texts).toBeGreaterThan(INJECTIONS.length);
	});
});
