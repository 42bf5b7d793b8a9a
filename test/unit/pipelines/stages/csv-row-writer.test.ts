import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../generator/prng';
import { CsvRowWriter, type CsvValue } from '../../../../pipelines/stages/csv-row-writer';
import { CsvParser } from '../../../../core/csv/parse-csv';

function written(rows: readonly (readonly CsvValue[])[]): string {
	const path = join(mkdtempSync(join(tmpdir(), 'uptake-csv-row-')), 'out.csv');
	const out = new CsvRowWriter(path);
	for (const row of rows) {
		row.forEach((value, i) => {
			if (i > 0) out.separator();
			out.value(value);
		});
		out.endRow();
	}
	out.commit();
	return readFileSync(path, 'utf8');
}

describe('CsvRowWriter', () => {
	it('writes NULL as an empty field, the empty string quoted, numbers, booleans and lists', () => {
		expect(written([[null, undefined, '', 'onsite', 2.5, 6, true, false, ['EL', 'CY'], []]])).toBe(
			',,"",onsite,2.5,6,true,false,EL;CY,\n'
		);
	});

	it('writes bytes as they are', () => {
		const bytes = Buffer.from('p_00ff', 'latin1');
		expect(written([[bytes, 'x', bytes.subarray(2, 4)]])).toBe('p_00ff,x,00\n');
	});

	it('writes numbers as String() does: integers digit by digit, the rest as text', () => {
		const numbers = [
			0,
			7,
			10,
			99,
			100,
			2047,
			123456789,
			2 ** 31 - 1,
			2 ** 31,
			-3,
			2.5,
			0.1,
			1e21,
			-0
		];
		expect(written([numbers])).toBe(`${numbers.map(String).join(',')}\n`);
		expect(written([[['EL'], ['EL', 'CY'], ['a,b']]])).toBe('EL,EL;CY,"a,b"\n');
	});

	it('quotes short and long values with a quote, comma or line break, doubling quotes', () => {
		expect(
			written([
				[
					'a,b',
					'say "hi"',
					'x\ny',
					'cr\r',
					'a long value, longer than sixteen',
					'long "quoted" text here'
				]
			])
		).toBe(
			'"a,b","say ""hi""","x\ny","cr\r","a long value, longer than sixteen","long ""quoted"" text here"\n'
		);
	});

	it('encodes non-ASCII text as UTF-8, short or long', () => {
		expect(written([['é', 'Centre de formation d’apprentis', '学习者', '€,€']])).toBe(
			'é,Centre de formation d’apprentis,学习者,"€,€"\n'
		);
	});

	it('holds values larger than its buffer', () => {
		const big = 'x'.repeat(3_000_000);
		expect(written([[big, 'y']])).toBe(`${big},y\n`);
	});

	it('writes what an RFC 4180 parser reads back, for random values', () => {
		const rng = createRng('csv-row-writer.test.ts', 'cases');
		const next = () => rng.float();
		const alphabet = ['a', 'Z', '0', ' ', ',', '"', '\n', '\r\n', ';', 'é', '’', '学', '\u{1F600}'];
		const rows = Array.from({ length: 300 }, () =>
			Array.from({ length: 5 }, () =>
				Array.from(
					{ length: Math.floor(next() * 40) },
					() => alphabet[Math.floor(next() * alphabet.length)]
				).join('')
			)
		);
		const parser = new CsvParser({ delimiter: ',' });
		parser.push(`a,b,c,d,e\n${written(rows)}`);
		parser.end();
		expect(parser.take().map((row) => row.fields)).toEqual(rows);
	});
});
