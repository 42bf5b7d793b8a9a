// Eurostat observation flags (Eurostat "Flags and special values" code list). They are kept with
// every value and shown wherever the value is shown; they are never dropped.
export const EUROSTAT_FLAGS = {
	b: 'break in time series',
	c: 'confidential',
	d: 'definition differs',
	e: 'estimated',
	f: 'forecast',
	n: 'not significant',
	p: 'provisional',
	r: 'revised',
	s: 'Eurostat estimate',
	u: 'low reliability',
	z: 'not applicable'
} as const;

export type EurostatFlag = keyof typeof EUROSTAT_FLAGS;

const KNOWN = new Set<string>(Object.keys(EUROSTAT_FLAGS));

export function isEurostatFlag(ch: string): ch is EurostatFlag {
	return KNOWN.has(ch);
}

/** Lower-case letter flags in their canonical order, without duplicates ('C' is 'c'). */
export function normaliseFlags(raw: string): string {
	const seen = new Set<string>();
	for (const ch of raw.toLowerCase()) if (isEurostatFlag(ch)) seen.add(ch);
	return [...seen].sort().join('');
}

export function hasFlag(flags: string | null | undefined, flag: EurostatFlag): boolean {
	return !!flags && flags.includes(flag);
}

/** Flags as a file writes them ('b', 'B P', 'bp'): canonical letters, or undefined if any is unknown. */
export function parseFlagLetters(raw: string): string | undefined {
	const letters = raw.toLowerCase().replace(/\s+/g, '');
	for (const ch of letters) if (!isEurostatFlag(ch)) return undefined;
	return [...new Set(letters)].sort().join('');
}
