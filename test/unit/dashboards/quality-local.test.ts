import { describe, expect, it } from 'vitest';
import {
	localCompleteness,
	localPrinciples,
	localShareText
} from '$lib/dashboards/quality/local-completeness';

const SOURCE = 'local, unpublished';
const ORDER = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', 'all'];

const row = (
	geo: string,
	year: number,
	element: string,
	records: number,
	withElement: number,
	share: number | null = records > 0 ? (100 * withElement) / records : null
) => ({ geo, year, element, records, records_with_element: withElement, share, source: SOURCE });

/** Every element of a country and year, all carried by `records` records but those in `short`. */
const full = (geo: string, year: number, records: number, short: Record<string, number> = {}) =>
	ORDER.map((e) => row(geo, year, e, records, records - (short[e] ?? 0)));

describe('the local Annex I completeness on the quality page', () => {
	it('gives each country and year its records and the eleven elements then all, in Annex I order', () => {
		// Rows in the order of no one: FR first, 'all' before '1', 2023 after 2024.
		const rows = [
			...full('FR', 2024, 1).reverse(),
			// BE 2023: 4 records, 1 without learning outcomes (vi), 3 without a level (viii):
			// vi 3 of 4 = 75 %, viii 1 of 4 = 25 %, all eleven 0 of 4 (4 - 4) = 0 %.
			...full('BE', 2023, 4, { '6': 1, '8': 3, all: 4 }),
			...full('BE', 2024, 5)
		];
		const result = localCompleteness(rows);
		expect(result.map((c) => [c.geo, c.year, c.records])).toEqual([
			['BE', 2024, 5],
			['BE', 2023, 4],
			['FR', 2024, 1]
		]);
		for (const c of result) {
			expect(c.elements.map((e) => e.element)).toEqual(ORDER);
			expect(c.source).toBe(SOURCE);
		}
		const be2023 = result[1].elements;
		expect(be2023[5]).toEqual({ element: '6', recordsWithElement: 3, share: 75 });
		expect(be2023[7]).toEqual({ element: '8', recordsWithElement: 1, share: 25 });
		expect(be2023[11]).toEqual({ element: 'all', recordsWithElement: 0, share: 0 });
		expect(be2023[0]).toEqual({ element: '1', recordsWithElement: 4, share: 100 });
		expect(result[2].elements[11]).toEqual({ element: 'all', recordsWithElement: 1, share: 100 });
	});

	it('shows an element missing from the rows as not available, and leaves out unknown ones', () => {
		const rows = full('BE', 2024, 3).filter((r) => r.element !== '7');
		rows.push(row('BE', 2024, '12', 3, 3));
		const [be] = localCompleteness(rows);
		expect(be.elements).toHaveLength(12);
		expect(be.elements[6]).toEqual({ element: '7', recordsWithElement: null, share: null });
		expect(localShareText('en', be.elements[6])).toBe('not available');
		expect(localShareText('en', be.elements[5])).toBe('100.0 % (3)');
	});

	it('has no share of no record', () => {
		// The SQL's share is NULL without records; a stray 0 % is not believed either.
		const [empty] = localCompleteness([
			row('LU', 2022, 'all', 0, 0),
			row('LU', 2022, '1', 0, 0, 0)
		]);
		expect(empty.records).toBe(0);
		expect(empty.elements[11]).toEqual({ element: 'all', recordsWithElement: 0, share: null });
		expect(empty.elements[0]).toEqual({ element: '1', recordsWithElement: 0, share: null });
		expect(localShareText('en', empty.elements[11])).toBe('not available');
	});

	it('formats shares and counts as the quality page does, in the reader’s language', () => {
		// 823 of 1 234 records: 66.69… % -> 66.7 at one decimal.
		const [be] = localCompleteness([row('BE', 2024, '6', 1234, 823)]);
		expect(be.elements[5].share).toBeCloseTo(66.69, 2);
		expect(localShareText('en', be.elements[5])).toBe('66.7 % (823)');
		const [big] = localCompleteness([row('BE', 2024, '6', 2000, 1500)]);
		expect(localShareText('en', big.elements[5])).toBe('75.0 % (1,500)');
		expect(localShareText('fr', big.elements[5])).toMatch(/^75,0 % \(1\s500\)$/);
		expect(localShareText('de', big.elements[5])).toBe('75,0 % (1.500)');
	});

	it('reads the Arrow rows’ numbers and is empty without rows', () => {
		expect(localCompleteness([])).toEqual([]);
		const [be] = localCompleteness([
			{
				geo: 'BE',
				year: '2024',
				element: 'all',
				records: '2',
				records_with_element: '1',
				share: '50',
				source: SOURCE
			}
		]);
		expect(be.year).toBe(2024);
		expect(be.elements[11]).toEqual({ element: 'all', recordsWithElement: 1, share: 50 });
	});

	it('reads the local principles in their order, each share with the units meeting it', () => {
		const principles = localPrinciples([
			{
				geo: 'BE',
				principle: 'information_public_catalogue',
				basis: 'offers',
				units: 4,
				units_meeting: 2,
				share: 50,
				source: SOURCE
			},
			{
				geo: 'BE',
				principle: 'recognition_policy',
				basis: 'providers',
				units: 3,
				units_meeting: 1,
				share: 100 / 3,
				source: SOURCE
			}
		]);
		expect(principles.map((p) => [p.geo, p.principle, p.basis, p.units])).toEqual([
			['BE', 'information_public_catalogue', 'offers', 4],
			['BE', 'recognition_policy', 'providers', 3]
		]);
		expect(principles.map((p) => localShareText('en', p.meeting))).toEqual([
			'50.0 % (2)',
			'33.3 % (1)'
		]);
	});
});
