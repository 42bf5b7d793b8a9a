import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../../pipelines/read/read-csv-file';
import { contractHeaderTest } from '../../../../pipelines/read/validated-csv';
import {
	FIXTURES,
	collect,
	createRandom,
	createTempDir,
	readAll,
	type TempDir
} from '../../core/csv/csv-test-kit';

// CSV as it comes out of real systems: a preamble before the header, single quotes, files that
// are not text at all.

let temp: TempDir;
beforeAll(() => {
	temp = createTempDir();
});
afterAll(() => temp.remove());

const isMeasureHeader = contractHeaderTest('measure');
const HEADER = 'country,paragraph,status,title,description,start_date,budget_eur,link';
const ROW = 'BE,6b,implemented,T,D,2024-01-15,120000,https://example.org/1';

describe('readCsvFile: title or comment lines before the header', () => {
	it('finds the header after the preamble and puts the preamble aside', async () => {
		const path = join(FIXTURES, 'preamble-export.csv');
		const { file, rows } = await readAll({ path, isHeader: isMeasureHeader });
		expect(file.delimiter).toBe(';');
		expect(file.header).toEqual({ names: HEADER.split(','), line: 4 });
		expect(file.skipped).toEqual([
			{
				line: 1,
				raw: 'National measures - export of 2024-03-01',
				fields: ['National measures - export of 2024-03-01']
			},
			{
				line: 2,
				raw: '"Ministry of Education; Unit B"',
				fields: ['Ministry of Education; Unit B']
			}
		]);
		expect(rows.map((r) => [r.line, r.fields?.[3]])).toEqual([
			[5, 'Annex I template'],
			[6, 'National catalogue']
		]);
	});

	it('gives the same result in any chunks', async () => {
		const path = join(FIXTURES, 'preamble-export.csv');
		const expected = await readAll({ path, isHeader: isMeasureHeader });
		for (let chunkSize = 1; chunkSize <= 7; chunkSize++) {
			const { file, rows } = await readAll({ path, chunkSize, isHeader: isMeasureHeader });
			expect(file.header, `chunkSize ${chunkSize}`).toEqual(expected.file.header);
			expect(file.skipped).toEqual(expected.file.skipped);
			expect(rows).toEqual(expected.rows);
		}
	});

	it('keeps the first record as the header without isHeader, or when none matches', async () => {
		const path = join(FIXTURES, 'preamble-export.csv');
		const plain = await readAll({ path });
		expect(plain.file.header?.line).toBe(1);
		expect(plain.file.skipped).toEqual([]);
		const headerless = temp.write('headerless.csv', `${ROW}\n${ROW}\n`);
		const { file, rows } = await readAll({ path: headerless, isHeader: isMeasureHeader });
		expect(file.header?.line).toBe(1);
		expect(file.skipped).toEqual([]);
		expect(rows).toHaveLength(1);
	});

	it('looks at the first 20 records before the header and no further', async () => {
		const preamble = (n: number) =>
			Array.from({ length: n }, (_, k) => `Title line ${k + 1}\n`).join('');
		const twenty = temp.write('twenty.csv', `${preamble(20)}${HEADER}\n${ROW}\n`);
		const found = await readAll({ path: twenty, isHeader: isMeasureHeader });
		expect(found.file.header?.line).toBe(21);
		expect(found.file.skipped).toHaveLength(20);
		expect(found.rows).toEqual([{ line: 22, fields: ROW.split(',') }]);

		const tooMany = temp.write('twenty-one.csv', `${preamble(21)}${HEADER}\n${ROW}\n`);
		const notFound = await readAll({ path: tooMany, isHeader: isMeasureHeader });
		expect(notFound.file.header).toEqual({ names: ['Title line 1'], line: 1 });
		expect(notFound.file.skipped).toEqual([]);
		const three = await readAll({
			path: tooMany,
			isHeader: isMeasureHeader,
			maxPreambleRecords: 3
		});
		expect(three.file.header?.line).toBe(1);
	});

	it('tries the other delimiters when title lines mislead the sniffer', async () => {
		// Twelve title lines with one comma each, then a tab-separated table of 5 rows: the
		// commas are the most regular delimiter of the sample, but no header uses them.
		const preamble = Array.from({ length: 12 }, (_, k) => `Note ${k}, see the annex\n`).join('');
		const table = [HEADER, ROW, ROW, ROW, ROW, ROW].map((l) => l.replaceAll(',', '\t')).join('\n');
		const path = temp.write('misleading.csv', `${preamble}${table}\n`);
		const { file, rows } = await readAll({ path, isHeader: isMeasureHeader });
		expect(file.delimiter).toBe('\t');
		expect(file.header?.line).toBe(13);
		expect(file.skipped).toHaveLength(12);
		expect(rows.every((r) => r.fields?.length === 8)).toBe(true);
		expect((await readAll({ path })).file.delimiter).toBe(',');
	});
});

describe('readCsvFile: single quotes', () => {
	const expected = [
		{
			line: 2,
			fields: [
				'BE',
				'6b',
				'implemented',
				"L'atelier, niveau 1",
				'Invented example, two\nlines',
				'2024-01-15',
				'120000',
				'https://example.org/measures/1'
			]
		},
		{
			line: 4,
			fields: [
				'DE',
				'11a',
				'planned',
				'Catalogue "national"',
				'Invented example',
				'2026-06-01',
				'',
				'https://example.org/measures/2'
			]
		}
	];

	it('detects the quote character with the delimiter', async () => {
		const path = join(FIXTURES, 'single-quotes.csv');
		for (let chunkSize = 1; chunkSize <= 5; chunkSize++) {
			const { file, rows } = await readAll({ path, chunkSize });
			expect(file.quote).toBe("'");
			expect(file.delimiter).toBe(',');
			expect(file.header?.names).toEqual(HEADER.split(','));
			expect(rows, `chunkSize ${chunkSize}`).toEqual(expected);
		}
	});

	it('reads them as text when the double quote is forced', async () => {
		const { file, rows } = await readAll({ path: join(FIXTURES, 'single-quotes.csv'), quote: '"' });
		expect(file.quote).toBe('"');
		expect(file.header?.names[0]).toBe("'country'");
		expect(rows.some((r) => r.error?.rule === 'csv.field_count')).toBe(true);
	});

	it('keeps the double quote for files that use it', async () => {
		const { file } = await readAll({ path: join(FIXTURES, 'semicolon-bom-crlf.csv') });
		expect(file.quote).toBe('"');
		await expect(
			readCsvFile({ path: join(FIXTURES, 'pipe-quotes.csv'), quote: '`' })
		).rejects.toThrow(TypeError);
	});
});

describe('readCsvFile: input that is not text', () => {
	it('recognises an image renamed .csv and reads no records', async () => {
		const { file, rows } = await readAll({ path: join(FIXTURES, 'renamed-image.csv') });
		expect(file.notText).toEqual({
			rule: 'file.binary',
			message: 'looks like a PNG image, not a CSV file'
		});
		expect(file.header).toBeNull();
		expect(rows).toEqual([]);
		// Before: the same bytes were read as records.
		const old = await readAll({ path: join(FIXTURES, 'renamed-image.csv'), detectBinary: false });
		expect(old.file.header).not.toBeNull();
	});

	it('recognises an Excel workbook renamed .csv', async () => {
		const { file, rows } = await readAll({ path: join(FIXTURES, 'renamed-workbook.csv') });
		expect(file.notText?.message).toBe(
			'looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV UTF-8'
		);
		expect(rows).toEqual([]);
	});

	it('hints at UTF-16 without a byte-order mark, and reads UTF-16 with one', async () => {
		const text = `${HEADER}\n${ROW}\n`;
		const noBom = temp.write('utf16-no-bom.csv', Buffer.from(text, 'utf16le'));
		const { file, rows } = await readAll({ path: noBom });
		expect(file.notText?.rule).toBe('file.utf16_without_bom');
		expect(file.notText?.message).toMatch(
			/^looks like UTF-16 without a byte-order mark .*save it as UTF-8$/
		);
		expect(rows).toEqual([]);
		const bom = temp.write('utf16-bom.csv', Buffer.from(`\uFEFF${text}`, 'utf16le'));
		const withBom = await readAll({ path: bom });
		expect(withBom.file.notText).toBeNull();
		expect(withBom.rows).toEqual([{ line: 2, fields: ROW.split(',') }]);
	});

	it('recognises random bytes, in any chunks, and releases the file', async () => {
		const random = createRandom(5);
		const data = Buffer.from(Array.from({ length: 5000 }, () => Math.floor(random() * 256)));
		const path = temp.write('random.csv', data);
		for (const chunkSize of [1, 100, 1 << 16]) {
			const file = await readCsvFile({ path, chunkSize });
			expect(file.notText?.rule).toBe('file.binary');
			expect(await collect(file)).toEqual([]);
			file.close();
		}
		expect(readFileSync(path)).toEqual(data);
	});
});
