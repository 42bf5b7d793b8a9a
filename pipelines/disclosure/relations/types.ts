import type { IndicatorRow } from '../../indicators/indicator-table';
import type { AuditRelation } from '../audit-relation';
import { cellId, type ProtectedTable } from '../protected-table';

/** A protected table as the auditor sees it: true rows and published rows, aligned. */
export interface AuditedTable {
	readonly table: ProtectedTable;
	readonly truth: readonly IndicatorRow[];
	/** After derive: what will be published (counts perturbed, or null where hidden). */
	readonly published: readonly IndicatorRow[];
}

export type AuditedTables = ReadonlyMap<string, AuditedTable>;

/**
 * The linear relations an outsider can verify between the true counts of the published tables,
 * over cell ids from `cellId` (a count of a row that has no row is 0: leave it out of the sum).
 * Every relation must hold on the true counts; the audit checks that and throws when one does
 * not, naming it. A builder returns nothing for a table that is not in `tables`.
 */
export type RelationBuilder = (tables: AuditedTables) => AuditRelation[];

export const term = (cell: string, coefficient = 1) => ({ cell, coefficient });

/** The cell id of `count` in `row` of table `name`; throws when the table is not audited. */
export function cellOf(
	tables: AuditedTables,
	name: string,
	row: IndicatorRow,
	count: string
): string {
	const audited = tables.get(name);
	if (!audited) throw new Error(`relations: table ${name} is not audited`);
	return cellId(audited.table, row, count);
}

/** Rows grouped by a key, in first-seen order. */
export function groupRows<R>(rows: readonly R[], key: (row: R) => string): Map<string, R[]> {
	const groups = new Map<string, R[]>();
	for (const row of rows) {
		const k = key(row);
		const group = groups.get(k);
		if (group) group.push(row);
		else groups.set(k, [row]);
	}
	return groups;
}

/**
 * Counts no table publishes as a column but an outsider can compute from published ones (the
 * credentials tagged both digital and green: digital + green + neither - all). Each comes with the
 * relation that defines it, and is audited like a published count: box [0, +inf), the relation
 * does the rest.
 */
export interface DerivedCells {
	readonly cells: readonly { readonly id: string; readonly truth: number }[];
	readonly relations: readonly AuditRelation[];
}

export type DerivedCellBuilder = (tables: AuditedTables) => DerivedCells;
