export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type CsvErrorRule =
	| 'csv.field_count'
	| 'csv.field_too_long'
	| 'csv.unterminated_quote'
	| 'csv.invalid_quote'
	| 'csv.nul_byte'
	| 'encoding.invalid';

export interface CsvRowError {
	rule: CsvErrorRule;
	/** 1-based index of the offending field. */
	column: number;
	message: string;
}

export interface CsvRecord {
	/** 1-based physical line where the record starts. */
	line: number;
	fields: string[];
	error?: undefined;
	raw?: undefined;
}

export interface CsvMalformedRow {
	line: number;
	error: CsvRowError;
	/** The start of the record's text, at most 200 characters. */
	raw: string;
	fields?: undefined;
}

export type CsvRow = CsvRecord | CsvMalformedRow;

export interface CsvHeader {
	/** Raw names, not trimmed or normalised; incomplete when `error` is set. */
	names: string[];
	line: number;
	error?: CsvRowError;
}

/** A record before the header, skipped as a title or comment line of an export. */
export interface CsvSkippedRecord {
	/** 1-based physical line where the record starts. */
	line: number;
	/** The start of the record's text, at most 200 characters. */
	raw: string;
	/** Undefined when the record is malformed (`error`). */
	fields?: string[];
	error?: CsvRowError;
}
