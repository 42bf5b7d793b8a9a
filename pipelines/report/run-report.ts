import { join } from 'node:path';
import { writeFileAtomic } from '../publish/atomic-write';
import type { IssueLog } from './issue-log';
import type { ProtectionSummary } from '../disclosure/protect-tables';

/** The run report's file name, in --report-dir. */
export const RUN_REPORT_FILE = 'run-report.json';

export interface FileCounts {
	readonly file: string;
	/** What one unit of `read` is: a CSV record, a TSV cell, a credential, a whole file. */
	readonly unit: 'record' | 'cell' | 'credential' | 'file';
	readonly read: number;
	readonly accepted: number;
	readonly quarantined: number;
	/** Accepted units that were duplicates of an earlier one (kept once, counted here). */
	readonly duplicates?: number;
	/** What the reader said about the file as a whole (lines skipped, empty, not text). */
	readonly notes?: readonly string[];
}

export interface RunReport {
	readonly pipelineVersion: string;
	readonly files: FileCounts[];
	readonly notes: string[];
	/** Disclosure control of the counts and its audit (no timings: reruns are identical). */
	disclosure: ProtectionSummary | null;
}

export function createRunReport(pipelineVersion: string): RunReport {
	return { pipelineVersion, files: [], notes: [], disclosure: null };
}

/** Quarantined rows over rows read, across the files that hold records. */
export function errorRate(report: RunReport): number {
	const records = report.files.filter((f) => f.unit === 'record' || f.unit === 'credential');
	const read = records.reduce((n, f) => n + f.read, 0);
	const quarantined = records.reduce((n, f) => n + f.quarantined, 0);
	return read === 0 ? 0 : quarantined / read;
}

/** The run report lives outside the published folder: it is never served. */
export async function writeRunReport(options: {
	reportDir: string;
	report: RunReport;
	issues: IssueLog;
	extra?: Record<string, unknown>;
}): Promise<void> {
	const { report, issues } = options;
	const files = report.files.map((f) => ({ ...f, issuesByRule: issues.countsFor(f.file) }));
	const totals = files.reduce(
		(t, f) => ({
			read: t.read + f.read,
			accepted: t.accepted + f.accepted,
			quarantined: t.quarantined + f.quarantined
		}),
		{ read: 0, accepted: 0, quarantined: 0 }
	);
	const summary = {
		pipelineVersion: report.pipelineVersion,
		...options.extra,
		totals,
		errorRate: errorRate(report),
		notes: report.notes,
		disclosure: report.disclosure,
		files
	};
	await writeFileAtomic(
		join(options.reportDir, RUN_REPORT_FILE),
		`${JSON.stringify(summary, null, '\t')}\n`
	);
}
