import { describe, expect, it } from 'vitest';
import { CsvParser, delimiterCode, quoteCode } from '../../../../core/csv/parse-csv';
import type { CsvParserOptions } from '../../../../core/csv/parse-csv';
import { createRandom, randomCuts } from './csv-test-kit';

/** Feeds the parser `text` cut at the given offsets; returns its header, skipped records, rows. */
function parse(text: string, options: CsvParserOptions, cuts: number[] = []) {
	const parser = new CsvParser(options);
	const rows = [];
	let start = 0;
	for (const cut of [...cuts, text.length]) {
		parser.push(text.slice(start, cut));
		rows.push(...parser.take());
		start = cut;
	}
	parser.end();
	rows.push(...parser.take());
	return { header: parser.header, skipped: parser.skipped, rows };
}

describe('CsvParser with single quotes', () => {
	const text =
		"'id';'title';'note'\r\n'1';'L''atelier; niveau 1';'say \"hi\"'\r\n" +
		"'2';'two\nlines';plain\r\n'3';'open\n";

	it('reads fields enclosed in single quotes, doubled inside, with delimiters and line breaks', () => {
		const { header, rows } = parse(text, { delimiter: ';', quote: "'" });
		expect(header).toEqual({ names: ['id', 'title', 'note'], line: 1 });
		expect(rows).toEqual([
			{ line: 2, fields: ['1', "L'atelier; niveau 1", 'say "hi"'] },
			{ line: 3, fields: ['2', 'two\nlines', 'plain'] },
			{
				line: 5,
				error: {
					rule: 'csv.unterminated_quote',
					column: 2,
					message: 'the quote opened in field 2 on line 5 is never closed'
				},
				raw: "'3';'open\n"
			}
		]);
	});

	it('reads double quotes as text then, and the same in any pieces', () => {
		const expected = parse(text, { delimiter: ';', quote: "'" });
		const random = createRandom(7);
		for (let round = 0; round < 50; round++) {
			const cuts = randomCuts(random, text.length, 1 + Math.floor(random() * 8));
			expect(parse(text, { delimiter: ';', quote: "'" }, cuts), String(cuts)).toEqual(expected);
		}
		// With the double quote, the quoted semicolon splits the title: the quote is an option.
		expect(parse(text, { delimiter: ';' }).rows[0]).toMatchObject({
			line: 2,
			error: { rule: 'csv.field_count', message: 'expected 3 fields, found 4' }
		});
	});

	it('rejects other quote characters, and a delimiter equal to the quote', () => {
		expect(quoteCode("'")).toBe(39);
		expect(() => quoteCode('`')).toThrow(TypeError);
		expect(() => new CsvParser({ delimiter: ',', quote: '""' })).toThrow(TypeError);
		expect(() => delimiterCode("'", "'")).toThrow(TypeError);
		expect(() => delimiterCode('"', "'")).toThrow(TypeError);
		expect(delimiterCode("'")).toBe(39);
	});
});

describe('CsvParser skipping records before the header', () => {
	const text =
		'Issuance records\r\n\r\n# exported 2024-03-01, by "Registry"\r\n' +
		'"note\nover two lines"\r\nid,name\r\n1,a\r\n2\r\n';

	it('puts the skipped records aside with their lines and text; the next one is the header', () => {
		const { header, skipped, rows } = parse(text, { delimiter: ',', skipRecords: 3 });
		expect(skipped).toEqual([
			{ line: 1, raw: 'Issuance records', fields: ['Issuance records'] },
			{
				line: 3,
				raw: '# exported 2024-03-01, by "Registry"',
				fields: ['# exported 2024-03-01', ' by "Registry"']
			},
			{ line: 4, raw: '"note\nover two lines"', fields: ['note\nover two lines'] }
		]);
		expect(header).toEqual({ names: ['id', 'name'], line: 6 });
		// Field counts are the header's, not the preamble's.
		expect(rows).toEqual([
			{ line: 7, fields: ['1', 'a'] },
			{
				line: 8,
				error: { rule: 'csv.field_count', column: 2, message: 'expected 2 fields, found 1' },
				raw: '2'
			}
		]);
	});

	it('gives the same result in any pieces', () => {
		const expected = parse(text, { delimiter: ',', skipRecords: 3 });
		const random = createRandom(11);
		for (let round = 0; round < 50; round++) {
			const cuts = randomCuts(random, text.length, 1 + Math.floor(random() * 6));
			expect(parse(text, { delimiter: ',', skipRecords: 3 }, cuts), String(cuts)).toEqual(expected);
		}
	});

	it('keeps a malformed skipped record as an error, and skips nothing by default', () => {
		const bad = 'title \0\nid,name\n1,a\n';
		expect(parse(bad, { delimiter: ',', skipRecords: 1 }).skipped).toEqual([
			{
				line: 1,
				raw: 'title \0',
				error: { rule: 'csv.nul_byte', column: 1, message: 'field 1 has a NUL byte' }
			}
		]);
		const plain = parse(bad, { delimiter: ',' });
		expect(plain.skipped).toEqual([]);
		expect(plain.header?.line).toBe(1);
	});

	it('has no header when the file ends within the skipped records', () => {
		const { header, skipped, rows } = parse('a\nb\n', { delimiter: ',', skipRecords: 5 });
		expect(header).toBeNull();
		expect(skipped.map((r) => r.line)).toEqual([1, 2]);
		expect(rows).toEqual([]);
	});
});
