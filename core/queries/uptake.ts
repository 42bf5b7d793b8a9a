import { EU_AGGREGATE, MEMBER_STATES } from '../contract/countries';
import {
	EQF_LEVELS,
	FUNDING_SOURCES,
	ISCED_FIELDS,
	LEARNING_SETTINGS,
	PARTICIPATION_FORMS,
	PROVIDER_TYPES,
	TOPICS
} from '../contract/vocabularies';
import type { PublishedQuery, SqlParam } from './sql-query';

// Uptake of micro-credentials (DOMAIN.md, "Uptake"), read from the published `uptake` and
// `supply` tables (pipelines/indicators/uptake.ts, supply.ts). The uptake table gives ONE
// characteristic at a time: a row is a country, a year and one category of one dimension, so a
// category of one dimension can never be cut by another. A category without credentials has no
// row: it reads as 0. A hidden count is null (flag c), and so is every rate derived from it.

export const UPTAKE_TABLE = 'uptake';
export const SUPPLY_TABLE = 'supply';

/** Columns of the uptake table the queries read besides its keys (the rates came in #12). */
export const UPTAKE_COLUMNS_READ = [
	'credentials',
	'learners',
	'credentials_per_1000_adults',
	'learners_per_1000_adults',
	'growth_yoy',
	'flags'
] as const;

/** The category of every record of a line; the same counts in every dimension. */
export const TOTAL_CATEGORY = '_T';
/** Not given in the record. */
export const UNKNOWN_CATEGORY = 'UNK';
/** The dimension the totals ('_T') are read from: they are the same in all of them. */
const TOTAL_DIMENSION = 'provider_type';

/** The characteristics the uptake page breaks the counts down by (para 3, 7, 8, 11, 12). */
export const UPTAKE_BREAKDOWNS = [
	'provider_type',
	'learning_setting',
	'eqf_level',
	'ects_band',
	'participation_form',
	'field',
	'topic',
	'funding'
] as const;
export type UptakeBreakdown = (typeof UPTAKE_BREAKDOWNS)[number];

export function isUptakeBreakdown(value: string): value is UptakeBreakdown {
	return (UPTAKE_BREAKDOWNS as readonly string[]).includes(value);
}

/**
 * The codes of each dimension in reading order, 'UNK' last. The ECTS bands and 'NAP' are the
 * pipeline's (pipelines/indicators/uptake.ts: ECTS_BANDS, ECTS_HOURS_ONLY, NOT_APPLICABLE).
 */
export const UPTAKE_CATEGORIES: Readonly<Record<UptakeBreakdown, readonly string[]>> = {
	provider_type: [...PROVIDER_TYPES, UNKNOWN_CATEGORY],
	learning_setting: [...LEARNING_SETTINGS, UNKNOWN_CATEGORY],
	eqf_level: [...EQF_LEVELS.map(String), 'NAP', UNKNOWN_CATEGORY],
	ects_band: ['<1', '1-5', '5-15', '15-30', '>=30', 'hours_only', UNKNOWN_CATEGORY],
	participation_form: [...PARTICIPATION_FORMS, UNKNOWN_CATEGORY],
	field: [...ISCED_FIELDS, UNKNOWN_CATEGORY],
	topic: [...TOPICS, UNKNOWN_CATEGORY],
	funding: [...FUNDING_SOURCES, UNKNOWN_CATEGORY]
};

/** Dimensions whose categories overlap (a record can be both digital and green). */
export const OVERLAPPING_BREAKDOWNS: readonly UptakeBreakdown[] = ['topic'];

/** A category of one dimension, or none: the totals. */
export interface UptakeCategory {
	readonly dimension: UptakeBreakdown;
	readonly category: string;
}

/** The published counts of a cell, and what is derived from them. */
export interface UptakeValues {
	/** Null: hidden (flag c). */
	readonly credentials: number | null;
	readonly learners: number | null;
	/** Per 1 000 adults aged 25-64; null when the count is hidden. */
	readonly credentials_per_1000_adults: number | null;
	readonly learners_per_1000_adults: number | null;
	/** Change in credentials on the year before, %; null when either year is hidden or had none. */
	readonly growth_yoy: number | null;
	readonly flags: string;
}

export interface UptakeSeriesRow extends UptakeValues {
	readonly geo: string;
	readonly year: number;
}

/** A row of buildUptakeCountriesSql: a series row. */
export type UptakeCountryRow = UptakeSeriesRow;

export interface UptakeBreakdownRow extends UptakeValues {
	readonly geo: string;
	readonly year: number;
	readonly category: string;
	/** The category's credentials (learners) as a % of all of the line's; null if either hidden. */
	readonly credentials_share: number | null;
	readonly learners_share: number | null;
}

export interface SupplyRow {
	readonly geo: string;
	/** A provider type, '_T' all, 'UNK' not given. */
	readonly provider_type: string;
	readonly offers: number;
	readonly offers_in_public_catalogue: number;
	/** offers_in_public_catalogue / offers, %. */
	readonly share_in_public_catalogue: number | null;
	readonly providers: number;
	readonly flags: string;
}

export interface UptakeYearRow {
	readonly year: number;
	/** Member States with records that year. */
	readonly countries: number;
}

export interface UptakeHeadlineRow extends UptakeValues {
	readonly geo: string;
	readonly year: number;
	/** The year ends before the release: its counts are final. */
	readonly complete: boolean;
}

/** `(VALUES (?, 0), (?, 1), ...) AS name(geo, position)`: the geos in the order asked. */
function geoList(geos: readonly string[], name: string): { sql: string; params: SqlParam[] } {
	if (geos.length === 0) throw new Error('uptake: at least one geo');
	return {
		sql: `(VALUES ${geos.map((_, i) => `(?, ${i})`).join(', ')}) AS ${name}(geo, position)`,
		params: [...geos]
	};
}

/** The dimension and category of a line: a category's, or the totals. */
function lineOf(category: UptakeCategory | undefined): [string, string] {
	return category ? [category.dimension, category.category] : [TOTAL_DIMENSION, TOTAL_CATEGORY];
}

/**
 * The values of a cell joined as `u` to a frame of cells that should exist: a missing row is a
 * category without credentials (0, not hidden); a present row's nulls are hidden counts.
 */
const VALUES_SQL = `CASE WHEN u.geo IS NULL THEN 0 ELSE u.credentials END AS credentials,
	CASE WHEN u.geo IS NULL THEN 0 ELSE u.learners END AS learners,
	CASE WHEN u.geo IS NULL THEN 0 ELSE u.credentials_per_1000_adults END
		AS credentials_per_1000_adults,
	CASE WHEN u.geo IS NULL THEN 0 ELSE u.learners_per_1000_adults END AS learners_per_1000_adults,
	u.growth_yoy,
	coalesce(u.flags, '') AS flags`;

/** Every year with records: the frame of the lines whose absent years read as 0. */
const YEARS_SQL = `SELECT DISTINCT year FROM "${UPTAKE_TABLE}" WHERE dimension = ? AND category = ?`;
const YEARS_PARAMS = [TOTAL_DIMENSION, TOTAL_CATEGORY];

/** Every year with records, and how many Member States have records then. */
export function buildUptakeYearsSql(): PublishedQuery {
	return {
		tables: [UPTAKE_TABLE],
		sql: `SELECT CAST(year AS INTEGER) AS year,
	CAST(count(*) FILTER (WHERE geo <> ?) AS INTEGER) AS countries
FROM "${UPTAKE_TABLE}"
WHERE dimension = ? AND category = ?
GROUP BY year
ORDER BY year`,
		params: [EU_AGGREGATE, TOTAL_DIMENSION, TOTAL_CATEGORY]
	};
}

/**
 * Every year of each geo (in the order given) for one category or the totals. A year in which
 * the geo issued none in the category is 0.
 */
export function buildUptakeSeriesSql(options: {
	geos: readonly string[];
	category?: UptakeCategory;
}): PublishedQuery {
	const geos = geoList(options.geos, 'g');
	const [dimension, category] = lineOf(options.category);
	return {
		tables: [UPTAKE_TABLE],
		sql: `WITH years AS (${YEARS_SQL})
SELECT g.geo, CAST(y.year AS INTEGER) AS year,
	${VALUES_SQL}
FROM ${geos.sql}
CROSS JOIN years y
LEFT JOIN "${UPTAKE_TABLE}" u
	ON u.geo = g.geo AND u.year = y.year AND u.dimension = ? AND u.category = ?
ORDER BY g.position, y.year`,
		params: [...YEARS_PARAMS, ...geos.params, dimension, category]
	};
}

const MEMBER_CODES = MEMBER_STATES.map((c) => c.geo);

/** The EU and the 27 Member States in protocol order: every place the tables have. */
export const UPTAKE_GEOS: readonly string[] = [EU_AGGREGATE, ...MEMBER_CODES];

/**
 * The series of the EU and of every Member State, for one category or the totals: 28 lines of a
 * few years. A page reads them all at once, so that a change of country or of year is drawn from
 * rows it has, without a query.
 */
export function buildUptakeCountriesSql(options: { category?: UptakeCategory }): PublishedQuery {
	return buildUptakeSeriesSql({ geos: UPTAKE_GEOS, category: options.category });
}

/**
 * Every category of one dimension (those the table has for any country and year), and the total
 * ('_T', first), for each geo and year, with each category's share of the total. Every year at
 * once, like the countries.
 */
export function buildUptakeBreakdownSql(options: {
	geos: readonly string[];
	dimension: UptakeBreakdown;
}): PublishedQuery {
	const geos = geoList(options.geos, 'g');
	const share = (count: string) =>
		`CASE WHEN t.${count} > 0 THEN 100.0 * (CASE WHEN u.geo IS NULL THEN 0 ELSE u.${count} END)
		/ t.${count} END AS ${count}_share`;
	return {
		tables: [UPTAKE_TABLE],
		sql: `WITH years AS (${YEARS_SQL}),
categories AS (
	SELECT DISTINCT category FROM "${UPTAKE_TABLE}" WHERE dimension = ?
),
cells AS (
	SELECT * FROM "${UPTAKE_TABLE}" WHERE dimension = ?
)
SELECT g.geo, CAST(y.year AS INTEGER) AS year, c.category,
	${VALUES_SQL},
	${share('credentials')},
	${share('learners')}
FROM ${geos.sql}
CROSS JOIN years y
CROSS JOIN categories c
LEFT JOIN cells u ON u.geo = g.geo AND u.year = y.year AND u.category = c.category
LEFT JOIN cells t ON t.geo = g.geo AND t.year = y.year AND t.category = ?
ORDER BY y.year, g.position, c.category <> ?, c.category`,
		params: [
			...YEARS_PARAMS,
			options.dimension,
			options.dimension,
			...geos.params,
			TOTAL_CATEGORY,
			TOTAL_CATEGORY
		]
	};
}

/**
 * Catalogue offers of each geo by provider type, the total ('_T') first; a provider type without
 * offers in a geo is 0.
 */
export function buildSupplySql(options: { geos: readonly string[] }): PublishedQuery {
	const geos = geoList(options.geos, 'g');
	const zero = (column: string) =>
		`CASE WHEN s.geo IS NULL THEN 0 ELSE s.${column} END AS ${column}`;
	return {
		tables: [SUPPLY_TABLE],
		sql: `WITH types AS (SELECT DISTINCT provider_type FROM "${SUPPLY_TABLE}")
SELECT g.geo, p.provider_type,
	${zero('offers')}, ${zero('offers_in_public_catalogue')},
	s.share_in_public_catalogue,
	${zero('providers')},
	coalesce(s.flags, '') AS flags
FROM ${geos.sql}
CROSS JOIN types p
LEFT JOIN "${SUPPLY_TABLE}" s ON s.geo = g.geo AND s.provider_type = p.provider_type
ORDER BY g.position, p.provider_type <> ?, p.provider_type`,
		params: [...geos.params, TOTAL_CATEGORY]
	};
}

/**
 * The year of a release's date: a year of records is complete when it ended before it (the
 * records of the release's own year stop at that date).
 */
export function releaseYear(generatedAt: string): number {
	return Number(generatedAt.slice(0, 4));
}

/**
 * One geo's credentials and learners, with the rates per 1 000 adults aged 25-64 and the growth,
 * in the latest complete year (before `before`, the release's year: releaseYear); the latest year
 * when none is complete. For a headline figure or a country profile.
 */
export function buildUptakeHeadlineSql(options: { geo: string; before: number }): PublishedQuery {
	return {
		tables: [UPTAKE_TABLE],
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, credentials, learners,
	credentials_per_1000_adults, learners_per_1000_adults, growth_yoy, flags,
	year < ? AS complete
FROM "${UPTAKE_TABLE}"
WHERE geo = ? AND dimension = ? AND category = ?
ORDER BY year < ? DESC, year DESC
LIMIT 1`,
		params: [options.before, options.geo, TOTAL_DIMENSION, TOTAL_CATEGORY, options.before]
	};
}

/** The codes a breakdown shows, in reading order: known codes first, others after, '_T' out. */
export function orderCategories(dimension: UptakeBreakdown, codes: readonly string[]): string[] {
	const known = UPTAKE_CATEGORIES[dimension];
	// A code the list does not know goes after the known ones, before 'UNK' (the last).
	const rank = (code: string) => {
		const i = known.indexOf(code);
		return i < 0 ? known.length - 1.5 : i;
	};
	return [...new Set(codes)]
		.filter((c) => c !== TOTAL_CATEGORY)
		.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
