// Value normalisers for the CSV contract. Each returns a Result whose reason is a rule id the
// validators report. They sit on the hot path (100 000+ rows per second), so lookups are
// precomputed, regular expressions are module constants, and frequent results are shared.

import { detachString } from './detach-string';
import { AGGREGATES, COUNTRIES } from './countries';
import { CATALOGUE_COLUMNS } from './catalogue-entry';
import { ISSUANCE_COLUMNS, type ColumnSpec } from './issuance-record';
import { MEASURE_COLUMNS } from './national-measure';
import { TARGET_COLUMNS } from './national-target';
import { PROVIDER_COLUMNS } from './provider';
import { foldKey, stripAccents, type EqfLevel, type Vocabulary } from './vocabularies';

export type Reason =
	| 'country.missing'
	| 'country.unknown'
	| 'region.invalid'
	| 'date.missing'
	| 'date.invalid'
	| 'date.impossible'
	| 'number.missing'
	| 'number.invalid'
	| 'eqf.invalid'
	| 'eqf.out_of_range'
	| 'boolean.invalid'
	| 'code.missing'
	| 'code.unknown'
	| 'url.invalid';

export type Result<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: Reason };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const failures = new Map<Reason, Result<never>>();
const fail = (reason: Reason): Result<never> => {
	let f = failures.get(reason);
	if (!f) failures.set(reason, (f = Object.freeze({ ok: false as const, reason })));
	return f;
};

const MEMO_KEY_MAX = 64;

/** Bounded memo: input columns repeat few distinct values (dates, countries, numbers). */
function memoise<T>(fn: (raw: string) => Result<T>, limit = 4096): (raw: string) => Result<T> {
	const memo = new Map<string, Result<T>>();
	return (raw) => {
		let r = memo.get(raw);
		if (r === undefined) {
			r = fn(raw);
			if (raw.length <= MEMO_KEY_MAX) {
				if (memo.size >= limit) memo.clear();
				memo.set(detachString(raw), r);
			}
		}
		return r;
	};
}

// ---------------------------------------------------------------------------------------------
// Headers

export type InputKind = 'issuance' | 'catalogue' | 'provider' | 'measure' | 'target';

export const INPUT_COLUMNS: Readonly<Record<InputKind, readonly ColumnSpec[]>> = {
	issuance: ISSUANCE_COLUMNS,
	catalogue: CATALOGUE_COLUMNS,
	provider: PROVIDER_COLUMNS,
	measure: MEASURE_COLUMNS,
	target: TARGET_COLUMNS
};

const HEADER_NON_WORD = /[^a-z0-9]+/g;
const HEADER_EDGES = /^_+|_+$/g;

function canonicalHeader(raw: string): string {
	const s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	return stripAccents(s.trim().toLowerCase())
		.replace(HEADER_NON_WORD, '_')
		.replace(HEADER_EDGES, '');
}

const headerAliases = new Map<InputKind, Map<string, string>>();
for (const [kind, columns] of Object.entries(INPUT_COLUMNS) as [InputKind, ColumnSpec[]][]) {
	const map = new Map<string, string>();
	for (const c of columns) {
		for (const alias of c.aliases) {
			const key = canonicalHeader(alias);
			const previous = map.get(key);
			if (previous !== undefined && previous !== c.name) {
				throw new Error(`${kind} header '${alias}' means both ${previous} and ${c.name}`);
			}
			map.set(key, c.name);
		}
	}
	// A column's own name always wins over another column's alias.
	for (const c of columns) map.set(c.name, c.name);
	headerAliases.set(kind, map);
}

/**
 * The contract name of a CSV header: BOM and accents stripped, lower case, every run of other
 * characters turned into '_', then the input's alias table ('Learner ID' -> learner_id,
 * 'ECTS credits' -> ects, 'country' -> issuer_country for issuance records). An unknown
 * header comes back in its canonical form.
 */
export function normaliseHeader(raw: string, input: InputKind = 'issuance'): string {
	const canonical = canonicalHeader(raw);
	return headerAliases.get(input)?.get(canonical) ?? canonical;
}

// ---------------------------------------------------------------------------------------------
// Countries and regions

// Names that are not in the reference list but that people write.
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
	BE: ['België', 'Belgie'],
	BG: ['България'],
	CZ: ['Czech Republic', 'République tchèque', 'Tschechische Republik', 'Česko', 'Česká republika'],
	DK: ['Danmark'],
	EE: ['Eesti'],
	IE: ['Éire', 'Republic of Ireland'],
	EL: ['Ελλάδα', 'Hellas', 'Hellenic Republic'],
	ES: ['España'],
	HR: ['Hrvatska'],
	IT: ['Italia'],
	CY: ['Κύπρος'],
	LV: ['Latvija'],
	LT: ['Lietuva'],
	LU: ['Lëtzebuerg', 'Luxemburg'],
	HU: ['Magyarország'],
	NL: ['Nederland', 'The Netherlands', 'Holland'],
	PL: ['Polska'],
	RO: ['România'],
	SI: ['Slovenija'],
	SK: ['Slovensko', 'Slovak Republic', 'Slowakische Republik'],
	FI: ['Suomi'],
	SE: ['Sverige'],
	BA: ['Bosnia-Herzegovina', 'Bosna i Hercegovina'],
	CH: ['Svizzera'],
	FO: ['Faroe Islands', 'Føroyar'],
	IS: ['Ísland'],
	MD: ['Republic of Moldova'],
	NO: ['Norge'],
	RU: ['Russia', 'Russland', 'Russie'],
	TR: ['Turkey'],
	UK: ['Great Britain', 'Britain'],
	VA: ['Vatican', 'Holy See']
};

const countryExact = new Map<string, string>();
const countryFolded = new Map<string, string>();
{
	const add = (form: string, geo: string) => {
		countryExact.set(form, geo);
		countryFolded.set(foldKey(form), geo);
	};
	for (const c of COUNTRIES) {
		for (const form of [c.geo, c.iso2, c.iso3, c.names.en, c.names.fr, c.names.de])
			add(form, c.geo);
	}
	for (const [geo, forms] of Object.entries(COUNTRY_ALIASES)) for (const f of forms) add(f, geo);
}

const countryResults = new Map<string, Result<string>>();
for (const geo of new Set(countryExact.values())) countryResults.set(geo, Object.freeze(ok(geo)));

/**
 * The Eurostat geo code of a country written as ISO alpha-2 or alpha-3, Eurostat code, or name
 * in English, French, German or its own language (GR -> EL, GB -> UK).
 */
export function normaliseCountry(raw: string): Result<string> {
	let geo = countryExact.get(raw);
	if (geo === undefined) {
		const key = foldKey(raw);
		if (key === '') return fail('country.missing');
		geo = countryFolded.get(key);
		if (geo === undefined) return fail('country.unknown');
	}
	return countryResults.get(geo)!;
}

const aggregates = new Map<string, Result<string>>();
for (const a of AGGREGATES) {
	for (const form of [a.geo, a.names.en, a.names.fr, a.names.de]) {
		aggregates.set(foldKey(form), Object.freeze(ok(a.geo)));
	}
}

/** A country as normaliseCountry reads it, or a Eurostat aggregate code or name (EU27_2020). */
export function normaliseGeo(raw: string): Result<string> {
	const r = normaliseCountry(raw);
	return r.ok || r.reason === 'country.missing' ? r : (aggregates.get(foldKey(raw)) ?? r);
}

const LIST_SEPARATOR = /[;,]/;

function splitList(raw: string): string[] {
	const out: string[] = [];
	for (const part of raw.split(LIST_SEPARATOR)) {
		const t = part.trim();
		if (t !== '') out.push(t);
	}
	return out;
}

/** A ';'-separated list of countries, normalised and without duplicates. */
// Memoised lists are shared between records, hence frozen.
export const normaliseCountryList = memoise((raw: string): Result<readonly string[]> => {
	const parts = raw.indexOf(';') === -1 && raw.indexOf(',') === -1 ? [raw] : splitList(raw);
	const geos: string[] = [];
	for (const part of parts) {
		const r = normaliseCountry(part);
		if (!r.ok) return r;
		if (!geos.includes(r.value)) geos.push(r.value);
	}
	return geos.length === 0 ? fail('country.missing') : ok(Object.freeze(geos));
});

const NUTS_CODE = /^[A-Z]{2}[0-9A-Z]{0,3}$/;
const NUTS_ISO_PREFIX: Readonly<Record<string, string>> = { GR: 'EL', GB: 'UK' };

/** A ';'-separated list of NUTS codes, upper case, GR and GB prefixes turned into EL and UK. */
export const normaliseRegionList = memoise((raw: string): Result<readonly string[]> => {
	const codes: string[] = [];
	for (const part of splitList(raw)) {
		let code = part.replace(/\s+/g, '').toUpperCase();
		if (!NUTS_CODE.test(code)) return fail('region.invalid');
		const prefix = NUTS_ISO_PREFIX[code.slice(0, 2)];
		if (prefix) code = prefix + code.slice(2);
		if (!codes.includes(code)) codes.push(code);
	}
	return ok(Object.freeze(codes));
});

// ---------------------------------------------------------------------------------------------
// EQF level

const EQF_RESULTS: readonly Result<EqfLevel>[] = [1, 2, 3, 4, 5, 6, 7, 8].map((l) =>
	Object.freeze(ok(l as EqfLevel))
);
const NOT_APPLICABLE: Result<EqfLevel | null> = Object.freeze(ok(null));
const EQF_NOT_APPLICABLE = new Set([
	'',
	'-',
	'\u2013',
	'\u2014',
	'n/a',
	'na',
	'n.a.',
	'not applicable',
	'none',
	'non applicable',
	'sans objet',
	'nicht zutreffend',
	'entfällt'
]);
const EQF_URI = 'http://data.europa.eu/snb/eqf/';
const EQF_DECIMAL = /^(\d+)(?:[.,]0+)?$/;
const EQF_SCALE = '(?:(?:eqf|eqr|cec)[\\s\\-_:]*)?';
const EQF_FORM = new RegExp(
	`^${EQF_SCALE}(?:(?:level|niveau|stufe)[\\s\\-_:]*)?${EQF_SCALE}` +
		'(?:(\\d+)|(i|ii|iii|iv|v|vi|vii|viii|ix|x))$'
);
const ROMAN: Readonly<Record<string, number>> = {
	i: 1,
	ii: 2,
	iii: 3,
	iv: 4,
	v: 5,
	vi: 6,
	vii: 7,
	viii: 8,
	ix: 9,
	x: 10
};

function eqfOf(n: number): Result<EqfLevel | null> {
	return n >= 1 && n <= 8 ? EQF_RESULTS[n - 1] : fail('eqf.out_of_range');
}

/**
 * An EQF level 1-8 from '6', 'VI', 'Level 6', 'EQF 6', 'eqf-6', 'Niveau 6' or the EQF concept
 * URI; null when not applicable ('', 'n/a', '-'). 0, 9 and other numbers are out of range.
 */
export const normaliseEqfLevel = memoise((raw: string): Result<EqfLevel | null> => {
	const s = raw.trim().toLowerCase();
	if (EQF_NOT_APPLICABLE.has(s)) return NOT_APPLICABLE;
	const body = s.startsWith(EQF_URI) ? s.slice(EQF_URI.length) : s;
	const decimal = EQF_DECIMAL.exec(body);
	if (decimal) return eqfOf(Number(decimal[1]));
	const m = EQF_FORM.exec(body);
	if (!m) return fail('eqf.invalid');
	return eqfOf(m[1] !== undefined ? Number(m[1]) : ROMAN[m[2]]);
});

// ---------------------------------------------------------------------------------------------
// Dates

const ISO_TIME =
	'(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?';
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${ISO_TIME}$`, 'i');
const YEAR_FIRST = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function calendarDate(y: number, m: number, d: number): Result<string> {
	if (m < 1 || m > 12 || d < 1) return fail('date.impossible');
	const days = m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
	if (d > days) return fail('date.impossible');
	return ok(`${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`);
}

/**
 * A calendar date as 'YYYY-MM-DD', from ISO dates and datetimes (the date as written, whatever
 * the offset), or from day-first dates '01/03/2024', '1.3.2024', '01-03-2024'. Month-first
 * dates are never assumed: '03/15/2024' is impossible, not 15 March.
 */
export const normaliseDate = memoise((raw: string): Result<string> => {
	const s = raw.trim();
	if (s === '') return fail('date.missing');
	let m = ISO_DATE.exec(s);
	if (m) {
		if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) {
			return fail('date.invalid');
		}
		return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
	}
	m = YEAR_FIRST.exec(s);
	if (m) return calendarDate(Number(m[1]), Number(m[3]), Number(m[4]));
	m = DAY_FIRST.exec(s);
	if (m) return calendarDate(Number(m[4]), Number(m[3]), Number(m[1]));
	return fail('date.invalid');
});

// ---------------------------------------------------------------------------------------------
// Numbers

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
// Groups of three separated by spaces (any kind) or apostrophes; either decimal mark.
const SPACE_GROUPED = /^[+-]?\d{1,3}(?:[\s'\u2019]\d{3})+(?:[.,]\d+)?$/;
// A single ',' or '.' is a decimal mark; as a group separator it needs two groups or the
// other mark after it ('1,234,567', '1,234.5', '1.234,5').
const COMMA_GROUPED = /^[+-]?\d{1,3}(?:(?:,\d{3}){2,}|(?:,\d{3})+\.\d+)$/;
const DOT_GROUPED = /^[+-]?\d{1,3}(?:(?:\.\d{3}){2,}|(?:\.\d{3})+,\d+)$/;
const SPACES_AND_APOSTROPHES = /[\s'\u2019]/g;

function toNumber(s: string): Result<number> {
	const n = Number(s);
	if (!Number.isFinite(n)) return fail('number.invalid');
	return ok(n === 0 ? 0 : n);
}

/**
 * A decimal number with '.' or ',' as decimal mark and spaces, apostrophes, or the other
 * mark as thousands separator: '2,5', '2.5', ' 2 ', '1 234,5', '1,234.5'. No exponents,
 * no NaN or Infinity.
 */
export const parseDecimal = memoise((raw: string): Result<number> => {
	const s = raw.trim();
	if (s === '') return fail('number.missing');
	if (PLAIN_NUMBER.test(s)) return toNumber(s.replace(',', '.'));
	if (SPACE_GROUPED.test(s))
		return toNumber(s.replace(SPACES_AND_APOSTROPHES, '').replace(',', '.'));
	if (COMMA_GROUPED.test(s)) return toNumber(s.replace(/,/g, ''));
	if (DOT_GROUPED.test(s)) return toNumber(s.replace(/\./g, '').replace(',', '.'));
	return fail('number.invalid');
});

// ---------------------------------------------------------------------------------------------
// Booleans

const TRUE: Result<boolean | null> = Object.freeze(ok(true));
const FALSE: Result<boolean | null> = Object.freeze(ok(false));
const UNKNOWN: Result<boolean | null> = Object.freeze(ok(null));
const BOOLEANS = new Map<string, Result<boolean | null>>();
for (const s of ['true', 'yes', 'y', '1', 't', 'oui', 'o', 'vrai', 'ja', 'j', 'wahr']) {
	BOOLEANS.set(s, TRUE);
}
for (const s of ['false', 'no', 'n', '0', 'f', 'non', 'faux', 'nein', 'falsch'])
	BOOLEANS.set(s, FALSE);
for (const s of [
	'',
	'unknown',
	'u',
	'?',
	'na',
	'not known',
	'dont know',
	'prefer not to say',
	'inconnu',
	'ne sait pas',
	'non renseigne',
	'unbekannt',
	'weiss nicht',
	'keine angabe'
]) {
	BOOLEANS.set(foldKey(s), UNKNOWN);
}

/** true, false, or null for unknown ('unknown', ''), in English, French and German. */
export function parseBoolean(raw: string): Result<boolean | null> {
	return BOOLEANS.get(raw) ?? BOOLEANS.get(foldKey(raw.trim())) ?? fail('boolean.invalid');
}

// ---------------------------------------------------------------------------------------------
// Codes

const codeResults = new WeakMap<Vocabulary, Map<string, Result<string>>>();

/** The code of a vocabulary that a raw value means, through the vocabulary's synonyms. */
export function normaliseCode<C extends string>(vocab: Vocabulary<C>, raw: string): Result<C> {
	const code = vocab.match(raw);
	if (code === undefined) return fail(raw.trim() === '' ? 'code.missing' : 'code.unknown');
	let results = codeResults.get(vocab);
	if (!results) codeResults.set(vocab, (results = new Map()));
	let r = results.get(code);
	if (!r) results.set(code, (r = Object.freeze(ok(code))));
	return r as Result<C>;
}

/** A ';'-separated list of codes, without duplicates; empty when raw is blank. */
export function normaliseCodeList<C extends string>(
	vocab: Vocabulary<C>,
	raw: string
): Result<C[]> {
	const codes: C[] = [];
	for (const part of splitList(raw)) {
		const code = vocab.match(part);
		if (code === undefined) return fail('code.unknown');
		if (!codes.includes(code)) codes.push(code);
	}
	return ok(codes);
}

// ---------------------------------------------------------------------------------------------
// Links

/** An absolute http(s) address. */
export function normaliseUrl(raw: string): Result<string> {
	const s = raw.trim();
	if (!/^https?:\/\//i.test(s)) return fail('url.invalid');
	try {
		return ok(new URL(s).href);
	} catch {
		return fail('url.invalid');
	}
}
