// Derived values computed in the pipeline from published (perturbed or hidden) counts, so that a
// rate never tells more than the counts it is built on. A hidden count gives null.

function countOf(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** part / whole in percent; null when either is hidden or the whole is 0. */
export function shareOf(part: unknown, whole: unknown): number | null {
	const p = countOf(part);
	const w = countOf(whole);
	return p === null || w === null || w <= 0 ? null : (100 * p) / w;
}

/** count per 1 000 of a base; null when the count is hidden or the base is not positive. */
export function perThousand(count: unknown, base: unknown): number | null {
	const c = countOf(count);
	const b = countOf(base);
	return c === null || b === null || b <= 0 ? null : (1000 * c) / b;
}

/** a / b; null when either is missing or b is 0. */
export function ratioOf(a: unknown, b: unknown): number | null {
	const x = countOf(a);
	const y = countOf(b);
	return x === null || y === null || y === 0 ? null : x / y;
}
