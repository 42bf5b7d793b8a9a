import { describe, expect, it } from 'vitest';
import { parseEurostatCell } from '../../../../pipelines/read/eurostat-cell';

describe('parseEurostatCell', () => {
	it.each([
		['10.9 ', 10.9, ''],
		['10.9 b', 10.9, 'b'],
		['12.3 bp', 12.3, 'bp'],
		['12.3 pb', 12.3, 'bp'],
		['7 ', 7, ''],
		['0', 0, ''],
		['-1.5 e', -1.5, 'e'],
		['1583800 ', 1583800, ''],
		['12.3b', 12.3, 'b'],
		['  4.2  u ', 4.2, 'u'],
		['5.0 B', 5, 'b'],
		['1e3', 1000, '']
	])('reads %j as %d with flags %j', (raw, value, flags) => {
		expect(parseEurostatCell(raw)).toEqual({ ok: true, value, flags });
	});

	it.each([
		[':', ''],
		[': ', ''],
		[': c', 'c'],
		[': z', 'z'],
		[':  bu', 'bu']
	])('reads %j as not available with flags %j', (raw, flags) => {
		expect(parseEurostatCell(raw)).toEqual({ ok: true, value: null, flags });
	});

	it.each([
		['', 'cell.empty'],
		['   ', 'cell.empty'],
		['abc', 'cell.not_a_number'],
		['10,9', 'cell.not_a_number'],
		['10.9.1', 'cell.not_a_number'],
		['NaN', 'cell.not_a_number'],
		['Infinity', 'cell.not_a_number'],
		['-', 'cell.not_a_number'],
		['.5', 'cell.not_a_number'],
		['10.9 x', 'cell.flag_unknown'],
		['10.9 b!', 'cell.flag_unknown'],
		[': ?', 'cell.flag_unknown'],
		['1e999', 'cell.not_finite']
	])('rejects %j with rule %s', (raw, rule) => {
		const result = parseEurostatCell(raw);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.rule).toBe(rule);
	});
});

describe('parseFlagLetters', () => {
	it('canonicalises flags as files write them and refuses unknown letters', async () => {
		const { parseFlagLetters } = await import('../../../../core/contract/eurostat-flags');
		expect(parseFlagLetters('')).toBe('');
		expect(parseFlagLetters(' P b ')).toBe('bp');
		expect(parseFlagLetters('bb')).toBe('b');
		expect(parseFlagLetters('bx')).toBeUndefined();
	});
});
