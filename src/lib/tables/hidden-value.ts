import type { TableCell } from './table-model';

/** The flag of a confidential cell: its counts, and what is derived from them, are hidden. */
export const HIDDEN_FLAG = 'c';

/**
 * The flag a value shows: 'c' when it is hidden. A row flagged c may still show one of its counts
 * (credentials shown, learners hidden): the flag goes with the value that is missing only.
 */
export function hiddenFlag(value: number | null, flags: string): string {
	return value === null && flags.includes(HIDDEN_FLAG) ? HIDDEN_FLAG : '';
}

export function isHidden(value: number | null, flags: string): boolean {
	return hiddenFlag(value, flags) !== '';
}

/**
 * One value of a row as a table cell, with the row's flags but never 'c' on a value that is
 * published: a share hidden beside its shown total leaves the total unflagged.
 */
export function flaggedCell(value: number | null, flags: string): TableCell {
	return { value, flags: value === null ? flags : flags.replaceAll(HIDDEN_FLAG, '') };
}
