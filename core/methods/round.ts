/** Decimal places kept before a score or ratio is compared with a class boundary. */
export const COMPARE_DECIMALS = 10;

/**
 * Rounds half away from zero to `decimals` places. Scores are rounded before they meet a
 * boundary so that 0.49999999999999994 (a z-score that is 0.5 in exact arithmetic) is treated as
 * 0.5, while a genuine 0.49999999 stays below it. Never returns -0.
 */
export function roundTo(value: number, decimals: number = COMPARE_DECIMALS): number {
	if (!Number.isFinite(value)) return value;
	const factor = 10 ** decimals;
	const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
	return rounded === 0 ? 0 : rounded;
}

export function isNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}
