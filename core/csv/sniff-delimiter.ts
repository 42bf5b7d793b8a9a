export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

const LF = 10;
const CR = 13;
const QUOTE = 34;

export interface SniffDelimiterOptions {
	/** The decoded start of the file. */
	text: string;
	/** False when `text` may end inside a record, which is then ignored. */
	complete?: boolean;
	candidates?: readonly string[];
	maxRecords?: number;
}

/**
 * Occurrences of each candidate outside quotes, per non-blank record. A quote opens a field
 * after any candidate, so the wrong candidates do not count inside the right one's quotes.
 */
export function countDelimiters({
	text,
	complete = true,
	candidates = CSV_DELIMITERS,
	maxRecords = 20
}: SniffDelimiterOptions): Map<string, number[]> {
	const codes = candidates.map((candidate) => candidate.charCodeAt(0));
	const perRecord: number[][] = [];
	let counts = codes.map(() => 0);
	let inRecord = false;
	let quoted = false;
	let atFieldStart = true;
	for (let i = 0; i < text.length && perRecord.length < maxRecords; i++) {
		const c = text.charCodeAt(i);
		if (quoted) {
			if (c === QUOTE) {
				if (text.charCodeAt(i + 1) === QUOTE) i++;
				else quoted = false;
			}
			continue;
		}
		if (c === LF || c === CR) {
			if (inRecord) perRecord.push(counts);
			counts = codes.map(() => 0);
			inRecord = false;
			atFieldStart = true;
			continue;
		}
		inRecord = true;
		const k = codes.indexOf(c);
		if (k !== -1) {
			counts[k]++;
			atFieldStart = true;
			continue;
		}
		if (c === QUOTE && atFieldStart) quoted = true;
		atFieldStart = false;
	}
	if (inRecord && complete && perRecord.length < maxRecords) perRecord.push(counts);
	return new Map(candidates.map((candidate, k) => [candidate, perRecord.map((row) => row[k])]));
}

/**
 * Picks the candidate whose count in the first record (the header) is repeated by the most
 * records; ties go to the larger count, then to the earlier candidate. ',' when none occurs.
 */
export function sniffDelimiter(options: SniffDelimiterOptions): string {
	let best = options.candidates?.[0] ?? ',';
	let bestShare = 0;
	let bestCount = 0;
	for (const [candidate, counts] of countDelimiters(options)) {
		const headerCount = counts[0] ?? 0;
		if (headerCount === 0) continue;
		let same = 0;
		for (const count of counts) if (count === headerCount) same++;
		const share = same / counts.length;
		if (share > bestShare || (share === bestShare && headerCount > bestCount)) {
			best = candidate;
			bestShare = share;
			bestCount = headerCount;
		}
	}
	return best;
}
