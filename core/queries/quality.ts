import { EU_AGGREGATE, MEMBER_STATES } from '../contract/countries';
import { ANNEX_I_MANDATORY } from '../contract/issuance-record';
import { PROVIDER_TYPES } from '../contract/vocabularies';
import type { PublishedQuery } from './sql-query';

// Quality and transparency (DOMAIN.md, "Quality and transparency"; Annex I and Annex II of the
// Recommendation): the queries of the /quality page over the tables the pipelines publish
// (pipelines/indicators/annex1-completeness.ts, annex2-principles.ts, provider-quality.ts,
// pipelines/stages/provider-tables.ts). A hidden count is null with the flag 'c', and whatever
// is computed from it here (a share missing, a count missing, a band's records) is null too.

export const ANNEX1_TABLE = 'annex1_completeness';
export const ANNEX1_BY_PROVIDER_TYPE_TABLE = 'annex1_completeness_by_provider_type';
export const ANNEX2_TABLE = 'annex2_principles';
export const PROVIDER_QUALITY_TABLE = 'provider_quality';
export const CREDENTIAL_ELEMENTS_TABLE = 'credential_elements';

/** The element code of "all eleven mandatory elements at once". */
export const ALL_ELEMENTS = 'all';
/** The mandatory Annex I elements, '1'-'11' (i-xi). */
export const ANNEX1_ELEMENTS: readonly string[] = ANNEX_I_MANDATORY.map((e) => String(e.number));
/** Every element code of annex1_completeness, in the order of Annex I, all eleven last. */
export const COMPLETENESS_ELEMENTS: readonly string[] = [...ANNEX1_ELEMENTS, ALL_ELEMENTS];

/** The provider type of every provider type at once, and of records without a known one. */
export const ALL_PROVIDER_TYPES = '_T';
export const UNKNOWN_PROVIDER_TYPE = 'UNK';
/** The provider types of annex1_completeness_by_provider_type in the order of its rows. */
export const COMPLETENESS_PROVIDER_TYPES: readonly string[] = [
	ALL_PROVIDER_TYPES,
	...PROVIDER_TYPES,
	UNKNOWN_PROVIDER_TYPE
];

/** The Annex II principles in the order of the Annex (pipelines/indicators/annex2-principles.ts). */
export const ANNEX2_PRINCIPLES = [
	'quality_external_qa',
	'transparency_ects',
	'transparency_eqf',
	'transparency_nqf',
	'valid_assessment',
	'learning_pathways_stackable',
	'portable_digital',
	'authentic_sealed',
	'information_public_catalogue',
	'recognition_policy'
] as const;

export type Annex2Basis = 'records' | 'offers' | 'providers';

/** Digital-credential formats, structured ones first; any other format follows by name. */
export const CREDENTIAL_FORMATS = ['edc', 'open_badges_3', 'open_badges_2'] as const;
export const CREDENTIAL_STATUSES = ['found', 'missing', 'not_mappable'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];
/** The status of credential_elements' total row: every credential of the format. */
export const CREDENTIALS_TOTAL = '_T';

/** provider_quality's margin row (all providers) and its row of records without a provider id. */
const ALL_PROVIDERS = '_T';
const NO_PROVIDER_ID = 'UNK';

/**
 * Bands of providers by the share of their records carrying all eleven elements, from the
 * lowest; `min` is inclusive. A provider whose share is hidden is in the band 'hidden'.
 */
export const PROVIDER_BANDS = [
	{ band: '0-50', min: 0 },
	{ band: '50-75', min: 50 },
	{ band: '75-90', min: 75 },
	{ band: '90-100', min: 90 }
] as const;
export const HIDDEN_BAND = 'hidden';
export type ProviderBand = (typeof PROVIDER_BANDS)[number]['band'] | typeof HIDDEN_BAND;

const MEMBER_CODES = MEMBER_STATES.map((c) => c.geo);
const placeholders = (n: number) => Array(n).fill('?').join(', ');
const literal = (code: string) => `'${code.replaceAll("'", "''")}'`;

/** `CASE <column> WHEN 'a' THEN 0 WHEN 'b' THEN 1 … ELSE <n> END`: a fixed order of codes. */
function orderOf(column: string, codes: readonly string[]): string {
	const whens = codes.map((code, i) => `WHEN ${literal(code)} THEN ${i}`).join(' ');
	return `CASE ${column} ${whens} ELSE ${codes.length} END`;
}

const ELEMENT_ORDER = (column: string) => orderOf(column, COMPLETENESS_ELEMENTS);

/**
 * The year asked for, or (0) the latest year of issue in the table: a one-row CTE `chosen(year)`
 * and its two parameters.
 */
function chosenYear(table: string, year: number, where = 'TRUE') {
	return {
		sql: `chosen AS (
  SELECT CAST(CASE WHEN ? > 0 THEN ? ELSE (SELECT max(year) FROM "${table}" WHERE ${where}) END AS INTEGER) AS year)`,
		params: [year, year]
	};
}

/** One row of annex1_completeness as the page reads it. */
export interface CompletenessRow {
	readonly geo: string;
	readonly year: number;
	/** '1'-'11', or 'all' for all eleven. */
	readonly element: string;
	readonly records: number | null;
	readonly records_with_element: number | null;
	/** records_with_element / records, %; null when either is hidden. */
	readonly share: number | null;
	readonly flags: string;
}

const COMPLETENESS_COLUMNS = `a.geo, CAST(a.year AS INTEGER) AS year, a.element,
  a.records, a.records_with_element, a.share, coalesce(a.flags, '') AS flags`;

/**
 * Completeness per element (the eleven, then all eleven) of one country and of the EU in one
 * year (0: the latest): the country's rows first. For the EU, its rows only.
 */
export function buildElementCompletenessSql(params: { geo: string; year: number }): PublishedQuery {
	const chosen = chosenYear(ANNEX1_TABLE, params.year);
	return {
		tables: [ANNEX1_TABLE],
		sql: `WITH ${chosen.sql}
SELECT ${COMPLETENESS_COLUMNS}
FROM "${ANNEX1_TABLE}" a JOIN chosen c ON a.year = c.year
WHERE a.geo IN (?, ?)
ORDER BY a.geo = ? DESC, ${ELEMENT_ORDER('a.element')}`,
		params: [...chosen.params, params.geo, EU_AGGREGATE, params.geo]
	};
}

/** One element's completeness in every year, for one country and the EU (the country first). */
export function buildCompletenessTrendSql(params: {
	geo: string;
	element: string;
}): PublishedQuery {
	return {
		tables: [ANNEX1_TABLE],
		sql: `SELECT ${COMPLETENESS_COLUMNS}
FROM "${ANNEX1_TABLE}" a
WHERE a.element = ? AND a.geo IN (?, ?)
ORDER BY a.geo = ? DESC, a.year`,
		params: [params.element, params.geo, EU_AGGREGATE, params.geo]
	};
}

/**
 * One element's completeness in every Member State and the EU in one year (0: the latest), from
 * the highest share; hidden shares last.
 */
export function buildCompletenessByCountrySql(params: {
	year: number;
	element: string;
}): PublishedQuery {
	const chosen = chosenYear(ANNEX1_TABLE, params.year);
	const geos = [EU_AGGREGATE, ...MEMBER_CODES];
	return {
		tables: [ANNEX1_TABLE],
		sql: `WITH ${chosen.sql}
SELECT ${COMPLETENESS_COLUMNS}
FROM "${ANNEX1_TABLE}" a JOIN chosen c ON a.year = c.year
WHERE a.element = ? AND a.geo IN (${placeholders(geos.length)})
ORDER BY a.share DESC NULLS LAST, a.geo`,
		params: [...chosen.params, params.element, ...geos]
	};
}

/** The years of issue annex1_completeness has, oldest first. */
export function buildCompletenessYearsSql(): PublishedQuery {
	return {
		tables: [ANNEX1_TABLE],
		sql: `SELECT DISTINCT CAST(year AS INTEGER) AS year FROM "${ANNEX1_TABLE}" ORDER BY year`,
		params: []
	};
}

/**
 * A country's (or the EU's) share of records carrying all eleven elements in its latest year, or
 * in its latest year before `before` (the landing page passes the release's year, so that its
 * cards share the latest complete year): the headline of the landing page and of a country
 * profile. No row when it has none.
 */
export function buildLatestAllElementsSql(params: {
	geo: string;
	before?: number;
}): PublishedQuery {
	const before = params.before === undefined ? '' : ' AND a.year < ?';
	return {
		tables: [ANNEX1_TABLE],
		sql: `SELECT ${COMPLETENESS_COLUMNS}
FROM "${ANNEX1_TABLE}" a
WHERE a.geo = ? AND a.element = ?${before}
ORDER BY a.year DESC
LIMIT 1`,
		params:
			params.before === undefined
				? [params.geo, ALL_ELEMENTS]
				: [params.geo, ALL_ELEMENTS, params.before]
	};
}

/** One row of annex1_completeness_by_provider_type as the page reads it. */
export interface ProviderTypeCompletenessRow extends CompletenessRow {
	/** A provider type, '_T' (every type) or 'UNK' (not given). */
	readonly provider_type: string;
}

/**
 * Completeness per element (the eleven, then all eleven) of every provider type with records in
 * one country (or the EU) and year (0: the latest): all types first, then each type in the
 * order of the contract, records without a type last.
 */
export function buildCompletenessByProviderTypeSql(params: {
	geo: string;
	year: number;
}): PublishedQuery {
	const table = ANNEX1_BY_PROVIDER_TYPE_TABLE;
	const chosen = chosenYear(table, params.year);
	return {
		tables: [table],
		sql: `WITH ${chosen.sql}
SELECT ${COMPLETENESS_COLUMNS}, a.provider_type
FROM "${table}" a JOIN chosen c ON a.year = c.year
WHERE a.geo = ?
ORDER BY ${orderOf('a.provider_type', COMPLETENESS_PROVIDER_TYPES)}, a.provider_type,
  ${ELEMENT_ORDER('a.element')}`,
		params: [...chosen.params, params.geo]
	};
}

/** One element's absence in one country and year: the complement of its completeness. */
export interface MissingElementRow {
	readonly geo: string;
	readonly year: number;
	/** '1'-'11'; 'all' is "at least one of the eleven missing". */
	readonly element: string;
	readonly records: number | null;
	/** records - records_with_element; null when either is hidden. */
	readonly records_missing: number | null;
	/** 100 - share, %; null when the share is hidden. */
	readonly share_missing: number | null;
	readonly flags: string;
}

/**
 * The elements of one country (or the EU) in one year (0: the latest), the most often missing
 * first (hidden ones after the others), then the records missing at least one element.
 */
export function buildMissingElementsSql(params: { geo: string; year: number }): PublishedQuery {
	const chosen = chosenYear(ANNEX1_TABLE, params.year);
	return {
		tables: [ANNEX1_TABLE],
		sql: `WITH ${chosen.sql}
SELECT a.geo, CAST(a.year AS INTEGER) AS year, a.element, a.records,
  a.records - a.records_with_element AS records_missing,
  100 - a.share AS share_missing,
  coalesce(a.flags, '') AS flags
FROM "${ANNEX1_TABLE}" a JOIN chosen c ON a.year = c.year
WHERE a.geo = ?
ORDER BY a.element = ?, share_missing DESC NULLS LAST, ${ELEMENT_ORDER('a.element')}`,
		params: [...chosen.params, params.geo, ALL_ELEMENTS]
	};
}

/** One row of annex2_principles as the page reads it. */
export interface PrincipleRow {
	readonly geo: string;
	/** The year of the records; null for principles measured on offers or providers. */
	readonly year: number | null;
	readonly principle: string;
	readonly basis: Annex2Basis;
	readonly units: number | null;
	readonly units_meeting: number | null;
	readonly share: number | null;
	readonly flags: string;
}

/**
 * The Annex II principles of one country and of the EU (the country first): the ones measured on
 * records in one year (0: the latest), the ones measured on catalogue offers and on providers as
 * published (they have no year). In the order of the Annex.
 */
export function buildPrinciplesSql(params: { geo: string; year: number }): PublishedQuery {
	const chosen = chosenYear(ANNEX2_TABLE, params.year, `basis = 'records'`);
	return {
		tables: [ANNEX2_TABLE],
		sql: `WITH ${chosen.sql}
SELECT p.geo, CAST(p.year AS INTEGER) AS year, p.principle, p.basis, p.units, p.units_meeting,
  p.share, coalesce(p.flags, '') AS flags
FROM "${ANNEX2_TABLE}" p CROSS JOIN chosen c
WHERE p.geo IN (?, ?) AND (p.basis <> 'records' OR p.year = c.year)
ORDER BY p.geo = ? DESC, ${orderOf('p.principle', ANNEX2_PRINCIPLES)}, p.principle`,
		params: [...chosen.params, params.geo, EU_AGGREGATE, params.geo]
	};
}

/** One row of credential_elements: credentials of a format with an element in one status. */
export interface CredentialElementRow {
	readonly format: string;
	readonly element: number;
	/** found, missing, not_mappable, or '_T' (every credential of the format). */
	readonly status: string;
	readonly credentials: number | null;
	readonly flags: string;
}

/** Every format, element and status of the imported digital credentials. */
export function buildCredentialElementsSql(): PublishedQuery {
	return {
		tables: [CREDENTIAL_ELEMENTS_TABLE],
		sql: `SELECT format, CAST(element AS INTEGER) AS element, status, credentials,
  coalesce(flags, '') AS flags
FROM "${CREDENTIAL_ELEMENTS_TABLE}"
ORDER BY ${orderOf('format', CREDENTIAL_FORMATS)}, format, element,
  ${orderOf('status', [CREDENTIALS_TOTAL, ...CREDENTIAL_STATUSES])}`,
		params: []
	};
}

/** Providers of one band, with their records and their part of all providers. */
export interface ProviderBandRow {
	readonly band: ProviderBand;
	readonly providers: number;
	/** Share of the providers counted, %. */
	readonly share_of_providers: number | null;
	/** The providers' records, all years; null (flag c) when one of them is hidden. */
	readonly records: number | null;
	readonly flags: string;
}

/**
 * The providers of one Member State (or, for the EU, of every Member State: a provider issuing in
 * two counts in each) by the share of their records carrying all eleven elements, over all
 * years. Every band is a row, from the lowest, then the hidden shares. Records without a
 * provider id (UNK) and the margin (_T) are not providers.
 */
export function buildProviderBandsSql(params: { geo: string }): PublishedQuery {
	const bands = [...PROVIDER_BANDS].reverse();
	const bandOf = `CASE WHEN share_all_elements IS NULL THEN '${HIDDEN_BAND}' ${bands
		.map((b) => `WHEN share_all_elements >= ${b.min} THEN ${literal(b.band)}`)
		.join(' ')} END`;
	const order = [...PROVIDER_BANDS.map((b) => b.band), HIDDEN_BAND];
	return {
		tables: [PROVIDER_QUALITY_TABLE],
		sql: `WITH providers AS (
  SELECT ${bandOf} AS band, records
  FROM "${PROVIDER_QUALITY_TABLE}"
  WHERE provider_id NOT IN (?, ?)
    AND (geo = ? OR (? = ? AND geo IN (${placeholders(MEMBER_CODES.length)})))
),
bands AS (SELECT * FROM (VALUES ${order.map((b, i) => `(${literal(b)}, ${i})`).join(', ')}) AS b(band, position)),
counted AS (
  SELECT b.band, b.position, count(p.band) AS providers,
    count(p.band) - count(p.records) AS hidden_records, sum(p.records) AS records
  FROM bands b LEFT JOIN providers p ON p.band = b.band
  GROUP BY b.band, b.position
)
SELECT band, CAST(providers AS INTEGER) AS providers,
  CASE WHEN sum(providers) OVER () > 0 THEN providers * 100.0 / sum(providers) OVER () END
    AS share_of_providers,
  CASE WHEN hidden_records > 0 THEN NULL ELSE CAST(coalesce(records, 0) AS INTEGER) END AS records,
  CASE WHEN hidden_records > 0 THEN 'c' ELSE '' END AS flags
FROM counted
ORDER BY position`,
		params: [ALL_PROVIDERS, NO_PROVIDER_ID, params.geo, params.geo, EU_AGGREGATE, ...MEMBER_CODES]
	};
}
