// The local, unpublished tables: a ministry's accepted records aggregated in the browser by the
// pipelines' own indicator SQL (core/indicators), over the records' table in a DuckDB-WASM of
// their own. What is kept and shown is these aggregates, never the records.
import { buildAnnex1CompletenessSql } from '$core/indicators/annex1-completeness-sql';
import { EU, percentSql, quoteLiteral } from '$core/indicators/sql-parts';
import { buildAnnex2PrinciplesSql } from '$core/indicators/annex2-principles-sql';
import { buildSupplySql } from '$core/indicators/supply-sql';
import { buildUptakeSql } from '$core/indicators/uptake-sql';

/** The source every local table carries in its `source` column, and the page shows. */
export const LOCAL_SOURCE = 'local, unpublished';
/**
 * The pseudonymised records as the workers send them (LOCAL_RECORD_COLUMNS), only in the
 * aggregating engine (never in the console).
 */
export const LOCAL_ROWS_TABLE = 'local_issuance_rows';
/** The records with the store's columns, as the indicator SQL reads them: a view of the rows. */
export const LOCAL_RECORDS_TABLE = 'local_issuance_records';

/** The records' view: the rows, and the file's name as every record's source_file. */
export function localRecordsViewSql(fileName: string): string {
	return `CREATE OR REPLACE VIEW ${LOCAL_RECORDS_TABLE} AS
SELECT *, ${quoteLiteral(fileName)} AS source_file FROM ${LOCAL_ROWS_TABLE}`;
}

/** Removes the records' view (the rows' table is dropped as a table). */
export const DROP_LOCAL_RECORDS_VIEW_SQL = `DROP VIEW IF EXISTS ${LOCAL_RECORDS_TABLE}`;

/** Accepted catalogue offers as the worker sends them (local-offers.ts OFFER_COLUMNS). */
export const LOCAL_OFFER_ROWS_TABLE = 'local_catalogue_rows';
/** Accepted providers as the worker sends them (local-offers.ts PROVIDER_COLUMNS). */
export const LOCAL_PROVIDER_ROWS_TABLE = 'local_provider_rows';
/** The offers with the catalogue store's types, as the supply and principles SQL read them. */
export const LOCAL_CATALOGUE_TABLE = 'local_catalogue';
/** The providers with the register's types. */
export const LOCAL_PROVIDERS_TABLE = 'local_providers';

/** The views of the offers and providers (their row tables exist: LOCAL_SETUP_SQL). */
export const LOCAL_REGISTER_VIEWS_SQL = `CREATE OR REPLACE VIEW ${LOCAL_CATALOGUE_TABLE} AS
SELECT offer_id, provider_id, provider_type, country, in_public_catalogue = 1 AS in_public_catalogue
FROM ${LOCAL_OFFER_ROWS_TABLE};
CREATE OR REPLACE VIEW ${LOCAL_PROVIDERS_TABLE} AS
SELECT provider_id, country, provider_type,
	recognition_policy_published = 1 AS recognition_policy_published
FROM ${LOCAL_PROVIDER_ROWS_TABLE}`;

export const DROP_LOCAL_REGISTER_VIEWS_SQL = `DROP VIEW IF EXISTS ${LOCAL_CATALOGUE_TABLE};
DROP VIEW IF EXISTS ${LOCAL_PROVIDERS_TABLE}`;

/** What a dropped file gives the aggregating engine: issuance records, offers or providers. */
export type LocalInput = 'issuance' | 'offers' | 'providers';

/** The table each input's rows are appended to. */
export const LOCAL_ROWS_TABLES: Readonly<Record<LocalInput, string>> = {
	issuance: LOCAL_ROWS_TABLE,
	offers: LOCAL_OFFER_ROWS_TABLE,
	providers: LOCAL_PROVIDER_ROWS_TABLE
};

/**
 * No population: the rates per 1 000 adults are the published tables' (they need Eurostat's
 * population of the year); the local tables count credentials and learners. An empty table, not
 * an empty subquery: DuckDB-WASM 1.4's ASOF LEFT JOIN against a constant subquery returned no
 * row at all (DuckDB 1.5 in Node did).
 */
export const LOCAL_NO_POPULATION_TABLE = 'local_no_population';

/**
 * Run once on the aggregating connection before the tables' SQL: the offers' and providers' row
 * tables are created empty when the file gave none (a catalogue comes without a register).
 */
export const LOCAL_SETUP_SQL = `CREATE TABLE IF NOT EXISTS ${LOCAL_NO_POPULATION_TABLE} (geo VARCHAR, year INTEGER, value DOUBLE);
CREATE TABLE IF NOT EXISTS ${LOCAL_OFFER_ROWS_TABLE} (offer_id VARCHAR, provider_id VARCHAR,
	provider_type VARCHAR, country VARCHAR, in_public_catalogue INTEGER, source_line INTEGER);
CREATE TABLE IF NOT EXISTS ${LOCAL_PROVIDER_ROWS_TABLE} (provider_id VARCHAR, country VARCHAR,
	provider_type VARCHAR, recognition_policy_published INTEGER, source_line INTEGER)`;

export type LocalColumnType = 'utf8' | 'int32' | 'float64';

export interface LocalTableSpec {
	readonly name: string;
	/** The rows it is computed from: it is made when the file gave some of one of them. */
	readonly inputs: readonly LocalInput[];
	/** The SQL that computes it from LOCAL_RECORDS_TABLE or LOCAL_CATALOGUE_TABLE. */
	readonly sql: string;
	readonly columns: readonly { readonly name: string; readonly type: LocalColumnType }[];
}

const source = `'${LOCAL_SOURCE}' AS source`;

/**
 * Uptake by country, year and characteristic, as the published `uptake` (EU row left out: one
 * ministry's file is not the EU), with its true counts: local data are neither published nor
 * perturbed.
 */
export function localUptakeSql(): string {
	const uptake = buildUptakeSql({
		issuance: LOCAL_RECORDS_TABLE,
		population: LOCAL_NO_POPULATION_TABLE
	});
	return `SELECT geo, year, dimension, category, credentials, learners, ${source}
FROM (${uptake}) uptake
WHERE geo <> '${EU}'`;
}

/** Annex I completeness by country and year, as the published `annex1_completeness`. */
export function localAnnex1Sql(): string {
	const completeness = buildAnnex1CompletenessSql(LOCAL_RECORDS_TABLE);
	return `SELECT geo, year, element, records, records_with_element,
	${percentSql('records_with_element', 'records')} AS share, ${source}
FROM (${completeness}) completeness
WHERE geo <> '${EU}'`;
}

/**
 * Offers by country and provider type, as the published `supply` (EU row left out), from a
 * ministry's catalogue file (a file is dropped alone, so no register gives an offer its type).
 */
export function localSupplySql(): string {
	const supply = buildSupplySql({
		catalogue: LOCAL_CATALOGUE_TABLE,
		providers: LOCAL_PROVIDERS_TABLE
	});
	return `SELECT geo, provider_type, offers, offers_in_public_catalogue, share_in_public_catalogue,
	providers, ${source}
FROM (${supply}) supply
WHERE geo <> '${EU}'`;
}

/**
 * The Annex II principles measured on catalogue offers (listed in a public catalogue) and on
 * registered providers (a recognition policy published), as the published `annex2_principles`
 * (EU row left out); the principles measured on records need columns the local records do not
 * carry.
 */
export function localAnnex2Sql(): string {
	const principles = buildAnnex2PrinciplesSql({
		catalogue: LOCAL_CATALOGUE_TABLE,
		providers: LOCAL_PROVIDERS_TABLE,
		bases: ['offers', 'providers']
	});
	return `SELECT geo, principle, basis, units, units_meeting,
	${percentSql('units_meeting', 'units')} AS share, ${source}
FROM (${principles}) principles
WHERE geo <> '${EU}'`;
}

export const LOCAL_TABLES: readonly LocalTableSpec[] = [
	{
		name: 'local_uptake',
		inputs: ['issuance'],
		sql: localUptakeSql(),
		columns: [
			{ name: 'geo', type: 'utf8' },
			{ name: 'year', type: 'int32' },
			{ name: 'dimension', type: 'utf8' },
			{ name: 'category', type: 'utf8' },
			{ name: 'credentials', type: 'int32' },
			{ name: 'learners', type: 'int32' },
			{ name: 'source', type: 'utf8' }
		]
	},
	{
		name: 'local_annex1_completeness',
		inputs: ['issuance'],
		sql: localAnnex1Sql(),
		columns: [
			{ name: 'geo', type: 'utf8' },
			{ name: 'year', type: 'int32' },
			{ name: 'element', type: 'utf8' },
			{ name: 'records', type: 'int32' },
			{ name: 'records_with_element', type: 'int32' },
			{ name: 'share', type: 'float64' },
			{ name: 'source', type: 'utf8' }
		]
	},
	{
		name: 'local_supply',
		inputs: ['offers'],
		sql: localSupplySql(),
		columns: [
			{ name: 'geo', type: 'utf8' },
			{ name: 'provider_type', type: 'utf8' },
			{ name: 'offers', type: 'int32' },
			{ name: 'offers_in_public_catalogue', type: 'int32' },
			{ name: 'share_in_public_catalogue', type: 'float64' },
			{ name: 'providers', type: 'int32' },
			{ name: 'source', type: 'utf8' }
		]
	},
	{
		name: 'local_annex2_principles',
		inputs: ['offers', 'providers'],
		sql: localAnnex2Sql(),
		columns: [
			{ name: 'geo', type: 'utf8' },
			{ name: 'principle', type: 'utf8' },
			{ name: 'basis', type: 'utf8' },
			{ name: 'units', type: 'int32' },
			{ name: 'units_meeting', type: 'int32' },
			{ name: 'share', type: 'float64' },
			{ name: 'source', type: 'utf8' }
		]
	}
];
