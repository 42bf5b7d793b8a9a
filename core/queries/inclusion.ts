import { EU_AGGREGATE, MEMBER_STATES } from '../contract/countries';
import { quoteIdentifier } from './quote';
import type { PublishedQuery, SqlParam } from './sql-query';

// The inclusion table (DOMAIN.md, "Inclusion"): for each group of learners, its share of the
// micro-credential learners whose attribute is known, its share of the population where an
// official baseline exists (and the representation ratio, 1 = parity), and the Adult Education
// Survey's participation ratio of the group. Every query returns the whole grid it asks for, a
// row for each country, group and year even where nothing was published, so that a view tells
// "no records" apart from a hidden or a zero cell instead of leaving a hole.

export const INCLUSION_TABLE = 'inclusion';

/** The groups in the order the pipeline publishes them (Recommendation para 11b, 12d). */
export const INCLUSION_GROUPS = [
	'low_qualified',
	'unemployed',
	'long_term_unemployed',
	'older_55_64',
	'older_65_plus',
	'disability',
	'migrant_background',
	'refugee',
	'rural',
	'minimum_income',
	'platform_worker'
] as const;
export type InclusionGroup = (typeof INCLUSION_GROUPS)[number];

export function isInclusionGroup(code: string): code is InclusionGroup {
	return (INCLUSION_GROUPS as readonly string[]).includes(code);
}

/** The population a group's share is of: adults aged 25-64, or everybody (rural: a caveat). */
export const POPULATION_BASES = ['Y25-64', 'all_ages'] as const;
export type PopulationBasis = (typeof POPULATION_BASES)[number];

/** The Eurostat dataset of each group's population share, where one exists. */
export const POPULATION_DATASETS: Readonly<Partial<Record<InclusionGroup, string>>> = {
	low_qualified: 'edat_lfse_03',
	older_55_64: 'demo_pjangroup',
	rural: 'ilc_lvho01'
};

/** One cell of the grid: a country (or the EU), a year and a group. */
export interface InclusionRow {
	readonly geo: string;
	/** The year asked for (null only when nothing at all is published). */
	readonly year: number | null;
	readonly group: InclusionGroup;
	/** The pipeline published a row here: false when the country had no record that year. */
	readonly published: boolean;
	/** Perturbed counts of distinct learners; null where hidden (flag c). */
	readonly learners_in_group: number | null;
	readonly learners_with_known_attribute: number | null;
	/** %, of the learners whose attribute is known. */
	readonly share_of_learners: number | null;
	/** %, of the population the basis names. */
	readonly population_share: number | null;
	readonly population_year: number | null;
	readonly population_basis: PopulationBasis | null;
	/** Eurostat flags of the population share ('' when none). */
	readonly population_flags: string;
	/** share_of_learners / population_share; 1 = parity. */
	readonly representation_ratio: number | null;
	readonly aes_group_rate: number | null;
	readonly aes_total_rate: number | null;
	/** aes_group_rate / aes_total_rate: the gap adult learning as a whole already has. */
	readonly aes_rate_ratio: number | null;
	readonly aes_year: number | null;
	/** Eurostat flags of the two AES rates ('' when none). */
	readonly aes_flags: string;
	/** 'c' where the counts are hidden ('' when none). */
	readonly flags: string;
}

const TABLE = quoteIdentifier(INCLUSION_TABLE);
const MEMBER_CODES = MEMBER_STATES.map((c) => c.geo);
/** The EU first, then the Member States in protocol order. */
export const INCLUSION_GEOS: readonly string[] = [EU_AGGREGATE, ...MEMBER_CODES];

const ROW_COLUMNS = `c.geo, CAST(y.year AS INTEGER) AS year, c."group",
  i.geo IS NOT NULL AS published,
  i.learners_in_group, i.learners_with_known_attribute, i.share_of_learners,
  i.population_share, CAST(i.population_year AS INTEGER) AS population_year, i.population_basis,
  coalesce(i.population_flags, '') AS population_flags,
  i.representation_ratio,
  i.aes_group_rate, i.aes_total_rate, i.aes_rate_ratio, CAST(i.aes_year AS INTEGER) AS aes_year,
  coalesce(i.aes_flags, '') AS aes_flags, coalesce(i.flags, '') AS flags`;

const values = (n: number) => Array.from({ length: n }, (_, i) => `(?, ${i})`).join(', ');

/**
 * Every (geo, group) asked for, in every year `years` selects (a query with a `year` column),
 * with the published row where there is one. Ordered by geo, then year, then group.
 */
function gridSql(options: {
	geos: readonly string[];
	groups: readonly InclusionGroup[];
	years: { sql: string; params: readonly SqlParam[] };
}): PublishedQuery {
	const { geos, groups, years } = options;
	return {
		tables: [INCLUSION_TABLE],
		sql: `WITH y AS (${years.sql}),
geos AS (SELECT * FROM (VALUES ${values(geos.length)}) AS g(geo, geo_order)),
grps AS (SELECT * FROM (VALUES ${values(groups.length)}) AS g("group", group_order)),
c AS (SELECT * FROM geos CROSS JOIN grps)
SELECT ${ROW_COLUMNS}
FROM c CROSS JOIN y
LEFT JOIN ${TABLE} i ON i.geo = c.geo AND i."group" = c."group" AND i.year = y.year
ORDER BY c.geo_order, y.year, c.group_order`,
		params: [...years.params, ...geos, ...groups]
	};
}

/** The year asked for, or the latest year published when 0. */
function chosenYear(year: number): { sql: string; params: SqlParam[] } {
	return {
		sql: `SELECT CASE WHEN ? > 0 THEN ? ELSE max(year) END AS year FROM ${TABLE}`,
		params: [year, year]
	};
}

/** The EU and the 27 Member States × every group, in one year (0: the latest). */
export function buildInclusionYearSql(params: { year: number }): PublishedQuery {
	return gridSql({
		geos: INCLUSION_GEOS,
		groups: INCLUSION_GROUPS,
		years: chosenYear(params.year)
	});
}

/** The EU and the 27 Member States for one group, in one year (0: the latest). */
export function buildInclusionGroupSql(params: {
	year: number;
	group: InclusionGroup;
}): PublishedQuery {
	return gridSql({ geos: INCLUSION_GEOS, groups: [params.group], years: chosenYear(params.year) });
}

/** One country's (or the EU's) groups in every year published. */
export function buildInclusionCountrySql(params: { geo: string }): PublishedQuery {
	return gridSql({
		geos: [params.geo],
		groups: INCLUSION_GROUPS,
		years: { sql: `SELECT DISTINCT year FROM ${TABLE}`, params: [] }
	});
}

/** One country's (or the EU's) groups in the latest year it has records (a country profile). */
export function buildInclusionCountryLatestSql(params: { geo: string }): PublishedQuery {
	return gridSql({
		geos: [params.geo],
		groups: INCLUSION_GROUPS,
		years: { sql: `SELECT max(year) AS year FROM ${TABLE} WHERE geo = ?`, params: [params.geo] }
	});
}

export interface InclusionYearRow {
	readonly year: number;
	/** Member States with at least one row that year. */
	readonly countries: number;
}

/** Every year published, with how many Member States it covers. */
export function buildInclusionYearsSql(): PublishedQuery {
	return {
		tables: [INCLUSION_TABLE],
		sql: `SELECT CAST(year AS INTEGER) AS year,
  CAST(count(DISTINCT geo) FILTER (WHERE geo <> ?) AS INTEGER) AS countries
FROM ${TABLE} GROUP BY year ORDER BY year`,
		params: [EU_AGGREGATE]
	};
}
