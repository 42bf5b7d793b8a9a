import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsvRow } from '../../../../core/csv/types';
import { readCsvFile } from '../../../../pipelines/read/read-csv-file';
import {
	FIXTURES,
	collect,
	createRandom,
	createTempDir,
	readAll,
	type TempDir
} from '../../core/csv/csv-test-kit';

let temp: TempDir;
beforeAll(() => {
	temp = createTempDir();
});
afterAll(() => temp.remove());

const utf16le = (text: string) =>
	Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const fieldsOf = (rows: CsvRow[]) => rows.map((row) => row.fields ?? row.error?.rule);

describe('readCsvFile on fixtures', () => {
	it('reads a ministry export: UTF-8 BOM, semicolons, CRLF, quoted line break', async () => {
		const { file, rows } = await readAll({ path: join(FIXTURES, 'semicolon-bom-crlf.csv') });
		expect(file.encoding).toBe('utf-8');
		expect(file.delimiter).toBe(';');
		expect(file.header).toEqual({ names: ['country', 'provider', 'title', 'ects'], line: 1 });
		expect(rows).toEqual([
			{ line: 2, fields: ['BE', 'Université de Liège', 'Data literacy; level 1', '5'] },
			{ line: 3, fields: ['FR', 'École "Numérique"', 'Line one\r\nline two', '3'] },
			{
				line: 6,
				error: { rule: 'csv.field_count', column: 4, message: 'expected 4 fields, found 3' },
				raw: 'DE;Fernuni;Kurs'
			},
			{ line: 7, fields: ['AT', 'TU Wien', 'Cloud', '2,5'] }
		]);
	});

	it('reads pipes with quoted pipes, stray quotes and an unterminated quote', async () => {
		const { file, rows } = await readAll({ path: join(FIXTURES, 'pipe-quotes.csv') });
		expect(file.delimiter).toBe('|');
		expect(rows).toEqual([
			{ line: 2, fields: ['1', 'a|b', 'x'] },
			{ line: 3, fields: ['2', 'O"Brien', 'said "hi"'] },
			{
				line: 4,
				error: expect.objectContaining({ rule: 'csv.unterminated_quote', column: 2 }),
				raw: '3|"unterminated|y\n'
			}
		]);
	});

	it('reads tabs with a quoted line break and an extra field', async () => {
		const { file, rows } = await readAll({ path: join(FIXTURES, 'tab-multiline.tsv') });
		expect(file.delimiter).toBe('\t');
		expect(file.header?.names).toEqual(['code', 'label', 'level']);
		expect(rows.map((row) => row.line)).toEqual([2, 3, 5]);
		expect(rows[1].fields).toEqual(['7', 'Master, \nor equivalent', 'EQF 7']);
		expect(rows[2].error).toEqual({
			rule: 'csv.field_count',
			column: 4,
			message: 'expected 3 fields, found 4'
		});
	});

	it('reads the same fixture identically with 1- to 7-byte chunks', async () => {
		const path = join(FIXTURES, 'semicolon-bom-crlf.csv');
		const expected = await readAll({ path });
		for (let chunkSize = 1; chunkSize <= 7; chunkSize++) {
			const { file, rows } = await readAll({ path, chunkSize });
			expect(file.header).toEqual(expected.file.header);
			expect(file.delimiter).toBe(';');
			expect(rows, `chunkSize ${chunkSize}`).toEqual(expected.rows);
		}
	});
});

describe('readCsvFile encodings', () => {
	const text = 'nom;ville;prix\nRené;Liège;5 €\nZoë;Łódź;😀\n';

	it('reads UTF-8 without a BOM', async () => {
		const { file, rows } = await readAll({ path: temp.write('utf8.csv', text) });
		expect(file.encoding).toBe('utf-8');
		expect(rows.map((row) => row.fields)).toEqual([
			['René', 'Liège', '5 €'],
			['Zoë', 'Łódź', '😀']
		]);
	});

	it('reads UTF-16 LE and BE with a BOM', async () => {
		const le = utf16le(text);
		const be = Buffer.from(le).swap16();
		for (const [name, data, encoding] of [
			['le.csv', le, 'utf-16le'],
			['be.csv', be, 'utf-16be']
		] as const) {
			const { file, rows } = await readAll({ path: temp.write(name, data), chunkSize: 5 });
			expect(file.encoding).toBe(encoding);
			expect(file.delimiter).toBe(';');
			expect(file.header?.names).toEqual(['nom', 'ville', 'prix']);
			expect(rows).toEqual([
				{ line: 2, fields: ['René', 'Liège', '5 €'] },
				{ line: 3, fields: ['Zoë', 'Łódź', '😀'] }
			]);
		}
	});

	it('reads Latin-1 as windows-1252', async () => {
		const data = Buffer.from('nom;ville\nRené;Liège\nÅsa;Göteborg\n', 'latin1');
		const { file, rows } = await readAll({ path: temp.write('latin1.csv', data) });
		expect(file.encoding).toBe('windows-1252');
		expect(rows.map((row) => row.fields)).toEqual([
			['René', 'Liège'],
			['Åsa', 'Göteborg']
		]);
	});

	it('reads windows-1252 punctuation and the euro sign', async () => {
		const data = Buffer.concat([
			Buffer.from('label,price\n', 'latin1'),
			Buffer.from([0x93, 0x4f, 0x6b, 0x94, 0x2c, 0x35, 0x80, 0x0a]),
			Buffer.from([0x8a, 0x9c, 0x92, 0x2c, 0x96, 0x0a])
		]);
		const { file, rows } = await readAll({ path: temp.write('cp1252.csv', data) });
		expect(file.encoding).toBe('windows-1252');
		expect(rows).toEqual([
			{ line: 2, fields: ['“Ok”', '5€'] },
			{ line: 3, fields: ['Šœ’', '–'] }
		]);
	});

	it('honours an encoding override', async () => {
		const data = Buffer.from('a,b\n1,é\n');
		const { file, rows } = await readAll({
			path: temp.write('override.csv', data),
			encoding: 'windows-1252'
		});
		expect(file.encoding).toBe('windows-1252');
		expect(rows[0].fields).toEqual(['1', 'Ã©']);
	});

	it('decodes multibyte characters and CRLF cut by every chunk boundary', async () => {
		const content = 'k;v\r\né;€😀\r\n"x\r\né";\r\n\r\nz;"😀\r\n"\r\n';
		const path = temp.write('boundaries.csv', Buffer.from(content));
		const expected = [
			{ line: 2, fields: ['é', '€😀'] },
			{ line: 3, fields: ['x\r\né', ''] },
			{ line: 6, fields: ['z', '😀\r\n'] }
		];
		for (const chunkSize of [1, 2, 3, 4, 5, 8]) {
			for (const sampleBytes of [4, 9, 1 << 16]) {
				const { file, rows } = await readAll({ path, chunkSize, sampleBytes });
				expect(file.delimiter).toBe(';');
				expect(file.header).toEqual({ names: ['k', 'v'], line: 1 });
				expect(rows, `chunkSize ${chunkSize} sampleBytes ${sampleBytes}`).toEqual(expected);
			}
		}
	});

	it('reports rows with bytes invalid in UTF-8 after the sample', async () => {
		const good = 'id,name\n' + Array.from({ length: 5000 }, (_, k) => `${k},name ${k}é`).join('\n');
		const data = Buffer.concat([
			Buffer.from(good + '\n5000,bad '),
			Buffer.from([0xff, 0xe9]),
			Buffer.from('\n5001,"multi\nline '),
			Buffer.from([0xc3]),
			Buffer.from('"\n5002,ok\n')
		]);
		expect(data.length).toBeGreaterThan(1 << 16);
		for (const chunkSize of [4096, 1 << 20]) {
			const { file, rows } = await readAll({ path: temp.write('late-bad.csv', data), chunkSize });
			expect(file.encoding).toBe('utf-8');
			expect(rows).toHaveLength(5003);
			expect(rows[1234]).toEqual({ line: 1236, fields: ['1234', 'name 1234é'] });
			expect(rows[5000]).toMatchObject({
				line: 5002,
				error: { rule: 'encoding.invalid', column: 2 },
				raw: '5000,bad \uFFFD\uFFFD'
			});
			expect(rows[5001]).toMatchObject({ line: 5003, error: { rule: 'encoding.invalid' } });
			expect(rows[5002]).toEqual({ line: 5005, fields: ['5002', 'ok'] });
		}
	});

	it('reports a character cut by the end of the file', async () => {
		const data = Buffer.concat([Buffer.from('a,b\n1,caf'), Buffer.from([0xc3])]);
		const { rows } = await readAll({ path: temp.write('cut-char.csv', data) });
		expect(rows).toEqual([
			{
				line: 2,
				error: expect.objectContaining({ rule: 'encoding.invalid', column: 2 }),
				raw: '1,caf\uFFFD'
			}
		]);
	});
});

describe('readCsvFile delimiters', () => {
	for (const delimiter of [',', ';', '\t', '|']) {
		it(`sniffs ${JSON.stringify(delimiter)} and unquotes it inside fields`, async () => {
			const line = (...fields: string[]) => fields.join(delimiter);
			const content = [
				line('id', 'label', 'note'),
				line('1', `"a${delimiter}b"`, 'x'),
				line('2', 'c', `"d${delimiter}e${delimiter}f"`)
			].join('\n');
			const { file, rows } = await readAll({ path: temp.write('delimiter.csv', content) });
			expect(file.delimiter).toBe(delimiter);
			expect(rows).toEqual([
				{ line: 2, fields: ['1', `a${delimiter}b`, 'x'] },
				{ line: 3, fields: ['2', 'c', `d${delimiter}e${delimiter}f`] }
			]);
		});
	}

	it('honours a delimiter override', async () => {
		const path = temp.write('override-delimiter.csv', 'a;b,c\n1;2,3\n');
		const { file, rows } = await readAll({ path, delimiter: ',' });
		expect(file.delimiter).toBe(',');
		expect(file.header?.names).toEqual(['a;b', 'c']);
		expect(rows).toEqual([{ line: 2, fields: ['1;2', '3'] }]);
	});

	it('rejects an impossible delimiter override', async () => {
		const path = temp.write('x.csv', 'a\n');
		await expect(readCsvFile({ path, delimiter: '"' })).rejects.toThrow(TypeError);
	});
});

describe('readCsvFile limits', () => {
	it('reads a 1 000 000-character field and the record after it', async () => {
		const field = 'lorem "ipsum", dolo\n'.repeat(50_000);
		expect(field).toHaveLength(1_000_000);
		const content = `id,body,tail\n1,"${field.replaceAll('"', '""')}",t\n2,short,u\n`;
		const { rows } = await readAll({ path: temp.write('big-field.csv', content) });
		expect(rows).toHaveLength(2);
		expect(rows[0].line).toBe(2);
		expect(rows[0].fields?.[1]).toBe(field);
		expect(rows[0].fields?.[2]).toBe('t');
		expect(rows[1]).toEqual({ line: 50_003, fields: ['2', 'short', 'u'] });
	});

	it('rejects a field one character over maxFieldChars and resyncs', async () => {
		const content = `id,body\n1,${'x'.repeat(1_000_001)}\n2,"${'y'.repeat(3_000_000)}"\n3,ok\n`;
		const { rows } = await readAll({
			path: temp.write('too-long.csv', content),
			chunkSize: 65_536
		});
		expect(rows).toHaveLength(3);
		expect(rows[0]).toEqual({
			line: 2,
			error: {
				rule: 'csv.field_too_long',
				column: 2,
				message: 'field 2 is longer than 1000000 characters'
			},
			raw: '1,' + 'x'.repeat(198)
		});
		expect(rows[1]).toMatchObject({ line: 3, error: { rule: 'csv.field_too_long', column: 2 } });
		expect(rows[2]).toEqual({ line: 4, fields: ['3', 'ok'] });
	});

	it('applies a custom maxFieldChars', async () => {
		const path = temp.write('custom-max.csv', 'a,b\n12345,1\n123456,2\n');
		const { rows } = await readAll({ path, maxFieldChars: 5 });
		expect(fieldsOf(rows)).toEqual([['12345', '1'], 'csv.field_too_long']);
	});
});

describe('readCsvFile on damaged input', () => {
	it('returns no header and no rows for an empty or blank file', async () => {
		for (const [name, content] of [
			['empty.csv', ''],
			['blank.csv', '\n\r\n\n'],
			['bom-only.csv', '\uFEFF']
		]) {
			const { file, rows } = await readAll({ path: temp.write(name, content) });
			expect(file.header, name).toBeNull();
			expect(file.encoding).toBe('utf-8');
			expect(file.delimiter).toBe(',');
			expect(rows).toEqual([]);
		}
	});

	it('returns the header and no rows for a header-only file', async () => {
		for (const content of ['a;b;c', 'a;b;c\r\n', 'a;b;c\n\n\n']) {
			const { file, rows } = await readAll({ path: temp.write('header-only.csv', content) });
			expect(file.header).toEqual({ names: ['a', 'b', 'c'], line: 1 });
			expect(file.delimiter).toBe(';');
			expect(rows).toEqual([]);
		}
	});

	it('reports a NUL byte and keeps going', async () => {
		const data = Buffer.from('a,b\n1,x\0y\n2,3\n');
		const { rows } = await readAll({ path: temp.write('nul.csv', data) });
		expect(rows).toEqual([
			{
				line: 2,
				error: { rule: 'csv.nul_byte', column: 2, message: 'field 2 has a NUL byte' },
				raw: '1,x\0y'
			},
			{ line: 3, fields: ['2', '3'] }
		]);
	});

	it('reads a file truncated after a record, inside a record or inside a quote', async () => {
		const full = 'a,b\n1,2\n3,"four\nfive"\n';
		const results: unknown[] = [];
		for (const length of [8, 9, 15, 21]) {
			const { rows } = await readAll({ path: temp.write('cut.csv', full.slice(0, length)) });
			results.push(fieldsOf(rows));
		}
		expect(results).toEqual([
			[['1', '2']],
			[['1', '2'], 'csv.field_count'],
			[['1', '2'], 'csv.unterminated_quote'],
			[
				['1', '2'],
				['3', 'four\nfive']
			]
		]);
	});

	it('fails with the file name when the file does not exist', async () => {
		const path = join(FIXTURES, 'no-such-file.csv');
		await expect(readCsvFile({ path })).rejects.toThrow(
			/Cannot read CSV file .*no-such-file\.csv: ENOENT/
		);
	});

	it('can stop early without reading the rest', async () => {
		const content = 'a,b\n' + '1,2\n'.repeat(10_000);
		const file = await readCsvFile({ path: temp.write('early.csv', content), chunkSize: 1024 });
		let seen = 0;
		for await (const row of file.rows) {
			expect(row.fields).toEqual(['1', '2']);
			if (++seen === 3) break;
		}
		expect(seen).toBe(3);
		file.close();
	});

	it('fuzz: 200 random buffers never throw and yield well-formed items', async () => {
		const random = createRandom(42);
		const common = [0x2c, 0x3b, 0x09, 0x7c, 0x22, 0x0a, 0x0d, 0x00, 0xc3, 0xa9, 0xef, 0xbb, 0xbf];
		for (let round = 0; round < 200; round++) {
			const length = Math.floor(random() * 3000);
			const data = Buffer.alloc(length);
			for (let k = 0; k < length; k++) {
				data[k] =
					random() < 0.5
						? common[Math.floor(random() * common.length)]
						: Math.floor(random() * 256);
			}
			const prefixes = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
			const prefix = Buffer.from(prefixes[round % 4]);
			const path = temp.write(`fuzz-${round}.bin`, Buffer.concat([prefix, data]));
			const chunkSize = 1 + Math.floor(random() * 600);
			// Most of these buffers are binary (see read-csv-real-world.test.ts): read them anyway.
			const file = await readCsvFile({ path, chunkSize, maxFieldChars: 500, detectBinary: false });
			expect(file.notText).toBeNull();
			const rows = await collect(file);
			let previous = file.header?.line ?? 0;
			if (file.header === null) expect(rows).toEqual([]);
			for (const row of rows) {
				expect(row.line).toBeGreaterThanOrEqual(1);
				expect(row.line).toBeGreaterThan(previous);
				previous = row.line;
				if (row.error) {
					expect(row.error.rule).toMatch(/^(csv|encoding)\./);
					expect(row.error.column).toBeGreaterThanOrEqual(1);
					expect(row.raw.length).toBeLessThanOrEqual(200);
				} else if (file.header?.error === undefined) {
					expect(row.fields).toHaveLength(file.header?.names.length ?? -1);
				}
			}
		}
	});
});

describe('readCsvFile round trip', () => {
	const encodeCp1252 = (text: string) =>
		Buffer.from(Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0))));

	it('reads back random records with their exact line numbers, in any chunks', async () => {
		const random = createRandom(1129);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
		for (let round = 0; round < 60; round++) {
			const delimiter = pick([',', ';', '\t', '|']);
			const encoding = pick(['utf-8', 'utf-16le', 'windows-1252'] as const);
			const chars = ['a', 'b', 'é', '€', '"', '\n', '\r\n', '\r', ' ', delimiter];
			if (encoding !== 'windows-1252') chars.push('😀', 'Ł');
			const width = 2 + Math.floor(random() * 4);
			const makeField = () => {
				let field = '';
				for (let k = Math.floor(random() * 6); k > 0; k--) field += pick(chars);
				return field;
			};
			const records = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
				Array.from({ length: width }, makeField)
			);
			records[0] = records[0].map((_, k) => `h${k}`);
			let text = '';
			const starts: number[] = [];
			for (const record of records) {
				while (random() < 0.2) text += pick(['\n', '\r\n']);
				starts.push(text.length);
				text += record
					.map((field) =>
						/["\r\n]|^$/.test(field) || field.includes(delimiter)
							? `"${field.replaceAll('"', '""')}"`
							: field
					)
					.join(delimiter);
				text += pick(['\n', '\r\n', '\r']);
			}
			const lines = starts.map(
				(start) => 1 + (text.slice(0, start).match(/\r\n|\r|\n/g)?.length ?? 0)
			);
			const data =
				encoding === 'utf-8'
					? Buffer.from(text)
					: encoding === 'utf-16le'
						? utf16le(text)
						: encodeCp1252(text);
			const path = temp.write(`round-${round}.csv`, data);
			const chunkSize = 1 + Math.floor(random() * 40);
			const { file, rows } = await readAll({
				path,
				chunkSize,
				delimiter,
				encoding: encoding === 'windows-1252' ? encoding : undefined
			});
			const context = JSON.stringify({ text, chunkSize, encoding });
			expect(file.header, context).toEqual({ names: records[0], line: lines[0] });
			expect(rows, context).toEqual(
				records.slice(1).map((fields, k) => ({ line: lines[k + 1], fields }))
			);
		}
	});
});
