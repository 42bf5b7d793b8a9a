import { describe, expect, it } from 'vitest';
import { CsvParser } from '../../../../core/csv/parse-csv';
import { createRandom, parsePieces, randomCuts } from './csv-test-kit';

const parse = (text: string, delimiter = ',', maxFieldChars?: number) =>
	parsePieces(text, [], delimiter, maxFieldChars);

describe('CsvParser', () => {
	it('reads the header and plain records with their line numbers', () => {
		const { header, rows } = parse('a,b,c\n1,2,3\n4,5,6\n');
		expect(header).toEqual({ names: ['a', 'b', 'c'], line: 1 });
		expect(rows).toEqual([
			{ line: 2, fields: ['1', '2', '3'] },
			{ line: 3, fields: ['4', '5', '6'] }
		]);
	});

	it('keeps empty fields, including a trailing one, and a last record without EOL', () => {
		const { rows } = parse('a,b,c\n,,\n1,,\n,2,3');
		expect(rows).toEqual([
			{ line: 2, fields: ['', '', ''] },
			{ line: 3, fields: ['1', '', ''] },
			{ line: 4, fields: ['', '2', '3'] }
		]);
	});

	it('unquotes delimiters, doubled quotes and line breaks inside quotes', () => {
		const { rows } = parse('a,b\n"x,y","say ""hi"""\n"""",""\n"l1\nl2\r\nl3\rl4",z\n');
		expect(rows).toEqual([
			{ line: 2, fields: ['x,y', 'say "hi"'] },
			{ line: 3, fields: ['"', ''] },
			{ line: 4, fields: ['l1\nl2\r\nl3\rl4', 'z'] }
		]);
	});

	it('counts physical lines inside quoted fields for the following records', () => {
		const text = 'id,text\n1,"one\ntwo\nthree"\n2,"a\r\nb"\n3,x\n';
		expect(parse(text).rows.map((row) => row.line)).toEqual([2, 5, 7]);
	});

	it('treats CRLF, LF and lone CR as one line break each', () => {
		const { header, rows } = parse('a,b\r\n1,2\r3,4\n5,6\r\n');
		expect(header?.names).toEqual(['a', 'b']);
		expect(rows).toEqual([
			{ line: 2, fields: ['1', '2'] },
			{ line: 3, fields: ['3', '4'] },
			{ line: 4, fields: ['5', '6'] }
		]);
	});

	it('skips blank lines without making records of them, but counts them', () => {
		const { header, rows } = parse('\n\r\na,b\n\n\r\n1,2\r\r\n\n3,4\n\n');
		expect(header).toEqual({ names: ['a', 'b'], line: 3 });
		expect(rows).toEqual([
			{ line: 6, fields: ['1', '2'] },
			{ line: 9, fields: ['3', '4'] }
		]);
	});

	it('keeps a stray quote inside an unquoted field literally', () => {
		const { rows } = parse('size,name\n15" screen,O"Brien\nab"c"d,x\n');
		expect(rows).toEqual([
			{ line: 2, fields: ['15" screen', 'O"Brien'] },
			{ line: 3, fields: ['ab"c"d', 'x'] }
		]);
	});

	it('reports text after a closing quote, then resyncs at the next record', () => {
		const { rows } = parse('a,b\n"x"y,1\n2,3\n');
		expect(rows).toEqual([
			{
				line: 2,
				error: {
					rule: 'csv.invalid_quote',
					column: 1,
					message: 'field 1 has text after its closing quote'
				},
				raw: '"x"y,1'
			},
			{ line: 3, fields: ['2', '3'] }
		]);
	});

	it('reports an unterminated quote at the line where its record starts', () => {
		const { rows } = parse('a,b\n1,2\n3,"open\nstill open\n4,5\n');
		expect(rows).toHaveLength(2);
		expect(rows[0]).toEqual({ line: 2, fields: ['1', '2'] });
		expect(rows[1]).toMatchObject({
			line: 3,
			error: { rule: 'csv.unterminated_quote', column: 2 },
			raw: '3,"open\nstill open\n4,5\n'
		});
		expect(rows[1].error?.message).toContain('line 3');
	});

	it('reports too many and too few fields with the first extra or missing column', () => {
		const { rows } = parse('a,b,c\n1,2,3,4,5\n1,2\n1\n1,2,3\n');
		expect(rows).toEqual([
			{
				line: 2,
				error: { rule: 'csv.field_count', column: 4, message: 'expected 3 fields, found 5' },
				raw: '1,2,3,4,5'
			},
			{
				line: 3,
				error: { rule: 'csv.field_count', column: 3, message: 'expected 3 fields, found 2' },
				raw: '1,2'
			},
			{
				line: 4,
				error: { rule: 'csv.field_count', column: 2, message: 'expected 3 fields, found 1' },
				raw: '1'
			},
			{ line: 5, fields: ['1', '2', '3'] }
		]);
	});

	it('truncates the raw text of a malformed row to 200 characters', () => {
		const long = 'x'.repeat(500);
		const { rows } = parse(`a,b\n${long}\n1,2\n`);
		expect(rows[0].raw).toBe('x'.repeat(200));
		expect(rows[1]).toEqual({ line: 3, fields: ['1', '2'] });
	});

	it('accepts a field of exactly maxFieldChars and rejects one character more', () => {
		const ok = parse('a,b\n1,"' + 'q'.repeat(10) + '"\n', ',', 10);
		expect(ok.rows).toEqual([{ line: 2, fields: ['1', 'q'.repeat(10)] }]);
		const tooLong = parse('a,b\n1,' + 'q'.repeat(11) + '\n2,3\n', ',', 10);
		expect(tooLong.rows).toEqual([
			{
				line: 2,
				error: {
					rule: 'csv.field_too_long',
					column: 2,
					message: 'field 2 is longer than 10 characters'
				},
				raw: '1,' + 'q'.repeat(11)
			},
			{ line: 3, fields: ['2', '3'] }
		]);
	});

	it('resyncs after a too-long quoted field that spans lines and many pieces', () => {
		const big = 'word, "quoted" \n'.repeat(200);
		const text = `a,b\n1,"${big.replaceAll('"', '""')}"\n2,3\n`;
		const cuts = randomCuts(createRandom(7), text.length, 9);
		const { rows } = parsePieces(text, cuts, ',', 100);
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatchObject({ line: 2, error: { rule: 'csv.field_too_long', column: 2 } });
		expect(rows[0].raw).toHaveLength(200);
		expect(rows[1]).toEqual({ line: 203, fields: ['2', '3'] });
	});

	it('keeps nothing of a too-long field while it scans for its end', () => {
		const parser = new CsvParser({ delimiter: ',', maxFieldChars: 1000 });
		parser.push('a,b\n1,"');
		for (let k = 0; k < 200; k++) parser.push('0123456789'.repeat(100));
		// White-box on purpose: memory is the behaviour under test.
		expect((parser as unknown as { acc: string }).acc).toBe('');
		parser.push('"\n2,3\n');
		parser.end();
		expect(parser.take()).toMatchObject([
			{ line: 2, error: { rule: 'csv.field_too_long' } },
			{ line: 3, fields: ['2', '3'] }
		]);
	});

	it('handles a 1 000 000-character field with quotes and line breaks', () => {
		const field = 'ab"c,\n'.repeat(166_666) + 'xyzw';
		expect(field).toHaveLength(1_000_000);
		const text = `id,body\n1,"${field.replaceAll('"', '""')}"\n2,after\n`;
		const { rows } = parsePieces(text, randomCuts(createRandom(3), text.length, 300_000));
		expect(rows).toHaveLength(2);
		expect(rows[0].fields?.[1]).toBe(field);
		expect(rows[1]).toEqual({ line: 166_669, fields: ['2', 'after'] });
	});

	it('flags U+FFFD and NUL characters with the field that holds them', () => {
		const { header, rows } = parse('a,b\n1,caf\uFFFD\n\0,2\n3,4\n');
		expect(header).toEqual({ names: ['a', 'b'], line: 1 });
		expect(rows[0]).toMatchObject({ line: 2, error: { rule: 'encoding.invalid', column: 2 } });
		expect(rows[1]).toMatchObject({ line: 3, error: { rule: 'csv.nul_byte', column: 1 } });
		expect(rows[2]).toEqual({ line: 4, fields: ['3', '4'] });
	});

	it('flags U+FFFD in a record that started in an earlier, clean piece', () => {
		const text = 'a,b\n1,"clean start\nthen \uFFFD"\n2,3\n';
		const { rows } = parsePieces(text, [10]);
		expect(rows[0]).toMatchObject({ line: 2, error: { rule: 'encoding.invalid', column: 2 } });
		expect(rows[1]).toEqual({ line: 4, fields: ['2', '3'] });
	});

	it('reports a malformed header on the header instead of as a row', () => {
		const parser = new CsvParser({ delimiter: ',' });
		parser.push('"a,b\n1,2\n');
		parser.end();
		expect(parser.header?.error?.rule).toBe('csv.unterminated_quote');
		expect(parser.header?.line).toBe(1);
		expect(parser.take()).toEqual([]);
	});

	it('caps the fields of a runaway header', () => {
		const parser = new CsvParser({ delimiter: ',', maxHeaderFields: 5 });
		parser.push(',,,,,,,,,\n');
		parser.end();
		expect(parser.header?.names).toHaveLength(5);
		expect(parser.header?.error).toMatchObject({ rule: 'csv.field_count', column: 6 });
	});

	it('has no header and no rows for empty or blank input', () => {
		for (const text of ['', '\n', '\r\n\r\n', '\r']) {
			expect(parse(text)).toEqual({ header: null, rows: [] });
		}
	});

	it('uses the delimiter it is given', () => {
		for (const delimiter of [';', '\t', '|']) {
			const text =
				['a', 'b,c'].join(delimiter) + '\n' + ['1', '"2' + delimiter + '3"'].join(delimiter);
			expect(parse(text, delimiter).rows).toEqual([{ line: 2, fields: ['1', `2${delimiter}3`] }]);
		}
	});

	it('rejects delimiters that cannot work', () => {
		for (const delimiter of ['', '"', '\n', '\r', ';;']) {
			expect(() => new CsvParser({ delimiter })).toThrow(TypeError);
		}
	});

	it('gives the same result however the text is cut (CRLF and quotes split)', () => {
		const text = 'a,b\r\n"x\r\n""y""",z\r\n\r\n1,2\r"3"\r\n';
		const whole = parse(text);
		expect(whole.rows).toEqual([
			{ line: 2, fields: ['x\r\n"y"', 'z'] },
			{ line: 5, fields: ['1', '2'] },
			{
				line: 6,
				error: expect.objectContaining({ rule: 'csv.field_count', column: 2 }),
				raw: '"3"'
			}
		]);
		for (let cut = 1; cut < text.length; cut++) {
			expect(parsePieces(text, [cut]), `cut at ${cut}`).toEqual(whole);
		}
		const everyChar = Array.from({ length: text.length - 1 }, (_, k) => k + 1);
		expect(parsePieces(text, everyChar)).toEqual(whole);
	});

	it('fuzz: random CSV-like text parses the same in any pieces, and lines increase', () => {
		const random = createRandom(20_251_129);
		const alphabet = ['a', 'é', '😀', ',', ',', '"', '"', '\n', '\r', '\r\n', ' ', '\0'];
		for (let round = 0; round < 300; round++) {
			let text = '';
			const length = Math.floor(random() * 120);
			for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
			const whole = parse(text);
			const pieces = parsePieces(text, randomCuts(random, text.length, 7));
			expect(pieces, JSON.stringify(text)).toEqual(whole);
			let previous = whole.header?.line ?? 0;
			for (const row of whole.rows) {
				expect(row.line).toBeGreaterThan(previous);
				previous = row.line;
				expect(Array.isArray(row.fields) !== (row.error !== undefined)).toBe(true);
			}
		}
	});
});
