import type { IssuanceRecord } from '../contract/issuance-record';

export type CredentialFormat = 'edc' | 'open_badges_3' | 'open_badges_2';

/**
 * Issuance-record columns the importer fills; every value is a raw string. Not the contract's
 * whole list: only what a credential document carries (the Annex I columns and three context
 * columns). Checked against the contract's names.
 */
export const RECORD_COLUMNS = [
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
	'learning_setting',
	'digital_format',
	'sealed'
] as const satisfies readonly (keyof IssuanceRecord)[];
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** Empty string = not given. learner_id is the raw identifier: pseudonymise before storing. */
export type CredentialRecord = Record<RecordColumn, string>;

export type ElementStatus = 'found' | 'missing' | 'not_mappable';
export type AnnexElementNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

/** One mandatory Annex I element of one credential. */
export interface AnnexElement {
	number: AnnexElementNumber;
	column: RecordColumn;
	status: ElementStatus;
	/** Where the value was read, relative to the credential (after any JWS envelope). */
	path?: string;
	/** Why a value is missing, unmappable or only inferred; never contains personal data. */
	note?: string;
}

/** A mapping remark about a column outside the eleven elements (e.g. a non-NUTS region). */
export interface ImportNote {
	column: RecordColumn;
	path: string;
	message: string;
}

export interface CredentialEnvelope {
	type: 'jws_compact' | 'jws_json';
	/** Top-level property that held the JWS, when the file was a JSON wrapper object. */
	field?: string;
	algorithm?: string;
	/** A non-empty signature with an algorithm other than 'none'; not verified. */
	signed: boolean;
	/** The credential was the 'vc' claim of a JWT claims set. */
	vcClaim: boolean;
}

export interface CredentialImport {
	file: string;
	/** Position in a top-level JSON array; 0 for a single credential. */
	index: number;
	format: CredentialFormat;
	credentialId?: string;
	envelope?: CredentialEnvelope;
	record: CredentialRecord;
	/** The eleven mandatory elements, in order. */
	elements: AnnexElement[];
	notes: ImportNote[];
	/** Ids of documents taken from the import batch (Open Badges 2.0 BadgeClass, Issuer). */
	resolved: string[];
}

export type CredentialErrorKind =
	'too_large' | 'unreadable' | 'invalid_json' | 'unknown_format' | 'bad_jws';

/** Never carries file content, so never a learner identifier. */
export interface CredentialFileError {
	kind: CredentialErrorKind;
	file: string;
	/** Position in a top-level JSON array, when the error concerns one element. */
	index?: number;
	message: string;
	/** 1-based, for invalid_json. */
	line?: number;
	/** 1-based, in UTF-16 code units, for invalid_json. */
	column?: number;
}

/** An Open Badges 2.0 BadgeClass or Issuer: not a credential, used to resolve assertions. */
export interface CredentialResource {
	index: number;
	kind: 'ob2_badge_class' | 'ob2_issuer';
	id?: string;
}

export interface CredentialFileResult {
	file: string;
	imports: CredentialImport[];
	errors: CredentialFileError[];
	resources: CredentialResource[];
}

export const MAX_CREDENTIAL_FILE_BYTES = 20 * 1024 * 1024;

export interface ReadCredentialsOptions {
	/** Larger files are rejected before reading; default MAX_CREDENTIAL_FILE_BYTES. */
	maxBytes?: number;
}
