import {
	ANNEX_I_ALL_PRESENT,
	ANNEX_I_MANDATORY,
	annexIBit
} from '../../core/contract/issuance-record';
import type { NativeDuckDB } from '../stages/duckdb-native';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import {
	EU,
	RECORD_KEY_SQL,
	cellKeySql,
	countWhereSql,
	geoOrderSql,
	isMemberStateSql
} from './sql-parts';
import { perturbRows, type ProtectedTable } from '../disclosure/protected-table';
import { shareOf } from './derived-values';

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

export function buildAnnex1CompletenessSql(): string {
	const elements = [
		...ANNEX_I_MANDATORY.map((e) => ({ code: String(e.number), column: `e${e.number}` })),
		{ code: ALL_ELEMENTS, column: 'e_all' }
	];
	const unpivot = elements
		.map(
			(e, i) =>
				`SELECT geo, year, '${e.code}' AS element, ${i} AS ord, records, records_key, ` +
				`${e.column} AS with_element, ${e.column}_key AS with_element_key FROM counts`
		)
		.join('\n\tUNION ALL ');
	return `WITH base AS (
	SELECT issuer_country AS geo, year, ${PRESENT_SQL} AS present, ${RECORD_KEY_SQL} AS record_key
	FROM issuance
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

export const ANNEX1_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State, or ${EU} (all Member States)` },
	{ name: 'year', type: 'int32', description: 'Year of issue' },
	{
		name: 'element',
		type: 'utf8',
		description: `Mandatory Annex I element, 1-11 (i-xi), or '${ALL_ELEMENTS}' for all eleven`
	},
	{ name: 'records', type: 'int32', description: 'Issuance records' },
	{ name: 'records_with_element', type: 'int32', description: 'Records carrying the element' },
	{ name: 'share', type: 'float64', description: 'records_with_element / records, %' },
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

/** Rows with true and perturbed counts; derived columns are computed from the published counts. */
export async function computeAnnex1CompletenessTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const raw = await options.db.all<IndicatorRow>(buildAnnex1CompletenessSql());
	const counts = [
		{ count: 'records', present: true },
		{ count: 'records_with_element', atMost: 'records' }
	];
	const { truth, perturbed } = perturbRows('annex1_completeness', raw, counts);
	return {
		name: 'annex1_completeness',
		keyColumns: ['geo', 'year', 'element'],
		counts,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: (rows) =>
			rows.map((row) => ({ ...row, share: shareOf(row.records_with_element, row.records) })),
		build: (rows) =>
			buildIndicatorTable({
				name: 'annex1_completeness',
				title: 'Issuance records carrying each mandatory Annex I element, by country and year',
				rows,
				columns: ANNEX1_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
