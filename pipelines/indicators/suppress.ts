import { normaliseFlags } from '../../core/contract/eurostat-flags';
import {
	applySuppression,
	auditSuppression,
	type DisclosureSpec
} from '../../core/methods/disclosure';
import type { IndicatorRow } from './indicator-table';

/**
 * applySuppression with two additions, then the audit, which throws: a bug must never publish.
 *
 * - `forced`: cells hidden for a reason of the caller's (e.g. everyone-but-a-few in a group).
 * - `sameCell`: rows that publish the same count under different labels (the '_T' row repeated
 *   in every dimension of a table). They must be hidden together, or the one published copy
 *   gives away the other. Hiding more cells can change the complements chosen, so this runs to a
 *   fixed point; the forced set only grows, so it ends.
 */
export function suppressTable<R extends IndicatorRow>(options: {
	table: string;
	rows: readonly R[];
	spec: DisclosureSpec;
	forced?: (row: R) => boolean;
	sameCell?: (row: R) => string | null;
	/** Computes columns from the published values (e.g. growth), before the audit. */
	derive?: (rows: readonly R[]) => R[];
}): R[] {
	const { table, rows, spec } = options;
	const forced = new Uint8Array(rows.length);
	if (options.forced) rows.forEach((row, i) => (forced[i] = options.forced!(row) ? 1 : 0));

	const groups = new Map<string, number[]>();
	if (options.sameCell) {
		rows.forEach((row, i) => {
			const key = options.sameCell!(row);
			if (key === null) return;
			const group = groups.get(key);
			if (group) group.push(i);
			else groups.set(key, [i]);
		});
	}

	for (;;) {
		const input = rows.map((row, i) => (forced[i] ? { ...row, [spec.count]: null } : row));
		const result = applySuppression({ rows: input, spec });
		const hidden = (i: number) => forced[i] === 1 || result.reasons[i] !== null;
		let grew = false;
		for (const members of groups.values()) {
			if (!members.some(hidden)) continue;
			for (const i of members) {
				if (forced[i]) continue;
				forced[i] = 1;
				grew = true;
			}
		}
		if (grew) continue;
		const hiddenRows = result.rows.map((row, i) => (forced[i] ? hide(row, spec) : row));
		const out = options.derive ? options.derive(hiddenRows) : hiddenRows;
		audit(table, out, spec, groups);
		return out;
	}
}

function hide<R extends IndicatorRow>(row: R, spec: DisclosureSpec): R {
	const copy: IndicatorRow = { ...row, [spec.count]: null };
	for (const column of spec.derived ?? []) copy[column] = null;
	const flagColumn = spec.flags ?? 'flags';
	const flags = row[flagColumn];
	copy[flagColumn] = normaliseFlags(`${typeof flags === 'string' ? flags : ''}c`);
	return copy as R;
}

function audit(
	table: string,
	rows: readonly IndicatorRow[],
	spec: DisclosureSpec,
	groups: ReadonlyMap<string, readonly number[]>
): void {
	const problems: string[] = auditSuppression({ rows, spec }).map((v) => JSON.stringify(v));
	for (const [key, members] of groups) {
		const hidden = members.filter((i) => rows[i][spec.count] === null).length;
		if (hidden > 0 && hidden < members.length) problems.push(`copies of ${key} hidden unevenly`);
	}
	if (problems.length > 0) {
		throw new Error(
			`disclosure audit of ${table} failed (${problems.length}): ${problems.slice(0, 5).join('; ')}`
		);
	}
}
