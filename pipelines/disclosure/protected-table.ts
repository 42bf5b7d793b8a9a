import { normaliseFlags } from '../../core/contract/eurostat-flags';
import { cellKeyOf, perturbCount } from '../../core/methods/cell-key';
import type { IndicatorRow } from '../indicators/indicator-table';
import type { TableToPublish } from '../publish/publish-tables';

// A table on its way to publication: its true counts (for the auditor only), the counts as they
// will be published (perturbed, and hidden where the audit asks), and how to build the rest.
// The joint audit over every table (protect-tables.ts) sits between the two.

export interface PerturbedCount {
	/** The count column. Its cell key is in `${count}_key` until perturbation. */
	readonly count: string;
	/**
	 * A count that can never exceed another one of the same row (learners <= credentials, records
	 * with an element <= records): its published value is capped at the other's published value,
	 * so that no share goes above 100 %. The cap is in the methods text, and the audit knows it.
	 */
	readonly atMost?: string;
	/**
	 * The table has a row only where this count is at least 1 (a category without records has
	 * no row): an outsider knows it is not 0.
	 */
	readonly present?: boolean;
}

export interface ProtectedTable {
	readonly name: string;
	/** Columns identifying a row, in order: the cell id of the audit. */
	readonly keyColumns: readonly string[];
	/** The count columns of persons or records, in the order they are perturbed. */
	readonly counts: readonly PerturbedCount[];
	/** Rows with the true counts, and no derived column: never published. */
	readonly truth: readonly IndicatorRow[];
	/** The same rows with perturbed counts (null where hidden), before `derive`. */
	readonly perturbed: readonly IndicatorRow[];
	/**
	 * Computes every derived column (rates, shares, growth) from the published counts: a hidden
	 * count gives null there. Runs after perturbation and again after any hiding.
	 */
	readonly derive: (rows: readonly IndicatorRow[]) => IndicatorRow[];
	/** The table to publish, from the derived rows. */
	readonly build: (rows: readonly IndicatorRow[]) => TableToPublish;
	/**
	 * The cell id of a count that is a count of another table under another name (the same units,
	 * hence the same cell key and the same published value), or undefined: the audit takes the
	 * two as one cell, and hiding one hides the other.
	 */
	readonly sameCellAs?: (row: IndicatorRow, count: string) => string | undefined;
}

const keyColumn = (count: string) => `${count}_key`;

function countValue(row: IndicatorRow, column: string, table: string): number {
	const value = row[column];
	const n = typeof value === 'bigint' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
		throw new Error(`${table}: column ${column} must hold counts, got ${String(value)}`);
	}
	return n;
}

/**
 * Splits SQL rows carrying `x` and `x_key` for every count into the true rows and the perturbed
 * rows; neither keeps a key column.
 */
export function perturbRows(
	table: string,
	rows: readonly IndicatorRow[],
	counts: readonly PerturbedCount[]
): { truth: IndicatorRow[]; perturbed: IndicatorRow[] } {
	const truth: IndicatorRow[] = [];
	const perturbed: IndicatorRow[] = [];
	for (const row of rows) {
		const plain: IndicatorRow = { ...row };
		const noisy: IndicatorRow = { ...row };
		for (const { count, atMost } of counts) {
			const key = row[keyColumn(count)];
			if (key === undefined) throw new Error(`${table}: column ${keyColumn(count)} is missing`);
			delete plain[keyColumn(count)];
			delete noisy[keyColumn(count)];
			const n = countValue(row, count, table);
			plain[count] = n;
			let published = perturbCount(n, cellKeyOf(countValue(row, keyColumn(count), table)));
			if (atMost !== undefined) {
				const cap = noisy[atMost];
				if (typeof cap !== 'number') {
					throw new Error(`${table}: ${atMost} must be perturbed before ${count}`);
				}
				published = Math.min(published, cap);
			}
			noisy[count] = published;
		}
		truth.push(plain);
		perturbed.push(noisy);
	}
	return { truth, perturbed };
}

/**
 * The cell id of a row's count, as the audit and the run report name it: the id of the count it
 * repeats when the table says so (sameCellAs).
 */
export function cellId(table: ProtectedTable, row: IndicatorRow, count: string): string {
	return (
		table.sameCellAs?.(row, count) ??
		`${table.name}|${table.keyColumns.map((c) => String(row[c])).join('|')}|${count}`
	);
}

/**
 * Hides the given cells (count null, flag 'c'). A hidden count hides every count capped by it,
 * so that the cap does not give it away.
 */
export function hideCells(
	table: ProtectedTable,
	rows: readonly IndicatorRow[],
	hidden: ReadonlySet<string>
): IndicatorRow[] {
	return rows.map((row) => {
		let copy: IndicatorRow | null = null;
		for (const { count, atMost } of table.counts) {
			const hide =
				hidden.has(cellId(table, row, count)) ||
				(atMost !== undefined && (copy ?? row)[atMost] === null);
			if (!hide) continue;
			copy ??= { ...row };
			copy[count] = null;
		}
		if (!copy) return row as IndicatorRow;
		const flags = typeof row.flags === 'string' ? row.flags : '';
		copy.flags = normaliseFlags(`${flags}c`);
		return copy;
	});
}
