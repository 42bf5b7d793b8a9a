// Cell-key perturbation (DOMAIN.md, "Privacy and statistical disclosure control"): the method of
// the Australian Bureau of Statistics, of the UK Office for National Statistics for the 2021
// census, and of Eurostat's recommendations for the 2021 census tables.
//
// Every unit counted (an issuance record, a learner, a digital credential) carries a record key,
// a pseudo-random integer in [0, CELL_KEY_MODULUS) computed from its pseudonymous identity and
// never published. A cell's key is the sum of the record keys of the units it counts, modulo
// CELL_KEY_MODULUS. The published count is the true count plus a small noise read from a fixed
// table (the perturbation table) at the row of the true count and the position of the cell key.
//
// So the same units give the same noise wherever they are counted: the '_T' row of every
// dimension, the records of a country in four tables, a category that holds every record of its
// line. An outsider who finds the same count in two tables learns nothing by comparing them.
// Different sets of units have independent keys, so differencing two cells gives their true
// difference plus two unknown noises: no true count can be read off exactly unless the relations
// between tables pin the noises, which the attacker's audit (pipelines/disclosure) checks before
// anything is published.
//
// The perturbation table: a zero stays zero (an empty cell has no key, and there are as many empty
// cells as combinations of codes), and no other count becomes zero: a published 0 is a true 0,
// a row that exists never shows 0 (which would read as a contradiction), and a published 1 may be
// 1, 2 or 3. A count of 1 becomes 1, 2 or 3; a count of 2 becomes 1 to 4; any larger count moves
// by at most MAX_PERTURBATION, with mean 0.
//
// (A first table let a 1 become 0: on the default data the audit then recovered a few counts
// exactly, an EU cell of 2 published as 0 next to two Member States' rows, each at least 1.)

/** Counts of 1 to DEFAULT_MIN_CELL - 1 persons or records are the ones no outsider may read off. */
export const DEFAULT_MIN_CELL = 5;

/** Record keys and cell keys are integers in [0, CELL_KEY_MODULUS). */
export const CELL_KEY_MODULUS = 65536;

/** The largest change the perturbation makes to a count. */
export const MAX_PERTURBATION = 2;

/** One row of the perturbation table: noise v with probability p, in order of v. */
interface PerturbationRow {
	readonly noise: readonly number[];
	/** Cumulative probabilities in units of 1 / CELL_KEY_MODULUS, the last one the modulus. */
	readonly upTo: readonly number[];
}

function row(probabilities: readonly [number, number][]): PerturbationRow {
	let sum = 0;
	const upTo = probabilities.map(([, p]) => {
		sum += p;
		return Math.round(sum * CELL_KEY_MODULUS);
	});
	if (upTo[upTo.length - 1] !== CELL_KEY_MODULUS) throw new Error('probabilities must add to 1');
	return { noise: probabilities.map(([v]) => v), upTo };
}

/** A count of 1: 1 with 50 %, 2 with 30 %, 3 with 20 % (mean 1.7). */
const ROW_ONE = row([
	[0, 0.5],
	[1, 0.3],
	[2, 0.2]
]);

/** A count of 2: 1, 2, 3, 4 with 25, 40, 20, 15 % (mean 2.25). */
const ROW_TWO = row([
	[-1, 0.25],
	[0, 0.4],
	[1, 0.2],
	[2, 0.15]
]);

/** A count of 3 or more: -2, -1, 0, +1, +2 with 10, 20, 40, 20, 10 % (mean 0, variance 1.2). */
const ROW_MANY = row([
	[-2, 0.1],
	[-1, 0.2],
	[0, 0.4],
	[1, 0.2],
	[2, 0.1]
]);

function checkCount(count: number): void {
	if (!Number.isInteger(count) || count < 0) {
		throw new Error(`cell key: a count must be an integer >= 0, got ${count}`);
	}
}

function checkKey(cellKey: number): void {
	if (!Number.isInteger(cellKey) || cellKey < 0 || cellKey >= CELL_KEY_MODULUS) {
		throw new Error(
			`cell key: a cell key must be an integer in [0, ${CELL_KEY_MODULUS}), got ${cellKey}`
		);
	}
}

/** The noise the table gives a true count with this cell key. */
export function perturbation(count: number, cellKey: number): number {
	checkCount(count);
	checkKey(cellKey);
	if (count === 0) return 0;
	const table = count === 1 ? ROW_ONE : count === 2 ? ROW_TWO : ROW_MANY;
	const position = table.upTo.findIndex((limit) => cellKey < limit);
	return table.noise[position];
}

/** The published count: the true count plus its noise. */
export function perturbCount(count: number, cellKey: number): number {
	return count + perturbation(count, cellKey);
}

/** A cell key from the sum of its units' record keys (any non-negative integer, or a bigint). */
export function cellKeyOf(sumOfRecordKeys: number | bigint): number {
	if (typeof sumOfRecordKeys === 'bigint') {
		return Number(sumOfRecordKeys % BigInt(CELL_KEY_MODULUS));
	}
	if (!Number.isSafeInteger(sumOfRecordKeys) || sumOfRecordKeys < 0) {
		throw new Error(
			`cell key: a sum of record keys must be an integer >= 0, got ${sumOfRecordKeys}`
		);
	}
	return sumOfRecordKeys % CELL_KEY_MODULUS;
}

/**
 * Every true count the perturbation table can turn into `published`: what an outsider who knows
 * the table (it is published in the methods text) can say of a cell from its value alone.
 * `present`: the cell is known to count at least one unit (its row exists only then).
 */
export function possibleTrueCounts(
	published: number,
	present: boolean
): { lower: number; upper: number } {
	checkCount(published);
	if (published === 0) {
		if (present)
			throw new Error('cell key: a count known to be at least 1 is never published as 0');
		return { lower: 0, upper: 0 };
	}
	// A count n >= 3 becomes n - 2 .. n + 2, a 2 becomes 1 .. 4, a 1 becomes 1 .. 3: so `published`
	// comes from published - 2 .. published + 2, but never from 0 (a zero stays zero).
	return {
		lower: Math.max(1, published - MAX_PERTURBATION),
		upper: published + MAX_PERTURBATION
	};
}
