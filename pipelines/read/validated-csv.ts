import { checkHeaders, type Issue, type Validation } from '../../core/contract/validate';
import { INPUT_COLUMNS, type InputKind } from '../../core/contract/normalise';
import { contractHeaderTest } from '../../core/contract/header-test';
import { readCsvFile, type CsvFile } from './read-csv-file';
import { createCompiledRowBuilder } from './row-builder';
import type { InputFile } from '../inputs/discover-inputs';
import type { InputIssue } from '../report/input-issue';
import type { IssueLog } from '../report/issue-log';
import type { Progress } from '../report/progress';
import type { FileCounts } from '../report/run-report';

export interface ValidatedCsvOptions<T> {
	readonly input: InputFile;
	readonly kind: InputKind;
	readonly validate: (raw: Record<string, string>) => Validation<T>;
	readonly accept: (record: T, line: number) => void;
	readonly issues: IssueLog;
	readonly progress: Progress;
	/** Replaces the learner identifier before a row is written to the quarantine. */
	readonly maskRow?: (raw: Record<string, string>) => Record<string, string>;
}

function locate(
	input: InputFile,
	line: number,
	position: ReadonlyMap<string, number>,
	issue: Issue
): InputIssue {
	return {
		severity: issue.severity,
		file: input.name,
		line,
		column: position.get(issue.column) ?? 0,
		rule: issue.rule,
		message: issue.message
	};
}

/** Counts of one CSV file, with what the run report should say about the file as a whole. */
export interface CsvFileCounts extends FileCounts {
	/** Problems with the whole file (empty, not text, a skipped preamble...), when any. */
	readonly notes?: readonly string[];
}

export { contractHeaderTest };

const plural = (n: number, one: string, many = `${one}s`) =>
	`${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * The skipped records as a report's record: their text by line, so that a person can check
 * that only a title or comments were skipped.
 */
function preambleRecord(csv: CsvFile): Record<string, string> {
	return Object.fromEntries(csv.skipped.map((r) => [`line ${r.line}`, r.raw]));
}

/**
 * Reads one CSV input of the contract: every record is validated and either accepted or
 * quarantined with its reasons, so that read = accepted + quarantined holds for the file.
 * Title or comment lines before the header (among the first 20 records) are skipped and
 * reported; a file that is not text is quarantined whole (unit 'file'); an empty or header-only
 * file is reported. Such problems with the whole file are issues at line 0 and `notes`.
 */
export async function readValidatedCsv<T>(options: ValidatedCsvOptions<T>): Promise<CsvFileCounts> {
	const { input, issues, progress } = options;
	const csv = await readCsvFile({ path: input.path, isHeader: contractHeaderTest(options.kind) });
	const notes: string[] = [];
	const fileIssue = (
		severity: InputIssue['severity'],
		rule: string,
		message: string,
		record?: Record<string, string>
	) => {
		issues.add({ severity, file: input.name, line: 0, column: 0, rule, message }, record);
		notes.push(message);
	};
	if (csv.notText) {
		fileIssue('error', csv.notText.rule, `not read: ${csv.notText.message}`);
		return { file: input.name, unit: 'file', read: 1, accepted: 0, quarantined: 1, notes };
	}
	const counts = {
		file: input.name,
		unit: 'record' as const,
		read: 0,
		accepted: 0,
		quarantined: 0
	};
	const withNotes = (): CsvFileCounts => (notes.length > 0 ? { ...counts, notes } : counts);
	if (!csv.header) {
		fileIssue(
			'warning',
			'file.empty',
			'the file is empty (or holds only blank lines): no header, no records'
		);
		return withNotes();
	}
	const headerLine = csv.header.line;
	if (csv.skipped.length > 0) {
		fileIssue(
			'warning',
			'file.preamble',
			`skipped ${plural(headerLine - 1, 'line')} before the header on line ${headerLine} ` +
				`(${plural(csv.skipped.length, 'record')}): they do not name the expected columns, ` +
				'like the title or comment lines of an export; their text is in the record column',
			preambleRecord(csv)
		);
	}
	const header = checkHeaders(csv.header.names, options.kind);
	const position = new Map<string, number>();
	header.columns.forEach((name, i) => {
		if (name !== '' && !position.has(name)) position.set(name, i + 1);
	});
	const fileErrors: InputIssue[] = [];
	if (csv.header.error) {
		fileErrors.push({
			severity: 'error',
			file: input.name,
			line: headerLine,
			column: csv.header.error.column,
			rule: csv.header.error.rule,
			message: `header: ${csv.header.error.message}`
		});
	}
	for (const issue of header.issues) {
		const located = { ...locate(input, headerLine, position, issue) };
		if (issue.severity === 'error') fileErrors.push(located);
		else issues.add(located);
	}
	// A first line with no column of the contract is not a header but a record of a file
	// without one: it is counted and quarantined like the records after it.
	const contract = new Set(INPUT_COLUMNS[options.kind].map((c) => c.name));
	if (!header.columns.some((name) => contract.has(name))) {
		counts.read++;
		counts.quarantined++;
		issues.add({
			severity: 'error',
			file: input.name,
			line: headerLine,
			column: 0,
			rule: 'header.unrecognised',
			message:
				'no column of the first line is in the contract: the file seems to have no header row'
		});
	}
	const buildRow = createCompiledRowBuilder(
		header.columns.map((name, i) => (name !== '' && position.get(name) === i + 1 ? name : '')),
		INPUT_COLUMNS[options.kind].map((c) => c.name)
	);

	for await (const batch of csv.batches) {
		for (const row of batch) {
			counts.read++;
			progress.tick();
			if (row.error) {
				counts.quarantined++;
				issues.add({
					severity: 'error',
					file: input.name,
					line: row.line,
					column: row.error.column,
					rule: row.error.rule,
					message: row.error.message
				});
				continue;
			}
			if (fileErrors.length > 0) {
				counts.quarantined++;
				for (const e of fileErrors)
					issues.add({ ...e, line: row.line, message: `${e.message} (header line ${headerLine})` });
				continue;
			}
			const raw = buildRow(row.fields);
			const result = options.validate(raw);
			if (result.record !== undefined) {
				counts.accepted++;
				options.accept(result.record, row.line);
				for (const issue of result.issues) issues.add(locate(input, row.line, position, issue));
				continue;
			}
			counts.quarantined++;
			const masked = options.maskRow ? options.maskRow(raw) : raw;
			const first = result.issues.findIndex((issue) => issue.severity === 'error');
			result.issues.forEach((issue, i) => {
				issues.add(locate(input, row.line, position, issue), i === first ? masked : undefined);
			});
		}
	}
	if (counts.read === 0) {
		fileIssue(
			'warning',
			'file.header_only',
			`the file has a header (line ${headerLine}) but no records`
		);
	}
	return withNotes();
}
