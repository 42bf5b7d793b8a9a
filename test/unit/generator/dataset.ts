// Test helpers: read a generated dataset back with a small CSV parser of our own, so these tests
// do not lean on the project's CSV reader (which they are meant to help test).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MEMBER_STATES } from '../../../core/contract/countries';
import {
	ASSESSMENT_TYPES,
	PARTICIPATION_FORMS,
	QUALITY_ASSURANCE_TYPES
} from '../../../core/contract/vocabularies';

export function parseCsv(text: string, delimiter: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c !== '"') field += c;
			else if (text[i + 1] === '"') {
				field += '"';
				i++;
			} else quoted = false;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === delimiter) {
			row.push(field);
			field = '';
		} else if (c === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else if (!(c === '\r' && text[i + 1] === '\n')) field += c;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}

export interface FileFormat {
	readonly encoding: 'utf-8' | 'windows-1252';
	readonly bom: boolean;
	readonly delimiter: string;
	readonly lineEnding: 'lf' | 'crlf';
	readonly dateFormat: string;
	readonly decimalSeparator: string;
	readonly header: string;
	readonly country?: string;
}

export interface ManifestFile {
	readonly path: string;
	readonly table: string;
	readonly rows?: number;
	readonly lines?: number;
	readonly bytes: number;
	readonly sha256: string;
	readonly format?: FileFormat;
}

export interface Manifest {
	readonly synthetic: boolean;
	readonly seed: string;
	readonly records: number;
	readonly asOf: string;
	readonly population: { source: string; byCountry: Record<string, { population: number }> };
	readonly generator: { version: string };
	readonly files: readonly ManifestFile[];
}

export function readManifest(dir: string): Manifest {
	return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export function decode(bytes: Buffer, format: FileFormat): string {
	return new TextDecoder(format.encoding).decode(bytes);
}

export interface CsvTable {
	readonly file: ManifestFile;
	/** Header names normalised to snake_case ('Learner ID' -> 'learner_id'). */
	readonly header: readonly string[];
	readonly rows: readonly string[][];
}

export function readTable(dir: string, file: ManifestFile): CsvTable {
	const format = file.format as FileFormat;
	const text = decode(readFileSync(join(dir, file.path)), format);
	const [header, ...rows] = parseCsv(text, format.delimiter);
	return { file, header: header.map((h) => h.toLowerCase().replaceAll(' ', '_')), rows };
}

export function issuanceTables(dir: string): CsvTable[] {
	return readManifest(dir)
		.files.filter((f) => f.table === 'issuance')
		.map((f) => readTable(dir, f));
}

export function asRecord(
	header: readonly string[],
	row: readonly string[]
): Record<string, string> {
	return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

const COUNTRY_FORMS = new Set(MEMBER_STATES.flatMap((c) => [c.geo, c.iso2, c.iso3, c.names.en]));
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const VOCAB: Readonly<Record<string, readonly string[]>> = {
	assessment_type: ASSESSMENT_TYPES,
	participation_form: PARTICIPATION_FORMS,
	quality_assurance: QUALITY_ASSURANCE_TYPES
};
const REQUIRED = [
	'learner_id',
	'title',
	'issuer_country',
	'awarding_body',
	'issue_date',
	'learning_outcomes',
	'assessment_type',
	'participation_form',
	'quality_assurance'
];

/**
 * Problems a CLEAN row may have: a mandatory Annex I element left empty, which the validator
 * only warns about (annex1.missing). Title, country and date are never among them. The ledger
 * uses the same names for rows broken on purpose; only the ledger tells the two apart.
 */
export const CLEAN_GAP_PROBLEMS: ReadonlySet<string> = new Set([
	'missing_learner_id',
	'missing_awarding_body',
	'missing_learning_outcomes',
	'missing_workload',
	'missing_assessment_type',
	'missing_participation_form',
	'missing_quality_assurance'
]);

/** 'file#row' of every issuance row listed in dirty-rows.csv, with its kind. */
export function listedIssuanceRows(dir: string): Map<string, string> {
	const [header, ...entries] = parseCsv(readFileSync(join(dir, 'dirty-rows.csv'), 'utf8'), ',');
	const listed = new Map<string, string>();
	for (const e of entries) {
		const x = asRecord(header, e);
		if (x.table === 'issuance') listed.set(`${x.file}#${x.row}`, x.kind);
	}
	return listed;
}

export function eqfLevel(text: string): number | undefined {
	const m = /^(?:Level |EQF )?(\d+)$/.exec(text);
	if (m) return Number(m[1]);
	const roman = ROMAN.indexOf(text);
	return roman >= 0 ? roman + 1 : undefined;
}

export function parseDate(text: string, format: string): Date | 'unparseable' | 'impossible' {
	const patterns: Record<string, [RegExp, number, number, number]> = {
		'yyyy-mm-dd': [/^(\d{4})-(\d{2})-(\d{2})$/, 1, 2, 3],
		'dd/mm/yyyy': [/^(\d{2})\/(\d{2})\/(\d{4})$/, 3, 2, 1],
		'd.m.yyyy': [/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, 3, 2, 1]
	};
	const [re, y, mo, d] = patterns[format];
	const m = re.exec(text);
	if (!m) return 'unparseable';
	const date = new Date(Date.UTC(Number(m[y]), Number(m[mo]) - 1, Number(m[d])));
	return date.getUTCDate() === Number(m[d]) && date.getUTCMonth() === Number(m[mo]) - 1
		? date
		: 'impossible';
}

/**
 * An independent, deliberately plain check of one issuance row: the kinds of problem it has,
 * named as in the generator's ledger. `seen` tracks credential_id + awarding_body per file.
 */
export function rowProblems(
	header: readonly string[],
	row: readonly string[],
	format: FileFormat,
	asOf: Date,
	seen: Set<string>
): string[] {
	if (row.length !== header.length) return ['wrong_field_count'];
	const x = asRecord(header, row);
	const problems: string[] = [];
	for (const col of REQUIRED) if (x[col] === '') problems.push(`missing_${col}`);
	for (const col of ['title', 'awarding_body', 'learning_outcomes']) {
		if (/^[=+\-@]/.test(x[col])) problems.push('formula_injection');
	}
	if (/<script|<img/.test(x.title)) problems.push('script_injection');
	if (x.title.length > 1000) problems.push('very_long_field');
	if (x.issuer_country && x.issuer_country.split(';').some((c) => !COUNTRY_FORMS.has(c))) {
		problems.push('unknown_country');
	}
	if (x.issue_date) {
		const date = parseDate(x.issue_date, format.dateFormat);
		if (date === 'unparseable' || date === 'impossible') problems.push(`${date}_date`);
		else if (date > asOf) problems.push('future_date');
	}
	if (x.ects === '' && x.workload_hours === '') problems.push('missing_workload');
	else if (x.ects !== '') {
		const n = Number(format.decimalSeparator === ',' ? x.ects.replace(',', '.') : x.ects);
		if (Number.isNaN(n)) problems.push('non_numeric_ects');
		else if (n < 0) problems.push('negative_ects');
	}
	if (x.eqf_level !== '') {
		const level = eqfLevel(x.eqf_level);
		if (level === undefined || level < 1 || level > 8) problems.push('invalid_eqf');
	}
	for (const [col, values] of Object.entries(VOCAB)) {
		if (x[col] !== '' && !values.includes(x[col])) problems.push(`unknown_${col}`);
	}
	const key = `${x.credential_id}\u0000${x.awarding_body}`;
	if (seen.has(key)) problems.push('duplicate_credential_id');
	seen.add(key);
	return problems;
}
