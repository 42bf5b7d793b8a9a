import {
	ISSUANCE_COLUMNS as CONTRACT_COLUMNS,
	type IssuanceRecord
} from '../core/contract/issuance-record';

export type IssuanceColumn = Exclude<keyof IssuanceRecord, 'annex_i_present'>;

/** The contract's issuance columns, with credential_id first as issuers' exports have it. */
export const ISSUANCE_COLUMNS: readonly IssuanceColumn[] = [
	'credential_id',
	...CONTRACT_COLUMNS.map((c) => c.name as IssuanceColumn).filter((c) => c !== 'credential_id')
];

/** Column positions in the canonical issuance order. */
export const COL = Object.fromEntries(ISSUANCE_COLUMNS.map((c, i) => [c, i])) as Readonly<
	Record<IssuanceColumn, number>
>;

// The other tables are written as providers export them, not as the contract lists them: a subset
// of its columns, and one header per table in a spelling the contract knows only as an alias
// (publishes_recognition_policy, listed_in_public_catalogue, budget_eur). The row builders fill
// them by position.
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
