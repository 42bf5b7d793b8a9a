import { describe, expect, it } from 'vitest';
import { figuresOf, numberFigures } from '../../../src/lib/report/figure-numbering';

const sections = ['summary', 'participation', 'uptake', 'measures'];

describe('numberFigures', () => {
	it('numbers figures 1, 2, 3 … in the order of the sections, then in their own order', () => {
		const numbered = numberFigures(
			[
				{ id: 'm', section: 'measures' },
				{ id: 'p1', section: 'participation' },
				{ id: 'u', section: 'uptake' },
				{ id: 'p2', section: 'participation' }
			],
			sections
		);
		expect(numbered.map((f) => [f.id, f.number])).toEqual([
			['p1', 1],
			['p2', 2],
			['u', 3],
			['m', 4]
		]);
	});

	it('puts a figure of an unknown section last, and an empty report has no figure', () => {
		const numbered = numberFigures(
			[
				{ id: 'x', section: 'elsewhere' },
				{ id: 's', section: 'summary' }
			],
			sections
		);
		expect(numbered.map((f) => [f.id, f.number])).toEqual([
			['s', 1],
			['x', 2]
		]);
		expect(numberFigures([], sections)).toEqual([]);
	});

	it('keeps the numbers of the whole report within a section', () => {
		const numbered = numberFigures(
			[
				{ id: 'a', section: 'participation' },
				{ id: 'b', section: 'uptake' },
				{ id: 'c', section: 'uptake' }
			],
			sections
		);
		expect(figuresOf(numbered, 'uptake').map((f) => f.number)).toEqual([2, 3]);
		expect(figuresOf(numbered, 'measures')).toEqual([]);
	});
});
