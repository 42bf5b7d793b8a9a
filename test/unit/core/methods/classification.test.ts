import { describe, expect, it } from 'vitest';
import {
	classifyCountries,
	classifyScores,
	type ScoreboardCategory
} from '../../../../core/methods/classification';

const BEST = 'best_performers';
const BETTER = 'better_than_average';
const MONITOR = 'good_but_to_monitor';
const AVERAGE = 'on_average';
const IMPROVING = 'weak_but_improving';
const WATCH = 'to_watch';
const CRITICAL = 'critical_situations';

function category(L: number, D: number, rawChangeImproves = false): ScoreboardCategory {
	return classifyScores({ levelScore: L, changeScore: D, rawChangeImproves }).category;
}

describe('classifyScores: the DOMAIN.md table at every boundary', () => {
	const Ds = [-1.5, -1, 0, 1, 1.5];
	// Expected categories written out by hand from the table, one row per L, one column per D.
	const grid: [number, ScoreboardCategory[]][] = [
		[-1.5, [CRITICAL, CRITICAL, CRITICAL, IMPROVING, IMPROVING]],
		[-1, [WATCH, WATCH, WATCH, IMPROVING, IMPROVING]],
		[-0.75, [WATCH, WATCH, WATCH, IMPROVING, IMPROVING]],
		[-0.5, [WATCH, AVERAGE, AVERAGE, BETTER, BETTER]],
		[0, [WATCH, AVERAGE, AVERAGE, BETTER, BETTER]],
		[0.5, [MONITOR, BETTER, BETTER, BETTER, BETTER]],
		[0.75, [MONITOR, BETTER, BETTER, BETTER, BETTER]],
		[1, [MONITOR, BEST, BEST, BEST, BEST]],
		[1.5, [MONITOR, BEST, BEST, BEST, BEST]]
	];
	for (const [L, row] of grid) {
		row.forEach((expected, j) => {
			const D = Ds[j];
			it(`L=${L}, D=${D} -> ${expected}`, () => {
				expect(classifyScores({ levelScore: L, changeScore: D, rawChangeImproves: false })).toEqual(
					{ category: expected, exceptionApplied: false }
				);
			});
		});
	}

	it('puts values just below a boundary on the lower side', () => {
		expect(category(0.99999999, 0)).toBe(BETTER);
		expect(category(0.49999999, 0)).toBe(AVERAGE);
		expect(category(-0.50000001, 0)).toBe(WATCH);
		expect(category(-1.00000001, 0)).toBe(CRITICAL);
		expect(category(0, 0.99999999)).toBe(AVERAGE);
		expect(category(0, -1.00000001)).toBe(WATCH);
		expect(category(-0.75, 0.99999999)).toBe(WATCH);
		expect(category(1, -1.00000001)).toBe(MONITOR);
	});

	it('treats floating-point noise within 1e-10 of a boundary as the boundary', () => {
		expect(category(0.49999999999999994, 0)).toBe(BETTER);
		expect(category(0.99999999999, 0)).toBe(BEST);
		expect(category(-0.50000000000001, 0)).toBe(AVERAGE);
		expect(category(-1.00000000000001, 0)).toBe(WATCH);
		expect(category(0, 0.99999999999999)).toBe(BETTER);
		expect(category(0, -1.00000000000001)).toBe(AVERAGE);
	});
});

describe('classifyScores: the exception for D < -1 with a raw improvement', () => {
	it('turns "to watch" with -0.5 <= L < 0.5 into "on average"', () => {
		for (const L of [-0.5, 0, 0.49]) {
			expect(classifyScores({ levelScore: L, changeScore: -1.5, rawChangeImproves: true })).toEqual(
				{
					category: AVERAGE,
					exceptionApplied: true
				}
			);
		}
	});

	it('turns "good but to monitor" into "better than average" or "best performers"', () => {
		expect(classifyScores({ levelScore: 0.5, changeScore: -2, rawChangeImproves: true })).toEqual({
			category: BETTER,
			exceptionApplied: true
		});
		expect(classifyScores({ levelScore: 0.99, changeScore: -2, rawChangeImproves: true })).toEqual({
			category: BETTER,
			exceptionApplied: true
		});
		expect(classifyScores({ levelScore: 1, changeScore: -2, rawChangeImproves: true })).toEqual({
			category: BEST,
			exceptionApplied: true
		});
	});

	it('leaves "to watch" with L < -0.5 and the critical cells alone', () => {
		expect(classifyScores({ levelScore: -0.51, changeScore: -2, rawChangeImproves: true })).toEqual(
			{
				category: WATCH,
				exceptionApplied: false
			}
		);
		expect(classifyScores({ levelScore: -1, changeScore: -2, rawChangeImproves: true })).toEqual({
			category: WATCH,
			exceptionApplied: false
		});
		expect(classifyScores({ levelScore: -1.5, changeScore: -2, rawChangeImproves: true })).toEqual({
			category: CRITICAL,
			exceptionApplied: false
		});
	});

	it('does not apply without a raw improvement', () => {
		expect(category(0, -1.5, false)).toBe(WATCH);
		expect(category(0.5, -1.5, false)).toBe(MONITOR);
		expect(category(1, -1.5, false)).toBe(MONITOR);
	});

	it('is not reported at D = -1, where the table already gives the better category', () => {
		expect(classifyScores({ levelScore: 0, changeScore: -1, rawChangeImproves: true })).toEqual({
			category: AVERAGE,
			exceptionApplied: false
		});
		expect(classifyScores({ levelScore: 0.5, changeScore: -1, rawChangeImproves: true })).toEqual({
			category: BETTER,
			exceptionApplied: false
		});
	});
});

// Seven countries whose levels deviate from their mean (50) by -2, 2, -1, 1, -3, 3, 0: the sum
// of squares is 28, the population variance 28 / 7 = 4, the standard deviation 2, so the level
// scores are deviation / 2. Changes are built the same way around a chosen mean.
const LEVEL_DEV: Record<string, number> = { A: 2, B: 1, C: 0, D: -1, E: -2, F: -3, G: 3 };
const CHANGE_DEV: Record<string, number> = { A: -2, B: -3, C: 2, D: 1, E: 3, F: 0, G: -1 };

function countries(options: { changeMean: number; lowerIsBetter?: boolean }) {
	const s = options.lowerIsBetter ? -1 : 1;
	return Object.keys(LEVEL_DEV).map((geo) => {
		const level = 50 + s * LEVEL_DEV[geo];
		const change = s * (options.changeMean + CHANGE_DEV[geo]);
		return { geo, level, previousLevel: level - change };
	});
}

describe('classifyCountries end to end', () => {
	it('computes z-scores against the unweighted mean with the population sd', () => {
		const result = classifyCountries({ countries: countries({ changeMean: 1 }) });
		const byGeo = Object.fromEntries(result.map((r) => [r.geo, r]));
		// change mean 1: raw changes are 1 + CHANGE_DEV, so B (-2) is the only real decline below D < -1.
		expect(byGeo.A).toEqual({
			geo: 'A',
			change: -1,
			levelScore: 1,
			changeScore: -1,
			category: BEST,
			exceptionApplied: false
		});
		expect(byGeo.B).toMatchObject({
			change: -2,
			levelScore: 0.5,
			changeScore: -1.5,
			category: MONITOR
		});
		expect(byGeo.C).toMatchObject({ change: 3, levelScore: 0, changeScore: 1, category: BETTER });
		expect(byGeo.D).toMatchObject({
			change: 2,
			levelScore: -0.5,
			changeScore: 0.5,
			category: AVERAGE
		});
		expect(byGeo.E).toMatchObject({
			change: 4,
			levelScore: -1,
			changeScore: 1.5,
			category: IMPROVING
		});
		expect(byGeo.F).toMatchObject({
			change: 1,
			levelScore: -1.5,
			changeScore: 0,
			category: CRITICAL
		});
		expect(byGeo.G).toMatchObject({
			change: 0,
			levelScore: 1.5,
			changeScore: -0.5,
			category: BEST
		});
		expect(result.every((r) => !r.exceptionApplied && r.reason === undefined)).toBe(true);
	});

	it('applies the exception when every country improved (change mean 10)', () => {
		const result = classifyCountries({ countries: countries({ changeMean: 10 }) });
		const b = result.find((r) => r.geo === 'B')!;
		// B: L = 0.5, D = -1.5, raw change +7: "good but to monitor" becomes "better than average".
		expect(b).toMatchObject({ change: 7, levelScore: 0.5, changeScore: -1.5 });
		expect(b).toMatchObject({ category: BETTER, exceptionApplied: true });
		const a = result.find((r) => r.geo === 'A')!;
		expect(a).toMatchObject({
			change: 8,
			changeScore: -1,
			category: BEST,
			exceptionApplied: false
		});
	});

	it('flips both scores when lower is better', () => {
		const result = classifyCountries({
			countries: countries({ changeMean: 1, lowerIsBetter: true }),
			lowerIsBetter: true
		});
		const byGeo = Object.fromEntries(result.map((r) => [r.geo, r]));
		// Levels are 50 - dev and changes -(1 + dev): flipped, the scores are those of the first test.
		expect(byGeo.A).toMatchObject({ change: 1, levelScore: 1, changeScore: -1, category: BEST });
		expect(byGeo.B).toMatchObject({
			change: 2,
			levelScore: 0.5,
			changeScore: -1.5,
			category: MONITOR
		});
		expect(byGeo.B.exceptionApplied).toBe(false);
		expect(byGeo.E).toMatchObject({
			change: -4,
			levelScore: -1,
			changeScore: 1.5,
			category: IMPROVING
		});
	});

	it('applies the to-watch exception when lower is better and the level fell', () => {
		// Same scores, but country C gets the -1.5 change score; every raw change is a fall.
		const countriesC = Object.keys(LEVEL_DEV).map((geo) => {
			const dev = geo === 'C' ? -3 : geo === 'B' ? 2 : CHANGE_DEV[geo];
			const level = 50 - LEVEL_DEV[geo];
			return { geo, level, previousLevel: level + (10 + dev) };
		});
		const c = classifyCountries({ countries: countriesC, lowerIsBetter: true }).find(
			(r) => r.geo === 'C'
		)!;
		expect(c).toEqual({
			geo: 'C',
			change: -7,
			levelScore: 0,
			changeScore: -1.5,
			category: AVERAGE,
			exceptionApplied: true
		});
	});

	it('lands on the boundaries despite decimal inputs', () => {
		// Levels 2.7, 2.9, 3.0, 3.1, 3.3: deviations -0.3, -0.1, 0, 0.1, 0.3, variance 0.2 / 5 =
		// 0.04, sd 0.2, level scores -1.5, -0.5, 0, 0.5, 1.5; changes 0.1, 0.2, 0.3, 0.4, 0.5 have
		// mean 0.3 and sd sqrt(0.1 / 5) = 0.1414..., change scores -sqrt(2), -sqrt(0.5), 0, ...
		const levels = [2.7, 2.9, 3.0, 3.1, 3.3];
		const changes = [0.5, 0.4, 0.3, 0.2, 0.1];
		const result = classifyCountries({
			countries: levels.map((level, i) => ({
				geo: `X${i}`,
				level,
				previousLevel: level - changes[i]
			}))
		});
		expect(result.map((r) => r.levelScore)).toEqual([-1.5, -0.5, 0, 0.5, 1.5]);
		expect(result.map((r) => r.change)).toEqual(changes);
		const r2 = Math.SQRT2;
		const expected = [r2, r2 / 2, 0, -r2 / 2, -r2];
		result.forEach((r, i) => expect(r.changeScore).toBeCloseTo(expected[i], 9));
		expect(result.map((r) => r.category)).toEqual([IMPROVING, AVERAGE, AVERAGE, BETTER, BEST]);
		// X4 (L = 1.5, D = -1.41) still rose by 0.1: the exception lifts it to best performers.
		expect(result[4].exceptionApplied).toBe(true);
	});

	it('leaves countries with missing data out of the mean and unclassified', () => {
		const base = countries({ changeMean: 1 });
		const result = classifyCountries({
			countries: [
				...base,
				{ geo: 'H', level: 1000, previousLevel: null },
				{ geo: 'I', level: undefined, previousLevel: 3 },
				{ geo: 'J', level: Number.NaN, previousLevel: 3 }
			]
		});
		expect(result.slice(0, 7)).toEqual(classifyCountries({ countries: base }));
		expect(result[7]).toEqual({
			geo: 'H',
			change: undefined,
			levelScore: undefined,
			changeScore: undefined,
			category: undefined,
			exceptionApplied: false,
			reason: 'missing_previous_level'
		});
		expect(result[8]).toMatchObject({ category: undefined, reason: 'missing_level' });
		expect(result[9]).toMatchObject({ category: undefined, reason: 'missing_level' });
	});

	it('keeps the order of the input', () => {
		const base = countries({ changeMean: 1 }).reverse();
		expect(classifyCountries({ countries: base }).map((r) => r.geo)).toEqual(
			base.map((c) => c.geo)
		);
	});

	it('does not classify without dispersion or with fewer than two countries', () => {
		expect(
			classifyCountries({ countries: [{ geo: 'A', level: 1, previousLevel: 0 }] })[0]
		).toMatchObject({ category: undefined, reason: 'too_few_countries' });
		expect(classifyCountries({ countries: [] })).toEqual([]);
		const flat = classifyCountries({
			countries: [
				{ geo: 'A', level: 0.1, previousLevel: 0 },
				{ geo: 'B', level: 0.1, previousLevel: 0.05 },
				{ geo: 'C', level: 0.1, previousLevel: 0.1 }
			]
		});
		expect(flat.map((r) => r.reason)).toEqual(Array(3).fill('no_variation_in_level'));
		const sameChange = classifyCountries({
			countries: [
				{ geo: 'A', level: 1.3, previousLevel: 1.2 },
				{ geo: 'B', level: 2.3, previousLevel: 2.2 }
			]
		});
		expect(sameChange.map((r) => [r.levelScore, r.changeScore, r.category, r.reason])).toEqual([
			[-1, undefined, undefined, 'no_variation_in_change'],
			[1, undefined, undefined, 'no_variation_in_change']
		]);
	});
});
