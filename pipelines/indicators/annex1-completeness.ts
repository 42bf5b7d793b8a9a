import {
	ANNEX_I_ALL_PRESENT,
	ANNEX_I_MANDATORY,
	annexIBit
} from '../../core/contract/issuance-record';
import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { EU, countWhereSql, geoOrderSql, isMemberStateSql, percentSql } from './sql-parts';
import { suppressTable } from './suppress';

// Annex I completeness (DOMAIN.md, "Quality and transparency"): the share of records carrying each
// mandatory element, and all eleven, from the annex_i_present bits set at validation.

export const ALL_ELEMENTS = 'all';

/** Count of records with each element (e1..e11) and with all of them (e_all). */
export function elementCountsSql(): string {
	const each = ANNEX_I_MANDATORY.map(
		(e) => `${countWhereSql(`(present & ${annexIBit(e.number)}) <> 0`)} AS e${e.number}`
	);
	return [...each, `${countWhereSql(`present = ${ANNEX_I_ALL_PRESENT}`)} AS e_all`].join(',\n\t\t');
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
				`SELECT geo, year, '${e.code}' AS element, ${i} AS ord, records, ` +
				`${e.column} AS with_element FROM counts`
		)
		.join('\n\tUNION ALL ');
	return `WITH base AS (
	SELECT issuer_country AS geo, year, ${PRESENT_SQL} AS present
	FROM issuance
	WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
),
counts AS MATERIALIZED (
	SELECT COALESCE(geo, '${EU}') AS geo, year, count(*) AS records,
		${elementCountsSql()}
	FROM base
	GROUP BY GROUPING SETS ((geo, year), (year))
),
elements AS (
	${unpivot}
)
SELECT geo, year, element, CAST(records AS INTEGER) AS records,
	CAST(with_element AS INTEGER) AS records_with_element,
	${percentSql('with_element', 'records')} AS share
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

export async function computeAnnex1CompletenessTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<TableToPublish> {
	const raw = await options.db.all<IndicatorRow>(buildAnnex1CompletenessSql());
	const suppressed = suppressTable({
		table: 'annex1_completeness',
		rows: raw.map((row): IndicatorRow => ({ ...row, flags: '' })),
		spec: {
			dimensions: [{ column: 'geo', total: EU }, { column: 'year' }, { column: 'element' }],
			count: 'records',
			derived: ['records_with_element', 'share'],
			minCell: options.minCell
		},
		// Every element row of a country and year repeats the same count of records.
		sameCell: (row) => `${row.geo}\u001f${row.year}`
	});
	return buildIndicatorTable({
		name: 'annex1_completeness',
		title: 'Issuance records carrying each mandatory Annex I element, by country and year',
		rows: suppressed,
		columns: ANNEX1_COLUMNS,
		provenance: options.provenance,
		minCell: options.minCell
	});
}
