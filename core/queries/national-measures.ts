import { PARAGRAPHS } from '../contract/vocabularies';
import type { PublishedQuery } from './sql-query';

export const MEASURES_TABLE = 'national_measures';

export interface MeasureRow {
	readonly measure_id: string;
	readonly paragraph: string;
	readonly status: string;
	readonly title: string;
	readonly start_date: string | null;
	readonly budget_eur: number | null;
}

const PARAGRAPH_LIST = `[${PARAGRAPHS.map((p) => `'${p}'`).join(', ')}]`;

/**
 * A Member State's national measures (para 21 reports), in the order of the Recommendation's
 * paragraphs, then by start date and id. Their links to outside sites are left out: a prerendered
 * page carries no outside address (the build-offline test).
 */
export function buildCountryMeasuresSql(geo: string): PublishedQuery {
	return {
		sql: `SELECT measure_id, paragraph, status, title, start_date, budget_eur
FROM ${MEASURES_TABLE}
WHERE geo = ?
ORDER BY list_position(${PARAGRAPH_LIST}, paragraph) NULLS LAST, paragraph, start_date NULLS LAST,
	measure_id`,
		params: [geo],
		tables: [MEASURES_TABLE]
	};
}
