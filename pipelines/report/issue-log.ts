import { join } from 'node:path';
import { csvLine } from '../../core/export/csv-cell';
import type { InputIssue } from './input-issue';
import { LineWriter } from './line-writer';
import { compareText } from '../publish/compare-text';

/** Warnings kept verbatim per file and rule; the rest are counted. */
export const WARNING_EXAMPLES_PER_RULE = 100;

const HEADER = ['file', 'line', 'column', 'severity', 'rule', 'message', 'record'];

/**
 * Every problem of a run, streamed to disk: quarantined rows (errors) with their reasons and their
 * content (learner identifiers already pseudonymised), and examples of warnings. Counts per file
 * and rule feed the run report. Nothing here is ever published.
 */
export class IssueLog {
	readonly #quarantine: LineWriter;
	readonly #warnings: LineWriter;
	readonly #counts = new Map<string, Map<string, number>>();

	constructor(reportDir: string) {
		this.#quarantine = new LineWriter(join(reportDir, 'quarantine.csv'));
		this.#warnings = new LineWriter(join(reportDir, 'warnings.csv'));
		this.#quarantine.write(csvLine(HEADER));
		this.#warnings.write(csvLine(HEADER));
	}

	#count(issue: InputIssue): number {
		let byRule = this.#counts.get(issue.file);
		if (!byRule) this.#counts.set(issue.file, (byRule = new Map()));
		const n = (byRule.get(issue.rule) ?? 0) + 1;
		byRule.set(issue.rule, n);
		return n;
	}

	add(issue: InputIssue, record?: Readonly<Record<string, unknown>>): void {
		const n = this.#count(issue);
		if (issue.severity !== 'error' && n > WARNING_EXAMPLES_PER_RULE) return;
		const line = csvLine([
			issue.file,
			issue.line,
			issue.column,
			issue.severity,
			issue.rule,
			issue.message,
			record ? JSON.stringify(record) : ''
		]);
		if (issue.severity === 'error') this.#quarantine.write(line);
		else this.#warnings.write(line);
	}

	countsFor(file: string): Record<string, number> {
		const byRule = this.#counts.get(file) ?? new Map<string, number>();
		return Object.fromEntries([...byRule].sort(([a], [b]) => compareText(a, b)));
	}

	commit(): void {
		this.#quarantine.commit();
		this.#warnings.commit();
	}

	abort(): void {
		this.#quarantine.abort();
		this.#warnings.abort();
	}
}
