import type { PublishedQuery } from './sql-query';

export const PARTICIPATION_TABLE = 'lfs_participation_4w';
export const PARTICIPATION_AGE = 'Y25-64';
export const PARTICIPATION_FROM_YEAR = 2000;
export const SEXES = ['T', 'F', 'M'] as const;
export type Sex = (typeof SEXES)[number];

export interface ParticipationRow {
	readonly geo: string;
	readonly year: number;
	readonly value: number | null;
	readonly flags: string;
}

export interface ParticipationParams {
	readonly geos: readonly string[];
	readonly sex: Sex;
	readonly fromYear?: number;
}

/** The LFS 4-week participation series of the chosen countries, one row per country and year. */
export function buildParticipationSql(params: ParticipationParams): PublishedQuery {
	if (params.geos.length === 0) throw new Error('at least one country is needed');
	const placeholders = params.geos.map(() => '?').join(', ');
	return {
		tables: [PARTICIPATION_TABLE],
		sql: `SELECT geo, CAST(year AS INTEGER) AS year, value, flags
FROM "${PARTICIPATION_TABLE}"
WHERE sex = ? AND age = ? AND year >= ? AND geo IN (${placeholders})
ORDER BY geo, year`,
		params: [
			params.sex,
			PARTICIPATION_AGE,
			params.fromYear ?? PARTICIPATION_FROM_YEAR,
			...params.geos
		]
	};
}

/** The countries and aggregates the participation table holds. */
export function buildParticipationGeosSql(): PublishedQuery {
	return {
		tables: [PARTICIPATION_TABLE],
		sql: `SELECT DISTINCT geo FROM "${PARTICIPATION_TABLE}" WHERE age = ? ORDER BY geo`,
		params: [PARTICIPATION_AGE]
	};
}
