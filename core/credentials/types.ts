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

/**
 * What a warning about one credential is about. None of them stops the credential from being
 * counted: the value concerned is left empty (unknown) and the rest of the record is kept.
 * - not_mappable: a mandatory Annex I element is present but cannot be read (a value outside
 *   its vocabulary, a reference that cannot be resolved, free text where a type is needed).
 * - unknown_value: the same for an optional element or a context column (supervision, learning
 *   setting, region, ...).
 * - other_country: the issuer names a further country; the credential is counted under the
 *   first country inside the coverage only.
 * - workload_days: a workload stated in days was read as hours (HOURS_PER_WORKLOAD_DAY).
 * - mapping_note: how the credential was read (e.g. only one of several claims).
 */
export const CREDENTIAL_WARNING_RULES = [
	'credential.not_mappable',
	'credential.unknown_value',
	'credential.other_country',
	'credential.workload_days',
	'credential.mapping_note'
] as const;
export type CredentialWarningRule = (typeof CREDENTIAL_WARNING_RULES)[number];

/**
 * A warning about one credential: where in it (the JSON path, relative to the credential after
 * any JWS envelope) and which value. `message` names both, so it reads on its own in a report.
 * Never carries a learner identifier: warnings about learner_id have no value.
 */
export interface MappingWarning {
	rule: CredentialWarningRule;
	column: RecordColumn;
	path: string;
	/** The value as written in the credential (a concept's label, else its id); at most 200 characters. */
	value?: string;
	message: string;
}

/** A MappingWarning located in its file. */
export interface CredentialWarning extends MappingWarning {
	file: string;
	/** Position in a top-level JSON array; 0 for a single credential. */
	index: number;
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
	/** Values left unknown, further countries, conversions: the credential is still counted. */
	warnings: CredentialWarning[];
	/** Ids of documents taken from the import batch (Open Badges 2.0 BadgeClass, Issuer). */
	resolved: string[];
}

/**
 * Why a file, or one credential of it, is not imported (quarantined as a whole):
 * - unsupported_format: a credential in a format the importer does not read (ELM v2 / EDCI XML);
 *   the message names the format and what to convert it to.
 * - not_a_credential: a document that holds no credential (a JSON-LD context, a Qualification
 *   Dataset Register export of learning opportunities or accreditations); the message says what.
 * - country_not_covered: the credential names issuer countries, none of them inside the
 *   countries covered, so it cannot be counted; the message names the path and the value.
 */
export type CredentialErrorKind =
	| 'too_large'
	| 'unreadable'
	| 'invalid_json'
	| 'unknown_format'
	| 'unsupported_format'
	| 'not_a_credential'
	| 'bad_jws'
	| 'country_not_covered';

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
	/** The JSON path of the value concerned, for country_not_covered. */
	path?: string;
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
