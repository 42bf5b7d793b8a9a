export const ISSUANCE_COLUMNS = [
	'credential_id',
	'learner_id',
	'title',
	'issuer_country',
	'issuer_region',
	'awarding_body',
	'awarding_body_id',
	'issue_date',
	'learning_outcomes',
	'ects',
	'workload_hours',
	'eqf_level',
	'qf_ehea_cycle',
	'assessment_type',
	'participation_form',
	'quality_assurance',
	'prerequisites',
	'supervision',
	'grade',
	'stackability',
	'stackable_towards',
	'further_information',
	'provider_id',
	'provider_type',
	'learning_setting',
	'field',
	'topic',
	'digital_format',
	'sealed',
	'funding',
	'in_nqf',
	'age_band',
	'sex',
	'education_level',
	'labour_status',
	'disability',
	'migrant_background',
	'refugee',
	'degree_of_urbanisation',
	'minimum_income',
	'platform_worker'
] as const;
export type IssuanceColumn = (typeof ISSUANCE_COLUMNS)[number];

/** Column positions in the canonical issuance order. */
export const COL = Object.fromEntries(ISSUANCE_COLUMNS.map((c, i) => [c, i])) as Readonly<
	Record<IssuanceColumn, number>
>;

export const PROVIDER_COLUMNS = [
	'provider_id',
	'name',
	'country',
	'provider_type',
	'deqar_id',
	'external_qa',
	'publishes_catalogue',
	'publishes_recognition_policy'
] as const;

export const CATALOGUE_COLUMNS = [
	'offer_id',
	'provider_id',
	'country',
	'title',
	'ects',
	'eqf_level',
	'participation_form',
	'quality_assurance',
	'in_nqf',
	'listed_in_public_catalogue',
	'recognition_policy_published',
	'field',
	'topic'
] as const;

export const MEASURE_COLUMNS = [
	'country',
	'paragraph',
	'status',
	'title',
	'description',
	'start_date',
	'budget_eur',
	'link'
] as const;

const ACRONYMS: Readonly<Record<string, string>> = {
	id: 'ID',
	ects: 'ECTS',
	eqf: 'EQF',
	qf: 'QF',
	ehea: 'EHEA',
	nqf: 'NQF'
};

/** 'awarding_body_id' -> 'Awarding Body ID', the header style of some spreadsheet exports. */
export function titleCaseHeader(column: string): string {
	return column
		.split('_')
		.map((w, i) =>
			i > 0 && w === 'of' ? w : (ACRONYMS[w] ?? w.charAt(0).toUpperCase() + w.slice(1))
		)
		.join(' ');
}
