import { isNumber, roundTo } from './round';

// Social Scoreboard country classification of the Joint Employment Report (DOMAIN.md,
// "Indicators"). Scores are rounded to COMPARE_DECIMALS (10) places before they meet a boundary:
// a z-score that is exactly 0.5 in decimal arithmetic but 0.49999999999999994 in binary floating
// point is classified as 0.5, while a genuine 0.49999999 stays below 0.5.

export const SCOREBOARD_CATEGORIES = [
	'best_performers',
	'better_than_average',
	'good_but_to_monitor',
	'on_average',
	'weak_but_improving',
	'to_watch',
	'critical_situations'
] as const;

export type ScoreboardCategory = (typeof SCOREBOARD_CATEGORIES)[number];

export type UnclassifiedReason =
	| 'missing_level'
	| 'missing_previous_level'
	| 'too_few_countries'
	| 'no_variation_in_level'
	| 'no_variation_in_change';

export interface ClassificationInput {
	readonly geo: string;
	readonly level: number | null | undefined;
	readonly previousLevel: number | null | undefined;
}

export interface CountryClassification {
	readonly geo: string;
	/** Raw change, level minus previous level, in the indicator's unit. */
	readonly change: number | undefined;
	/** z-score of the level, rounded to 10 decimals; positive is better. */
	readonly levelScore: number | undefined;
	/** z-score of the change, rounded to 10 decimals; positive is better. */
	readonly changeScore: number | undefined;
	readonly category: ScoreboardCategory | undefined;
	/** True when the exception for a raw improvement with D < -1 changed the category. */
	readonly exceptionApplied: boolean;
	readonly reason?: UnclassifiedReason;
}

export interface ScoreClass {
	readonly category: ScoreboardCategory;
	readonly exceptionApplied: boolean;
}

/**
 * The category of one pair of scores (L = level score, D = change score, positive = better).
 * `rawChangeImproves` is whether the raw change goes in the good direction (up when higher is
 * better); it only matters for the exception.
 */
export function classifyScores(options: {
	levelScore: number;
	changeScore: number;
	rawChangeImproves: boolean;
}): ScoreClass {
	const L = roundTo(options.levelScore);
	const D = roundTo(options.changeScore);
	const base = baseCategory(L, D);
	if (options.rawChangeImproves && D < -1) {
		if (base === 'to_watch' && L >= -0.5) return { category: 'on_average', exceptionApplied: true };
		if (base === 'good_but_to_monitor') {
			const category = L >= 1 ? 'best_performers' : 'better_than_average';
			return { category, exceptionApplied: true };
		}
	}
	return { category: base, exceptionApplied: false };
}

function baseCategory(L: number, D: number): ScoreboardCategory {
	if (L >= 1) return D >= -1 ? 'best_performers' : 'good_but_to_monitor';
	if (L >= 0.5) return D >= -1 ? 'better_than_average' : 'good_but_to_monitor';
	if (L >= -0.5) {
		if (D >= 1) return 'better_than_average';
		return D >= -1 ? 'on_average' : 'to_watch';
	}
	if (D >= 1) return 'weak_but_improving';
	return L >= -1 ? 'to_watch' : 'critical_situations';
}

interface Moments {
	readonly mean: number;
	readonly sd: number;
}

function moments(values: readonly number[]): Moments {
	const mean = values.reduce((s, v) => s + v, 0) / values.length;
	const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
	return { mean, sd: Math.sqrt(variance) };
}

// Equal values can leave a standard deviation of 1e-17 after summation; dividing by it would
// turn rounding noise into large scores.
function hasVariation(m: Moments, values: readonly number[]): boolean {
	const scale = Math.max(1, ...values.map(Math.abs));
	return m.sd > scale * 1e-12;
}

// 45.1 - 44.9 is 0.20000000000000284 in binary; the change is shown and compared as 0.2.
function rawChange(level: number, previousLevel: number): number {
	return roundTo(level - previousLevel);
}

/**
 * Classifies the countries given against their own unweighted mean and population standard
 * deviation. Countries with a missing level or previous level get no category and do not enter
 * the mean. Pass the Member States only when classifying against the EU.
 */
export function classifyCountries(options: {
	countries: readonly ClassificationInput[];
	lowerIsBetter?: boolean;
}): CountryClassification[] {
	const sign = options.lowerIsBetter ? -1 : 1;
	const valid = options.countries.filter((c) => isNumber(c.level) && isNumber(c.previousLevel));
	const levels = valid.map((c) => c.level as number);
	const changes = valid.map((c) => rawChange(c.level as number, c.previousLevel as number));
	const level = valid.length > 0 ? moments(levels) : undefined;
	const change = valid.length > 0 ? moments(changes) : undefined;
	let common: UnclassifiedReason | undefined;
	if (valid.length < 2) common = 'too_few_countries';
	else if (!hasVariation(level!, levels)) common = 'no_variation_in_level';
	else if (!hasVariation(change!, changes)) common = 'no_variation_in_change';

	return options.countries.map((c): CountryClassification => {
		const unclassified = {
			geo: c.geo,
			change: undefined,
			levelScore: undefined,
			changeScore: undefined,
			category: undefined,
			exceptionApplied: false
		};
		if (!isNumber(c.level)) return { ...unclassified, reason: 'missing_level' };
		if (!isNumber(c.previousLevel)) return { ...unclassified, reason: 'missing_previous_level' };
		const raw = rawChange(c.level, c.previousLevel);
		const levelScore =
			common === undefined || common === 'no_variation_in_change'
				? roundTo((sign * (c.level - level!.mean)) / level!.sd)
				: undefined;
		if (common !== undefined) {
			return { ...unclassified, change: raw, levelScore, changeScore: undefined, reason: common };
		}
		const changeScore = roundTo((sign * (raw - change!.mean)) / change!.sd);
		const cls = classifyScores({
			levelScore: levelScore!,
			changeScore,
			rawChangeImproves: sign * raw > 0
		});
		return { geo: c.geo, change: raw, levelScore, changeScore, ...cls };
	});
}
