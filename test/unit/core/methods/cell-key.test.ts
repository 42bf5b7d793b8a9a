import { describe, expect, it } from 'vitest';
import {
	CELL_KEY_MODULUS,
	MAX_PERTURBATION,
	cellKeyOf,
	perturbCount,
	perturbation,
	possibleTrueCounts
} from '../../../../core/methods/cell-key';
import { CELL_KEY_SQL_MODULUS } from '../../../../pipelines/indicators/sql-parts';

const M = CELL_KEY_MODULUS;
/** How many of the M keys give each noise to a count. */
function distribution(count: number): Map<number, number> {
	const seen = new Map<number, number>();
	for (let key = 0; key < M; key++) {
		const v = perturbation(count, key);
		seen.set(v, (seen.get(v) ?? 0) + 1);
	}
	return seen;
}

describe('cell-key perturbation table', () => {
	it('leaves a zero a zero, whatever the key', () => {
		expect(distribution(0)).toEqual(new Map([[0, M]]));
	});

	it('turns a 1 into 1, 2 or 3 with 50, 30 and 20 %: never into 0', () => {
		const d = distribution(1);
		expect([...d.keys()].sort()).toEqual([0, 1, 2]);
		expect(d.get(0)! / M).toBeCloseTo(0.5, 4);
		expect(d.get(1)! / M).toBeCloseTo(0.3, 4);
		expect(d.get(2)! / M).toBeCloseTo(0.2, 4);
	});

	it('turns a 2 into 1, 2, 3 or 4 with 25, 40, 20 and 15 %', () => {
		const d = distribution(2);
		expect([...d.keys()].sort()).toEqual([-1, 0, 1, 2]);
		expect(d.get(-1)! / M).toBeCloseTo(0.25, 4);
		expect(d.get(2)! / M).toBeCloseTo(0.15, 4);
	});

	it('moves a larger count by -2 .. +2 with mean 0', () => {
		for (const count of [3, 4, 5, 1000]) {
			const d = distribution(count);
			expect([...d.keys()].sort()).toEqual([-1, -2, 0, 1, 2]);
			const mean = [...d].reduce((s, [v, n]) => s + v * n, 0) / M;
			expect(Math.abs(mean)).toBeLessThan(1e-4);
			expect(d.get(0)! / M).toBeCloseTo(0.4, 4);
		}
	});

	it('reads the table at the boundaries of the key ranges', () => {
		// 10 % of 65 536 = 6 553.6, rounded to 6 554: keys 0..6 553 give -2.
		expect(perturbation(5, 0)).toBe(-2);
		expect(perturbation(5, 6553)).toBe(-2);
		expect(perturbation(5, 6554)).toBe(-1);
		expect(perturbation(5, M - 1)).toBe(2);
		// 50 % of 65 536 = 32 768: keys 0..32 767 leave a 1 as it is.
		expect(perturbation(1, 32767)).toBe(0);
		expect(perturbation(1, 32768)).toBe(1);
		expect(perturbation(2, 16383)).toBe(-1);
		expect(perturbation(2, 16384)).toBe(0);
	});

	it('never turns a count above 0 into 0, nor moves one by more than the maximum', () => {
		for (let count = 0; count <= 8; count++) {
			for (let key = 0; key < M; key += 97) {
				const p = perturbCount(count, key);
				expect(p).toBeGreaterThanOrEqual(count === 0 ? 0 : 1);
				expect(Math.abs(p - count)).toBeLessThanOrEqual(MAX_PERTURBATION);
			}
		}
	});

	it('refuses what is not a count or not a key', () => {
		expect(() => perturbation(-1, 0)).toThrow(/count/);
		expect(() => perturbation(1.5, 0)).toThrow(/count/);
		expect(() => perturbation(3, M)).toThrow(/cell key/);
		expect(() => perturbation(3, -1)).toThrow(/cell key/);
	});

	it('reduces a sum of record keys modulo the modulus, bigints included', () => {
		expect(cellKeyOf(M + 5)).toBe(5);
		expect(cellKeyOf(BigInt(M) * 1000n + 7n)).toBe(7);
		expect(() => cellKeyOf(-1)).toThrow();
		expect(CELL_KEY_SQL_MODULUS).toBe(M);
	});
});

describe('possibleTrueCounts', () => {
	it('reads a published 0 as a true 0, and refuses it for a count known to be at least 1', () => {
		expect(possibleTrueCounts(0, false)).toEqual({ lower: 0, upper: 0 });
		expect(() => possibleTrueCounts(0, true)).toThrow(/never published as 0/);
	});

	/** Every true count 0..20 the table can turn into `published`, by enumeration. */
	function enumerate(published: number, present: boolean): number[] {
		const out: number[] = [];
		for (let n = present ? 1 : 0; n <= 20; n++) {
			if (distribution(n).has(published - n)) out.push(n);
		}
		return out;
	}

	it.each([0, 1, 2, 3, 4, 5, 9])('agrees with the table for a published %i', (published) => {
		for (const present of published === 0 ? [false] : [true, false]) {
			const { lower, upper } = possibleTrueCounts(published, present);
			const all = enumerate(published, present);
			expect(all[0]).toBe(lower);
			expect(all[all.length - 1]).toBe(upper);
			// No gap: every count in between is possible too.
			expect(all).toHaveLength(upper - lower + 1);
		}
	});
});
