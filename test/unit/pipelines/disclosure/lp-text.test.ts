import { describe, expect, it } from 'vitest';
import {
	lpConstraintsText,
	lpNumber,
	lpObjectiveText
} from '../../../../pipelines/disclosure/lp-text';

describe('lp-text', () => {
	it('writes numbers, infinities and no negative zero', () => {
		expect([lpNumber(3), lpNumber(-1.5), lpNumber(-0), lpNumber(1e-7)]).toEqual([
			'3',
			'-1.5',
			'0',
			'1e-7'
		]);
		expect([lpNumber(Infinity), lpNumber(-Infinity)]).toEqual(['+inf', '-inf']);
		expect(() => lpNumber(NaN)).toThrow();
	});

	it('writes rows, bounds and generals over x0, x1, ...', () => {
		const text = lpConstraintsText({
			lower: [0, -Infinity, -Infinity],
			upper: [Infinity, 4, Infinity],
			rows: [
				{
					terms: [
						{ variable: 0, coefficient: 1 },
						{ variable: 1, coefficient: -2 }
					],
					rhs: -3
				},
				{ terms: [{ variable: 2, coefficient: 1 }], rhs: 0 }
			],
			integer: true
		});
		expect(lpObjectiveText('max', 1) + text).toBe(
			[
				'Maximize',
				' obj: x1',
				'Subject To',
				' r0: + 1 x0 - 2 x1',
				'   = -3',
				' r1: + 1 x2',
				'   = 0',
				'Bounds',
				' 0 <= x0 <= +inf',
				' -inf <= x1 <= 4',
				' x2 free',
				'Generals',
				' x0 x1 x2',
				'End',
				''
			].join('\n')
		);
		expect(lpObjectiveText('min', null)).toBe('Minimize\n obj:\n');
	});

	it('breaks a long row over several lines', () => {
		const terms = Array.from({ length: 20 }, (_, variable) => ({ variable, coefficient: 1 }));
		const text = lpConstraintsText({
			lower: terms.map(() => 0),
			upper: terms.map(() => Infinity),
			rows: [{ terms, rhs: 20 }],
			integer: false
		});
		const rowLines = text.split('\n').slice(1, 5);
		expect(rowLines[0]).toMatch(/^ r0: \+ 1 x0 .* \+ 1 x7$/);
		expect(rowLines[1]).toMatch(/^ {3}\+ 1 x8 /);
		expect(rowLines[3]).toBe('   = 20');
		expect(text).not.toContain('Generals');
	});
});
