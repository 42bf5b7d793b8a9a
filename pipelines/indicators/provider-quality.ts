import { ANNEX_I_MANDATORY } from '../../core/contract/issuance-record';
import type { NativeDuckDB } from '../stages/duckdb-native';
import { PRESENT_SQL, elementCountsSql } from './annex1-completeness';
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
	isMemberStateSql
} from './sql-parts';
import { shareOf } from './derived-values';
import {
	perturbRows,
	type PerturbedCount,
	type ProtectedTable
} from '../disclosure/protected-table';

// Annex I completeness per provider and issuing country, over all years. The '_T' provider of each
// country (and of the EU) is the margin. Records without a provider id are the provider 'UNK'.
//
// Disclosure control is cell-key perturbation (core/methods/cell-key.ts): the records of a row and
// the records carrying each element (e1..e11, and all eleven: e_all) are perturbed, each with the
// cell key of the records it counts. A share times the records gives the element count back, so
// the element counts are protected like any count: the shares are computed from the published
// (perturbed) counts, and the element counts themselves are not published columns. An element
// count is capped at the published records, so no share exceeds 100 %.
//
// Only records with a year are counted, as in annex1_completeness (a validated record always has
// one): the '_T' row of a country is then the sum over years of that table's records, which the
// audit knows.

/** The element count columns, e1..e11 then e_all, in the order of elementCountsSql(). */
export const PROVIDER_QUALITY_ELEMENT_COUNTS: readonly string[] = [
	...ANNEX_I_MANDATORY.map((e) => `e${e.number}`),
	'e_all'
];

export function buildProviderQualitySql(): string {
	const elementColumns = PROVIDER_QUALITY_ELEMENT_COUNTS.map(
		(c) => `CAST(a.${c} AS INTEGER) AS ${c}, a.${c}_key`
	).join(',\n\t');
	return `WITH names AS (
	SELECT provider_id, min(name) AS name FROM providers GROUP BY provider_id
),
base AS (
	SELECT issuer_country AS geo, COALESCE(provider_id, '${UNKNOWN}') AS provider_id,
		${PRESENT_SQL} AS present, ${RECORD_KEY_SQL} AS record_key
	FROM issuance
	WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
),
counts AS (
	SELECT CASE WHEN GROUPING(geo) = 1 THEN '${EU}' ELSE geo END AS geo,
		CASE WHEN GROUPING(provider_id) = 1 THEN '${TOTAL}' ELSE provider_id END AS provider_id,
		count(*) AS records,
		${cellKeySql('record_key')} AS records_key,
		${elementCountsSql()}
	FROM base
	GROUP BY GROUPING SETS ((geo, provider_id), (geo), ())
	HAVING count(*) > 0
)
SELECT a.provider_id,
	CASE WHEN a.provider_id <> '${TOTAL}' THEN n.name END AS provider_name,
	a.geo,
	CAST(a.records AS INTEGER) AS records, a.records_key,
	${elementColumns}
FROM counts a
LEFT JOIN names n ON n.provider_id = a.provider_id
ORDER BY ${geoOrderSql('a.geo')}, a.provider_id <> '${TOTAL}', a.provider_id`;
}

const shareColumns = ANNEX_I_MANDATORY.map((e): IndicatorColumn => ({
	name: `share_element_${e.number}`,
	type: 'float64',
	description: `Records carrying Annex I element ${e.roman} (${e.label}), %`
}));

export const PROVIDER_QUALITY_COLUMNS: readonly IndicatorColumn[] = [
	{
		name: 'provider_id',
		type: 'utf8',
		description: `Provider id of the records; ${TOTAL} all providers, ${UNKNOWN} not given`
	},
	{ name: 'provider_name', type: 'utf8', description: 'Name in the provider register' },
	{ name: 'geo', type: 'utf8', description: `Issuing Member State, or ${EU}` },
	{ name: 'records', type: 'int32', description: 'Issuance records, all years' },
	{
		name: 'share_all_elements',
		type: 'float64',
		description: 'Records carrying all eleven mandatory Annex I elements, %'
	},
	...shareColumns,
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

/** records (a row exists only with one), then each element count capped at the records. */
export const PROVIDER_QUALITY_COUNTS: readonly PerturbedCount[] = [
	{ count: 'records', present: true },
	...PROVIDER_QUALITY_ELEMENT_COUNTS.map((count) => ({ count, atMost: 'records' }))
];

/** The shares, from the counts of the row as published (null where a count is hidden). */
function deriveShares(row: IndicatorRow): IndicatorRow {
	const shares: IndicatorRow = { share_all_elements: shareOf(row.e_all, row.records) };
	for (const e of ANNEX_I_MANDATORY) {
		shares[`share_element_${e.number}`] = shareOf(row[`e${e.number}`], row.records);
	}
	return { ...row, ...shares };
}

/** Rows with true and perturbed counts; the shares are computed from the published counts. */
export async function computeProviderQualityTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const raw = await options.db.all<IndicatorRow>(buildProviderQualitySql());
	const { truth, perturbed } = perturbRows('provider_quality', raw, PROVIDER_QUALITY_COUNTS);
	return {
		name: 'provider_quality',
		keyColumns: ['provider_id', 'geo'],
		counts: PROVIDER_QUALITY_COUNTS,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: (rows) => rows.map(deriveShares),
		build: (rows) =>
			buildIndicatorTable({
				name: 'provider_quality',
				title: 'Completeness of the mandatory Annex I elements, by provider',
				rows,
				columns: PROVIDER_QUALITY_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
