import { describe, expect, it } from 'vitest';
import {
	columnBasis,
	hatchLines,
	isHidden,
	RATIO_CLASSES,
	ratioCell,
	ratioClass,
	representationState,
	shareState
} from '../../../src/lib/dashboards/inclusion/cells';
import { hiddenRow, inclusionRow } from './inclusion-fixtures';

const unpublished = inclusionRow({
	published: false,
	learners_in_group: null,
	learners_with_known_attribute: null,
	share_of_learners: null,
	population_share: null,
	representation_ratio: null,
	aes_rate_ratio: null
});
// Nobody gave the attribute: counts 0 (true zeros), so no share.
const notRecorded = inclusionRow({
	learners_in_group: 0,
	learners_with_known_attribute: 0,
	share_of_learners: null,
	representation_ratio: null
});
const withoutPopulation = inclusionRow({
	group: 'unemployed',
	population_share: null,
	population_year: null,
	population_basis: null,
	representation_ratio: null,
	aes_rate_ratio: 0.8
});
const withoutAny = inclusionRow({
	group: 'refugee',
	population_share: null,
	population_year: null,
	population_basis: null,
	representation_ratio: null,
	aes_group_rate: null,
	aes_total_rate: null,
	aes_rate_ratio: null,
	aes_year: null
});

describe('the state of a share of learners', () => {
	it('tells a hidden cell, a cell nobody recorded and a country without records apart', () => {
		expect(shareState(inclusionRow())).toBe('value');
		expect(shareState(hiddenRow())).toBe('hidden');
		expect(shareState(notRecorded)).toBe('not_recorded');
		expect(shareState(unpublished)).toBe('no_records');
	});

	it('takes a null count without the flag for hidden, never for 0', () => {
		expect(isHidden(inclusionRow({ learners_in_group: null }))).toBe(true);
		expect(isHidden(inclusionRow({ flags: 'c' }))).toBe(true);
		expect(isHidden(notRecorded)).toBe(false);
		// A published 0 is a count, not a hidden cell.
		expect(shareState(inclusionRow({ learners_in_group: 0, share_of_learners: 0 }))).toBe('value');
		expect(isHidden(unpublished)).toBe(false);
	});
});

describe('the ratio a heat map cell shows', () => {
	it('is the representation ratio where the population share is known', () => {
		expect(ratioCell(inclusionRow(), 'ratio')).toEqual({
			basis: 'population',
			value: 9 / 21,
			flags: '',
			state: 'value'
		});
	});

	it('carries the flags of the population share (a break in its series is one in the ratio)', () => {
		expect(ratioCell(inclusionRow({ population_flags: 'b' }), 'ratio').flags).toBe('b');
		expect(ratioCell(hiddenRow({ population_flags: 'b' }), 'ratio').flags).toBe('c');
	});

	it('stays hidden (flag c) when the counts are, and is not replaced by the AES ratio', () => {
		expect(ratioCell(hiddenRow(), 'ratio')).toEqual({
			basis: 'population',
			value: null,
			flags: 'c',
			state: 'hidden'
		});
		expect(ratioCell(notRecorded, 'ratio')).toMatchObject({ value: null, state: 'not_recorded' });
	});

	it('is the AES ratio, with its flags, where no population baseline exists or when asked', () => {
		expect(ratioCell(withoutPopulation, 'ratio')).toEqual({
			basis: 'aes',
			value: 0.8,
			flags: '',
			state: 'value'
		});
		expect(ratioCell(inclusionRow({ aes_flags: 'u' }), 'aes')).toEqual({
			basis: 'aes',
			value: 0.5,
			flags: 'u',
			state: 'value'
		});
		// An official rate shows whatever the learner counts are.
		expect(ratioCell(hiddenRow(), 'aes')).toMatchObject({ basis: 'aes', value: 0.5 });
	});

	it('says "no baseline" without either, and "no records" without a row', () => {
		expect(ratioCell(withoutAny, 'ratio')).toEqual({
			basis: null,
			value: null,
			flags: '',
			state: 'no_baseline'
		});
		expect(ratioCell(withoutAny, 'aes').state).toBe('no_baseline');
		expect(ratioCell(unpublished, 'ratio').state).toBe('no_records');
		expect(ratioCell(unpublished, 'aes').state).toBe('no_records');
	});

	it('gives the representation state of every row', () => {
		expect(representationState(inclusionRow())).toBe('value');
		expect(representationState(hiddenRow())).toBe('hidden');
		expect(representationState(withoutPopulation)).toBe('no_baseline');
		expect(representationState(notRecorded)).toBe('not_recorded');
		expect(representationState(unpublished)).toBe('no_records');
		// Hidden and without a baseline: the missing baseline is what the ratio lacks first.
		expect(representationState(hiddenRow({ population_share: null }))).toBe('no_baseline');
	});

	it('names the basis of a column: one, mixed, or none', () => {
		const population = ratioCell(inclusionRow(), 'ratio');
		const aes = ratioCell(withoutPopulation, 'ratio');
		const none = ratioCell(withoutAny, 'ratio');
		expect(columnBasis([population, population])).toBe('population');
		expect(columnBasis([aes, none])).toBe('aes');
		expect(columnBasis([population, aes, none])).toBe('mixed');
		expect(columnBasis([none, ratioCell(unpublished, 'ratio')])).toBeNull();
	});
});

describe('the colour classes around parity', () => {
	it('are symmetric on a log scale, each bound in the class above it', () => {
		expect(ratioClass(0.49).colour).toBe(RATIO_CLASSES[0].colour);
		expect(ratioClass(0.5)).toBe(RATIO_CLASSES[1]);
		expect(ratioClass(0.8999)).toBe(RATIO_CLASSES[2]);
		expect(ratioClass(0.9)).toBe(RATIO_CLASSES[3]);
		expect(ratioClass(1)).toBe(RATIO_CLASSES[3]);
		expect(ratioClass(1.1)).toBe(RATIO_CLASSES[4]);
		expect(ratioClass(1.99)).toBe(RATIO_CLASSES[5]);
		expect(ratioClass(2)).toBe(RATIO_CLASSES[6]);
		expect(ratioClass(40)).toBe(RATIO_CLASSES[6]);
		expect(ratioClass(0)).toBe(RATIO_CLASSES[0]);
		// 0.9 ↔ 1.1, 0.75 ↔ 1.33, 0.5 ↔ 2: the same distance from parity either way.
		const bounds = RATIO_CLASSES.flatMap((c) => (c.to === null ? [] : [c.to]));
		for (let i = 0; i < 3; i++)
			expect(Math.log(bounds[i]) + Math.log(bounds[bounds.length - 1 - i])).toBeCloseTo(0, 1);
	});
});

describe('the hatching of a hidden cell', () => {
	it('draws 45° lines inside the cell, clipped at its edges', () => {
		// A 10 × 4 cell, lines every 3: x + y = 3, 6, 9, 12 (14 is the far corner).
		expect(hatchLines(10, 4, 3)).toEqual([
			[3, 0, 0, 3],
			[6, 0, 2, 4],
			[9, 0, 5, 4],
			[10, 2, 8, 4]
		]);
		for (const [x1, y1, x2, y2] of hatchLines(64, 22, 6)) {
			for (const [x, y] of [
				[x1, y1],
				[x2, y2]
			]) {
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(64);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(22);
			}
			expect(x1 + y1).toBeCloseTo(x2 + y2, 9);
		}
	});
});
