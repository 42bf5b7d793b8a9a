import { EU_AGGREGATE, MEMBER_STATES } from '../contract/countries';
import { PARTICIPATION_AGE, PARTICIPATION_TABLE } from './adult-participation';
import { TARGETS_TABLE } from './participation-targets';
import type { PublishedQuery, SqlParam } from './sql-query';

// The surveys that measure adult participation in learning (DOMAIN.md, "Indicators"). They
// measure different things (EU 2022: AES 39.5 % against LFS 12-month 25.1 %): a query reads one
// source at a time, so that no chart line ever joins two of them.

export const OFFICIAL_INDICATORS_TABLE = 'official_indicators';

export const PARTICIPATION_SOURCES = ['aes_x_gojt', 'aes_total', 'lfs_12m', 'lfs_4w'] as const;
export type ParticipationSource = (typeof PARTICIPATION_SOURCES)[number];

/** The source the 2030 targets are set on: the national targets are drawn against it only. */
export const TARGET_SOURCE: ParticipationSource = 'aes_x_gojt';

interface OfficialSeries {
	readonly table: typeof OFFICIAL_INDICATORS_TABLE;
	/** The indicator codes and breakdowns of the series (one source may come in two files). */
	readonly codes: readonly { readonly indicator: string; readonly breakdown: string }[];
	/** Where a value is in two input files (the AES wave file and the breakdowns), this one wins. */
	readonly preferredFile: string;
}

interface LfsSeries {
	readonly table: typeof PARTICIPATION_TABLE;
}

/** The AES file with every wave by country; its values win over the same ones elsewhere. */
export const AES_WAVES_FILE = 'eurostat/aes_participation_by_country.csv';
const TOTAL_25_64 = 'sex=T;age=Y25-64';

export const SOURCE_SERIES: Readonly<Record<ParticipationSource, OfficialSeries | LfsSeries>> = {
	aes_x_gojt: {
		table: OFFICIAL_INDICATORS_TABLE,
		codes: [{ indicator: 'AES_FE_NFE_X_GOJT', breakdown: TOTAL_25_64 }],
		preferredFile: AES_WAVES_FILE
	},
	aes_total: {
		table: OFFICIAL_INDICATORS_TABLE,
		codes: [{ indicator: 'AES_FE_NFE', breakdown: TOTAL_25_64 }],
		preferredFile: AES_WAVES_FILE
	},
	lfs_12m: {
		table: OFFICIAL_INDICATORS_TABLE,
		// Member States' values from the LFS file, the EU's from the headline figures.
		codes: [
			{ indicator: 'LFS_FE_NFE_12M', breakdown: TOTAL_25_64 },
			{ indicator: 'lfs_participation_12m', breakdown: 'sex=T' }
		],
		preferredFile: 'eurostat/lfs_participation_12m.csv'
	},
	lfs_4w: { table: PARTICIPATION_TABLE }
};

/** The published table a source is read from. */
export function sourceTable(source: ParticipationSource): string {
	return SOURCE_SERIES[source].table;
}

/** SQL (with its parameters) of one source's observations: geo, year, value, flags, note. */
function observationsSql(source: ParticipationSource): { sql: string; params: SqlParam[] } {
	const series = SOURCE_SERIES[source];
	if (series.table === PARTICIPATION_TABLE) {
		return {
			sql: `SELECT geo, CAST(year AS INTEGER) AS year, value, flags, '' AS note
  FROM "${PARTICIPATION_TABLE}" WHERE sex = 'T' AND age = ?`,
			params: [PARTICIPATION_AGE]
		};
	}
	return {
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, value, flags, note
  FROM "${OFFICIAL_INDICATORS_TABLE}"
  WHERE (${series.codes.map(() => '(indicator_code = ? AND breakdown = ?)').join(' OR ')})
    AND value_role = 'observation'
  QUALIFY row_number() OVER (PARTITION BY geo, year ORDER BY input_file = ? DESC, input_file) = 1`,
		params: [...series.codes.flatMap((c) => [c.indicator, c.breakdown]), series.preferredFile]
	};
}

export type SeriesPart = 'observed' | 'target' | 'alternative_target' | 'milestone' | 'path';

/** One point of a country's series view: an observation, a target, the milestone or the path. */
export interface SourceSeriesRow {
	readonly part: SeriesPart;
	readonly year: number;
	readonly value: number | null;
	readonly flags: string;
	readonly note: string;
}

/**
 * One country's series from one source, with, when the source is the one the targets are set
 * on, its 2030 target (and a conflicting one), the EU's 2025 milestone and the linear path from
 * the baseline to the target (two points).
 */
export function buildSourceSeriesSql(params: {
	source: ParticipationSource;
	geo: string;
}): PublishedQuery {
	const observations = observationsSql(params.source);
	const observed = `SELECT 'observed' AS part, year, value, flags, coalesce(note, '') AS note
FROM (${observations.sql}) WHERE geo = ?`;
	if (params.source !== TARGET_SOURCE) {
		return {
			tables: [sourceTable(params.source)],
			sql: `${observed}\nORDER BY year`,
			params: [...observations.params, params.geo]
		};
	}
	const target = (part: SeriesPart, year: string, value: string, note: string) =>
		`SELECT '${part}', CAST(${year} AS INTEGER), ${value}, '', coalesce(${note}, '')
FROM "${TARGETS_TABLE}" WHERE geo = ? AND ${value} IS NOT NULL`;
	return {
		tables: [sourceTable(params.source), TARGETS_TABLE],
		sql: `${observed}
UNION ALL ${target('target', 'target_year', 'target_value', 'target_note')}
UNION ALL ${target('alternative_target', 'target_year', 'alternative_target_value', 'alternative_target_source')}
UNION ALL ${target('milestone', 'milestone_year', 'milestone_value', 'NULL')}
UNION ALL ${target('path', 'baseline_year', 'baseline_value', 'NULL')} AND target_value IS NOT NULL
UNION ALL ${target('path', 'target_year', 'target_value', 'NULL')}
ORDER BY part, year`,
		params: [...observations.params, params.geo, ...Array(5).fill(params.geo)]
	};
}

/** The years of each source, with how many Member States have a value then. */
export interface SourceYearRow {
	readonly source: ParticipationSource;
	readonly year: number;
	readonly countries: number;
}

const MEMBER_CODES = MEMBER_STATES.map((c) => c.geo);
const placeholders = (n: number) => Array(n).fill('?').join(', ');

/** Every year each source has values for at least one Member State. */
export function buildSourceYearsSql(): PublishedQuery {
	const parts = PARTICIPATION_SOURCES.map((source) => {
		const o = observationsSql(source);
		return {
			sql: `SELECT '${source}' AS source, year, CAST(count(value) AS INTEGER) AS countries
FROM (${o.sql}) WHERE geo IN (${placeholders(MEMBER_CODES.length)}) AND value IS NOT NULL
GROUP BY year`,
			params: [...o.params, ...MEMBER_CODES]
		};
	});
	return {
		tables: [...new Set(PARTICIPATION_SOURCES.map(sourceTable))],
		sql: `${parts.map((p) => p.sql).join('\nUNION ALL ')}\nORDER BY source, year`,
		params: parts.flatMap((p) => p.params)
	};
}

/** One country's level in two years of one source (the years the view compares). */
export interface SourceLevelRow {
	readonly geo: string;
	readonly from_year: number | null;
	readonly to_year: number | null;
	readonly level: number | null;
	readonly level_flags: string;
	readonly previous: number | null;
	readonly previous_flags: string;
	/** The 2030 target, when the source is the one the targets are set on. */
	readonly target: number | null;
}

/**
 * The EU and the 27 Member States (every one, with or without data) in two years of a source.
 * A year of 0 means "the latest year with data for a Member State" (to) and "the year with data
 * before it" (from); so does a "from" that is not before "to" (a link with the years swapped
 * compares the later year with the one before, never backwards).
 */
export function buildSourceLevelsSql(params: {
	source: ParticipationSource;
	from: number;
	to: number;
}): PublishedQuery {
	const o = observationsSql(params.source);
	const geos = [EU_AGGREGATE, ...MEMBER_CODES];
	const withTarget = params.source === TARGET_SOURCE;
	const tables = [sourceTable(params.source), ...(withTarget ? [TARGETS_TABLE] : [])];
	return {
		tables,
		sql: `WITH obs AS (${o.sql}),
member_years AS (
  SELECT DISTINCT year FROM obs
  WHERE value IS NOT NULL AND geo IN (${placeholders(MEMBER_CODES.length)})),
to_year AS (SELECT CASE WHEN ? > 0 THEN ? ELSE (SELECT max(year) FROM member_years) END AS y),
from_year AS (
  SELECT CASE WHEN ? > 0 AND ? < (SELECT y FROM to_year) THEN ?
    ELSE (SELECT max(year) FROM member_years WHERE year < (SELECT y FROM to_year)) END AS y),
geos AS (SELECT * FROM (VALUES ${geos.map((_, i) => `(?, ${i})`).join(', ')}) AS g(geo, position))
SELECT g.geo, CAST(f.y AS INTEGER) AS from_year, CAST(t.y AS INTEGER) AS to_year,
  cur.value AS level, coalesce(cur.flags, '') AS level_flags,
  prev.value AS previous, coalesce(prev.flags, '') AS previous_flags,
  ${withTarget ? 'tg.target_value' : 'CAST(NULL AS DOUBLE)'} AS target
FROM geos g CROSS JOIN to_year t CROSS JOIN from_year f
LEFT JOIN obs cur ON cur.geo = g.geo AND cur.year = t.y
LEFT JOIN obs prev ON prev.geo = g.geo AND prev.year = f.y
${withTarget ? `LEFT JOIN "${TARGETS_TABLE}" tg ON tg.geo = g.geo` : ''}
ORDER BY g.position`,
		params: [
			...o.params,
			...MEMBER_CODES,
			params.to,
			params.to,
			params.from,
			params.from,
			params.from,
			...geos
		]
	};
}
