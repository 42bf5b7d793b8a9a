import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { EU, TOTAL, UNKNOWN, geoOrderSql, isMemberStateSql, percentSql } from './sql-parts';

// Supply (DOMAIN.md, "Uptake"): catalogue offers by country and provider type. Offers describe
// providers, not learners, so nothing is suppressed. An offer without a provider type takes the
// type of its provider in the register.

export function buildSupplySql(): string {
	return `WITH register AS (
	SELECT provider_id, min(provider_type) AS provider_type FROM providers GROUP BY provider_id
),
offers AS (
	SELECT c.country AS geo, COALESCE(c.provider_type, r.provider_type, '${UNKNOWN}') AS provider_type,
		c.offer_id, c.provider_id, c.in_public_catalogue
	FROM catalogue c
	LEFT JOIN register r ON r.provider_id = c.provider_id
	WHERE ${isMemberStateSql('c.country')}
),
counts AS (
	SELECT CASE WHEN GROUPING(geo) = 1 THEN '${EU}' ELSE geo END AS geo,
		CASE WHEN GROUPING(provider_type) = 1 THEN '${TOTAL}' ELSE provider_type END AS provider_type,
		count(DISTINCT offer_id) AS offers,
		count(DISTINCT offer_id) FILTER (WHERE in_public_catalogue) AS in_public,
		count(DISTINCT provider_id) AS providers
	FROM offers
	GROUP BY GROUPING SETS ((geo, provider_type), (geo), (provider_type), ())
	HAVING count(*) > 0
)
SELECT geo, provider_type, CAST(offers AS INTEGER) AS offers,
	CAST(in_public AS INTEGER) AS offers_in_public_catalogue,
	${percentSql('in_public', 'offers')} AS share_in_public_catalogue,
	CAST(providers AS INTEGER) AS providers
FROM counts
ORDER BY ${geoOrderSql('geo')}, provider_type <> '${TOTAL}', provider_type = '${UNKNOWN}',
	provider_type`;
}

export const SUPPLY_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State of the offer, or ${EU}` },
	{
		name: 'provider_type',
		type: 'utf8',
		description: `Type of provider; ${TOTAL} all, ${UNKNOWN} not given`
	},
	{ name: 'offers', type: 'int32', description: 'Micro-credential offers in the catalogue' },
	{
		name: 'offers_in_public_catalogue',
		type: 'int32',
		description: 'Offers listed in a public catalogue (e.g. Europass)'
	},
	{
		name: 'share_in_public_catalogue',
		type: 'float64',
		description: 'offers_in_public_catalogue / offers, %'
	},
	{ name: 'providers', type: 'int32', description: 'Distinct providers with an offer' },
	{
		name: 'flags',
		type: 'utf8',
		description: 'c = confidential (never set: offers are not people)'
	}
];

export async function computeSupplyTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<TableToPublish> {
	const raw = await options.db.all<IndicatorRow>(buildSupplySql());
	return buildIndicatorTable({
		name: 'supply',
		title: 'Micro-credential offers by country and provider type',
		rows: raw.map((row): IndicatorRow => ({ ...row, flags: '' })),
		columns: SUPPLY_COLUMNS,
		provenance: options.provenance,
		minCell: options.minCell
	});
}
