import type { PublishedQuery } from './sql-query';

export const TARGETS_TABLE = 'participation_targets';
export const TARGET_SORTS = ['gap', 'value', 'geo'] as const;
export type TargetSort = (typeof TARGET_SORTS)[number];

/** One row of participation_targets as the target page reads it (pipelines/stages/participation-targets.ts). */
export interface TargetRow {
	readonly geo: string;
	readonly baseline_year: number;
	readonly baseline_value: number | null;
	readonly latest_year: number;
	readonly latest_value: number | null;
	readonly latest_flags: string;
	readonly target_year: number;
	readonly target_value: number | null;
	readonly gap_pp: number | null;
	readonly observed_cagr: number | null;
	readonly required_cagr: number | null;
	readonly progress_status: string | null;
	/** Where the national target is published. */
	readonly target_source: string | null;
	readonly target_note: string;
	readonly target_caveat: string | null;
	readonly alternative_target_value: number | null;
	readonly alternative_progress_status: string | null;
	readonly targets_aggregate_value: number | null;
	readonly milestone_year: number | null;
	readonly milestone_value: number | null;
	readonly milestone_gap_pp: number | null;
	readonly milestone_required_cagr: number | null;
}

const ORDER: Record<TargetSort, string> = {
	gap: 'gap_pp DESC NULLS LAST, geo',
	value: 'latest_value DESC NULLS LAST, geo',
	geo: 'geo'
};

/**
 * The EU and every Member State with a national 2030 target: level, target, distance, status
 * and caveats. The EU first, then the Member States in the order asked.
 */
/** The columns of a TargetRow, as every query of this table selects them. */
const TARGET_COLUMNS = `geo, CAST(baseline_year AS INTEGER) AS baseline_year, baseline_value,
  CAST(latest_year AS INTEGER) AS latest_year, latest_value, latest_flags,
  CAST(target_year AS INTEGER) AS target_year, target_value, gap_pp, observed_cagr, required_cagr,
  progress_status, target_source, coalesce(target_note, '') AS target_note, target_caveat, alternative_target_value, alternative_progress_status,
  targets_aggregate_value, CAST(milestone_year AS INTEGER) AS milestone_year, milestone_value,
  milestone_gap_pp, milestone_required_cagr`;

export function buildTargetsSql(params: { sort: TargetSort; eu: string }): PublishedQuery {
	return {
		tables: [TARGETS_TABLE],
		sql: `SELECT ${TARGET_COLUMNS}
FROM "${TARGETS_TABLE}"
ORDER BY geo = ? DESC, ${ORDER[params.sort]}`,
		params: [params.eu]
	};
}

/** One country's row, with its Social Scoreboard category (a country profile's headline). */
export interface CountryTargetRow extends TargetRow {
	readonly scoreboard_category: string | null;
	readonly scoreboard_exception: boolean | null;
}

export function buildCountryTargetSql(geo: string): PublishedQuery {
	return {
		tables: [TARGETS_TABLE],
		sql: `SELECT ${TARGET_COLUMNS}, scoreboard_category, scoreboard_exception
FROM "${TARGETS_TABLE}"
WHERE geo = ?`,
		params: [geo]
	};
}
