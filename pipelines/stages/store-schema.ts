// The record store's tables in DuckDB. Issuance records are stored pseudonymised: the learner is
// a keyed hash, never the identifier the provider sent. The store is partitioned Parquet on disk
// (issuer_country, year), loaded into these tables for the indicator SQL.

export interface StoreColumn {
	readonly name: string;
	readonly type: 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN' | 'DATE';
}

const c = (name: string, type: StoreColumn['type'] = 'VARCHAR'): StoreColumn => ({ name, type });

/** One row per accepted, de-duplicated micro-credential awarded to one learner. */
export const ISSUANCE_STORE_COLUMNS: readonly StoreColumn[] = [
	c('learner_pseudonym'),
	c('credential_id'),
	c('provider_id'),
	c('title'),
	/** The first issuer country (Eurostat code): the partition, and the country counted. */
	c('issuer_country'),
	/** All issuer countries, ';'-separated, when several issued it jointly. */
	c('issuer_countries'),
	c('issuer_region'),
	c('awarding_body'),
	c('awarding_body_id'),
	c('issue_date', 'DATE'),
	c('year', 'INTEGER'),
	c('learning_outcomes'),
	c('ects', 'DOUBLE'),
	c('workload_hours', 'DOUBLE'),
	c('eqf_level', 'INTEGER'),
	c('qf_ehea_cycle'),
	c('assessment_type'),
	c('participation_form'),
	c('quality_assurance'),
	c('prerequisites'),
	c('supervision'),
	c('grade'),
	c('stackability'),
	c('stackable_towards'),
	c('further_information'),
	c('provider_type'),
	c('learning_setting'),
	c('field'),
	/** ';'-separated topic tags (digital, green). */
	c('topic'),
	c('digital_format'),
	c('sealed', 'BOOLEAN'),
	c('funding'),
	c('in_nqf', 'BOOLEAN'),
	c('age_band'),
	c('sex'),
	c('education_level'),
	c('labour_status'),
	c('disability', 'BOOLEAN'),
	c('migrant_background', 'BOOLEAN'),
	c('refugee', 'BOOLEAN'),
	c('degree_of_urbanisation'),
	c('minimum_income', 'BOOLEAN'),
	c('platform_worker', 'BOOLEAN'),
	/** Bit n-1 set when mandatory Annex I element n is present (contract annexIBit). */
	c('annex_i_present', 'INTEGER'),
	/** csv, edc, open_badges_3 or open_badges_2: how the record reached us. */
	c('source_format'),
	c('source_file'),
	c('source_line', 'INTEGER'),
	/** Order of reading across all inputs: the first of duplicate credentials is kept. */
	c('source_sequence', 'INTEGER')
];

/**
 * The issuance staging file, narrower than the store: the store's issuer_country and year are
 * derived from issuer_countries and issue_date in SQL, and source_file is a number into the list
 * of input files (ISSUANCE_STAGING_DERIVED). Each field written per record costs time on the
 * ingestion path, and these three repeated what the row already says.
 */
export const ISSUANCE_STAGING_COLUMNS: readonly StoreColumn[] = [
	...ISSUANCE_STORE_COLUMNS.filter(
		(col) => !['issuer_country', 'year', 'source_file'].includes(col.name)
	),
	c('source_file_number', 'INTEGER')
];

export const CATALOGUE_STORE_COLUMNS: readonly StoreColumn[] = [
	c('offer_id'),
	c('provider_id'),
	c('provider_name'),
	c('provider_type'),
	c('country'),
	c('title'),
	c('ects', 'DOUBLE'),
	c('workload_hours', 'DOUBLE'),
	c('eqf_level', 'INTEGER'),
	c('participation_form'),
	c('quality_assurance'),
	c('in_nqf', 'BOOLEAN'),
	c('in_public_catalogue', 'BOOLEAN'),
	c('recognition_policy_published', 'BOOLEAN'),
	c('field'),
	c('topic'),
	c('url')
];

export const PROVIDER_STORE_COLUMNS: readonly StoreColumn[] = [
	c('provider_id'),
	c('name'),
	c('country'),
	c('provider_type'),
	c('deqar_id'),
	c('eter_id'),
	c('external_qa', 'BOOLEAN'),
	c('publishes_catalogue', 'BOOLEAN'),
	c('recognition_policy_published', 'BOOLEAN')
];

export function createTableSql(table: string, columns: readonly StoreColumn[]): string {
	return `CREATE OR REPLACE TABLE ${table} (${columns.map((col) => `${col.name} ${col.type}`).join(', ')})`;
}
