import { normaliseFlags } from '../contract/eurostat-flags';

// Statistical disclosure control for published aggregate tables (DOMAIN.md, "Privacy and
// statistical disclosure control").
//
// Zeros: DOMAIN.md and the acceptance of the ingestion issue say every published count of
// learners below the threshold is suppressed, and 0 is below it; so zeros are suppressed too.
// (A zero singles nobody out, but it reveals that a whole group shares an attribute, and a
// published zero next to a hidden cell narrows that cell.)
//
// Complements: when a line (the cells that differ in one dimension, with that dimension's total)
// has exactly one hidden cell, the smallest published non-total cell with a positive count is
// hidden too; a zero only when no positive cell is left, the total only when no other cell is
// left. A hidden zero gives no real uncertainty to an attacker who suspects it is zero.
//
// A cell whose count is already missing (null) counts as hidden: it is not published either, and
// if it is the only hidden cell of its line it could be recovered from the total.

export type Row = Readonly<Record<string, unknown>>;

export interface DisclosureDimension {
	readonly column: string;
	/** Code of the margin row (e.g. '_T'); absent when the table has no total for this dimension. */
	readonly total?: string;
}

export interface DisclosureSpec {
	/** Every column that identifies a cell, including time; rows must be unique over them. */
	readonly dimensions: readonly DisclosureDimension[];
	/** The count of learners. */
	readonly count: string;
	/** Columns that would reveal the count (rates, shares, credentials of those learners). */
	readonly derived?: readonly string[];
	/** Column holding the flags string; 'flags' by default. */
	readonly flags?: string;
	/** A count with 0 < count < minCell is suppressed; 5 by default. */
	readonly minCell?: number;
}

export type SuppressionReason = 'primary' | 'secondary';

export interface SuppressionResult<R extends Row> {
	/** The input rows, with count and derived columns null and flag 'c' where suppressed. */
	readonly rows: R[];
	/** Why each row was suppressed, aligned with `rows`; null when it was not. */
	readonly reasons: (SuppressionReason | null)[];
	readonly primary: number;
	readonly secondary: number;
}

export type SuppressionViolation =
	| { readonly kind: 'small_count_published'; readonly row: number; readonly count: number }
	| {
			readonly kind: 'derivable';
			readonly row: number;
			/** The dimension along which the line runs. */
			readonly dimension: string;
			/** The value an attacker gets by subtraction from the published margin. */
			readonly value: number;
	  }
	| { readonly kind: 'derived_value_published'; readonly row: number; readonly column: string };

export const DEFAULT_MIN_CELL = 5;
const SEP = '\u001f';

function minCellOf(spec: DisclosureSpec): number {
	const minCell = spec.minCell ?? DEFAULT_MIN_CELL;
	// A threshold of 0 or NaN would silently publish every count.
	if (!(minCell >= 1)) throw new Error(`disclosure: minCell must be at least 1, got ${minCell}`);
	return minCell;
}

function countOf(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return Number(value);
	return null;
}

interface Lines {
	readonly column: string;
	/** Non-total rows of each line. */
	readonly members: number[][];
	/** The total row of each line, -1 when the table has none for it. */
	readonly total: number[];
	/** Line of each row along this dimension. */
	readonly lineOfRow: Int32Array;
}

/** Groups rows into lines, one set per dimension that has a total. */
function indexLines(rows: readonly Row[], spec: DisclosureSpec): Lines[] {
	const dims = spec.dimensions;
	const values = rows.map((row) => dims.map((d) => String(row[d.column])));
	const seen = new Map<string, number>();
	values.forEach((parts, i) => {
		const key = parts.join(SEP);
		const first = seen.get(key);
		if (first !== undefined) {
			throw new Error(
				`disclosure: rows ${first} and ${i} are the same cell (${parts.join(', ')}); ` +
					'is a dimension missing from the spec?'
			);
		}
		seen.set(key, i);
	});
	const result: Lines[] = [];
	dims.forEach((dim, d) => {
		if (dim.total === undefined) return;
		const ids = new Map<string, number>();
		const lines: Lines = {
			column: dim.column,
			members: [],
			total: [],
			lineOfRow: new Int32Array(rows.length)
		};
		values.forEach((parts, i) => {
			const saved = parts[d];
			parts[d] = '';
			const key = parts.join(SEP);
			parts[d] = saved;
			let id = ids.get(key);
			if (id === undefined) {
				id = lines.members.length;
				ids.set(key, id);
				lines.members.push([]);
				lines.total.push(-1);
			}
			if (saved === dim.total) lines.total[id] = i;
			else lines.members[id].push(i);
			lines.lineOfRow[i] = id;
		});
		result.push(lines);
	});
	return result;
}

/** The row to hide next to the single hidden cell of a line, or -1. */
function complement(
	members: readonly number[],
	total: number,
	counts: readonly (number | null)[],
	hidden: Uint8Array
): number {
	let best = -1;
	let bestZero = -1;
	for (const i of members) {
		const c = counts[i];
		if (hidden[i] || c === null) continue;
		if (c > 0) {
			if (best === -1 || c < counts[best]!) best = i;
		} else if (bestZero === -1) bestZero = i;
	}
	if (best !== -1) return best;
	if (bestZero !== -1) return bestZero;
	return hidden[total] ? -1 : total;
}

/**
 * Primary suppression of counts below `minCell`, then secondary suppression until no line with a
 * published total has exactly one hidden cell. Rows are not reordered; unsuppressed rows are
 * returned as they are.
 */
export function applySuppression<R extends Row>(options: {
	rows: readonly R[];
	spec: DisclosureSpec;
}): SuppressionResult<R> {
	const { rows, spec } = options;
	const minCell = minCellOf(spec);
	const counts = rows.map((row) => countOf(row[spec.count]));
	const hidden = new Uint8Array(rows.length);
	const reasons: (SuppressionReason | null)[] = rows.map(() => null);
	let primary = 0;
	let secondary = 0;
	counts.forEach((c, i) => {
		if (c === null) hidden[i] = 1;
		else if (c < minCell) {
			hidden[i] = 1;
			reasons[i] = 'primary';
			primary++;
		}
	});

	const allLines = indexLines(rows, spec);
	const queue: [number, number][] = [];
	const queued = allLines.map((l) => new Uint8Array(l.members.length));
	const enqueue = (d: number, id: number) => {
		if (queued[d][id]) return;
		queued[d][id] = 1;
		queue.push([d, id]);
	};
	allLines.forEach((lines, d) => lines.members.forEach((_, id) => enqueue(d, id)));

	for (let head = 0; head < queue.length; head++) {
		const [d, id] = queue[head];
		queued[d][id] = 0;
		const { members, total } = allLines[d];
		if (total[id] === -1 || members[id].length === 0) continue;
		let nHidden = hidden[total[id]];
		for (const i of members[id]) nHidden += hidden[i];
		if (nHidden !== 1) continue;
		const next = complement(members[id], total[id], counts, hidden);
		if (next === -1) continue;
		hidden[next] = 1;
		reasons[next] = 'secondary';
		secondary++;
		allLines.forEach((lines, e) => enqueue(e, lines.lineOfRow[next]));
	}

	const flagColumn = spec.flags ?? 'flags';
	const out = rows.map((row, i) => {
		if (reasons[i] === null) return row;
		const copy: Record<string, unknown> = { ...row, [spec.count]: null };
		for (const column of spec.derived ?? []) if (column in copy) copy[column] = null;
		const flags = row[flagColumn];
		copy[flagColumn] = normaliseFlags(`${typeof flags === 'string' ? flags : ''}c`);
		return copy as R;
	});
	return { rows: out, reasons, primary, secondary };
}

/**
 * Checks a table as it will be published: no count in (0, minCell) is shown, no hidden cell is
 * the only hidden cell of a line whose total is published or hidden alone, and no hidden count
 * leaves a derived value behind.
 */
export function auditSuppression(options: {
	rows: readonly Row[];
	spec: DisclosureSpec;
}): SuppressionViolation[] {
	const { rows, spec } = options;
	const minCell = minCellOf(spec);
	const counts = rows.map((row) => countOf(row[spec.count]));
	const violations: SuppressionViolation[] = [];
	counts.forEach((c, i) => {
		if (c !== null && c < minCell) {
			violations.push({ kind: 'small_count_published', row: i, count: c });
		}
		if (c !== null) return;
		for (const column of spec.derived ?? []) {
			const v = rows[i][column];
			if (v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v))) {
				violations.push({ kind: 'derived_value_published', row: i, column });
			}
		}
	});
	for (const lines of indexLines(rows, spec)) {
		lines.members.forEach((members, id) => {
			const total = lines.total[id];
			if (total === -1 || members.length === 0) return;
			const hiddenCells = [total, ...members].filter((i) => counts[i] === null);
			if (hiddenCells.length !== 1) return;
			const published = members.reduce((s, i) => s + (counts[i] ?? 0), 0);
			const row = hiddenCells[0];
			const value = row === total ? published : counts[total]! - published;
			violations.push({ kind: 'derivable', row, dimension: lines.column, value });
		});
	}
	return violations;
}
