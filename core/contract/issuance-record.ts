// The issuance record: one micro-credential awarded to one learner (DOMAIN.md, Annex I).

import type {
	AgeBand,
	AssessmentType,
	DegreeOfUrbanisation,
	DigitalFormat,
	EducationLevel,
	EqfLevel,
	Funding,
	IscedField,
	LabourStatus,
	LearningSetting,
	ParticipationForm,
	ProviderType,
	QfEheaCycle,
	QualityAssurance,
	Sex,
	Stackability,
	Supervision,
	Topic,
	VocabularyId
} from './vocabularies';

export type ColumnKind =
	| 'learner_id'
	| 'id'
	| 'text'
	| 'url'
	| 'country'
	/** A country or a Eurostat aggregate such as EU27_2020. */
	| 'geo'
	| 'country_list'
	| 'region_list'
	| 'date'
	| 'decimal'
	| 'integer'
	| 'eqf'
	| 'code'
	| 'code_list'
	| 'boolean';

export type ColumnGroup = 'annex_i_mandatory' | 'annex_i_optional' | 'context' | 'learner';

export interface ColumnSpec {
	readonly name: string;
	readonly kind: ColumnKind;
	/** For kind 'code' and 'code_list'. */
	readonly vocabulary?: VocabularyId;
	/** Number (1-11) of the mandatory Annex I element the column carries. */
	readonly annexI?: number;
	/** Issuance records only. */
	readonly group?: ColumnGroup;
	/** An empty value is an error. */
	readonly required?: boolean;
	/** Header spellings that mean this column, written as people write them. */
	readonly aliases: readonly string[];
}

export const ISSUANCE_COLUMNS: readonly ColumnSpec[] = [
	{
		name: 'learner_id',
		kind: 'learner_id',
		annexI: 1,
		group: 'annex_i_mandatory',
		aliases: [
			'learner',
			'learner identifier',
			'learner_identifier',
			'student id',
			'person id',
			'identifiant apprenant',
			'id apprenant',
			'lernenden id',
			'teilnehmer id'
		]
	},
	{
		name: 'title',
		kind: 'text',
		annexI: 2,
		group: 'annex_i_mandatory',
		aliases: [
			'credential title',
			'title of the micro-credential',
			'name',
			'titre',
			'intitulé',
			'titel'
		]
	},
	{
		name: 'issuer_country',
		kind: 'country_list',
		required: true,
		annexI: 3,
		group: 'annex_i_mandatory',
		aliases: [
			'country',
			'countries',
			'issuer country code',
			'country code',
			'pays',
			'land',
			'staat'
		]
	},
	{
		name: 'issuer_region',
		kind: 'region_list',
		group: 'annex_i_mandatory',
		aliases: ['region', 'regions', 'nuts', 'nuts code', 'région', 'région nuts']
	},
	{
		name: 'awarding_body',
		kind: 'text',
		annexI: 4,
		group: 'annex_i_mandatory',
		aliases: [
			'awarding bodies',
			'awarding body name',
			'issuer',
			'issuer name',
			'organisme certificateur',
			'organisme délivrant',
			'ausstellende stelle',
			'aussteller'
		]
	},
	{
		name: 'awarding_body_id',
		kind: 'id',
		group: 'annex_i_mandatory',
		aliases: ['issuer id', 'deqar id', 'eter id', 'awarding body identifier']
	},
	{
		name: 'issue_date',
		kind: 'date',
		required: true,
		annexI: 5,
		group: 'annex_i_mandatory',
		aliases: [
			'date',
			'date of issue',
			'date of issuing',
			'issuance date',
			'issued on',
			'issued',
			'awarding date',
			'date de délivrance',
			'date d’émission',
			'ausstellungsdatum',
			'ausgestellt am'
		]
	},
	{
		name: 'learning_outcomes',
		kind: 'text',
		annexI: 6,
		group: 'annex_i_mandatory',
		aliases: [
			'learning outcome',
			'outcomes',
			'esco skills',
			'acquis d’apprentissage',
			'lernergebnisse'
		]
	},
	{
		name: 'ects',
		kind: 'decimal',
		annexI: 7,
		group: 'annex_i_mandatory',
		aliases: [
			'ects credits',
			'ects points',
			'credits',
			'credit points',
			'crédits ects',
			'ects punkte'
		]
	},
	{
		name: 'workload_hours',
		kind: 'decimal',
		annexI: 7,
		group: 'annex_i_mandatory',
		aliases: [
			'workload',
			'hours',
			'notional workload',
			'notional workload hours',
			'volume of learning',
			'heures',
			'charge de travail',
			'stunden',
			'arbeitsaufwand'
		]
	},
	{
		name: 'eqf_level',
		kind: 'eqf',
		annexI: 8,
		group: 'annex_i_mandatory',
		aliases: ['eqf', 'level', 'eqf level', 'niveau', 'niveau cec', 'cec', 'eqr', 'eqr niveau']
	},
	{
		name: 'qf_ehea_cycle',
		kind: 'code',
		vocabulary: 'qf_ehea_cycle',
		group: 'annex_i_mandatory',
		aliases: ['cycle', 'qf ehea', 'qf ehea level', 'qf_ehea_level', 'bologna cycle']
	},
	{
		name: 'assessment_type',
		kind: 'code',
		vocabulary: 'assessment_type',
		annexI: 9,
		group: 'annex_i_mandatory',
		aliases: ['assessment', 'type of assessment', 'évaluation', 'type d’évaluation', 'prüfungsform']
	},
	{
		name: 'participation_form',
		kind: 'code',
		vocabulary: 'participation_form',
		annexI: 10,
		group: 'annex_i_mandatory',
		aliases: [
			'form of participation',
			'participation',
			'mode',
			'delivery mode',
			'mode of delivery',
			'modalité',
			'lernform'
		]
	},
	{
		name: 'quality_assurance',
		kind: 'code',
		vocabulary: 'quality_assurance',
		annexI: 11,
		group: 'annex_i_mandatory',
		aliases: [
			'qa',
			'type of quality assurance',
			'qa type',
			'assurance qualité',
			'qualitätssicherung'
		]
	},
	{
		name: 'prerequisites',
		kind: 'text',
		group: 'annex_i_optional',
		aliases: ['prerequisite', 'entry requirements', 'prérequis', 'voraussetzungen']
	},
	{
		name: 'supervision',
		kind: 'code',
		vocabulary: 'supervision',
		group: 'annex_i_optional',
		aliases: ['supervision and identity verification', 'identity verification', 'surveillance']
	},
	{
		name: 'grade',
		kind: 'text',
		group: 'annex_i_optional',
		aliases: ['grade achieved', 'mark', 'note obtenue', 'note finale', 'notenstufe']
	},
	{
		name: 'stackability',
		kind: 'code',
		vocabulary: 'stackability',
		group: 'annex_i_optional',
		aliases: ['stackable', 'integration', 'integration stackability options']
	},
	{
		name: 'stackable_towards',
		kind: 'text',
		group: 'annex_i_optional',
		aliases: ['stacks towards', 'stackable toward']
	},
	{
		name: 'further_information',
		kind: 'text',
		group: 'annex_i_optional',
		aliases: ['further info', 'more information', 'informations complémentaires']
	},
	{
		name: 'credential_id',
		kind: 'text',
		group: 'context',
		aliases: [
			'credential identifier',
			'certificate id',
			'badge id',
			'identifiant certification',
			'zertifikat id'
		]
	},
	{
		name: 'provider_id',
		kind: 'text',
		group: 'context',
		aliases: ['provider identifier', 'identifiant prestataire', 'anbieter id']
	},
	{
		name: 'provider_type',
		kind: 'code',
		vocabulary: 'provider_type',
		group: 'context',
		aliases: ['type of provider', 'provider category', 'type de prestataire', 'anbietertyp']
	},
	{
		name: 'learning_setting',
		kind: 'code',
		vocabulary: 'learning_setting',
		group: 'context',
		aliases: ['setting', 'cadre d’apprentissage']
	},
	{
		name: 'field',
		kind: 'code',
		vocabulary: 'field',
		group: 'context',
		aliases: ['isced f', 'isced field', 'field of education', 'domaine', 'fachrichtung']
	},
	{
		name: 'topic',
		kind: 'code_list',
		vocabulary: 'topic',
		group: 'context',
		aliases: ['topics', 'tags', 'thème', 'thema']
	},
	{
		name: 'digital_format',
		kind: 'code',
		vocabulary: 'digital_format',
		group: 'context',
		aliases: ['format', 'credential format', 'digital credential format']
	},
	{
		name: 'sealed',
		kind: 'boolean',
		group: 'context',
		aliases: ['signed', 'e-sealed', 'e seal', 'scellé', 'signé', 'signiert']
	},
	{
		name: 'funding',
		kind: 'code',
		vocabulary: 'funding',
		group: 'context',
		aliases: ['funding source', 'financing', 'financement', 'finanzierung']
	},
	{
		name: 'in_nqf',
		kind: 'boolean',
		group: 'context',
		aliases: ['nqf', 'included in nqf', 'in national qualifications framework']
	},
	{
		name: 'age_band',
		kind: 'code',
		vocabulary: 'age_band',
		group: 'learner',
		aliases: ['age group', 'age', 'âge', 'alter', 'tranche d’âge', 'altersgruppe']
	},
	{
		name: 'sex',
		kind: 'code',
		vocabulary: 'sex',
		group: 'learner',
		aliases: ['gender', 'sexe', 'genre', 'geschlecht']
	},
	{
		name: 'education_level',
		kind: 'code',
		vocabulary: 'education_level',
		group: 'learner',
		aliases: [
			'educational attainment',
			'isced level',
			'qualification level',
			'niveau d’éducation',
			'bildungsniveau'
		]
	},
	{
		name: 'labour_status',
		kind: 'code',
		vocabulary: 'labour_status',
		group: 'learner',
		aliases: ['labor status', 'employment status', 'situation professionnelle', 'erwerbsstatus']
	},
	{
		name: 'disability',
		kind: 'boolean',
		group: 'learner',
		aliases: ['disabled', 'handicap', 'behinderung']
	},
	{
		name: 'migrant_background',
		kind: 'boolean',
		group: 'learner',
		aliases: ['migrant', 'migration background', 'born abroad', 'migrationshintergrund']
	},
	{ name: 'refugee', kind: 'boolean', group: 'learner', aliases: ['réfugié', 'flüchtling'] },
	{
		name: 'degree_of_urbanisation',
		kind: 'code',
		vocabulary: 'degree_of_urbanisation',
		group: 'learner',
		aliases: ['degree of urbanization', 'degurba', 'urbanisation', 'urbanisierungsgrad']
	},
	{
		name: 'minimum_income',
		kind: 'boolean',
		group: 'learner',
		aliases: ['minimum income recipient', 'revenu minimum', 'mindestsicherung']
	},
	{
		name: 'platform_worker',
		kind: 'boolean',
		group: 'learner',
		aliases: ['platform work', 'plateforme']
	}
];

export interface AnnexIElement {
	/** 1-11, the order of Annex I and of paragraph 6(b). */
	readonly number: number;
	readonly roman: string;
	readonly label: string;
	/** The element is present when any of these columns is. */
	readonly columns: readonly string[];
}

export const ANNEX_I_MANDATORY: readonly AnnexIElement[] = [
	{ number: 1, roman: 'i', label: 'Identification of the learner', columns: ['learner_id'] },
	{ number: 2, roman: 'ii', label: 'Title of the micro-credential', columns: ['title'] },
	{
		number: 3,
		roman: 'iii',
		label: 'Country(ies)/Region(s) of the issuer',
		columns: ['issuer_country']
	},
	{ number: 4, roman: 'iv', label: 'Awarding body(ies)', columns: ['awarding_body'] },
	{ number: 5, roman: 'v', label: 'Date of issuing', columns: ['issue_date'] },
	{ number: 6, roman: 'vi', label: 'Learning outcomes', columns: ['learning_outcomes'] },
	{
		number: 7,
		roman: 'vii',
		label: 'Notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)',
		columns: ['ects', 'workload_hours']
	},
	{
		number: 8,
		roman: 'viii',
		label:
			'Level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA), if applicable',
		columns: ['eqf_level', 'qf_ehea_cycle']
	},
	{ number: 9, roman: 'ix', label: 'Type of assessment', columns: ['assessment_type'] },
	{
		number: 10,
		roman: 'x',
		label: 'Form of participation in the learning activity',
		columns: ['participation_form']
	},
	{
		number: 11,
		roman: 'xi',
		label: 'Type of quality assurance used to underpin the micro-credential',
		columns: ['quality_assurance']
	}
];

/** Bit of an element in IssuanceRecord.annex_i_present. */
export function annexIBit(elementNumber: number): number {
	return 1 << (elementNumber - 1);
}

export const ANNEX_I_ALL_PRESENT = (1 << ANNEX_I_MANDATORY.length) - 1;

/**
 * A validated issuance record. null means not given (or, for learner attributes, unknown);
 * lists are empty when not given. learner_id is still the raw identifier here: the pipeline
 * replaces it with a keyed pseudonym before the record is stored anywhere.
 */
export interface IssuanceRecord {
	learner_id: string | null;
	title: string | null;
	/** Eurostat geo codes, at least one. */
	issuer_country: readonly string[];
	/** NUTS codes. */
	issuer_region: readonly string[];
	awarding_body: string | null;
	awarding_body_id: string | null;
	/** YYYY-MM-DD. */
	issue_date: string;
	learning_outcomes: string | null;
	ects: number | null;
	workload_hours: number | null;
	/** null: not applicable or not given; annex_i_present tells the two apart. */
	eqf_level: EqfLevel | null;
	qf_ehea_cycle: QfEheaCycle | null;
	assessment_type: AssessmentType | null;
	participation_form: ParticipationForm | null;
	quality_assurance: QualityAssurance | null;
	prerequisites: string | null;
	supervision: Supervision | null;
	grade: string | null;
	stackability: Stackability | null;
	stackable_towards: string | null;
	further_information: string | null;
	/** The issuer's identifier of this credential; with awarding_body, what makes it unique. */
	credential_id: string | null;
	provider_id: string | null;
	provider_type: ProviderType | null;
	learning_setting: LearningSetting | null;
	field: IscedField | null;
	topic: readonly Topic[];
	digital_format: DigitalFormat | null;
	sealed: boolean | null;
	funding: Funding | null;
	in_nqf: boolean | null;
	age_band: AgeBand | null;
	sex: Sex;
	education_level: EducationLevel | null;
	labour_status: LabourStatus | null;
	disability: boolean | null;
	migrant_background: boolean | null;
	refugee: boolean | null;
	degree_of_urbanisation: DegreeOfUrbanisation | null;
	minimum_income: boolean | null;
	platform_worker: boolean | null;
	/** Bit n-1 set when mandatory Annex I element n is present (see annexIBit). */
	annex_i_present: number;
}
