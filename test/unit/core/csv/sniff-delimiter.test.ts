import { describe, expect, it } from 'vitest';
import { countDelimiters, sniffDelimiter } from '../../../../core/csv/sniff-delimiter';

describe('sniffDelimiter', () => {
	it('finds each supported delimiter', () => {
		expect(sniffDelimiter({ text: 'a,b,c\n1,2,3\n' })).toBe(',');
		expect(sniffDelimiter({ text: 'a;b;c\n1;2;3\n' })).toBe(';');
		expect(sniffDelimiter({ text: 'a\tb\tc\n1\t2\t3\n' })).toBe('\t');
		expect(sniffDelimiter({ text: 'a|b|c\n1|2|3\n' })).toBe('|');
	});

	it('prefers semicolons over the decimal commas of European exports', () => {
		const text = 'pays;taux;part\nBE;12,5;0,3\nFR;7,25;1,1\nDE;9;2,0\n';
		expect(sniffDelimiter({ text })).toBe(';');
	});

	it('ignores delimiters inside quotes, quoted line breaks included', () => {
		const text = 'id|"name, full"|"a;b"\n1|"x,\ny;z,w"|2\n2|"q,r"|3\n';
		expect(countDelimiters({ text })).toEqual(
			new Map([
				[',', [0, 0, 0]],
				[';', [0, 0, 0]],
				['\t', [0, 0, 0]],
				['|', [2, 2, 2]]
			])
		);
		expect(sniffDelimiter({ text })).toBe('|');
	});

	it('chooses the delimiter whose count is consistent across lines', () => {
		const text = 'a;b,c;d\n1;2;3\n4;5;6\n7;8;9\n';
		expect(sniffDelimiter({ text })).toBe(';');
	});

	it('ignores a last record that may be cut when the sample is incomplete', () => {
		const text = 'a,b,c\n1,2,3\n4,';
		expect(countDelimiters({ text, complete: false }).get(',')).toEqual([2, 2]);
		expect(countDelimiters({ text, complete: true }).get(',')).toEqual([2, 2, 1]);
	});

	it('only counts the first maxRecords records', () => {
		const text = 'a;b\n' + '1,2,3\n'.repeat(30);
		expect(countDelimiters({ text, maxRecords: 5 }).get(',')).toEqual([0, 2, 2, 2, 2]);
	});

	it('defaults to a comma for one column or no text', () => {
		expect(sniffDelimiter({ text: 'name\nAda\nGrace\n' })).toBe(',');
		expect(sniffDelimiter({ text: '' })).toBe(',');
	});
});
