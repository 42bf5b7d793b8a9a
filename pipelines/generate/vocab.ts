// Vocabularies of the CSV contract as written in shared/design/DOMAIN.md. Kept here rather than
// imported from src/lib/contract so the generator cannot silently follow a validator change:
// the data has to stay an independent check of the validators.

export const PROVIDER_TYPES = [
	'hei',
	'vet',
	'adult_learning',
	'employer',
	'social_partner',
	'civil_society',
	'public_employment_service',
	'public_authority',
	'private_provider',
	'research_org',
	'other'
] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

export const LEARNING_SETTINGS = ['formal', 'non_formal', 'informal'] as const;
export type LearningSetting = (typeof LEARNING_SETTINGS)[number];

export const ASSESSMENT_TYPES = [
	'exam',
	'project',
	'portfolio',
	'practical',
	'oral',
	'online_test',
	'peer',
	'other',
	'none'
] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

export const PARTICIPATION_FORMS = ['onsite', 'online', 'blended'] as const;
export type ParticipationForm = (typeof PARTICIPATION_FORMS)[number];

export const QUALITY_ASSURANCE = [
	'internal',
	'external_provider',
	'accredited_programme',
	'none'
] as const;
export type QualityAssurance = (typeof QUALITY_ASSURANCE)[number];

export const SUPERVISION = [
	'unsupervised_no_id',
	'supervised_no_id',
	'supervised_online_id',
	'onsite_id'
] as const;
export type Supervision = (typeof SUPERVISION)[number];

export const DIGITAL_FORMATS = [
	'edc',
	'open_badges_3',
	'open_badges_2',
	'pdf',
	'paper',
	'other'
] as const;
export type DigitalFormat = (typeof DIGITAL_FORMATS)[number];

export const FUNDING = [
	'individual_learning_account',
	'public',
	'employer',
	'eu_funds',
	'self',
	'other'
] as const;
export type Funding = (typeof FUNDING)[number];

export const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SEXES = ['F', 'M', 'X', 'unknown'] as const;
export const EDUCATION_LEVELS = ['low', 'medium', 'high'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const LABOUR_STATUSES = [
	'employed',
	'self_employed',
	'unemployed',
	'long_term_unemployed',
	'inactive'
] as const;
export type LabourStatus = (typeof LABOUR_STATUSES)[number];

export const URBANISATION = ['city', 'town', 'rural'] as const;

/** ISCED-F 2013 broad fields. */
export const FIELDS = {
	'00': 'Generic programmes and qualifications',
	'01': 'Education',
	'02': 'Arts and humanities',
	'03': 'Social sciences, journalism and information',
	'04': 'Business, administration and law',
	'05': 'Natural sciences, mathematics and statistics',
	'06': 'Information and Communication Technologies',
	'07': 'Engineering, manufacturing and construction',
	'08': 'Agriculture, forestry, fisheries and veterinary',
	'09': 'Health and welfare',
	'10': 'Services'
} as const;
export type Field = keyof typeof FIELDS;

export const EQF_CYCLE: Readonly<Record<number, string>> = {
	5: 'short',
	6: 'first',
	7: 'second',
	8: 'third'
};

/** Paragraphs of the Recommendation that a national measure can answer (para 21 reporting). */
export const PARAGRAPHS = [
	'6a',
	'6b',
	'6c',
	'7a',
	'7b',
	'7c',
	'8a',
	'8b',
	'8c',
	'9a',
	'9b',
	'9c',
	'9d',
	'10',
	'11a',
	'11b',
	'11c',
	'11d',
	'11e',
	'11f',
	'11g',
	'11h',
	'11i',
	'11j',
	'12a',
	'12b',
	'12c',
	'12d',
	'12e',
	'12f',
	'12g',
	'13',
	'14',
	'15a',
	'15b'
] as const;
export type Paragraph = (typeof PARAGRAPHS)[number];

export const MEASURE_STATUSES = ['planned', 'in_progress', 'implemented'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
