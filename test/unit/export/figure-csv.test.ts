import { describe, expect, it } from 'vitest';
import { buildFigureCsv } from '../../../src/lib/export/figure-csv';
import type { TableModel } from '../../../src/lib/tables/table-model';

const table: TableModel = {
	caption: 'c',
	digits: 1,
	unit: '%',
	columns: [
		{ key: 'x', label: 'Year', kind: 'label' },
		{ key: 'A', label: 'Austria', kind: 'value' },
		{ key: 'B', label: 'Belgium, "BE"', kind: 'value' }
	],
	rows: [
		[{ value: 2020 }, { value: 1.23456789, flags: 'b' }, { value: 2, flags: '' }],
		[{ value: 2021 }, { value: null, flags: '' }, { value: 3.5 }]
	]
};

describe('buildFigureCsv', () => {
	it('writes one row per table row, with flags only where the table has any, unit and source', () => {
		expect(buildFigureCsv({ table, unit: '% of adults', source: 'Source: Eurostat' })).toBe(
			'\uFEFFYear,Austria,Austria flags,"Belgium, ""BE""",unit,source\r\n' +
				'2020,1.23456789,b,2,% of adults,Source: Eurostat\r\n' +
				'2021,,,3.5,% of adults,Source: Eurostat\r\n'
		);
	});

	it('neutralises what a spreadsheet would run as a formula', () => {
		const hostile: TableModel = {
			...table,
			columns: [
				{ key: 'p', label: '=HYPERLINK("http://x")', kind: 'label' },
				{ key: 'v', label: '+cmd', kind: 'value' }
			],
			rows: [[{ value: '@SUM(A1)' }, { value: -4 }]]
		};
		expect(buildFigureCsv({ table: hostile, unit: '-1', source: 'line\nbreak' })).toBe(
			'\uFEFF"\'=HYPERLINK(""http://x"")",\'+cmd,unit,source\r\n' +
				'\'@SUM(A1),-4,\'-1,"line\nbreak"\r\n'
		);
	});
});
