import { describe, expect, it } from 'vitest';
import type { ManifestTable } from '../../../core/contract/manifest';
import type { MeasureRow } from '../../../core/queries/national-measures';
import { countryMeasuresFigure } from '../../../src/lib/dashboards/country/measures-figure';
import { buildFigureCsv } from '../../../src/lib/export/figure-csv';
import { figureDocument } from '../../../src/lib/report/figure-document';
import { reportFigure } from '../../../src/lib/report/report-figure';
import { buildReportHtml } from '../../../src/lib/report/report-html';
import { annexBlocks, measuresBlocks } from '../../../src/lib/report/report-text';
import { csvCells, INJECTIONS, startsFormula } from './injection-strings';

const rows: MeasureRow[] = INJECTIONS.map((title, i) => ({
	measure_id: title,
	paragraph: '6a',
	status: 'planned',
	title,
	start_date: title,
	budget_eur: i === 0 ? -1 : null
}));

const table = (name: string, publisher: string): ManifestTable => ({
	name,
	file: `${name}.arrows`,
	rows: 1,
	bytes: 1,
	sha256: '0'.repeat(64),
	kind: 'synthetic',
	columns: [],
	source: {
		dataset: publisher,
		title: publisher,
		publisher,
		licence: publisher,
		attribution: publisher,
		extractionDate: null,
		inputs: []
	},
	flags: {}
});

describe('a report fed texts that a spreadsheet or a browser would run', () => {
	const tables = INJECTIONS.map((text) => table('national_measures', text));
	const entry = reportFigure('measures', countryMeasuresFigure({ synthetic: true }), { geo: 'BE' });
	const doc = figureDocument({
		entry,
		rows,
		svg: '',
		number: 1,
		tables,
		release: { pipelineVersion: '0.1.0', generatedAt: '2026-12-04T00:00:00Z' },
		lang: 'en'
	});

	it('writes no CSV cell that starts a formula (titles, dates, provider names in the source)', () => {
		const csv = buildFigureCsv({
			table: doc.table,
			unit: doc.table.unit,
			source: doc.sourceLine,
			headers: { flags: (l) => `${l} flags`, unit: 'unit', source: 'source' }
		});
		const cells = csvCells(csv);
		expect(cells.length).toBeGreaterThan(INJECTIONS.length * 5);
		expect(cells.filter(startsFormula)).toEqual([]);
		// The texts are kept, behind the apostrophe spreadsheets read as "text".
		expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
		expect(csv).toContain("'@SUM(1)");
	});

	it('writes them into the downloaded HTML as text only', () => {
		const html = buildReportHtml({
			lang: 'en',
			title: INJECTIONS.join(' '),
			lead: '',
			meta: [],
			sections: [
				{
					id: 'measures',
					heading: 'Measures',
					blocks: measuresBlocks(rows, 'en'),
					figures: [doc],
					commentary: INJECTIONS.join('\n')
				}
			],
			annex: {
				heading: 'Annex',
				blocks: annexBlocks({
					tables,
					figures: [doc],
					release: { pipelineVersion: '0.1.0', generatedAt: '2026-12-04T00:00:00Z' },
					lang: 'en'
				})
			},
			labels: { generated: 'g', handwritten: 'h', notes: 'n', notAvailable: ':' }
		});
		const tags = [...html.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1].toLowerCase());
		expect(tags).not.toContain('script');
		expect(tags).not.toContain('img');
		expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)');
	});
});
