// Row validators, one per input kind, shared by the pipelines and by the browser when a user
// drops a file in. An error quarantines the row; a warning keeps it.
//
// Rule table (RULES below carries the same text for the run report):
//
// | rule                    | severity | when                                                     |
// |-------------------------|----------|----------------------------------------------------------|
// | field.too_long          | error    | any value longer than 10 000 characters                  |
// | field.missing           | error    | a required column is empty (catalogue: offer_id, title,  |
// |                         |          | provider_id or provider_name; provider: provider_id,     |
// |                         |          | name; measure: paragraph, status, title; target:         |
// |                         |          | target_year, value)                                      |
// | header.duplicate        | error    | two headers normalise to the same column (whole file)    |
// | header.missing          | error    | a required column is absent from the header (whole file) |
// | header.unknown          | warning  | a header is not in the contract; the column is ignored   |
// | country.missing         | error    | issuer_country / country empty                           |
// | country.unknown         | error    | not an ISO alpha-2/alpha-3 or Eurostat code, nor a name  |
// | region.invalid          | error    | issuer_region is not shaped like a NUTS code             |
// | region.country_mismatch | error    | a NUTS code's country is not among issuer_country        |
// | date.missing            | error    | issue_date empty                                         |
// | date.invalid            | error    | a date in no accepted format                             |
// | date.impossible         | error    | a date that is not in the calendar (31/02/2024, month    |
// |                         |          | 13)                                                      |
// | date.future             | error    | issue_date later than tomorrow (issuers sit in other     |
// |                         |          | time zones than the validating machine)                  |
// | date.too_early          | error    | issue_date before 2000-01-01                             |
// | number.invalid          | error    | not a decimal number (or target_year not an integer)     |
// | number.out_of_range     | error    | ects outside 0-180, workload_hours outside 0-5 400,      |
// |                         |          | budget < 0, target value outside 0-100 (unit PC or       |
// |                         |          | none), target_year outside 2000-2100                     |
// | eqf.invalid             | error    | eqf_level unreadable                                     |
// | eqf.out_of_range        | error    | eqf_level a number other than 1-8 (0, 9, ...)            |
// | code.unknown            | error    | a coded Annex I or context column holds a value that no  |
// |                         |          | synonym of its vocabulary matches                        |
// | boolean.invalid         | error    | sealed, in_nqf, ... not a yes/no/unknown value           |
// | url.invalid             | warning  | not an http(s) address; the link is dropped              |
// | annex1.missing          | warning  | a mandatory Annex I element is absent (kept, so that     |
// |                         |          | completeness can be measured); country and date are      |
// |                         |          | errors                                                   |
// | learner.invalid         | warning  | a learner attribute not recognised; it becomes unknown   |
// | workload.inconsistent   | warning  | ects and workload_hours both given, hours per ECTS       |
// |                         |          | outside 20-40 (the ECTS guide says 25-30)                |
// | cycle.eqf_mismatch      | warning  | qf_ehea_cycle disagrees with eqf_level (short 5, first   |
// |                         |          | 6, second 7, third 8)                                    |
// | text.suspicious         | warning  | text that starts like a spreadsheet formula or contains  |
// |                         |          | '<script'; kept, exports neutralise it                   |
//
// Decisions:
// - eqf_level: an empty cell means "not applicable" and satisfies element viii; a file without
//   the column (and without qf_ehea_cycle) gets annex1.missing.
// - workload: ects is never derived from workload_hours; either one satisfies element vii.
// - Privacy: an issue about learner_id never carries the identifier, in value or message. An
//   issue about a learner attribute echoes the value only when it is short enough to be a code
//   (32 characters): longer values are free text, which may hold personal data.

import type { CatalogueEntry } from './catalogue-entry';
import {
	ANNEX_I_ALL_PRESENT,
	ANNEX_I_MANDATORY,
	annexIBit,
	type ColumnSpec,
	type IssuanceRecord
} from './issuance-record';
import type { NationalMeasure } from './national-measure';
import type { NationalTarget } from './national-target';
import {
	INPUT_COLUMNS,
	normaliseCode,
	normaliseCodeList,
	normaliseCountry,
	normaliseCountryList,
	normaliseDate,
	normaliseEqfLevel,
	normaliseGeo,
	normaliseHeader,
	normaliseRegionList,
	normaliseUrl,
	parseBoolean,
	parseDecimal,
	type InputKind,
	type Reason,
	type Result
} from './normalise';
import type { Provider } from './provider';
import { detachString } from './detach-string';
import { RecentValues } from './recent-values';
import { CYCLE_EQF_LEVEL, VOCABULARIES, type QfEheaCycle } from './vocabularies';

export type Severity = 'error' | 'warning';

export const RULES = [
	{
		id: 'field.too_long',
		severity: 'error',
		description: 'A value is longer than 10 000 characters.'
	},
	{ id: 'field.missing', severity: 'error', description: 'A required column is empty.' },
	{
		id: 'header.duplicate',
		severity: 'error',
		description: 'Two headers of the file mean the same column.'
	},
	{
		id: 'header.missing',
		severity: 'error',
		description: 'A required column is absent from the header of the file.'
	},
	{
		id: 'header.unknown',
		severity: 'warning',
		description: 'A header is not part of the contract; the column is ignored.'
	},
	{ id: 'country.missing', severity: 'error', description: 'The country is empty.' },
	{
		id: 'country.unknown',
		severity: 'error',
		description: 'The country is not a known ISO or Eurostat code, nor a country name.'
	},
	{ id: 'region.invalid', severity: 'error', description: 'The region is not a NUTS code.' },
	{
		id: 'region.country_mismatch',
		severity: 'error',
		description: "A region's NUTS code belongs to none of the issuer countries."
	},
	{ id: 'date.missing', severity: 'error', description: 'The issue date is empty.' },
	{
		id: 'date.invalid',
		severity: 'error',
		description: 'The date is in no accepted format (YYYY-MM-DD or day/month/year).'
	},
	{
		id: 'date.impossible',
		severity: 'error',
		description: 'The date does not exist in the calendar (such as 31/02 or month 13).'
	},
	{ id: 'date.future', severity: 'error', description: 'The issue date is in the future.' },
	{ id: 'date.too_early', severity: 'error', description: 'The issue date is before 2000-01-01.' },
	{ id: 'number.invalid', severity: 'error', description: 'The value is not a number.' },
	{
		id: 'number.out_of_range',
		severity: 'error',
		description:
			'The number is outside its range (ECTS 0-180, hours 0-5 400, budget >= 0, ' +
			'target 0-100 %, target year 2000-2100).'
	},
	{ id: 'eqf.invalid', severity: 'error', description: 'The EQF level cannot be read.' },
	{
		id: 'eqf.out_of_range',
		severity: 'error',
		description: 'The EQF level is not between 1 and 8.'
	},
	{
		id: 'code.unknown',
		severity: 'error',
		description: 'The value is not in the vocabulary of its column.'
	},
	{
		id: 'boolean.invalid',
		severity: 'error',
		description: 'The value is not yes, no or unknown.'
	},
	{
		id: 'url.invalid',
		severity: 'warning',
		description: 'The link is not an http(s) address; it is dropped.'
	},
	{
		id: 'annex1.missing',
		severity: 'warning',
		description:
			'A mandatory Annex I element is missing; the record is kept and counts as incomplete.'
	},
	{
		id: 'learner.invalid',
		severity: 'warning',
		description: 'A learner attribute is not recognised; it is recorded as unknown.'
	},
	{
		id: 'workload.inconsistent',
		severity: 'warning',
		description: 'ECTS and workload hours disagree (outside 20-40 hours per ECTS credit).'
	},
	{
		id: 'cycle.eqf_mismatch',
		severity: 'warning',
		description: 'The QF-EHEA cycle does not match the EQF level.'
	},
	{
		id: 'text.suspicious',
		severity: 'warning',
		description: 'The text starts like a spreadsheet formula or contains a script tag.'
	}
] as const satisfies readonly { id: string; severity: Severity; description: string }[];

export type RuleId = (typeof RULES)[number]['id'];

export interface Issue {
	severity: Severity;
	rule: RuleId;
	column: string;
	/** Never set for learner_id. */
	value?: string;
	message: string;
}

export interface Validation<T> {
	/** Set when no issue is an error. */
	record?: T;
	issues: Issue[];
}

export const MAX_FIELD_LENGTH = 10_000;
export const MAX_ECTS = 180;
export const MAX_WORKLOAD_HOURS = 5_400;
export const EARLIEST_ISSUE_DATE = '2000-01-01';
const HOURS_PER_ECTS_MIN = 20;
const HOURS_PER_ECTS_MAX = 40;
const ECHOED_LEARNER_VALUE_MAX = 32;
const ECHOED_VALUE_MAX = 200;

const SEVERITY = new Map<RuleId, Severity>(RULES.map((r) => [r.id, r.severity]));

// ---------------------------------------------------------------------------------------------
// Text checks

// Markup that runs code when rendered: a script element, an event-handler attribute in a tag
// (<img onerror=...>, <svg onload=...>), or a javascript: address. '<b>bold</b>' is left alone.
const SCRIPT_TAG = /<script|<[a-z][^>]*[\s/]on[a-z]+\s*=|javascript\s*:/i;
// After '+', '-' or '@': a function call, a cell reference standing alone or in an
// expression, a DDE command ('cmd|'), arithmetic, or a second formula character. Loose
// enough to leave '- Understand (basic) ...' and '+33 1 23 45 67' alone.
const FORMULA_BODY = new RegExp(
	'^(?:' +
		[
			'[A-Za-z_][\\w.]*\\(',
			'\\s*\\$?[A-Za-z]{1,3}\\$?\\d+\\s*(?:$|[-+*/^&:)<>=])',
			'\\s*[A-Za-z]\\w*\\|',
			'\\d[\\d.,]*[-+*/^&<>=][\\w($]',
			'[=+\\-@]'
		].join('|') +
		')'
);

const EQUALS = 61;
const PLUS = 43;
const MINUS = 45;
const AT = 64;

/** Text a spreadsheet would run as a formula, or that carries a script tag. */
export function isSuspiciousText(s: string): boolean {
	const c = s.charCodeAt(0);
	if (c === EQUALS) return s.length > 1;
	if ((c === PLUS || c === MINUS || c === AT) && FORMULA_BODY.test(s.slice(1))) return true;
	if (s.indexOf('<') !== -1) return SCRIPT_TAG.test(s);
	return s.indexOf(':') !== -1 && hasJavascriptScheme(s);
}

const JAVASCRIPT = 'javascript';
const LOWER_T = 0x74;
const CASE_BIT = 0x20;

/** The characters of the regular expression class \s. */
function isSpaceCode(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/**
 * SCRIPT_TAG's 'javascript\s*:' for text without '<', looked up from each colon: identifiers
 * such as 'urn:uuid:…' have colons on every record, and the regular expression cost more than
 * the rest of the record's text checks.
 */
function hasJavascriptScheme(s: string): boolean {
	for (let colon = s.indexOf(':'); colon !== -1; colon = s.indexOf(':', colon + 1)) {
		let end = colon;
		while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
		const start = end - JAVASCRIPT.length;
		if (start < 0 || (s.charCodeAt(end - 1) | CASE_BIT) !== LOWER_T) continue;
		if (s.slice(start, end).toLowerCase() === JAVASCRIPT) return true;
	}
	return false;
}

// ---------------------------------------------------------------------------------------------
// Column reading

interface Context {
	issues: Issue[];
	errors: number;
}

function report(
	ctx: Context,
	rule: RuleId,
	col: ColumnSpec | string,
	raw: string | undefined,
	message: string
) {
	const column = typeof col === 'string' ? col : col.name;
	const severity = SEVERITY.get(rule)!;
	const issue: Issue = { severity, rule, column, message };
	const value = echoedValue(column, typeof col === 'string' ? undefined : col, raw);
	if (value !== undefined) issue.value = value;
	ctx.issues.push(issue);
	if (severity === 'error') ctx.errors++;
}

function echoedValue(column: string, col: ColumnSpec | undefined, raw: string | undefined) {
	if (raw === undefined || column === 'learner_id' || col?.kind === 'learner_id') return undefined;
	if (col?.group === 'learner') return raw.length <= ECHOED_LEARNER_VALUE_MAX ? raw : undefined;
	return raw.length <= ECHOED_VALUE_MAX ? raw : raw.slice(0, ECHOED_VALUE_MAX) + '…';
}

function quoted(col: ColumnSpec, raw: string): string {
	if (col.kind === 'learner_id') return 'the value';
	if (col.group === 'learner' && raw.length > ECHOED_LEARNER_VALUE_MAX) return 'the value';
	return `'${raw.length <= 60 ? raw : raw.slice(0, 60) + '…'}'`;
}

const REASON_MESSAGE: Readonly<Record<Reason, string>> = {
	'country.missing': 'is empty',
	'country.unknown': 'is not a known country code or name',
	'region.invalid': 'is not a NUTS code',
	'date.missing': 'is empty',
	'date.invalid': 'is not a date (use YYYY-MM-DD or day/month/year)',
	'date.impossible': 'is not a calendar date (dates are read day/month/year)',
	'number.missing': 'is empty',
	'number.invalid': 'is not a number',
	'eqf.invalid': 'is not an EQF level',
	'eqf.out_of_range': 'is not an EQF level between 1 and 8',
	'boolean.invalid': 'is not yes, no or unknown',
	'code.missing': 'is empty',
	'code.unknown': 'is not in the vocabulary',
	'url.invalid': 'is not an http(s) address'
};

function fromReason(ctx: Context, col: ColumnSpec, raw: string, reason: Reason) {
	const rule: RuleId =
		reason === 'number.missing' || reason === 'code.missing' ? 'field.missing' : reason;
	report(ctx, rule, col, raw, `${col.name}: ${quoted(col, raw)} ${REASON_MESSAGE[reason]}.`);
}

function missing(ctx: Context, col: ColumnSpec) {
	const rule: RuleId =
		col.kind === 'country' || col.kind === 'geo' || col.kind === 'country_list'
			? 'country.missing'
			: col.kind === 'date'
				? 'date.missing'
				: 'field.missing';
	report(ctx, rule, col, undefined, `${col.name} is required and empty.`);
}

function learnerInvalid(ctx: Context, col: ColumnSpec, raw: string) {
	report(
		ctx,
		'learner.invalid',
		col,
		raw,
		`${col.name}: ${quoted(col, raw)} is not recognised; recorded as unknown.`
	);
}

/** The normalised value of a column; undefined after an error. */
function readColumn(ctx: Context, col: ColumnSpec, raw: string): unknown {
	if (raw.length > MAX_FIELD_LENGTH) {
		report(
			ctx,
			'field.too_long',
			col,
			raw,
			`${col.name} is longer than ${MAX_FIELD_LENGTH} characters.`
		);
		return undefined;
	}
	const learner = col.group === 'learner';
	switch (col.kind) {
		case 'learner_id': {
			const s = raw.trim();
			return s === '' ? null : s;
		}
		case 'id':
		case 'text': {
			const s = raw.trim();
			if (s === '') {
				if (col.required) missing(ctx, col);
				return null;
			}
			if (isSuspiciousText(s)) {
				report(
					ctx,
					'text.suspicious',
					col,
					s,
					`${col.name} starts like a spreadsheet formula or contains a script.`
				);
			}
			return s;
		}
		case 'url': {
			if (raw.trim() === '') return null;
			const r = normaliseUrl(raw);
			if (r.ok) return r.value;
			fromReason(ctx, col, raw, r.reason);
			return null;
		}
		case 'country':
		case 'geo':
		case 'country_list': {
			const r: Result<string | readonly string[]> =
				col.kind === 'country'
					? normaliseCountry(raw)
					: col.kind === 'geo'
						? normaliseGeo(raw)
						: normaliseCountryList(raw);
			const empty = col.kind === 'country_list' ? [] : null;
			return resultValue(ctx, col, raw, r, { reason: 'country.missing', value: empty });
		}
		case 'region_list':
			return resultValue(ctx, col, raw, normaliseRegionList(raw));
		case 'date':
			return resultValue(ctx, col, raw, normaliseDate(raw), {
				reason: 'date.missing',
				value: null
			});
		case 'decimal':
		case 'integer': {
			const r = parseDecimal(raw);
			if (r.ok && col.kind === 'integer' && !Number.isInteger(r.value)) {
				fromReason(ctx, col, raw, 'number.invalid');
				return undefined;
			}
			return resultValue(ctx, col, raw, r, { reason: 'number.missing', value: null });
		}
		case 'eqf':
			return resultValue(ctx, col, raw, normaliseEqfLevel(raw));
		case 'code': {
			const unknown = col.name === 'sex' ? 'unknown' : null;
			const r = normaliseCode(VOCABULARIES[col.vocabulary!], raw);
			if (!r.ok && r.reason !== 'code.missing' && learner) {
				learnerInvalid(ctx, col, raw);
				return unknown;
			}
			return resultValue(ctx, col, raw, r, { reason: 'code.missing', value: unknown });
		}
		case 'code_list':
			return resultValue(ctx, col, raw, normaliseCodeList(VOCABULARIES[col.vocabulary!], raw));
		case 'boolean': {
			const r = parseBoolean(raw);
			if (!r.ok && learner) {
				learnerInvalid(ctx, col, raw);
				return null;
			}
			return resultValue(ctx, col, raw, r);
		}
	}
}

/**
 * The value of a normaliser's result. A value the normaliser calls missing (`empty.reason`) gives
 * `empty.value`, reported as missing when the column is required; any other failure is reported
 * and gives undefined, which fails the row.
 */
function resultValue<T>(
	ctx: Context,
	col: ColumnSpec,
	raw: string,
	r: Result<T>,
	empty?: { readonly reason: Reason; readonly value: unknown }
): unknown {
	if (r.ok) return r.value;
	if (empty !== undefined && r.reason === empty.reason) {
		if (col.required) missing(ctx, col);
		return empty.value;
	}
	fromReason(ctx, col, raw, r.reason);
	return undefined;
}

/** What reading one raw value of a column gives: the value and the issues, the same every time. */
interface Outcome {
	readonly value: unknown;
	readonly issues: readonly Issue[] | null;
	readonly errors: number;
}

/** A column of an input kind, with the outcomes of the raw values it saw last. */
interface ColumnReader {
	readonly spec: ColumnSpec;
	/** Null for columns whose values rarely repeat (identifiers, free text). */
	readonly memo: Map<string, Outcome> | null;
	/** The outcomes found last, in front of the memo: a lookup there hashes a new string. */
	readonly recent: RecentValues<Outcome> | null;
}

// Dates are the largest set: a few thousand days in two or three spellings.
const OUTCOME_MEMO_LIMIT = 16_384;
const RECENT_OUTCOMES = 1024;
const OUTCOME_MEMO_KEY_MAX = 64;
const UNMEMOISED_KINDS: ReadonlySet<ColumnSpec['kind']> = new Set(['learner_id', 'id', 'text']);

/** Lists (countries, codes) are shared by every record with the same raw value. */
function freezeList<T>(value: T): T {
	if (Array.isArray(value)) Object.freeze(value);
	return value;
}

function remember(memo: Map<string, Outcome>, spec: ColumnSpec, raw: string): Outcome {
	const own: Context = { issues: [], errors: 0 };
	const value = readColumn(own, spec, raw);
	const outcome: Outcome = {
		value: freezeList(value),
		issues: own.issues.length === 0 ? null : Object.freeze(own.issues.map((i) => Object.freeze(i))),
		errors: own.errors
	};
	if (memo.size >= OUTCOME_MEMO_LIMIT) memo.clear();
	memo.set(detachString(raw), outcome);
	return outcome;
}

/**
 * Reads a column's raw value through a bounded memo of outcomes: input columns repeat a handful
 * of values (codes, dates, numbers, countries), and replaying the outcome of a value seen before
 * costs a lookup where reading it again cost a dozen calls. Values and issues are shared between
 * records, so they are frozen. Learner identifiers and free text are never kept.
 */
function read(ctx: Context, column: ColumnReader, value: string | undefined): unknown {
	const raw = value ?? '';
	const { memo, recent } = column;
	if (memo === null || recent === null || raw.length > OUTCOME_MEMO_KEY_MAX) {
		return readColumn(ctx, column.spec, raw);
	}
	let outcome = recent.get(raw);
	if (outcome === undefined) {
		outcome = memo.get(raw) ?? remember(memo, column.spec, raw);
		recent.set(raw, outcome);
	}
	if (outcome.issues !== null) {
		for (const issue of outcome.issues) ctx.issues.push(issue);
		ctx.errors += outcome.errors;
	}
	return outcome.value;
}

// Records are built as object literals, one per input kind, because a record assembled key by
// key from the spec validates at half the speed. The tests check each literal against its spec.
function byName(columns: readonly ColumnSpec[]): Readonly<Record<string, ColumnReader>> {
	return Object.fromEntries(
		columns.map((spec) => [
			spec.name,
			UNMEMOISED_KINDS.has(spec.kind)
				? { spec, memo: null, recent: null }
				: {
						spec,
						memo: new Map<string, Outcome>(),
						recent: new RecentValues<Outcome>(RECENT_OUTCOMES)
					}
		])
	);
}
const I = byName(INPUT_COLUMNS.issuance);
const C = byName(INPUT_COLUMNS.catalogue);
const P = byName(INPUT_COLUMNS.provider);
const M = byName(INPUT_COLUMNS.measure);
const T = byName(INPUT_COLUMNS.target);

function outOfRange(ctx: Context, column: string, value: number, range: string) {
	report(
		ctx,
		'number.out_of_range',
		column,
		String(value),
		`${column}: ${value} is outside ${range}.`
	);
}

function checkWorkloadRange(ctx: Context, row: Record<string, unknown>) {
	const { ects, workload_hours: hours } = row;
	if (typeof ects === 'number' && (ects < 0 || ects > MAX_ECTS)) {
		outOfRange(ctx, 'ects', ects, `0-${MAX_ECTS}`);
		row.ects = undefined;
	}
	if (typeof hours === 'number' && (hours < 0 || hours > MAX_WORKLOAD_HOURS)) {
		outOfRange(ctx, 'workload_hours', hours, `0-${MAX_WORKLOAD_HOURS}`);
		row.workload_hours = undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// Issuance records

const DAY_MS = 86_400_000;
let cachedToday = '';
let cachedLatest = '';

/** The latest acceptable issue date: the day after today (UTC). */
function latestIssueDate(today: string | undefined): string {
	const t = today ?? new Date().toISOString().slice(0, 10);
	if (t !== cachedToday) {
		cachedToday = t;
		cachedLatest = new Date(Date.parse(t + 'T00:00:00Z') + DAY_MS).toISOString().slice(0, 10);
	}
	return cachedLatest;
}

export interface IssuanceOptions {
	/** YYYY-MM-DD; the day the data are validated. Defaults to the current UTC date. */
	today?: string;
}

function hasIssue(ctx: Context, column: string): boolean {
	return ctx.issues.some((i) => i.column === column);
}

/**
 * Validates one issuance row whose keys are contract column names (see normaliseHeader).
 * The record is returned unless an issue is an error.
 */
export function validateIssuanceRow(
	raw: Record<string, string>,
	options: IssuanceOptions = {}
): Validation<IssuanceRecord> {
	const ctx: Context = { issues: [], errors: 0 };
	const row = {
		learner_id: read(ctx, I.learner_id, raw.learner_id),
		title: read(ctx, I.title, raw.title),
		issuer_country: read(ctx, I.issuer_country, raw.issuer_country),
		issuer_region: read(ctx, I.issuer_region, raw.issuer_region),
		awarding_body: read(ctx, I.awarding_body, raw.awarding_body),
		awarding_body_id: read(ctx, I.awarding_body_id, raw.awarding_body_id),
		issue_date: read(ctx, I.issue_date, raw.issue_date),
		learning_outcomes: read(ctx, I.learning_outcomes, raw.learning_outcomes),
		ects: read(ctx, I.ects, raw.ects),
		workload_hours: read(ctx, I.workload_hours, raw.workload_hours),
		eqf_level: read(ctx, I.eqf_level, raw.eqf_level),
		qf_ehea_cycle: read(ctx, I.qf_ehea_cycle, raw.qf_ehea_cycle),
		assessment_type: read(ctx, I.assessment_type, raw.assessment_type),
		participation_form: read(ctx, I.participation_form, raw.participation_form),
		quality_assurance: read(ctx, I.quality_assurance, raw.quality_assurance),
		prerequisites: read(ctx, I.prerequisites, raw.prerequisites),
		supervision: read(ctx, I.supervision, raw.supervision),
		grade: read(ctx, I.grade, raw.grade),
		stackability: read(ctx, I.stackability, raw.stackability),
		stackable_towards: read(ctx, I.stackable_towards, raw.stackable_towards),
		further_information: read(ctx, I.further_information, raw.further_information),
		credential_id: read(ctx, I.credential_id, raw.credential_id),
		provider_id: read(ctx, I.provider_id, raw.provider_id),
		provider_type: read(ctx, I.provider_type, raw.provider_type),
		learning_setting: read(ctx, I.learning_setting, raw.learning_setting),
		field: read(ctx, I.field, raw.field),
		topic: read(ctx, I.topic, raw.topic),
		digital_format: read(ctx, I.digital_format, raw.digital_format),
		sealed: read(ctx, I.sealed, raw.sealed),
		funding: read(ctx, I.funding, raw.funding),
		in_nqf: read(ctx, I.in_nqf, raw.in_nqf),
		age_band: read(ctx, I.age_band, raw.age_band),
		sex: read(ctx, I.sex, raw.sex),
		education_level: read(ctx, I.education_level, raw.education_level),
		labour_status: read(ctx, I.labour_status, raw.labour_status),
		disability: read(ctx, I.disability, raw.disability),
		migrant_background: read(ctx, I.migrant_background, raw.migrant_background),
		refugee: read(ctx, I.refugee, raw.refugee),
		degree_of_urbanisation: read(ctx, I.degree_of_urbanisation, raw.degree_of_urbanisation),
		minimum_income: read(ctx, I.minimum_income, raw.minimum_income),
		platform_worker: read(ctx, I.platform_worker, raw.platform_worker),
		annex_i_present: 0
	} satisfies Record<keyof IssuanceRecord, unknown>;

	const countries = row.issuer_country as readonly string[] | undefined;
	const regions = row.issuer_region as readonly string[] | undefined;
	if (countries && regions) {
		for (const region of regions) {
			if (!countries.includes(region.slice(0, 2))) {
				report(
					ctx,
					'region.country_mismatch',
					'issuer_region',
					region,
					`issuer_region: '${region}' is not in ${countries.join(', ')}.`
				);
			}
		}
	}

	const date = row.issue_date;
	if (typeof date === 'string') {
		if (date < EARLIEST_ISSUE_DATE) {
			report(
				ctx,
				'date.too_early',
				'issue_date',
				raw.issue_date,
				`issue_date ${date} is before ${EARLIEST_ISSUE_DATE}.`
			);
		} else if (date > latestIssueDate(options.today)) {
			report(
				ctx,
				'date.future',
				'issue_date',
				raw.issue_date,
				`issue_date ${date} is in the future.`
			);
		}
	}

	checkWorkloadRange(ctx, row);
	const ects = row.ects;
	const hours = row.workload_hours;
	if (typeof ects === 'number' && typeof hours === 'number') {
		const perEcts = ects === 0 ? (hours === 0 ? HOURS_PER_ECTS_MIN : Infinity) : hours / ects;
		if (perEcts < HOURS_PER_ECTS_MIN || perEcts > HOURS_PER_ECTS_MAX) {
			report(
				ctx,
				'workload.inconsistent',
				'workload_hours',
				raw.workload_hours,
				`${hours} hours for ${ects} ECTS credits is outside ` +
					`${HOURS_PER_ECTS_MIN}-${HOURS_PER_ECTS_MAX} hours per credit.`
			);
		}
	}

	const cycle = row.qf_ehea_cycle as QfEheaCycle | null | undefined;
	const eqf = row.eqf_level;
	if (cycle && typeof eqf === 'number' && CYCLE_EQF_LEVEL[cycle] !== eqf) {
		report(
			ctx,
			'cycle.eqf_mismatch',
			'qf_ehea_cycle',
			raw.qf_ehea_cycle,
			`qf_ehea_cycle ${cycle} is referenced to EQF level ${CYCLE_EQF_LEVEL[cycle]}, not ${eqf}.`
		);
	}

	const present = annexIPresent(row, raw);
	if (present !== ANNEX_I_ALL_PRESENT) reportMissingAnnexI(ctx, present);
	row.annex_i_present = present;

	return ctx.errors > 0
		? { issues: ctx.issues }
		: { record: row as unknown as IssuanceRecord, issues: ctx.issues };
}

function isEmptyList(v: unknown): boolean {
	return Array.isArray(v) && v.length === 0;
}

function has(v: unknown): boolean {
	return v != null && !isEmptyList(v);
}

/**
 * The annex_i_present bits of a validated issuance row: ANNEX_I_MANDATORY written out with
 * direct property reads (a loop over its column names read every row's properties by key, at
 * several times the cost). A test checks it against ANNEX_I_MANDATORY on every combination.
 * EQF level is present when the column is there, even as "not applicable" (null).
 */
export function annexIPresent(row: Readonly<Record<keyof IssuanceRecord, unknown>>, raw: object) {
	return (
		(has(row.learner_id) ? 1 : 0) |
		(has(row.title) ? 2 : 0) |
		(has(row.issuer_country) ? 4 : 0) |
		(has(row.awarding_body) ? 8 : 0) |
		(has(row.issue_date) ? 16 : 0) |
		(has(row.learning_outcomes) ? 32 : 0) |
		(has(row.ects) || has(row.workload_hours) ? 64 : 0) |
		((row.eqf_level !== undefined && 'eqf_level' in raw) || has(row.qf_ehea_cycle) ? 128 : 0) |
		(has(row.assessment_type) ? 256 : 0) |
		(has(row.participation_form) ? 512 : 0) |
		(has(row.quality_assurance) ? 1024 : 0)
	);
}

/**
 * The warning for each mandatory element, built once: about a third of generated records lack an
 * element, and composing the message per record was a measurable share of validation.
 */
const ANNEX_I_MISSING: readonly {
	readonly bit: number;
	readonly columns: readonly string[];
	readonly issue: Issue;
}[] = ANNEX_I_MANDATORY.map((element) => ({
	bit: annexIBit(element.number),
	columns: element.columns,
	issue: Object.freeze({
		severity: SEVERITY.get('annex1.missing')!,
		rule: 'annex1.missing',
		column: element.columns[0],
		message:
			`Annex I element ${element.roman} (${element.label}) is missing: ` +
			`${element.columns.join(' or ')}.`
	})
}));

/** A warning per mandatory element missing from `present`, unless its column has an issue. */
function reportMissingAnnexI(ctx: Context, present: number) {
	for (const missing of ANNEX_I_MISSING) {
		if ((present & missing.bit) !== 0) continue;
		if (missing.columns.some((c) => hasIssue(ctx, c))) continue;
		ctx.issues.push(missing.issue);
	}
}

// ---------------------------------------------------------------------------------------------
// Other inputs

export function validateCatalogueRow(raw: Record<string, string>): Validation<CatalogueEntry> {
	const ctx: Context = { issues: [], errors: 0 };
	const row = {
		offer_id: read(ctx, C.offer_id, raw.offer_id),
		provider_id: read(ctx, C.provider_id, raw.provider_id),
		provider_name: read(ctx, C.provider_name, raw.provider_name),
		provider_type: read(ctx, C.provider_type, raw.provider_type),
		country: read(ctx, C.country, raw.country),
		title: read(ctx, C.title, raw.title),
		ects: read(ctx, C.ects, raw.ects),
		workload_hours: read(ctx, C.workload_hours, raw.workload_hours),
		eqf_level: read(ctx, C.eqf_level, raw.eqf_level),
		participation_form: read(ctx, C.participation_form, raw.participation_form),
		quality_assurance: read(ctx, C.quality_assurance, raw.quality_assurance),
		in_nqf: read(ctx, C.in_nqf, raw.in_nqf),
		in_public_catalogue: read(ctx, C.in_public_catalogue, raw.in_public_catalogue),
		recognition_policy_published: read(
			ctx,
			C.recognition_policy_published,
			raw.recognition_policy_published
		),
		field: read(ctx, C.field, raw.field),
		topic: read(ctx, C.topic, raw.topic),
		url: read(ctx, C.url, raw.url)
	} satisfies Record<keyof CatalogueEntry, unknown>;
	if (row.provider_id === null && row.provider_name === null) {
		report(
			ctx,
			'field.missing',
			'provider_id',
			undefined,
			'provider_id or provider_name is required; both are empty.'
		);
	}
	checkWorkloadRange(ctx, row);
	return finish(ctx, row);
}

export function validateProviderRow(raw: Record<string, string>): Validation<Provider> {
	const ctx: Context = { issues: [], errors: 0 };
	const row = {
		provider_id: read(ctx, P.provider_id, raw.provider_id),
		name: read(ctx, P.name, raw.name),
		country: read(ctx, P.country, raw.country),
		provider_type: read(ctx, P.provider_type, raw.provider_type),
		deqar_id: read(ctx, P.deqar_id, raw.deqar_id),
		eter_id: read(ctx, P.eter_id, raw.eter_id),
		external_qa: read(ctx, P.external_qa, raw.external_qa),
		publishes_catalogue: read(ctx, P.publishes_catalogue, raw.publishes_catalogue),
		recognition_policy_published: read(
			ctx,
			P.recognition_policy_published,
			raw.recognition_policy_published
		)
	} satisfies Record<keyof Provider, unknown>;
	return finish(ctx, row);
}

export function validateMeasureRow(raw: Record<string, string>): Validation<NationalMeasure> {
	const ctx: Context = { issues: [], errors: 0 };
	const row = {
		measure_id: read(ctx, M.measure_id, raw.measure_id),
		country: read(ctx, M.country, raw.country),
		paragraph: read(ctx, M.paragraph, raw.paragraph),
		status: read(ctx, M.status, raw.status),
		title: read(ctx, M.title, raw.title),
		description: read(ctx, M.description, raw.description),
		start_date: read(ctx, M.start_date, raw.start_date),
		budget: read(ctx, M.budget, raw.budget),
		link: read(ctx, M.link, raw.link)
	} satisfies Record<keyof NationalMeasure, unknown>;
	if (typeof row.budget === 'number' && row.budget < 0)
		outOfRange(ctx, 'budget', row.budget, '0 and above');
	return finish(ctx, row);
}

export const TARGET_YEAR_MIN = 2000;
export const TARGET_YEAR_MAX = 2100;

export function validateTargetRow(raw: Record<string, string>): Validation<NationalTarget> {
	const ctx: Context = { issues: [], errors: 0 };
	const row = {
		country: read(ctx, T.country, raw.country),
		indicator: read(ctx, T.indicator, raw.indicator),
		target_year: read(ctx, T.target_year, raw.target_year),
		value: read(ctx, T.value, raw.value),
		unit: read(ctx, T.unit, raw.unit),
		breakdown: read(ctx, T.breakdown, raw.breakdown),
		flag: read(ctx, T.flag, raw.flag),
		source: read(ctx, T.source, raw.source),
		source_ref: read(ctx, T.source_ref, raw.source_ref),
		note: read(ctx, T.note, raw.note)
	} satisfies Record<keyof NationalTarget, unknown>;
	const year = row.target_year;
	if (typeof year === 'number' && (year < TARGET_YEAR_MIN || year > TARGET_YEAR_MAX)) {
		outOfRange(ctx, 'target_year', year, `${TARGET_YEAR_MIN}-${TARGET_YEAR_MAX}`);
	}
	const unit = typeof row.unit === 'string' ? row.unit.toUpperCase() : null;
	const value = row.value;
	if (typeof value === 'number' && (unit === null || unit === 'PC') && (value < 0 || value > 100)) {
		outOfRange(ctx, 'value', value, '0-100 %');
	}
	return finish(ctx, row);
}

function finish<T>(ctx: Context, row: Record<string, unknown>): Validation<T> {
	return ctx.errors > 0 ? { issues: ctx.issues } : { record: row as T, issues: ctx.issues };
}

// ---------------------------------------------------------------------------------------------
// Headers

export interface HeaderCheck {
	/** The contract name of each header, in file order. */
	columns: string[];
	issues: Issue[];
}

/** Normalises a file's headers and reports what the whole file lacks or repeats. */
export function checkHeaders(headers: readonly string[], input: InputKind): HeaderCheck {
	const ctx: Context = { issues: [], errors: 0 };
	const specs = INPUT_COLUMNS[input];
	const known = new Set(specs.map((c) => c.name));
	const columns = headers.map((h) => normaliseHeader(h, input));
	const seen = new Set<string>();
	columns.forEach((name, i) => {
		if (name !== '' && seen.has(name)) {
			report(ctx, 'header.duplicate', name, headers[i], `More than one header means ${name}.`);
		}
		seen.add(name);
		if (!known.has(name)) {
			report(
				ctx,
				'header.unknown',
				name,
				undefined,
				// Not echoed: in a file without a header row, the "header" is a record, and may
				// hold a learner identifier.
				`The header of column ${i + 1} is not in the contract; the column is ignored.`
			);
		}
	});
	for (const col of specs) {
		if (col.required && !seen.has(col.name)) {
			report(ctx, 'header.missing', col.name, undefined, `The file has no ${col.name} column.`);
		}
	}
	if (input === 'catalogue' && !seen.has('provider_id') && !seen.has('provider_name')) {
		report(
			ctx,
			'header.missing',
			'provider_id',
			undefined,
			'The file has no provider_id or provider_name column.'
		);
	}
	if (input === 'issuance') {
		for (const element of ANNEX_I_MANDATORY) {
			if (element.columns.some((c) => seen.has(c))) continue;
			if (element.columns.some((c) => specs.find((s) => s.name === c)?.required)) continue;
			report(
				ctx,
				'annex1.missing',
				element.columns[0],
				undefined,
				`No column carries Annex I element ${element.roman} (${element.label}).`
			);
		}
	}
	return { columns, issues: ctx.issues };
}
