// Supply (DOMAIN.md, "Uptake"): catalogue offers by country and provider type. Offers describe
// providers, not learners, so nothing is suppressed. An offer without a provider type takes the
// type of its provider in the register. Shared by the pipelines and the browser's local analysis
// of a ministry's own catalogue (src/lib/explore/local).
import { EU, TOTAL, UNKNOWN, geoOrderSql, isMemberStateSql, percentSql } from './sql-parts';

/** Tables the supply SQL reads; the defaults are the record store's. */
export interface SupplySqlTables {
	/** Catalogue offers: offer_id, provider_id, provider_type, country, in_public_catalogue. */
	readonly catalogue?: string;
	/** The provider register: provider_id, provider_type. */
	readonly providers?: string;
}

export function buildSupplySql(tables: SupplySqlTables = {}): string {
	const catalogue = tables.catalogue ?? 'catalogue';
	const providers = tables.providers ?? 'providers';
	return `WITH register AS (
	SELECT provider_id, min(provider_type) AS provider_type FROM ${providers} GROUP BY provider_id
),
offers AS (
	SELECT c.country AS geo, COALESCE(c.provider_type, r.provider_type, '${UNKNOWN}') AS provider_type,
		c.offer_id, c.provider_id, c.in_public_catalogue
	FROM ${catalogue} c
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
