import { PROVIDER_TYPES } from '../../core/contract/vocabularies';
import type { NativeDuckDB } from '../stages/duckdb-native';
import {
	perturbRows,
	type PerturbedCount,
	type ProtectedTable
} from '../disclosure/protected-table';
import {
	ANNEX1_COLUMNS,
	PRESENT_SQL,
	elementCountsSql,
	unpivotElementsSql
} from './annex1-completeness';
import { shareOf } from './derived-values';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import {
	EU,
	RECORD_KEY_SQL,
	TOTAL,
	UNKNOWN,
	cellKeySql,
	geoOrderSql,
	isMemberStateSql,
	orderOfSql
} from './sql-parts';

// Annex I completeness per provider type (DOMAIN.md, "Quality and transparency"; issue #12): the
// records of a country and year, and those carrying each mandatory element and all eleven, for
// each provider type of the records, with the margin '_T' (every type: the same records as
// annex1_completeness's row of the country and year).
//
// - A type is the record's provider_type when it is one of the contract's (validation enforces
//   it), else 'UNK', as in uptake's provider_type dimension: a type's records are uptake's
//   credentials of that category, and both carry the same cell key, so the same published count;
//   the audit takes them as one cell, and the margin's counts as annex1_completeness's.
// - A type without records in a country and year has no row (read it as 0); a type with records
//   has a row for every element (with 0 records carrying it, if so).
// - The EU is the sum of the Member States, type by type.
// - Both counts are perturbed by their cell key; the share is computed from the published counts
//   and is null where either is hidden. The relations an outsider can verify with the other
//   tables are in pipelines/disclosure/relations/annex1-provider-type.ts.

export const ANNEX1_BY_PROVIDER_TYPE_TABLE = 'annex1_completeness_by_provider_type';

/** The provider type of an issuance record, as uptake's provider_type dimension codes it. */
export const PROVIDER_TYPE_CODE_SQL = `CASE WHEN provider_type IN (${PROVIDER_TYPES.map((t) => `'${t}'`).join(', ')}) THEN provider_type ELSE '${UNKNOWN}' END`;

/** The order of the rows of a country and year: the margin, the types of the contract, UNK. */
export const PROVIDER_TYPE_ORDER: readonly string[] = [TOTAL, ...PROVIDER_TYPES, UNKNOWN];

/**
 * One row per (geo, year, provider_type, element), EU first, '_T' first in each country and year,
 * with the counts and their cell keys (records_key, records_with_element_key); no derived column.
 */
export function buildAnnex1ByProviderTypeSql(): string {
	const unpivot = unpivotElementsSql('geo, year, provider_type');
	return `WITH base AS (
	SELECT issuer_country AS geo, year, ${PROVIDER_TYPE_CODE_SQL} AS provider_type,
		${PRESENT_SQL} AS present, ${RECORD_KEY_SQL} AS record_key
	FROM issuance
	WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
),
counts AS MATERIALIZED (
	SELECT CASE WHEN GROUPING(geo) = 1 THEN '${EU}' ELSE geo END AS geo, year,
		CASE WHEN GROUPING(provider_type) = 1 THEN '${TOTAL}' ELSE provider_type END AS provider_type,
		count(*) AS records,
		${cellKeySql('record_key')} AS records_key,
		${elementCountsSql()}
	FROM base
	GROUP BY GROUPING SETS ((geo, year, provider_type), (year, provider_type), (geo, year), (year))
),
elements AS (
	${unpivot}
)
SELECT geo, year, provider_type, element, CAST(records AS INTEGER) AS records, records_key,
	CAST(with_element AS INTEGER) AS records_with_element,
	with_element_key AS records_with_element_key
FROM elements
ORDER BY ${geoOrderSql('geo')}, year, ${orderOfSql('provider_type', PROVIDER_TYPE_ORDER)}, ord`;
}

export const ANNEX1_BY_PROVIDER_TYPE_COLUMNS: readonly IndicatorColumn[] = [
	...ANNEX1_COLUMNS.slice(0, 2),
	{
		name: 'provider_type',
		type: 'utf8',
		description:
			`Provider type of the records (para 5b, 7, 8); ${TOTAL} all types (the records of ` +
			`annex1_completeness), ${UNKNOWN} not given`
	},
	...ANNEX1_COLUMNS.slice(2)
];

/** records (a row exists only with one), then the records with the element, capped at them. */
export const ANNEX1_BY_PROVIDER_TYPE_COUNTS: readonly PerturbedCount[] = [
	{ count: 'records', present: true },
	{ count: 'records_with_element', atMost: 'records' }
];

/**
 * The counts this table repeats from another (the same records, the same cell key, the same
 * published value): the audit takes each pair as one cell (ProtectedTable.sameCellAs). A margin
 * row is annex1_completeness's row of the country, year and element; the records of a type are
 * uptake's credentials of that provider type.
 */
export function annex1ByProviderTypeSameCell(row: IndicatorRow, count: string): string | undefined {
	if (row.provider_type === TOTAL) {
		return `annex1_completeness|${row.geo}|${row.year}|${row.element}|${count}`;
	}
	if (count === 'records') {
		return `uptake|${row.geo}|${row.year}|provider_type|${row.provider_type}|credentials`;
	}
	return undefined;
}

/** Rows with true and perturbed counts; the share is computed from the published counts. */
export async function computeAnnex1ByProviderTypeTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const name = ANNEX1_BY_PROVIDER_TYPE_TABLE;
	const raw = await options.db.all<IndicatorRow>(buildAnnex1ByProviderTypeSql());
	const { truth, perturbed } = perturbRows(name, raw, ANNEX1_BY_PROVIDER_TYPE_COUNTS);
	return {
		name,
		keyColumns: ['geo', 'year', 'provider_type', 'element'],
		counts: ANNEX1_BY_PROVIDER_TYPE_COUNTS,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		sameCellAs: annex1ByProviderTypeSameCell,
		derive: (rows) =>
			rows.map((row) => ({ ...row, share: shareOf(row.records_with_element, row.records) })),
		build: (rows) =>
			buildIndicatorTable({
				name,
				title:
					'Issuance records carrying each mandatory Annex I element, by country, year and ' +
					'provider type',
				rows,
				columns: ANNEX1_BY_PROVIDER_TYPE_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
