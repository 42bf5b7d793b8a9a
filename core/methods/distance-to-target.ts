import { isNumber, roundTo } from './round';

// Distance to a target (DOMAIN.md, "Indicators"): the gap, the linear path from the baseline to
// the target and the compound-annual-growth (CAGR) progress status used by national SDG
// platforms. The ratio is rounded to 10 decimals before it meets 0.95, 0.6 or 0, so that a ratio
// that is 0.95 in decimal arithmetic is not classified by binary rounding noise.

export type ProgressStatus =
	| 'target_achieved'
	| 'substantial_progress'
	| 'moderate_progress'
	| 'limited_progress'
	| 'moving_away';

export type NoStatusReason =
	| 'missing_target'
	| 'invalid_target_year'
	| 'missing_baseline'
	| 'missing_latest'
	| 'latest_before_baseline'
	| 'no_observed_period'
	| 'zero_baseline'
	| 'negative_value';

/** Year to value; null, undefined and NaN are missing values. */
export type YearSeries =
	| ReadonlyMap<number, number | null | undefined>
	| Readonly<Record<number, number | null | undefined>>;

export interface DistanceToTargetOptions {
	readonly series: YearSeries;
	readonly baselineYear: number;
	readonly targetValue: number | null | undefined;
	readonly targetYear: number;
	/** The year to assess; by default the last year of the series with a value. */
	readonly latestYear?: number;
	readonly lowerIsBetter?: boolean;
}

export interface PathPoint {
	readonly year: number;
	readonly value: number;
}

export interface DistanceToTarget {
	readonly baselineYear: number;
	readonly baselineValue: number | undefined;
	readonly latestYear: number | undefined;
	readonly latestValue: number | undefined;
	readonly targetYear: number;
	readonly targetValue: number | undefined;
	/** Target minus latest value, in the unit of the series (percentage points for a rate). */
	readonly gap: number | undefined;
	/** The linear path at every whole year from the baseline year to the target year. */
	readonly path: readonly PathPoint[];
	/** Latest value minus the linear path at the latest year; positive is above the path. */
	readonly deviationFromPath: number | undefined;
	readonly observedCagr: number | undefined;
	readonly requiredCagr: number | undefined;
	/** Observed CAGR / required CAGR, rounded to 10 decimals. */
	readonly ratio: number | undefined;
	readonly status: ProgressStatus | undefined;
	readonly reason?: NoStatusReason;
}

function valueAt(series: YearSeries, year: number): number | undefined {
	const v = series instanceof Map ? series.get(year) : (series as Record<number, unknown>)[year];
	return isNumber(v) ? v : undefined;
}

function yearsWithValue(series: YearSeries): number[] {
	const years =
		series instanceof Map ? [...series.keys()] : Object.keys(series).map((k) => Number(k));
	return years.filter((y) => Number.isInteger(y) && valueAt(series, y) !== undefined);
}

/** The value at `year` on the straight line from the baseline to the target. */
export function linearPathValue(options: {
	baselineYear: number;
	baselineValue: number;
	targetYear: number;
	targetValue: number;
	year: number;
}): number {
	const { baselineYear, baselineValue, targetYear, targetValue, year } = options;
	const share = (year - baselineYear) / (targetYear - baselineYear);
	return roundTo(baselineValue + (targetValue - baselineValue) * share);
}

/** Compound annual growth rate from `from` to `to` over `years` years. */
export function cagr(options: { from: number; to: number; years: number }): number {
	return (options.to / options.from) ** (1 / options.years) - 1;
}

/** The status for a ratio of observed to required CAGR (target not yet achieved). */
export function statusForRatio(ratio: number): Exclude<ProgressStatus, 'target_achieved'> {
	const r = roundTo(ratio);
	if (r >= 0.95) return 'substantial_progress';
	if (r >= 0.6) return 'moderate_progress';
	if (r >= 0) return 'limited_progress';
	return 'moving_away';
}

export function distanceToTarget(options: DistanceToTargetOptions): DistanceToTarget {
	const { series, baselineYear, targetYear } = options;
	const better = options.lowerIsBetter ? -1 : 1;
	const targetValue = isNumber(options.targetValue) ? options.targetValue : undefined;
	const baselineValue = valueAt(series, baselineYear);
	const latestYear = options.latestYear ?? Math.max(-Infinity, ...yearsWithValue(series));
	const latestValue = Number.isFinite(latestYear) ? valueAt(series, latestYear) : undefined;
	const result = {
		baselineYear,
		baselineValue,
		latestYear: Number.isFinite(latestYear) ? latestYear : undefined,
		latestValue,
		targetYear,
		targetValue,
		gap:
			targetValue !== undefined && latestValue !== undefined
				? roundTo(targetValue - latestValue)
				: undefined,
		path: [] as PathPoint[],
		deviationFromPath: undefined as number | undefined,
		observedCagr: undefined as number | undefined,
		requiredCagr: undefined as number | undefined,
		ratio: undefined as number | undefined
	};
	const none = (reason: NoStatusReason): DistanceToTarget => ({
		...result,
		status: undefined,
		reason
	});

	if (targetValue === undefined) return none('missing_target');
	if (!(targetYear > baselineYear)) return none('invalid_target_year');
	if (baselineValue === undefined) return none('missing_baseline');
	const line = { baselineYear, baselineValue, targetYear, targetValue };
	for (let year = baselineYear; year <= targetYear; year++) {
		result.path.push({ year, value: linearPathValue({ ...line, year }) });
	}
	if (latestValue === undefined) return none('missing_latest');
	if (latestYear < baselineYear) return none('latest_before_baseline');
	result.deviationFromPath = roundTo(latestValue - linearPathValue({ ...line, year: latestYear }));

	// gap = target - latest; the target is reached when the gap is no longer in the good direction.
	if (better * result.gap! <= 0) return { ...result, status: 'target_achieved' };
	if (latestYear === baselineYear) return none('no_observed_period');
	if (baselineValue === 0) return none('zero_baseline');
	if (baselineValue < 0 || latestValue < 0 || targetValue < 0) return none('negative_value');

	result.observedCagr = cagr({
		from: baselineValue,
		to: latestValue,
		years: latestYear - baselineYear
	});
	result.requiredCagr = cagr({
		from: baselineValue,
		to: targetValue,
		years: targetYear - baselineYear
	});
	// A baseline that already met the target leaves no growth to require (the required CAGR is 0
	// or points the wrong way); since the latest value misses the target, it has moved away.
	if (better * (targetValue - baselineValue) <= 0) return { ...result, status: 'moving_away' };
	result.ratio = roundTo(result.observedCagr / result.requiredCagr);
	return { ...result, status: statusForRatio(result.ratio) };
}
