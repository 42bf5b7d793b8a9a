import { EU_AGGREGATE, MEMBER_STATES } from '../contract/countries';
import type { DataKind, ManifestTable } from '../contract/manifest';
import { PARTICIPATION_AGE, PARTICIPATION_TABLE } from './adult-participation';
import { INCLUSION_TABLE } from './inclusion';
import {
	OFFICIAL_INDICATORS_TABLE,
	PARTICIPATION_SOURCES,
	SOURCE_SERIES,
	type ParticipationSource
} from './participation-sources';
import { ALL_ELEMENTS, ANNEX1_TABLE, ANNEX2_TABLE } from './quality';
import type { PublishedQuery, SqlParam } from './sql-query';
import { TOTAL_CATEGORY, UPTAKE_TABLE } from './uptake';

// Data coverage (paragraph 20 of the Recommendation): for every indicator a report shows, which
// country has a value in which year, from which source, with which flags. A value is "there"
// when the published row has a number, or is hidden by disclosure control (no number, flag c):
// a hidden value exists but is not shown, and is never read as missing or as 0.

/** The indicators whose coverage is reported, in the order of the reports. */
export const COVERAGE_INDICATORS = [
	...PARTICIPATION_SOURCES,
	'national_target',
	'uptake',
	'inclusion',
	'annex1',
	'annex2'
] as const;
export type CoverageIndicator = (typeof COVERAGE_INDICATORS)[number];

export type CoverageStatus = 'available' | 'hidden' | 'missing';

/** One indicator in one country: the value shown (latest, or of the year asked) and its history. */
export interface CoverageRow {
	readonly indicator: CoverageIndicator;
	readonly geo: string;
	/** The year of the value shown; null when missing. */
	readonly year: number | null;
	/** The flag letters of the value shown ('' when none or missing). */
	readonly flags: string;
	readonly status: CoverageStatus;
	/** Years with a value (shown or hidden), all years together. */
	readonly years: number;
	readonly first_year: number | null;
	readonly last_year: number | null;
	/** The published table the indicator is read from. */
	readonly source_table: string;
	/** The source of the value shown (the row's own source for the long-format statistics). */
	readonly source: string;
	readonly kind: DataKind;
	/** Eurostat labels the series experimental (AES excluding guided on-the-job training). */
	readonly experimental: boolean;
}

/** A year in which at least one indicator has a value, with how many indicators have one. */
export interface CoverageYearRow {
	readonly year: number;
	readonly indicators: number;
}

interface IndicatorDefinition {
	readonly table: string;
	readonly experimental: boolean;
	/** SQL of geo, year, value, flags, source (NULL: the table's dataset). */
	readonly sql: string;
	readonly params: readonly SqlParam[];
}

/** A participation source's observations, one per country and year (the preferred file wins). */
function participationDefinition(source: ParticipationSource): IndicatorDefinition {
	const series = SOURCE_SERIES[source];
	if (series.table === PARTICIPATION_TABLE) {
		return {
			table: PARTICIPATION_TABLE,
			experimental: false,
			sql: `SELECT geo, CAST(year AS INTEGER) AS year, value, flags, CAST(NULL AS VARCHAR) AS source
  FROM "${PARTICIPATION_TABLE}" WHERE sex = 'T' AND age = ?`,
			params: [PARTICIPATION_AGE]
		};
	}
	return {
		table: OFFICIAL_INDICATORS_TABLE,
		experimental: source === 'aes_x_gojt',
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, value, flags, source
  FROM "${OFFICIAL_INDICATORS_TABLE}"
  WHERE (${series.codes.map(() => '(indicator_code = ? AND breakdown = ?)').join(' OR ')})
    AND value_role = 'observation'
  QUALIFY row_number() OVER (PARTITION BY geo, year ORDER BY input_file = ? DESC, input_file) = 1`,
		params: [...series.codes.flatMap((c) => [c.indicator, c.breakdown]), series.preferredFile]
	};
}

const DEFINITIONS: Readonly<Record<CoverageIndicator, IndicatorDefinition>> = {
	aes_x_gojt: participationDefinition('aes_x_gojt'),
	aes_total: participationDefinition('aes_total'),
	lfs_12m: participationDefinition('lfs_12m'),
	lfs_4w: participationDefinition('lfs_4w'),
	national_target: {
		table: OFFICIAL_INDICATORS_TABLE,
		experimental: false,
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, value, flags, source
  FROM "${OFFICIAL_INDICATORS_TABLE}"
  WHERE indicator_code = 'EPSR_NATIONAL_TARGET_ADULT_LEARNING_12M' AND value_role = 'national_target'
  QUALIFY row_number() OVER (PARTITION BY geo, year ORDER BY input_file) = 1`,
		params: []
	},
	uptake: {
		table: UPTAKE_TABLE,
		experimental: false,
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, credentials_per_1000_adults AS value, flags,
  CAST(NULL AS VARCHAR) AS source
  FROM "${UPTAKE_TABLE}" WHERE dimension = 'provider_type' AND category = ?`,
		params: [TOTAL_CATEGORY]
	},
	inclusion: {
		table: INCLUSION_TABLE,
		experimental: false,
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, share_of_learners AS value, flags,
  CAST(NULL AS VARCHAR) AS source
  FROM "${INCLUSION_TABLE}" WHERE "group" = 'low_qualified'`,
		params: []
	},
	annex1: {
		table: ANNEX1_TABLE,
		experimental: false,
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, share AS value, flags,
  CAST(NULL AS VARCHAR) AS source
  FROM "${ANNEX1_TABLE}" WHERE element = ?`,
		params: [ALL_ELEMENTS]
	},
	annex2: {
		table: ANNEX2_TABLE,
		experimental: false,
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, share AS value, flags,
  CAST(NULL AS VARCHAR) AS source
  FROM "${ANNEX2_TABLE}" WHERE principle = 'quality_external_qa' AND basis = 'records'`,
		params: []
	}
};

/** The table each indicator is read from. */
export function coverageTable(indicator: CoverageIndicator): string {
	return DEFINITIONS[indicator].table;
}

/** Every table the coverage may read (a page lists them in its prerenderPage). */
export const COVERAGE_TABLES: readonly string[] = [
	...new Set(COVERAGE_INDICATORS.map(coverageTable))
];

/** The EU and the 27 Member States, in the order of the reports. */
export const COVERAGE_GEOS: readonly string[] = [EU_AGGREGATE, ...MEMBER_STATES.map((c) => c.geo)];

/** What the coverage needs to know of a published table: its name, kind and source. */
export type CoverageTableInfo = Pick<ManifestTable, 'name' | 'kind'> & {
	readonly source: Pick<ManifestTable['source'], 'dataset'>;
};

/** The indicators this build can read (their table is published), in report order. */
export function coveredIndicators(tables: readonly CoverageTableInfo[]): CoverageIndicator[] {
	const names = new Set(tables.map((t) => t.name));
	return COVERAGE_INDICATORS.filter((i) => names.has(coverageTable(i)));
}

/** Every indicator's observations that exist (a number, or hidden with flag c), one per year. */
function observationsSql(indicators: readonly CoverageIndicator[]): {
	sql: string;
	params: SqlParam[];
} {
	const parts = indicators.map((indicator) => {
		const d = DEFINITIONS[indicator];
		return {
			sql: `SELECT '${indicator}' AS indicator, geo, year, value, coalesce(flags, '') AS flags, source
FROM (${d.sql}) WHERE value IS NOT NULL OR contains(coalesce(flags, ''), 'c')`,
			params: d.params
		};
	});
	return {
		sql: parts.map((p) => p.sql).join('\nUNION ALL\n'),
		params: parts.flatMap((p) => [...p.params])
	};
}

function requireIndicators(tables: readonly CoverageTableInfo[]): CoverageIndicator[] {
	const indicators = coveredIndicators(tables);
	if (indicators.length === 0) throw new Error('coverage: none of its tables is published');
	return indicators;
}

/**
 * The coverage of every indicator this build publishes in the EU and every Member State (all 28
 * rows per indicator, with or without data). Year 0: the latest year with a value; another year:
 * that year only (missing when it has no value then). The years counted are always all years.
 */
export function buildCoverageSql(params: {
	year: number;
	tables: readonly CoverageTableInfo[];
}): PublishedQuery {
	const indicators = requireIndicators(params.tables);
	const byName = new Map(params.tables.map((t) => [t.name, t]));
	const obs = observationsSql(indicators);
	const indicatorValues = indicators.map((indicator) => {
		const table = byName.get(coverageTable(indicator));
		return [
			indicator,
			coverageTable(indicator),
			table?.kind ?? 'official',
			table?.source.dataset ?? '',
			DEFINITIONS[indicator].experimental
		];
	});
	return {
		tables: [...new Set(indicators.map(coverageTable))],
		sql: `WITH obs AS (${obs.sql}),
ind AS (SELECT * FROM (VALUES ${indicators.map((_, i) => `(?, ?, ?, ?, ?, ${i})`).join(', ')})
  AS i(indicator, source_table, kind, dataset, experimental, position)),
geos AS (SELECT * FROM (VALUES ${COVERAGE_GEOS.map((_, i) => `(?, ${i})`).join(', ')})
  AS g(geo, position)),
history AS (
  SELECT indicator, geo, CAST(count(DISTINCT year) AS INTEGER) AS years,
    CAST(min(year) AS INTEGER) AS first_year, CAST(max(year) AS INTEGER) AS last_year
  FROM obs GROUP BY indicator, geo),
shown AS (
  SELECT * FROM obs WHERE ? = 0 OR year = ?
  QUALIFY row_number() OVER (PARTITION BY indicator, geo ORDER BY year DESC, value IS NULL) = 1)
SELECT i.indicator, g.geo, CAST(s.year AS INTEGER) AS year, coalesce(s.flags, '') AS flags,
  CASE WHEN s.geo IS NULL THEN 'missing' WHEN s.value IS NULL THEN 'hidden' ELSE 'available' END
    AS status,
  coalesce(h.years, 0) AS years, h.first_year, h.last_year,
  i.source_table, coalesce(s.source, i.dataset) AS source, i.kind, i.experimental
FROM ind i CROSS JOIN geos g
LEFT JOIN shown s ON s.indicator = i.indicator AND s.geo = g.geo
LEFT JOIN history h ON h.indicator = i.indicator AND h.geo = g.geo
ORDER BY i.position, g.position`,
		params: [...obs.params, ...indicatorValues.flat(), ...COVERAGE_GEOS, params.year, params.year]
	};
}

/** Every year with a value of at least one indicator, latest first. */
export function buildCoverageYearsSql(params: {
	tables: readonly CoverageTableInfo[];
}): PublishedQuery {
	const indicators = requireIndicators(params.tables);
	const obs = observationsSql(indicators);
	return {
		tables: [...new Set(indicators.map(coverageTable))],
		sql: `SELECT CAST(year AS INTEGER) AS year, CAST(count(DISTINCT indicator) AS INTEGER) AS indicators
FROM (${obs.sql}) WHERE geo IN (${COVERAGE_GEOS.map(() => '?').join(', ')})
GROUP BY year ORDER BY year DESC`,
		params: [...obs.params, ...COVERAGE_GEOS]
	};
}

/** How many of the indicators a country has (shown or hidden), and the share, %. */
export interface CoverageShare {
	readonly geo: string;
	readonly available: number;
	readonly hidden: number;
	readonly indicators: number;
	/** (available + hidden) / indicators × 100; null when there are no indicators. */
	readonly share: number | null;
}

/** Per country, the share of the indicators it has a value for (a hidden value counts: it exists). */
export function coverageShares(rows: readonly CoverageRow[]): CoverageShare[] {
	const byGeo = new Map<string, { available: number; hidden: number; indicators: number }>();
	for (const row of rows) {
		const entry = byGeo.get(row.geo) ?? { available: 0, hidden: 0, indicators: 0 };
		entry.indicators++;
		if (row.status === 'available') entry.available++;
		if (row.status === 'hidden') entry.hidden++;
		byGeo.set(row.geo, entry);
	}
	return [...byGeo].map(([geo, e]) => ({
		geo,
		...e,
		share: e.indicators === 0 ? null : ((e.available + e.hidden) / e.indicators) * 100
	}));
}
