import { describe, expect, it } from 'vitest';
import {
	cagr,
	distanceToTarget,
	linearPathValue,
	statusForRatio
} from '../../../../core/methods/distance-to-target';

// Higher is better: 100 in 2020, target 121 in 2022, so the required CAGR is sqrt(1.21) - 1 =
// 0.1 and a one-year observed growth g gives a ratio of g / 0.1.
function up(latest: number) {
	return distanceToTarget({
		series: { 2020: 100, 2021: latest },
		baselineYear: 2020,
		targetValue: 121,
		targetYear: 2022
	});
}

// Lower is better: 100 in 2020, target 81 in 2022, required CAGR sqrt(0.81) - 1 = -0.1.
function down(latest: number) {
	return distanceToTarget({
		series: { 2020: 100, 2021: latest },
		baselineYear: 2020,
		targetValue: 81,
		targetYear: 2022,
		lowerIsBetter: true
	});
}

describe('statusForRatio', () => {
	it('puts each boundary in the upper class', () => {
		expect(statusForRatio(0.95)).toBe('substantial_progress');
		expect(statusForRatio(0.6)).toBe('moderate_progress');
		expect(statusForRatio(0)).toBe('limited_progress');
		expect(statusForRatio(-0)).toBe('limited_progress');
	});

	it('puts values just below a boundary in the lower class', () => {
		expect(statusForRatio(0.94999999)).toBe('moderate_progress');
		expect(statusForRatio(0.59999999)).toBe('limited_progress');
		expect(statusForRatio(-0.00000001)).toBe('moving_away');
		expect(statusForRatio(5)).toBe('substantial_progress');
	});

	it('reads noise within 1e-10 of a boundary as the boundary', () => {
		expect(statusForRatio(0.9499999999999988)).toBe('substantial_progress');
		expect(statusForRatio(0.59999999999999)).toBe('moderate_progress');
		expect(statusForRatio(-1e-15)).toBe('limited_progress');
	});
});

describe('cagr and linearPathValue', () => {
	it('computes the compound annual growth rate', () => {
		expect(cagr({ from: 100, to: 121, years: 2 })).toBeCloseTo(0.1, 12);
		expect(cagr({ from: 100, to: 81, years: 2 })).toBeCloseTo(-0.1, 12);
		expect(cagr({ from: 100, to: 100, years: 5 })).toBe(0);
	});

	it('interpolates and extrapolates the straight line', () => {
		const line = { baselineYear: 2016, baselineValue: 40, targetYear: 2030, targetValue: 60 };
		expect(linearPathValue({ ...line, year: 2016 })).toBe(40);
		expect(linearPathValue({ ...line, year: 2023 })).toBe(50);
		expect(linearPathValue({ ...line, year: 2030 })).toBe(60);
		// 40 + 20 * 6 / 14 = 48.571428571428...
		expect(linearPathValue({ ...line, year: 2022 })).toBe(48.5714285714);
		expect(linearPathValue({ ...line, year: 2037 })).toBe(70);
	});
});

describe('distanceToTarget, higher is better, at every boundary', () => {
	it('ratio exactly 0.95 is substantial progress', () => {
		// observed 109.5 / 100 - 1 = 0.095; in binary the ratio is 0.9499999999999988.
		const r = up(109.5);
		expect(r.observedCagr).toBeCloseTo(0.095, 12);
		expect(r.requiredCagr).toBeCloseTo(0.1, 12);
		expect(r.ratio).toBe(0.95);
		expect(r.status).toBe('substantial_progress');
		expect(r.gap).toBe(11.5);
		// the path is 110.5 in 2021
		expect(r.deviationFromPath).toBe(-1);
		expect(r.path).toEqual([
			{ year: 2020, value: 100 },
			{ year: 2021, value: 110.5 },
			{ year: 2022, value: 121 }
		]);
	});

	it('just below 0.95 is moderate progress', () => {
		expect(up(109.49)).toMatchObject({ ratio: 0.949, status: 'moderate_progress' });
	});

	it('ratio exactly 0.6 is moderate progress, just below is limited', () => {
		expect(up(106)).toMatchObject({ ratio: 0.6, status: 'moderate_progress' });
		expect(up(105.99)).toMatchObject({ ratio: 0.599, status: 'limited_progress' });
	});

	it('ratio exactly 0 is limited progress, just below is moving away', () => {
		expect(up(100)).toMatchObject({ observedCagr: 0, ratio: 0, status: 'limited_progress' });
		expect(up(99.99)).toMatchObject({ ratio: -0.001, status: 'moving_away' });
	});

	it('latest exactly at the target is achieved; just below is not', () => {
		expect(up(121)).toMatchObject({ gap: 0, status: 'target_achieved' });
		expect(up(125)).toMatchObject({ gap: -4, status: 'target_achieved' });
		expect(up(120.99)).toMatchObject({ gap: 0.01, ratio: 2.099, status: 'substantial_progress' });
	});
});

describe('distanceToTarget, lower is better, at every boundary', () => {
	it('uses the same ratio thresholds on falling values', () => {
		expect(down(90.5)).toMatchObject({ ratio: 0.95, status: 'substantial_progress', gap: -9.5 });
		expect(down(94)).toMatchObject({ ratio: 0.6, status: 'moderate_progress' });
		expect(down(94.01)).toMatchObject({ ratio: 0.599, status: 'limited_progress' });
		expect(down(100)).toMatchObject({ ratio: 0, status: 'limited_progress' });
		expect(down(100.01)).toMatchObject({ ratio: -0.001, status: 'moving_away' });
	});

	it('is achieved at or below the target', () => {
		expect(down(81)).toMatchObject({ gap: 0, status: 'target_achieved' });
		expect(down(80)).toMatchObject({ gap: 1, status: 'target_achieved' });
		expect(down(81.01)).toMatchObject({ ratio: 1.899, status: 'substantial_progress' });
	});
});

describe('distanceToTarget on a realistic series', () => {
	it('matches hand-computed CAGRs', () => {
		// 40 (2016) -> 45 (2022), target 60 in 2030:
		// observed 1.125^(1/6) - 1 = 0.0198245, required 1.5^(1/14) - 1 = 0.0293853, ratio 0.67464.
		const r = distanceToTarget({
			series: new Map([
				[2011, 35],
				[2016, 40],
				[2022, 45]
			]),
			baselineYear: 2016,
			targetValue: 60,
			targetYear: 2030
		});
		expect(r.latestYear).toBe(2022);
		expect(r.latestValue).toBe(45);
		expect(r.gap).toBe(15);
		expect(r.observedCagr).toBeCloseTo(0.0198245, 6);
		expect(r.requiredCagr).toBeCloseTo(0.0293853, 6);
		expect(r.ratio).toBeCloseTo(0.67464, 5);
		expect(r.status).toBe('moderate_progress');
		expect(r.path).toHaveLength(15);
		expect(r.path[7]).toEqual({ year: 2023, value: 50 });
		// 45 - 48.5714285714
		expect(r.deviationFromPath).toBe(-3.5714285714);
	});
});

describe('distanceToTarget edge cases', () => {
	const base = { baselineYear: 2016, targetValue: 60, targetYear: 2030 };

	it('gives no status when the latest year is the baseline year', () => {
		const r = distanceToTarget({ ...base, series: { 2016: 40 } });
		expect(r).toMatchObject({
			latestYear: 2016,
			gap: 20,
			observedCagr: undefined,
			status: undefined,
			reason: 'no_observed_period'
		});
		expect(r.deviationFromPath).toBe(0);
	});

	it('still reports an achieved target at the baseline year', () => {
		expect(distanceToTarget({ ...base, series: { 2016: 65 } })).toMatchObject({
			gap: -5,
			status: 'target_achieved'
		});
	});

	it('gives no status for a zero baseline', () => {
		const r = distanceToTarget({ ...base, series: { 2016: 0, 2022: 5 } });
		expect(r).toMatchObject({ gap: 55, status: undefined, reason: 'zero_baseline' });
	});

	it('moves away when the target equals the baseline (required CAGR 0) and is missed', () => {
		const series = (latest: number) => ({ 2016: 60, 2022: latest });
		expect(distanceToTarget({ ...base, series: series(58) })).toMatchObject({
			requiredCagr: 0,
			ratio: undefined,
			status: 'moving_away'
		});
		expect(distanceToTarget({ ...base, series: series(60) }).status).toBe('target_achieved');
		expect(distanceToTarget({ ...base, series: series(61) }).status).toBe('target_achieved');
	});

	it('moves away when the baseline already beat the target and the latest misses it', () => {
		const r = distanceToTarget({ ...base, series: { 2016: 70, 2022: 55 } });
		expect(r).toMatchObject({ ratio: undefined, status: 'moving_away', gap: 5 });
		const lower = distanceToTarget({
			...base,
			lowerIsBetter: true,
			series: { 2016: 50, 2022: 65 }
		});
		expect(lower).toMatchObject({ ratio: undefined, status: 'moving_away', gap: -5 });
	});

	it('handles missing values', () => {
		expect(distanceToTarget({ ...base, series: { 2016: null, 2022: 45 } })).toMatchObject({
			gap: 15,
			status: undefined,
			reason: 'missing_baseline',
			path: []
		});
		expect(
			distanceToTarget({ ...base, series: { 2016: 40, 2020: 44, 2022: null, 2023: Number.NaN } })
		).toMatchObject({ latestYear: 2020, latestValue: 44, gap: 16, status: 'moderate_progress' });
		expect(
			distanceToTarget({ ...base, latestYear: 2022, series: { 2016: 40, 2022: undefined } })
		).toMatchObject({
			latestYear: 2022,
			gap: undefined,
			status: undefined,
			reason: 'missing_latest'
		});
		expect(
			distanceToTarget({ ...base, targetValue: null, series: { 2016: 40, 2022: 45 } })
		).toMatchObject({ gap: undefined, status: undefined, reason: 'missing_target' });
		expect(distanceToTarget({ ...base, series: {} })).toMatchObject({
			latestYear: undefined,
			reason: 'missing_baseline'
		});
	});

	it('rejects a target year not after the baseline and a latest year before it', () => {
		expect(
			distanceToTarget({ ...base, targetYear: 2016, series: { 2016: 40, 2022: 45 } }).reason
		).toBe('invalid_target_year');
		expect(
			distanceToTarget({ ...base, latestYear: 2011, series: { 2011: 30, 2016: 40 } }).reason
		).toBe('latest_before_baseline');
	});

	it('gives no status for negative values', () => {
		expect(distanceToTarget({ ...base, series: { 2016: 40, 2022: -1 } }).reason).toBe(
			'negative_value'
		);
	});
});
