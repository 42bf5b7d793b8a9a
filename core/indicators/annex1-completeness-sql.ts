// The Annex I completeness indicator's SQL, shared by the pipelines
// (pipelines/indicators/annex1-completeness.ts) and the browser's local analysis.
import { ANNEX_I_ALL_PRESENT, ANNEX_I_MANDATORY, annexIBit } from '../contract/issuance-record';
import {
	EU,
	RECORD_KEY_SQL,
	cellKeySql,
	countWhereSql,
	geoOrderSql,
	isMemberStateSql
} from './sql-parts';

// Annex I completeness (DOMAIN.md, "Quality and transparency"): the share of records carrying each
// mandatory element, and all eleven, from the annex_i_present bits set at validation.

export const ALL_ELEMENTS = 'all';

/**
 * Count of records with each element (e1..e11) and with all of them (e_all), each followed by its
 * cell key (e1_key, ...) over the records' `record_key`.
 */
export function elementCountsSql(): string {
	const conditions = [
		...ANNEX_I_MANDATORY.map((e) => ({
			name: `e${e.number}`,
			where: `(present & ${annexIBit(e.number)}) <> 0`
		})),
		{ name: 'e_all', where: `present = ${ANNEX_I_ALL_PRESENT}` }
	];
	return conditions
		.map(
			({ name, where }) =>
				`${countWhereSql(where)} AS ${name}, ${cellKeySql('record_key', where)} AS ${name}_key`
		)
		.join(',\n\t\t');
}

/** Element bits as stored, with anything beyond the eleven elements ignored. */
export const PRESENT_SQL = `(COALESCE(annex_i_present, 0) & ${ANNEX_I_ALL_PRESENT})`;

/**
 * One row per element ('1'..'11', 'all') of each row of `counts` (from elementCountsSql): the keys
 * (`keys`, e.g. 'geo, year'), the element and its order, the records and those with the element,
 * each with its cell key.
 */
export function unpivotElementsSql(keys: string): string {
	const elements = [
		...ANNEX_I_MANDATORY.map((e) => ({ code: String(e.number), column: `e${e.number}` })),
		{ code: ALL_ELEMENTS, column: 'e_all' }
	];
	return elements
		.map(
			(e, i) =>
				`SELECT ${keys}, '${e.code}' AS element, ${i} AS ord, records, records_key, ` +
				`${e.column} AS with_element, ${e.column}_key AS with_element_key FROM counts`
		)
		.join('\n\tUNION ALL ');
}

/** Rows (geo, year, element, records, records_key, records_with_element, ...) of `issuance`. */
export function buildAnnex1CompletenessSql(issuance = 'issuance'): string {
	const unpivot = unpivotElementsSql('geo, year');
	return `WITH base AS (
	SELECT issuer_country AS geo, year, ${PRESENT_SQL} AS present, ${RECORD_KEY_SQL} AS record_key
	FROM ${issuance}
	WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
),
counts AS MATERIALIZED (
	SELECT COALESCE(geo, '${EU}') AS geo, year, count(*) AS records,
		${cellKeySql('record_key')} AS records_key,
		${elementCountsSql()}
	FROM base
	GROUP BY GROUPING SETS ((geo, year), (year))
),
elements AS (
	${unpivot}
)
SELECT geo, year, element, CAST(records AS INTEGER) AS records, records_key,
	CAST(with_element AS INTEGER) AS records_with_element,
	with_element_key AS records_with_element_key
FROM elements
ORDER BY ${geoOrderSql('geo')}, year, ord`;
}
