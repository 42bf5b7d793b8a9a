export const CSV_DELIMITERS: readonly string[] = [',', ';', '\t', '|'];

const LF = 10;
const CR = 13;

export interface SniffDelimiterOptions {
	/** The decoded start of the file. */
	text: string;
	/** False when `text` may end inside a record, which is then ignored. */
	complete?: boolean;
	candidates?: readonly string[];
	maxRecords?: number;
	/** The quote character that protects delimiters: `"` (default) or `'`. */
	quote?: string;
}

/** What one pass over the sample with one quote character saw. */
export interface DelimiterScan {
	/** Occurrences of each candidate outside quotes, per non-blank record. */
	readonly counts: Map<string, number[]>;
	/** Quoted fields closed right before each candidate. */
	readonly closedBefore: Map<string, number>;
	/** Quoted fields closed at the end of a record. */
	readonly closedAtEnd: number;
	/** Closing quotes followed by other text (`'s-Hertogenbosch`, `rock'n'roll`). */
	readonly stray: number;
}

/**
 * One pass over the first `maxRecords` records: delimiters outside quotes, and how the quoted
 * fields end. A quote opens a field after any candidate, so the wrong candidates do not count
 * inside the right one's quotes.
 */
export function scanDelimiters({
	text,
	complete = true,
	candidates = CSV_DELIMITERS,
	maxRecords = 100,
	quote = '"'
}: SniffDelimiterOptions): DelimiterScan {
	const q = quote.charCodeAt(0);
	const codes = candidates.map((candidate) => candidate.charCodeAt(0));
	const perRecord: number[][] = [];
	const closed = codes.map(() => 0);
	let closedAtEnd = 0;
	let stray = 0;
	let counts = codes.map(() => 0);
	let inRecord = false;
	let quoted = false;
	let atFieldStart = true;
	for (let i = 0; i < text.length && perRecord.length < maxRecords; i++) {
		const c = text.charCodeAt(i);
		if (quoted) {
			if (c !== q) continue;
			const next = text.charCodeAt(i + 1);
			if (next === q) {
				i++;
				continue;
			}
			quoted = false;
			const k = codes.indexOf(next);
			if (k !== -1) closed[k]++;
			else if (next === LF || next === CR || (i + 1 === text.length && complete)) closedAtEnd++;
			else if (i + 1 < text.length) stray++;
			atFieldStart = false;
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
		if (c === q && atFieldStart) quoted = true;
		atFieldStart = false;
	}
	if (inRecord && complete && perRecord.length < maxRecords) perRecord.push(counts);
	return {
		counts: new Map(candidates.map((candidate, k) => [candidate, perRecord.map((row) => row[k])])),
		closedBefore: new Map(candidates.map((candidate, k) => [candidate, closed[k]])),
		closedAtEnd,
		stray
	};
}

/** Occurrences of each candidate outside quotes, per non-blank record. */
export function countDelimiters(options: SniffDelimiterOptions): Map<string, number[]> {
	return scanDelimiters(options).counts;
}

/**
 * The candidate whose most frequent non-zero count per record is shared by the most records
 * (title or comment lines before the header do not decide); ties go to the larger count, then
 * to the earlier candidate. The first candidate when none occurs.
 */
function pickDelimiter(counts: Map<string, number[]>, fallback: string): string {
	let best = fallback;
	let bestShare = 0;
	let bestCount = 0;
	for (const [candidate, perRecord] of counts) {
		const frequency = new Map<number, number>();
		for (const count of perRecord) {
			if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
		}
		let mode = 0;
		let same = 0;
		for (const [count, n] of frequency) {
			if (n > same || (n === same && count > mode)) {
				mode = count;
				same = n;
			}
		}
		if (same === 0) continue;
		const share = same / perRecord.length;
		if (share > bestShare || (share === bestShare && mode > bestCount)) {
			best = candidate;
			bestShare = share;
			bestCount = mode;
		}
	}
	return best;
}

export function sniffDelimiter(options: SniffDelimiterOptions): string {
	return pickDelimiter(countDelimiters(options), options.candidates?.[0] ?? ',');
}

export interface CsvDialect {
	readonly delimiter: string;
	readonly quote: string;
}

/** Fields wrapped in the quote: closed before the delimiter or at the end of a record. */
function wrapped(scan: DelimiterScan, delimiter: string): number {
	return (scan.closedBefore.get(delimiter) ?? 0) + scan.closedAtEnd;
}

/**
 * The delimiter and the quote character together, from the start of the file. The single quote
 * only when it clearly wraps fields: at least two, more than four times as many as the double
 * quote wraps, and at most one stray single quote for four wrapped fields. Otherwise the
 * double quote, RFC 4180's. A given `delimiter` or `quote` is kept.
 */
export function sniffDialect(
	options: Omit<SniffDelimiterOptions, 'quote'> & { delimiter?: string; quote?: string }
): CsvDialect {
	const fallback = options.candidates?.[0] ?? ',';
	const candidates = options.delimiter === undefined ? options.candidates : [options.delimiter];
	const sniff = (quote: string) => {
		const scan = scanDelimiters({ ...options, candidates, quote });
		const delimiter = options.delimiter ?? pickDelimiter(scan.counts, fallback);
		return { scan, delimiter };
	};
	const double = sniff('"');
	if (options.quote === '"' || options.delimiter === "'")
		return { delimiter: double.delimiter, quote: '"' };
	const single = sniff("'");
	if (options.quote === "'") return { delimiter: single.delimiter, quote: "'" };
	const singles = wrapped(single.scan, single.delimiter);
	const doubles = wrapped(double.scan, double.delimiter);
	if (singles >= 2 && singles > 4 * doubles && single.scan.stray * 4 <= singles) {
		return { delimiter: single.delimiter, quote: "'" };
	}
	return { delimiter: double.delimiter, quote: '"' };
}
