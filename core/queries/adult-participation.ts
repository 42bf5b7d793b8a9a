import type { SqlQuery } from './sql-query';

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
export function buildParticipationSql(params: ParticipationParams): SqlQuery {
	if (params.geos.length === 0) throw new Error('at least one country is needed');
	const placeholders = params.geos.map(() => '?').join(', ');
	return {
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

interface ParticipationSource {
	readonly geo: string;
	readonly sex: string;
	readonly age: string;
	readonly year: number;
	readonly value: number | null;
	readonly flags: string;
}

/**
 * The same selection as buildParticipationSql, over rows already in memory: the prerendered
 * first view is computed with it at build time (an integration test keeps the two identical).
 */
export function selectParticipationRows(
	rows: Iterable<ParticipationSource>,
	params: ParticipationParams
): ParticipationRow[] {
	const geos = new Set(params.geos);
	const from = params.fromYear ?? PARTICIPATION_FROM_YEAR;
	const selected: ParticipationRow[] = [];
	for (const r of rows) {
		if (r.sex === params.sex && r.age === PARTICIPATION_AGE && r.year >= from && geos.has(r.geo)) {
			selected.push({ geo: r.geo, year: r.year, value: r.value, flags: r.flags });
		}
	}
	return selected.sort((a, b) => (a.geo < b.geo ? -1 : a.geo > b.geo ? 1 : a.year - b.year));
}
