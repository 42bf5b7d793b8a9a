import { checkHeaders, type Issue, type Validation } from '../../core/contract/validate';
import { INPUT_COLUMNS, type InputKind } from '../../core/contract/normalise';
import { readCsvFile } from './read-csv-file';
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

/**
 * Reads one CSV input of the contract: every record is validated and either accepted or
 * quarantined with its reasons, so that read = accepted + quarantined holds for the file.
 */
export async function readValidatedCsv<T>(options: ValidatedCsvOptions<T>): Promise<FileCounts> {
	const { input, issues, progress } = options;
	const csv = await readCsvFile({ path: input.path });
	const counts = {
		file: input.name,
		unit: 'record' as const,
		read: 0,
		accepted: 0,
		quarantined: 0
	};
	if (!csv.header) return counts;
	const headerLine = csv.header.line;
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
	return counts;
}
