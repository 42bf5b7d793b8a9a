import { readCsvFile, type CsvFile } from './read-csv-file';
import type { InputIssue } from '../report/input-issue';

export type CsvObject =
	| { readonly line: number; readonly values: Record<string, string>; readonly issue?: undefined }
	| { readonly line: number; readonly values?: undefined; readonly issue: InputIssue };

export interface CsvObjects {
	readonly file: CsvFile;
	/** Normalised column names in file order ('' for a column that was not recognised). */
	readonly columns: readonly string[];
	/** 1-based field number of each recognised column, for issue locations. */
	readonly position: ReadonlyMap<string, number>;
	/** Header problems: unknown or repeated columns (the rows are still read). */
	readonly headerIssues: readonly InputIssue[];
	readonly rows: AsyncIterable<CsvObject>;
	/** An error at a row's named column, located by the column's position in the header. */
	errorAt(line: number, column: string, rule: string, message: string): InputIssue;
}

/**
 * Reads a CSV file as objects keyed by normalised column names. A record the CSV layer could not
 * read becomes an issue with its line; nothing is skipped silently. Title or comment lines
 * before the header are skipped and reported (a header names at least two known columns, or
 * passes `isHeader`); a file that is not text, or empty, is a header issue at line 0.
 */
export async function readCsvObjects(options: {
	path: string;
	file: string;
	normaliseName: (raw: string) => string;
	known: ReadonlySet<string>;
	isHeader?: (names: readonly string[]) => boolean;
}): Promise<CsvObjects> {
	const isHeader =
		options.isHeader ??
		((names: readonly string[]) =>
			new Set(names.map(options.normaliseName).filter((name) => options.known.has(name))).size >=
			2);
	const csv = await readCsvFile({ path: options.path, isHeader });
	const headerIssues: InputIssue[] = [];
	const names = csv.header?.names ?? [];
	const headerLine = csv.header?.line ?? 1;
	const fileIssue = { file: options.file, line: 0, column: 0 };
	if (csv.notText) {
		headerIssues.push({
			...fileIssue,
			severity: 'error',
			rule: csv.notText.rule,
			message: `not read: ${csv.notText.message}`
		});
	} else if (!csv.header) {
		headerIssues.push({
			...fileIssue,
			severity: 'warning',
			rule: 'file.empty',
			message: 'the file is empty (or holds only blank lines): no header, no records'
		});
	}
	if (csv.skipped.length > 0) {
		const skipped = headerLine - 1;
		headerIssues.push({
			...fileIssue,
			severity: 'warning',
			rule: 'file.preamble',
			message:
				`skipped ${skipped} line${skipped === 1 ? '' : 's'} before the header on line ` +
				`${headerLine}: they do not name the expected columns, like the title or comment ` +
				`lines of an export (${csv.skipped.map((r) => `line ${r.line}: ${JSON.stringify(r.raw.slice(0, 80))}`).join('; ')})`
		});
	}
	if (csv.header?.error) {
		headerIssues.push({
			severity: 'error',
			file: options.file,
			line: headerLine,
			column: csv.header.error.column,
			rule: `header.${csv.header.error.rule}`,
			message: csv.header.error.message
		});
	}
	const position = new Map<string, number>();
	const columns = names.map((raw, i) => {
		const name = options.normaliseName(raw);
		const where = { file: options.file, line: headerLine, column: i + 1 };
		if (!options.known.has(name)) {
			headerIssues.push({
				...where,
				severity: 'warning',
				rule: 'header.unknown_column',
				message: `column "${raw.trim()}" is not part of the contract and is ignored`
			});
			return '';
		}
		if (position.has(name)) {
			headerIssues.push({
				...where,
				severity: 'warning',
				rule: 'header.repeated_column',
				message: `column "${raw.trim()}" repeats ${name}; the first one is used`
			});
			return '';
		}
		position.set(name, i + 1);
		return name;
	});

	async function* rows(): AsyncGenerator<CsvObject> {
		for await (const row of csv.rows) {
			if (row.error) {
				yield {
					line: row.line,
					issue: {
						severity: 'error',
						file: options.file,
						line: row.line,
						column: row.error.column,
						rule: row.error.rule,
						message: row.error.message
					}
				};
				continue;
			}
			const values: Record<string, string> = {};
			for (let i = 0; i < columns.length; i++) {
				if (columns[i] !== '') values[columns[i]] = row.fields[i] ?? '';
			}
			yield { line: row.line, values };
		}
	}

	const errorAt = (line: number, column: string, rule: string, message: string): InputIssue => ({
		severity: 'error',
		file: options.file,
		line,
		column: position.get(column) ?? 0,
		rule,
		message
	});
	return { file: csv, columns, position, headerIssues, rows: rows(), errorAt };
}

export type RowFail = (column: string, rule: string, message: string) => undefined;

/**
 * Parses every row of a CSV file: a row the CSV layer could not read, or one the parser rejects
 * through `fail`, is quarantined with its line and column; the others are collected.
 */
export async function parseRows<T>(
	objects: CsvObjects,
	parse: (values: Record<string, string>, fail: RowFail) => T | undefined
): Promise<{ parsed: T[]; quarantined: InputIssue[]; read: number }> {
	const parsed: T[] = [];
	const quarantined: InputIssue[] = [];
	let read = 0;
	for await (const row of objects.rows) {
		read++;
		if (row.issue) {
			quarantined.push(row.issue);
			continue;
		}
		const fail: RowFail = (column, rule, message) => {
			quarantined.push(objects.errorAt(row.line, column, rule, message));
			return undefined;
		};
		const item = parse(row.values, fail);
		if (item !== undefined) parsed.push(item);
	}
	return { parsed, quarantined, read };
}
