import { join } from 'node:path';
import { writeFileAtomic } from '../publish/atomic-write';
import { formatIssue, type InputIssue } from './input-issue';

export interface FileReport {
	readonly file: string;
	/** What one unit of `read` is: a CSV record, a TSV cell, a credential. */
	readonly unit: 'record' | 'cell' | 'credential' | 'file';
	readonly read: number;
	readonly accepted: number;
	readonly quarantined: number;
	readonly issues: readonly InputIssue[];
}

export interface RunReport {
	readonly pipelineVersion: string;
	readonly files: FileReport[];
}

/** The run report and the quarantine live outside the published folder: they are never served. */
export async function writeRunReport(reportDir: string, report: RunReport): Promise<void> {
	const summary = {
		pipelineVersion: report.pipelineVersion,
		files: report.files.map(({ issues, ...counts }) => ({
			...counts,
			issuesByRule: countByRule(issues)
		}))
	};
	await writeFileAtomic(
		join(reportDir, 'run-report.json'),
		`${JSON.stringify(summary, null, '\t')}\n`
	);
	const lines = report.files.flatMap((f) => f.issues.map(formatIssue));
	await writeFileAtomic(
		join(reportDir, 'quarantine.txt'),
		lines.length ? `${lines.join('\n')}\n` : ''
	);
}

function countByRule(issues: readonly InputIssue[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const issue of issues) counts[issue.rule] = (counts[issue.rule] ?? 0) + 1;
	return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
