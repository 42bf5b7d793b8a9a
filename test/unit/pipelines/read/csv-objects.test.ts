import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRows, readCsvObjects } from '../../../../pipelines/read/csv-objects';
import { FIXTURES, createTempDir, type TempDir } from '../../core/csv/csv-test-kit';

let temp: TempDir;
beforeAll(() => {
	temp = createTempDir();
});
afterAll(() => temp.remove());

const KNOWN = new Set(['geo', 'year', 'value']);
const read = (path: string, isHeader?: (names: readonly string[]) => boolean) =>
	readCsvObjects({
		path,
		file: 'eurostat/x.csv',
		normaliseName: (raw) => raw.trim().toLowerCase(),
		known: KNOWN,
		isHeader
	});

describe('readCsvObjects on CSV of real systems', () => {
	it('skips a preamble before a header of two known columns and reports it', async () => {
		const path = temp.write(
			'preamble.csv',
			"Participation rate\nSource: 'Eurostat'\ngeo;year;value\nBE;2022;10,3\n"
		);
		const objects = await read(path);
		expect(objects.columns).toEqual(['geo', 'year', 'value']);
		expect(objects.headerIssues).toEqual([
			{
				file: 'eurostat/x.csv',
				line: 0,
				column: 0,
				severity: 'warning',
				rule: 'file.preamble',
				message:
					'skipped 2 lines before the header on line 3: they do not name the expected columns, ' +
					'like the title or comment lines of an export (line 1: "Participation rate"; ' +
					'line 2: "Source: \'Eurostat\'")'
			}
		]);
		const { parsed, read: n } = await parseRows(objects, (v) => v);
		expect(n).toBe(1);
		expect(parsed).toEqual([{ geo: 'BE', year: '2022', value: '10,3' }]);
	});

	it('takes the caller’s header test when given', async () => {
		const path = temp.write('own-test.csv', 'a,b\ngeo,year,value\n');
		expect((await read(path)).headerIssues.map((i) => i.rule)).toEqual(['file.preamble']);
		const first = await read(path, () => true);
		expect(first.file.header?.line).toBe(1);
	});

	it('reports an empty file and a file that is not text', async () => {
		const empty = await read(temp.write('empty.csv', ''));
		expect(empty.headerIssues.map((i) => [i.severity, i.rule, i.line])).toEqual([
			['warning', 'file.empty', 0]
		]);
		const workbook = temp.write('book.csv', readFileSync(join(FIXTURES, 'renamed-workbook.csv')));
		const binary = await read(workbook);
		expect(binary.headerIssues).toEqual([
			{
				file: 'eurostat/x.csv',
				line: 0,
				column: 0,
				severity: 'error',
				rule: 'file.binary',
				message:
					'not read: looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV UTF-8'
			}
		]);
		expect((await parseRows(binary, (v) => v)).read).toBe(0);
	});
});
