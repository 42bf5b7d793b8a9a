// The rejection report of a dropped file: one line per reason, located by line and column, in a
// CSV that a spreadsheet opens safely (core/export/csv-cell.ts). It carries the validators'
// messages, which never echo a learner identifier, and no value of the file.
import { csvLine } from '$core/export/csv-cell';
import type { LocalSummary } from './messages';

export const REJECTION_REPORT_HEADER = [
	'file',
	'line',
	'column',
	'column_name',
	'rule',
	'message'
] as const;

export function buildRejectionReport(summary: LocalSummary): string {
	let text = csvLine(REJECTION_REPORT_HEADER);
	for (const r of [...summary.fileNotes, ...summary.rejections]) {
		text += csvLine([summary.fileName, r.line, r.column, r.columnName, r.rule, r.message]);
	}
	return text;
}

/** `issuance-2025.csv` gives `issuance-2025-rejections.csv`. */
export function rejectionReportName(fileName: string): string {
	const stem = fileName.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'file';
	return `${stem}-rejections.csv`;
}
