import { join } from 'node:path';
import { csvLine } from '../../core/export/csv-cell';
import { formatIssue, type InputIssue } from './input-issue';
import { LineWriter } from './line-writer';
import { compareText } from '../publish/compare-text';

/** Warnings kept verbatim per file and rule; the rest are counted. */
export const WARNING_EXAMPLES_PER_RULE = 100;
/** File-level issues printed on the console per rule; the rest are counted in one line. */
export const CONSOLE_LINES_PER_RULE = 20;

/** A spreadsheet cell holds at most 32 767 characters; a longer one is cut or refused. */
export const SPREADSHEET_CELL_CHARS = 32_767;
/** Characters kept of a value copied into a report (a record's value, a message). */
export const REPORT_VALUE_CHARS = 1000;
/** What the record cell (the row as JSON) may hold, with room for a formula guard. */
const RECORD_CELL_CHARS = 32_000;

const HEADER = ['file', 'line', 'column', 'severity', 'rule', 'message', 'record'];

/** The value itself when short enough, else its start and a note that says it was cut. */
export function cutValue(value: string, max = REPORT_VALUE_CHARS): string {
	if (value.length <= max) return value;
	const total = value.length.toLocaleString('en');
	return `${value.slice(0, max)}… [cut: ${total} characters, the first ${max} kept]`;
}

/**
 * The record as one JSON cell a spreadsheet can hold: values cut to REPORT_VALUE_CHARS, fewer
 * when the row has many long values, and the JSON itself cut as a last resort (a header of
 * thousands of columns). Returns the cell and how many values were cut.
 */
function recordCell(record: Readonly<Record<string, unknown>>): { cell: string; cuts: number } {
	const whole = JSON.stringify(record);
	if (whole.length <= REPORT_VALUE_CHARS) return { cell: whole, cuts: 0 };
	const long = Object.values(record).some(
		(value) => typeof value === 'string' && value.length > REPORT_VALUE_CHARS
	);
	if (!long && whole.length <= RECORD_CELL_CHARS) return { cell: whole, cuts: 0 };
	for (let max = REPORT_VALUE_CHARS; max >= 16; max >>= 1) {
		let cuts = 0;
		const cut = JSON.stringify(record, (key, value: unknown) => {
			if (key === '' || typeof value !== 'string' || value.length <= max) return value;
			cuts++;
			return cutValue(value, max);
		});
		if (cut.length <= RECORD_CELL_CHARS) return { cell: cut, cuts };
	}
	return { cell: cutValue(whole, RECORD_CELL_CHARS - 100), cuts: 1 };
}

export interface IssueLogOptions {
	/**
	 * Where problems with a whole file (line 0: empty, not text, a skipped preamble...) and a
	 * summary of cut values are told as they happen. Default: stderr.
	 */
	readonly console?: (line: string) => void;
}

/**
 * Every problem of a run, streamed to disk: quarantined rows (errors) with their reasons and their
 * content (learner identifiers already pseudonymised), and examples of warnings. Counts per file
 * and rule feed the run report. Nothing here is ever published. Values longer than
 * REPORT_VALUE_CHARS are cut, saying so in the cell, so that every cell fits in a spreadsheet's.
 */
export class IssueLog {
	readonly #quarantine: LineWriter;
	readonly #warnings: LineWriter;
	readonly #counts = new Map<string, Map<string, number>>();
	/** File-level issues told on the console so far, by rule. */
	readonly #told = new Map<string, number>();
	readonly #console: (line: string) => void;
	#cuts = 0;

	constructor(reportDir: string, options: IssueLogOptions = {}) {
		this.#quarantine = new LineWriter(join(reportDir, 'quarantine.csv'));
		this.#warnings = new LineWriter(join(reportDir, 'warnings.csv'));
		this.#quarantine.write(csvLine(HEADER));
		this.#warnings.write(csvLine(HEADER));
		this.#console = options.console ?? ((line) => process.stderr.write(`${line}\n`));
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
		if (issue.line === 0) this.#tell(issue);
		if (issue.severity !== 'error' && n > WARNING_EXAMPLES_PER_RULE) return;
		let cell = '';
		if (record) {
			const { cell: json, cuts } = recordCell(record);
			cell = json;
			this.#cuts += cuts;
		}
		if (issue.message.length > REPORT_VALUE_CHARS) this.#cuts++;
		const line = csvLine([
			issue.file,
			issue.line,
			issue.column,
			issue.severity,
			issue.rule,
			cutValue(issue.message),
			cell
		]);
		if (issue.severity === 'error') this.#quarantine.write(line);
		else this.#warnings.write(line);
	}

	/** Values cut so far in quarantine.csv and warnings.csv. */
	get cutValues(): number {
		return this.#cuts;
	}

	countsFor(file: string): Record<string, number> {
		const byRule = this.#counts.get(file) ?? new Map<string, number>();
		return Object.fromEntries([...byRule].sort(([a], [b]) => compareText(a, b)));
	}

	/** A file-level issue on the console: the first few of each rule, then one line for the rest. */
	#tell(issue: InputIssue): void {
		const n = (this.#told.get(issue.rule) ?? 0) + 1;
		this.#told.set(issue.rule, n);
		if (n <= CONSOLE_LINES_PER_RULE) {
			this.#console(formatIssue({ ...issue, message: cutValue(issue.message) }));
		}
	}

	#tellUntold(): void {
		for (const [rule, n] of this.#told) {
			if (n <= CONSOLE_LINES_PER_RULE) continue;
			const more = n - CONSOLE_LINES_PER_RULE;
			this.#console(
				`[${rule}] ${more.toLocaleString('en')} more ${more === 1 ? 'file' : 'files'}: ` +
					'see quarantine.csv and warnings.csv'
			);
		}
	}

	#tellCuts(): void {
		if (this.#cuts === 0) return;
		const n = this.#cuts;
		this.#console(
			`quarantine.csv, warnings.csv: ${n.toLocaleString('en')} ${n === 1 ? 'value' : 'values'} ` +
				`longer than ${REPORT_VALUE_CHARS.toLocaleString('en')} characters ` +
				`${n === 1 ? 'was' : 'were'} cut (marked "[cut: …]"), so that every cell fits in a ` +
				`spreadsheet's ${SPREADSHEET_CELL_CHARS.toLocaleString('en')} characters`
		);
	}

	commit(): void {
		this.#tellUntold();
		this.#tellCuts();
		this.#quarantine.commit();
		this.#warnings.commit();
	}

	abort(): void {
		this.#quarantine.abort();
		this.#warnings.abort();
	}
}
