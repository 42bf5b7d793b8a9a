import { ANNEX_I_MANDATORY } from '../../core/contract/issuance-record';
import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import { PRESENT_SQL, elementCountsSql } from './annex1-completeness';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { EU, TOTAL, UNKNOWN, geoOrderSql, isMemberStateSql, percentSql } from './sql-parts';
import { suppressTable } from './suppress';

// Annex I completeness per provider and issuing country, over all years. The '_T' provider of each
// country (and of the EU) is the margin that lets secondary suppression protect a provider with
// few records. Records without a provider id are the provider 'UNK'.

export function buildProviderQualitySql(): string {
	const shares = ANNEX_I_MANDATORY.map(
		(e) => `${percentSql(`a.e${e.number}`, 'a.records')} AS share_element_${e.number}`
	).join(',\n\t');
	return `WITH names AS (
	SELECT provider_id, min(name) AS name FROM providers GROUP BY provider_id
),
base AS (
	SELECT issuer_country AS geo, COALESCE(provider_id, '${UNKNOWN}') AS provider_id,
		${PRESENT_SQL} AS present
	FROM issuance
	WHERE ${isMemberStateSql('issuer_country')}
),
counts AS (
	SELECT CASE WHEN GROUPING(geo) = 1 THEN '${EU}' ELSE geo END AS geo,
		CASE WHEN GROUPING(provider_id) = 1 THEN '${TOTAL}' ELSE provider_id END AS provider_id,
		count(*) AS records,
		${elementCountsSql()}
	FROM base
	GROUP BY GROUPING SETS ((geo, provider_id), (geo), ())
	HAVING count(*) > 0
)
SELECT a.provider_id,
	CASE WHEN a.provider_id <> '${TOTAL}' THEN n.name END AS provider_name,
	a.geo,
	CAST(a.records AS INTEGER) AS records,
	${percentSql('a.e_all', 'a.records')} AS share_all_elements,
	${shares}
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

export async function computeProviderQualityTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<TableToPublish> {
	const raw = await options.db.all<IndicatorRow>(buildProviderQualitySql());
	const suppressed = suppressTable({
		table: 'provider_quality',
		rows: raw.map((row): IndicatorRow => ({ ...row, flags: '' })),
		spec: {
			dimensions: [
				{ column: 'provider_id', total: TOTAL },
				{ column: 'geo', total: EU }
			],
			count: 'records',
			derived: ['share_all_elements', ...shareColumns.map((c) => c.name)],
			minCell: options.minCell
		}
	});
	return buildIndicatorTable({
		name: 'provider_quality',
		title: 'Completeness of the mandatory Annex I elements, by provider',
		rows: suppressed,
		columns: PROVIDER_QUALITY_COLUMNS,
		provenance: options.provenance,
		minCell: options.minCell
	});
}
