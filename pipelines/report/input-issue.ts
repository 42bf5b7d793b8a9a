export type Severity = 'error' | 'warning';

/** A problem in an input, located precisely enough for a person to open the file and fix it. */
export interface InputIssue {
	readonly severity: Severity;
	readonly file: string;
	/** 1-based physical line; 0 when the problem concerns the whole file. */
	readonly line: number;
	/** 1-based character column; 0 when not known. */
	readonly column: number;
	readonly rule: string;
	readonly message: string;
}

export function formatIssue(issue: InputIssue): string {
	const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
	return `${where}: ${issue.severity} [${issue.rule}] ${issue.message}`;
}

/** A failure that stops a pipeline; its message already names the place. */
export class InputError extends Error {
	constructor(readonly issue: InputIssue) {
		super(formatIssue(issue));
		this.name = 'InputError';
	}
}
