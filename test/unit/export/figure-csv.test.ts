import { describe, expect, it } from 'vitest';
const HEADERS = { flags: (label: string) => `${label} flags`, unit: 'unit', source: 'source' };
import { buildFigureCsv } from '../../../src/lib/export/figure-csv';
import type { TableModel } from '../../../src/lib/tables/table-model';

const table: TableModel = {
	caption: 'c',
	digits: 1,
	unit: '%',
	columns: [
		{ key: 'x', label: 'Year', kind: 'label' },
		{ key: 'AT', label: 'Austria', kind: 'value' },
		{ key: 'BE', label: 'Belgium, "BE"', kind: 'value' }
	],
	rows: [
		[{ value: 2020 }, { value: 1.23456789, flags: 'b' }, { value: 2, flags: '' }],
		[{ value: 2021 }, { value: null, flags: '' }, { value: 3.5 }],
		[{ value: 2022 }, { value: null, flags: 'c' }, { value: null }]
	]
};

describe('buildFigureCsv', () => {
	it('writes one row per table row, flags only after flagged columns, then unit and source', () => {
		expect(
			buildFigureCsv({ headers: HEADERS, table, unit: '% of adults', source: 'Source: Eurostat' })
		).toBe(
			'\uFEFFYear,Austria,Austria flags,"Belgium, ""BE""",unit,source\r\n' +
				'2020,1.23456789,b,2,% of adults,Source: Eurostat\r\n' +
				'2021,,,3.5,% of adults,Source: Eurostat\r\n' +
				'2022,,c,,% of adults,Source: Eurostat\r\n'
		);
	});

	it('has no flags column at all when no cell has a flag, and a header only without rows', () => {
		const plain: TableModel = {
			...table,
			columns: [
				{ key: 'geo', label: 'Country', kind: 'label' },
				{ key: 'v', label: '2024', kind: 'value' }
			],
			rows: [[{ value: 'Île-de-France', flags: 'x' }, { value: 7 }]]
		};
		expect(buildFigureCsv({ headers: HEADERS, table: plain, unit: 'u', source: 's' })).toBe(
			'\uFEFFCountry,2024,unit,source\r\nÎle-de-France,7,u,s\r\n'
		);
		expect(
			buildFigureCsv({ headers: HEADERS, table: { ...plain, rows: [] }, unit: 'u', source: 's' })
		).toBe('\uFEFFCountry,2024,unit,source\r\n');
	});

	it('prints numbers raw, in full precision and with a point, negative ones included', () => {
		const numbers: TableModel = {
			...table,
			columns: [{ key: 'v', label: 'v', kind: 'value' }],
			rows: [
				[{ value: 0.1 + 0.2 }],
				[{ value: 1234567.891011121 }],
				[{ value: -0.5 }],
				[{ value: 0 }]
			]
		};
		expect(buildFigureCsv({ headers: HEADERS, table: numbers, unit: 'u', source: 's' })).toBe(
			'\uFEFFv,unit,source\r\n' +
				'0.30000000000000004,u,s\r\n' +
				'1234567.891011121,u,s\r\n' +
				'-0.5,u,s\r\n' +
				'0,u,s\r\n'
		);
	});

	it('neutralises what a spreadsheet would run as a formula', () => {
		const hostile: TableModel = {
			...table,
			columns: [
				{ key: 'p', label: '=HYPERLINK("http://x")', kind: 'label' },
				{ key: 'v', label: '+cmd', kind: 'value' }
			],
			rows: [
				[{ value: '@sum(A1)' }, { value: -4, flags: '=1' }],
				[{ value: '-2+3' }, { value: 1 }]
			]
		};
		expect(
			buildFigureCsv({ headers: HEADERS, table: hostile, unit: '-1', source: 'line\nbreak' })
		).toBe(
			'\uFEFF"\'=HYPERLINK(""http://x"")",\'+cmd,\'+cmd flags,unit,source\r\n' +
				"'@sum(A1),-4,'=1,'-1,\"line\nbreak\"\r\n" +
				'\'-2+3,1,,\'-1,"line\nbreak"\r\n'
		);
	});

	it('quotes commas, quotes and line breaks in text', () => {
		const text: TableModel = {
			...table,
			columns: [{ key: 'n', label: 'Name', kind: 'label' }],
			rows: [[{ value: 'a, b' }], [{ value: 'say "hi"' }], [{ value: 'two\r\nlines' }]]
		};
		expect(buildFigureCsv({ headers: HEADERS, table: text, unit: 'per 1,000', source: 's' })).toBe(
			'\uFEFFName,unit,source\r\n' +
				'"a, b","per 1,000",s\r\n' +
				'"say ""hi""","per 1,000",s\r\n' +
				'"two\r\nlines","per 1,000",s\r\n'
		);
	});
});
