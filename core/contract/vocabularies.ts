// Coded vocabularies of the CSV contract (see DOMAIN.md), each with the synonyms people actually
// write in English, French and German. Matching ignores case, accents, spaces, hyphens,
// underscores, dots, commas, apostrophes, slashes and brackets (see foldKey).
import { detachString } from './detach-string';

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

export const QUALITY_ASSURANCE_TYPES = [
	'internal',
	'external_provider',
	'accredited_programme',
	'none'
] as const;
export type QualityAssurance = (typeof QUALITY_ASSURANCE_TYPES)[number];

/** The four Annex I values for supervision and identity verification during assessment. */
export const SUPERVISION_TYPES = [
	'unsupervised_no_id',
	'supervised_no_id',
	'supervised_online_id',
	'onsite_id'
] as const;
export type Supervision = (typeof SUPERVISION_TYPES)[number];

export const STACKABILITY_OPTIONS = ['standalone', 'stackable'] as const;
export type Stackability = (typeof STACKABILITY_OPTIONS)[number];

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

export const DIGITAL_FORMATS = [
	'edc',
	'open_badges_3',
	'open_badges_2',
	'pdf',
	'paper',
	'other'
] as const;
export type DigitalFormat = (typeof DIGITAL_FORMATS)[number];

export const FUNDING_SOURCES = [
	'individual_learning_account',
	'public',
	'employer',
	'eu_funds',
	'self',
	'other'
] as const;
export type Funding = (typeof FUNDING_SOURCES)[number];

export const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SEXES = ['F', 'M', 'X', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/** low = ISCED 0-2, medium = ISCED 3-4, high = ISCED 5-8. */
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

export const DEGREES_OF_URBANISATION = ['city', 'town', 'rural'] as const;
export type DegreeOfUrbanisation = (typeof DEGREES_OF_URBANISATION)[number];

export const QF_EHEA_CYCLES = ['short', 'first', 'second', 'third'] as const;
export type QfEheaCycle = (typeof QF_EHEA_CYCLES)[number];

/** The EQF level each QF-EHEA cycle is referenced to. */
export const CYCLE_EQF_LEVEL: Readonly<Record<QfEheaCycle, EqfLevel>> = {
	short: 5,
	first: 6,
	second: 7,
	third: 8
};

/** ISCED-F 2013 broad fields. */
export const ISCED_FIELDS = [
	'00',
	'01',
	'02',
	'03',
	'04',
	'05',
	'06',
	'07',
	'08',
	'09',
	'10'
] as const;
export type IscedField = (typeof ISCED_FIELDS)[number];

export const TOPICS = ['digital', 'green'] as const;
export type Topic = (typeof TOPICS)[number];

export const MEASURE_STATUSES = ['planned', 'in_progress', 'implemented'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * Paragraphs of the Recommendation addressed to Member States that a national measure can
 * implement: the lettered points of paragraphs 6-9, 11, 12 and 15, and paragraphs 10, 13 and
 * 14, which have no lettered points.
 */
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

export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type EqfLevel = (typeof EQF_LEVELS)[number];

const OTHER = ['other', 'others', 'autre', 'autres', 'sonstige', 'sonstiges', 'andere'];
const NONE = ['none', 'no', 'aucun', 'aucune', 'keine', 'kein'];

const SEPARATORS = /[\s\-\u2010-\u2015_.,'\u2019()[\]/:]+/g;
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES = /[ßœæ]/g;
const LIGATURE_SPELLING: Readonly<Record<string, string>> = { ß: 'ss', œ: 'oe', æ: 'ae' };

/** Accents removed and ß, œ, æ spelt out; expects lower case. */
export function stripAccents(s: string): string {
	if (!NON_ASCII.test(s)) return s;
	return s
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(LIGATURES, (c) => LIGATURE_SPELLING[c]);
}

/**
 * The matching key of a raw value: lower case, accents and separators removed, so that
 * 'On-site', 'on site' and 'ONSITE' all give 'onsite'. '<' and '+' are kept (age bands).
 */
export function foldKey(raw: string): string {
	return stripAccents(raw.toLowerCase()).replace(SEPARATORS, '');
}

export interface Vocabulary<C extends string = string> {
	/** Also the name of the column that usually carries it. */
	readonly id: string;
	readonly codes: readonly C[];
	/** Synonyms as written, by code; the codes themselves always match. */
	readonly synonyms: { readonly [K in C]?: readonly string[] };
	/** The code for a raw value, or undefined when the value is not recognised. */
	match(raw: string): C | undefined;
	has(value: string): value is C;
}

const MEMO_LIMIT = 2048;
const MEMO_KEY_MAX = 64;

function defineVocabulary<const C extends string>(
	id: string,
	codes: readonly C[],
	synonyms: { readonly [K in C]?: readonly string[] },
	derive?: (folded: string) => C | undefined
): Vocabulary<C> {
	const codeSet = new Set<string>(codes);
	const byKey = new Map<string, C>();
	const add = (raw: string, code: C) => {
		const key = foldKey(raw);
		const previous = byKey.get(key);
		if (previous !== undefined && previous !== code) {
			throw new Error(`vocabulary ${id}: '${raw}' means both ${previous} and ${code}`);
		}
		byKey.set(key, code);
	};
	for (const code of codes) add(code, code);
	for (const code of codes) for (const s of synonyms[code] ?? []) add(s, code);

	// Input columns repeat a handful of spellings, so remembering raw strings pays off.
	const memo = new Map<string, C | null>();
	for (const code of codes) memo.set(code, code);

	return {
		id,
		codes,
		synonyms,
		has: (value: string): value is C => codeSet.has(value),
		match(raw: string): C | undefined {
			const known = memo.get(raw);
			if (known !== undefined) return known ?? undefined;
			const key = foldKey(raw.trim());
			const code = byKey.get(key) ?? (derive ? derive(key) : undefined);
			if (raw.length <= MEMO_KEY_MAX) {
				if (memo.size >= MEMO_LIMIT) {
					memo.clear();
					for (const c of codes) memo.set(c, c);
				}
				memo.set(detachString(raw), code ?? null);
			}
			return code;
		}
	};
}

export const ASSESSMENT_TYPE = defineVocabulary('assessment_type', ASSESSMENT_TYPES, {
	exam: [
		'examination',
		'written exam',
		'written examination',
		'test',
		'final exam',
		'examen',
		'examen écrit',
		'épreuve écrite',
		'prüfung',
		'schriftliche prüfung',
		'klausur'
	],
	project: ['project work', 'project assignment', 'projet', 'projekt', 'projektarbeit'],
	portfolio: ['portfolio assessment', 'e-portfolio', 'portefeuille', 'portfolioprüfung'],
	practical: [
		'practical exam',
		'practical assessment',
		'practical test',
		'demonstration',
		'skills demonstration',
		'pratique',
		'épreuve pratique',
		'examen pratique',
		'praktisch',
		'praktische prüfung'
	],
	oral: [
		'oral exam',
		'oral examination',
		'viva',
		'interview',
		'examen oral',
		'épreuve orale',
		'mündlich',
		'mündliche prüfung'
	],
	online_test: [
		'online test',
		'online quiz',
		'online exam',
		'quiz',
		'multiple choice',
		'mcq',
		'computer-based test',
		'test en ligne',
		'qcm',
		'online-prüfung',
		'online test (multiple choice)'
	],
	peer: [
		'peer assessment',
		'peer review',
		'peer evaluation',
		'évaluation par les pairs',
		'peer-bewertung'
	],
	other: OTHER,
	none: [
		...NONE,
		'no assessment',
		'not assessed',
		'sans évaluation',
		'ohne prüfung',
		'keine prüfung'
	]
});

export const PARTICIPATION_FORM = defineVocabulary('participation_form', PARTICIPATION_FORMS, {
	onsite: [
		'on-site',
		'on site',
		'presential',
		'in person',
		'in-person',
		'face to face',
		'face-to-face',
		'f2f',
		'classroom',
		'physical',
		'présentiel',
		'en présentiel',
		'sur site',
		'présence',
		'präsenz',
		'präsenzunterricht',
		'präsenzveranstaltung',
		'vor ort'
	],
	online: [
		'on-line',
		'distance',
		'distance learning',
		'e-learning',
		'remote',
		'virtual',
		'fully online',
		'en ligne',
		'à distance',
		'distanciel',
		'formation à distance',
		'fernunterricht',
		'fernlernen',
		'fernstudium'
	],
	blended: [
		'blended learning',
		'hybrid',
		'hybrid learning',
		'mixed',
		'mixed mode',
		'online and onsite',
		'hybride',
		'mixte',
		'formation hybride',
		'apprentissage mixte',
		'gemischt'
	]
});

export const QUALITY_ASSURANCE = defineVocabulary('quality_assurance', QUALITY_ASSURANCE_TYPES, {
	internal: [
		'internal qa',
		'internal quality assurance',
		'interne',
		'assurance qualité interne',
		'intern',
		'interne qualitätssicherung'
	],
	external_provider: [
		'external',
		'external qa',
		'external quality assurance',
		'esg',
		'eqavet',
		'institutional accreditation',
		'institutional review',
		'accredited provider',
		'externe',
		'assurance qualité externe',
		'accréditation institutionnelle',
		'extern',
		'externe qualitätssicherung',
		'institutionelle akkreditierung',
		'systemakkreditierung'
	],
	accredited_programme: [
		'accredited',
		'accredited program',
		'programme accreditation',
		'program accreditation',
		'accredited course',
		'programme accrédité',
		'accréditation de programme',
		'accréditation du programme',
		'akkreditiertes programm',
		'programmakkreditierung'
	],
	none: [...NONE, 'no qa', 'no quality assurance', 'sans assurance qualité']
});

export const SUPERVISION = defineVocabulary('supervision', SUPERVISION_TYPES, {
	unsupervised_no_id: [
		'unsupervised',
		'unsupervised with no identity verification',
		'unsupervised without identity verification',
		'unsupervised no id',
		'no supervision',
		'none',
		'non surveillé',
		'sans surveillance',
		'unbeaufsichtigt',
		'ohne aufsicht'
	],
	supervised_no_id: [
		'supervised',
		'supervised with no identity verification',
		'supervised without identity verification',
		'supervised no id',
		'surveillé',
		'surveillé sans vérification d’identité',
		'beaufsichtigt',
		'beaufsichtigt ohne identitätsprüfung'
	],
	supervised_online_id: [
		'supervised online',
		'online supervised',
		'supervised online with identity verification',
		'online proctoring',
		'online proctored',
		'proctored online',
		'proctored',
		'surveillé en ligne',
		'télésurveillance',
		'online beaufsichtigt',
		'online-aufsicht'
	],
	onsite_id: [
		'onsite',
		'on-site',
		'onsite with identity verification',
		'on-site with identity verification',
		'in person with identity verification',
		'sur place avec vérification d’identité',
		'en présentiel avec vérification d’identité',
		'vor ort',
		'vor ort mit identitätsprüfung'
	]
});

export const STACKABILITY = defineVocabulary('stackability', STACKABILITY_OPTIONS, {
	standalone: [
		'stand-alone',
		'stand alone',
		'independent',
		'independent micro-credential',
		'stand-alone, independent micro-credential',
		'autonome',
		'indépendant',
		'indépendante',
		'eigenständig',
		'unabhängig'
	],
	stackable: [
		'integrated',
		'stackable towards another credential',
		'integrated, stackable towards another credential',
		'cumulable',
		'capitalisable',
		'empilable',
		'intégré',
		'stapelbar',
		'kombinierbar',
		'anrechenbar',
		'integriert'
	]
});

export const PROVIDER_TYPE = defineVocabulary('provider_type', PROVIDER_TYPES, {
	hei: [
		'university',
		'universities',
		'higher education',
		'higher education institution',
		'university of applied sciences',
		'université',
		'enseignement supérieur',
		'établissement d’enseignement supérieur',
		'hochschule',
		'universität',
		'fachhochschule'
	],
	vet: [
		'vet provider',
		'vocational',
		'vocational education and training',
		'vocational school',
		'vet school',
		'formation professionnelle',
		'enseignement professionnel',
		'lycée professionnel',
		'berufsbildung',
		'berufsschule',
		'berufliche bildung'
	],
	adult_learning: [
		'adult education',
		'adult learning provider',
		'adult education provider',
		'éducation des adultes',
		'formation des adultes',
		'erwachsenenbildung',
		'volkshochschule',
		'vhs'
	],
	employer: [
		'company',
		'enterprise',
		'industry',
		'business',
		'employeur',
		'entreprise',
		'arbeitgeber',
		'unternehmen',
		'betrieb'
	],
	social_partner: [
		'social partners',
		'trade union',
		'employers’ organisation',
		'employers organisation',
		'chamber',
		'chamber of commerce',
		'partenaire social',
		'partenaires sociaux',
		'syndicat',
		'chambre de commerce',
		'sozialpartner',
		'gewerkschaft',
		'kammer'
	],
	civil_society: [
		'civil society organisation',
		'civil society organization',
		'cso',
		'ngo',
		'non-profit',
		'association',
		'société civile',
		'ong',
		'zivilgesellschaft',
		'verein'
	],
	public_employment_service: [
		'pes',
		'employment service',
		'jobcentre',
		'service public de l’emploi',
		'france travail',
		'pôle emploi',
		'arbeitsagentur',
		'bundesagentur für arbeit',
		'ams',
		'öffentliche arbeitsverwaltung'
	],
	public_authority: [
		'government',
		'ministry',
		'local authority',
		'municipality',
		'public administration',
		'autorité publique',
		'administration publique',
		'ministère',
		'collectivité territoriale',
		'behörde',
		'ministerium',
		'öffentliche verwaltung'
	],
	private_provider: [
		'private',
		'private training provider',
		'commercial provider',
		'edtech',
		'mooc platform',
		'organisme de formation privé',
		'prestataire privé',
		'privater anbieter',
		'privater bildungsanbieter'
	],
	research_org: [
		'research organisation',
		'research organization',
		'research institute',
		'research centre',
		'research center',
		'rto',
		'organisme de recherche',
		'institut de recherche',
		'forschungseinrichtung',
		'forschungsinstitut'
	],
	other: OTHER
});

export const LEARNING_SETTING = defineVocabulary('learning_setting', LEARNING_SETTINGS, {
	formal: ['formal learning', 'formel', 'formelle', 'apprentissage formel', 'formales lernen'],
	non_formal: [
		'non formal learning',
		'nonformal',
		'non formel',
		'non formelle',
		'apprentissage non formel',
		'nicht formal',
		'nicht formales lernen',
		'nichtformal'
	],
	informal: [
		'informal learning',
		'validation',
		'validation of prior learning',
		'recognition of prior learning',
		'rpl',
		'informel',
		'informelle',
		'apprentissage informel',
		'vae',
		'validation des acquis de l’expérience',
		'informell',
		'informelles lernen'
	]
});

export const DIGITAL_FORMAT = defineVocabulary('digital_format', DIGITAL_FORMATS, {
	edc: [
		'european digital credential',
		'european digital credentials',
		'european digital credentials for learning',
		'edci',
		'europass digital credential',
		'elm',
		'elm v3'
	],
	open_badges_3: [
		'open badges 3',
		'open badges 3.0',
		'open badge 3',
		'open badge 3.0',
		'open badges v3',
		'ob3',
		'ob 3.0',
		'obv3'
	],
	open_badges_2: [
		'open badges 2',
		'open badges 2.0',
		'open badges 2.1',
		'open badge 2',
		'open badge 2.0',
		'open badges v2',
		'ob2',
		'ob 2.0',
		'obv2'
	],
	pdf: ['pdf certificate', 'signed pdf', 'pdf/a'],
	paper: [
		'printed',
		'print',
		'paper certificate',
		'papier',
		'certificat papier',
		'papierzertifikat',
		'gedruckt'
	],
	other: OTHER
});

export const FUNDING = defineVocabulary('funding', FUNDING_SOURCES, {
	individual_learning_account: [
		'ila',
		'individual learning accounts',
		'learning account',
		'cpf',
		'compte personnel de formation',
		'compte individuel de formation',
		'individuelles lernkonto',
		'bildungskonto',
		'weiterbildungskonto'
	],
	public: [
		'public funding',
		'public funds',
		'state',
		'government',
		'national budget',
		'financement public',
		'fonds publics',
		'öffentlich',
		'öffentliche mittel',
		'öffentliche förderung',
		'staatlich'
	],
	employer: [
		'employer funded',
		'company',
		'financé par l’employeur',
		'employeur',
		'entreprise',
		'arbeitgeber',
		'betrieb'
	],
	eu_funds: [
		'eu',
		'eu fund',
		'esf',
		'esf+',
		'esf plus',
		'european social fund',
		'european social fund plus',
		'rrf',
		'recovery and resilience facility',
		'erasmus+',
		'erasmus',
		'fonds européens',
		'fse',
		'fse+',
		'fonds social européen',
		'eu-mittel',
		'europäischer sozialfonds'
	],
	self: [
		'self-funded',
		'self-financed',
		'self-paid',
		'individual',
		'learner',
		'own funds',
		'out of pocket',
		'autofinancement',
		'autofinancé',
		'fonds propres',
		'selbstzahler',
		'selbst',
		'eigenmittel'
	],
	other: OTHER
});

const AGE_SUFFIXES = ['', ' years', ' ans', ' jahre'];
const withAgeSuffixes = (forms: readonly string[]) =>
	forms.flatMap((f) => AGE_SUFFIXES.map((s) => f + s));

const ageBandOfAge = (age: number): AgeBand =>
	age < 25
		? '<25'
		: age < 35
			? '25-34'
			: age < 45
				? '35-44'
				: age < 55
					? '45-54'
					: age < 65
						? '55-64'
						: '65+';

export const AGE_BAND = defineVocabulary(
	'age_band',
	AGE_BANDS,
	{
		'<25': [
			...withAgeSuffixes(['under 25', 'less than 25', 'below 25', '15-24', '16-24', '18-24']),
			'y_lt25',
			'y15-24',
			'y18-24',
			'moins de 25 ans',
			'unter 25',
			'unter 25 jahre'
		],
		'25-34': [...withAgeSuffixes(['25-34', '25 to 34', '25 à 34', '25 bis 34']), 'y25-34'],
		'35-44': [...withAgeSuffixes(['35-44', '35 to 44', '35 à 44', '35 bis 44']), 'y35-44'],
		'45-54': [...withAgeSuffixes(['45-54', '45 to 54', '45 à 54', '45 bis 54']), 'y45-54'],
		'55-64': [...withAgeSuffixes(['55-64', '55 to 64', '55 à 64', '55 bis 64']), 'y55-64'],
		'65+': [
			...withAgeSuffixes(['65+', '65 and over', '65 or over', '65 and older', '65 plus', '65-74']),
			'y_ge65',
			'y65-74',
			'65 ans et plus',
			'65 und älter',
			'65 jahre und älter',
			'über 64'
		]
	},
	// A plain age in years is banded rather than rejected: the band is all we keep.
	(key) => {
		if (!/^\d{1,3}$/.test(key)) return undefined;
		const age = Number(key);
		return age >= 10 && age <= 120 ? ageBandOfAge(age) : undefined;
	}
);

export const SEX = defineVocabulary('sex', SEXES, {
	F: ['female', 'woman', 'women', 'w', 'weiblich', 'frau', 'femme', 'femmes', 'féminin'],
	M: ['male', 'man', 'men', 'h', 'männlich', 'maennlich', 'mann', 'homme', 'hommes', 'masculin'],
	X: [
		'divers',
		'diverse',
		'd',
		'non-binary',
		'nonbinary',
		'non binaire',
		'inter',
		'intersex',
		'other',
		'autre'
	],
	unknown: [
		'u',
		'not known',
		'not stated',
		'prefer not to say',
		'no answer',
		'n/a',
		'inconnu',
		'non renseigné',
		'non précisé',
		'unbekannt',
		'keine angabe',
		'k.a.',
		'?'
	]
});

export const EDUCATION_LEVEL = defineVocabulary('education_level', EDUCATION_LEVELS, {
	low: [
		'l',
		'0',
		'1',
		'2',
		'isced 0',
		'isced 1',
		'isced 2',
		'isced 0-2',
		'ed0-2',
		'primary',
		'lower secondary',
		'less than upper secondary',
		'low qualified',
		'low-skilled',
		'faible',
		'bas',
		'niedrig',
		'gering'
	],
	medium: [
		'm',
		'3',
		'4',
		'isced 3',
		'isced 4',
		'isced 3-4',
		'ed3_4',
		'upper secondary',
		'post-secondary non-tertiary',
		'moyen',
		'intermédiaire',
		'mittel',
		'mittleres'
	],
	high: [
		'h',
		'5',
		'6',
		'7',
		'8',
		'isced 5',
		'isced 6',
		'isced 7',
		'isced 8',
		'isced 5-8',
		'ed5-8',
		'tertiary',
		'higher',
		'élevé',
		'supérieur',
		'hoch',
		'tertiär'
	]
});

export const LABOUR_STATUS = defineVocabulary('labour_status', LABOUR_STATUSES, {
	employed: [
		'employee',
		'in employment',
		'working',
		'salarié',
		'en emploi',
		'actif occupé',
		'employé',
		'beschäftigt',
		'erwerbstätig',
		'angestellt',
		'arbeitnehmer'
	],
	self_employed: [
		'self employed',
		'freelance',
		'freelancer',
		'own-account worker',
		'indépendant',
		'travailleur indépendant',
		'auto-entrepreneur',
		'selbständig',
		'selbstständig',
		'freiberuflich'
	],
	unemployed: [
		'jobseeker',
		'job seeker',
		'registered unemployed',
		'chômeur',
		'au chômage',
		'demandeur d’emploi',
		'sans emploi',
		'arbeitslos',
		'erwerbslos',
		'arbeitsuchend'
	],
	long_term_unemployed: [
		'long term unemployed',
		'ltu',
		'chômeur de longue durée',
		'demandeur d’emploi de longue durée',
		'langzeitarbeitslos'
	],
	inactive: [
		'economically inactive',
		'outside the labour force',
		'not in the labour force',
		'inactif',
		'nichterwerbsperson',
		'nicht erwerbsperson'
	]
});

export const DEGREE_OF_URBANISATION = defineVocabulary(
	'degree_of_urbanisation',
	DEGREES_OF_URBANISATION,
	{
		city: [
			'cities',
			'densely populated',
			'densely populated area',
			'urban',
			'deg1',
			'ville',
			'villes',
			'zone densément peuplée',
			'urbain',
			'stadt',
			'städte',
			'dicht besiedelt'
		],
		town: [
			'towns',
			'towns and suburbs',
			'suburbs',
			'intermediate',
			'intermediate density',
			'deg2',
			'petites villes et banlieues',
			'villes et banlieues',
			'intermédiaire',
			'kleinstadt',
			'kleinstädte und vororte',
			'mittlere besiedlungsdichte'
		],
		rural: [
			'rural area',
			'rural areas',
			'thinly populated',
			'thinly populated area',
			'deg3',
			'zone rurale',
			'zones rurales',
			'peu peuplé',
			'ländlich',
			'ländliche gebiete',
			'dünn besiedelt'
		]
	}
);

export const QF_EHEA_CYCLE = defineVocabulary('qf_ehea_cycle', QF_EHEA_CYCLES, {
	// 0-3 follow DEQAR's qf_ehea_level numbering.
	short: ['short cycle', 'short-cycle', '0', 'cycle court', 'kurzstudiengang'],
	first: ['first cycle', '1st cycle', '1', 'bachelor', 'premier cycle', 'licence', 'erster zyklus'],
	second: ['second cycle', '2nd cycle', '2', 'master', 'deuxième cycle', 'zweiter zyklus'],
	third: [
		'third cycle',
		'3rd cycle',
		'3',
		'doctoral',
		'doctorate',
		'phd',
		'troisième cycle',
		'doctorat',
		'dritter zyklus',
		'promotion'
	]
});

const FIELD_CODE = /^(?:iscedf(?:2013)?|f)?(\d{1,4})$/;
const ISCED_FIELD_SET = new Set<string>(ISCED_FIELDS);

export const ISCED_FIELD = defineVocabulary(
	'field',
	ISCED_FIELDS,
	{
		'00': [
			'generic programmes and qualifications',
			'generic programmes',
			'programmes et certifications génériques',
			'allgemeine bildungsgänge und qualifikationen'
		],
		'01': ['education', 'éducation', 'pädagogik', 'erziehungswissenschaften'],
		'02': [
			'arts and humanities',
			'arts',
			'humanities',
			'arts et lettres',
			'lettres et arts',
			'geisteswissenschaften und künste'
		],
		'03': [
			'social sciences, journalism and information',
			'social sciences',
			'sciences sociales, journalisme et information',
			'sciences sociales',
			'sozialwissenschaften, journalismus und informationswesen',
			'sozialwissenschaften'
		],
		'04': [
			'business, administration and law',
			'business',
			'law',
			'commerce, administration et droit',
			'wirtschaft, verwaltung und recht'
		],
		'05': [
			'natural sciences, mathematics and statistics',
			'natural sciences',
			'mathematics',
			'sciences naturelles, mathématiques et statistiques',
			'naturwissenschaften, mathematik und statistik',
			'naturwissenschaften'
		],
		'06': [
			'information and communication technologies',
			'information and communication technologies (icts)',
			'ict',
			'icts',
			'technologies de l’information et de la communication',
			'tic',
			'informatik und kommunikationstechnologie',
			'informatik'
		],
		'07': [
			'engineering, manufacturing and construction',
			'engineering',
			'ingénierie, industries de transformation et construction',
			'ingenieurwesen, verarbeitendes gewerbe und baugewerbe',
			'ingenieurwesen'
		],
		'08': [
			'agriculture, forestry, fisheries and veterinary',
			'agriculture',
			'agriculture, sylviculture, halieutique et sciences vétérinaires',
			'landwirtschaft, forstwirtschaft, fischerei und tiermedizin',
			'landwirtschaft'
		],
		'09': [
			'health and welfare',
			'health',
			'santé et protection sociale',
			'santé',
			'gesundheit und sozialwesen',
			'gesundheit'
		],
		'10': ['services', 'dienstleistungen']
	},
	// Narrow (3-digit) and detailed (4-digit) ISCED-F codes roll up to their broad field.
	(key) => {
		const m = FIELD_CODE.exec(key);
		if (!m) return undefined;
		const digits = m[1];
		const broad = digits.length === 1 ? '0' + digits : digits.slice(0, 2);
		return ISCED_FIELD_SET.has(broad) ? (broad as IscedField) : undefined;
	}
);

export const TOPIC = defineVocabulary('topic', TOPICS, {
	digital: [
		'digital skills',
		'digital transition',
		'digitalisation',
		'digitalization',
		'numérique',
		'compétences numériques',
		'transition numérique',
		'digitale kompetenzen',
		'digitalisierung',
		'digitale'
	],
	green: [
		'green skills',
		'green transition',
		'sustainability',
		'sustainable development',
		'environment',
		'climate',
		'vert',
		'verte',
		'transition verte',
		'transition écologique',
		'développement durable',
		'durabilité',
		'grün',
		'grüne kompetenzen',
		'nachhaltigkeit',
		'umwelt',
		'klima'
	]
});

export const MEASURE_STATUS = defineVocabulary('measure_status', MEASURE_STATUSES, {
	planned: [
		'plan',
		'foreseen',
		'envisaged',
		'intended',
		'in preparation',
		'under preparation',
		'prévu',
		'prévue',
		'envisagé',
		'en préparation',
		'geplant',
		'vorgesehen',
		'in vorbereitung'
	],
	in_progress: [
		'ongoing',
		'on-going',
		'under way',
		'underway',
		'started',
		'in development',
		'being implemented',
		'en cours',
		'en cours de mise en œuvre',
		'laufend',
		'in umsetzung',
		'in bearbeitung',
		'begonnen'
	],
	implemented: [
		'done',
		'completed',
		'complete',
		'adopted',
		'in place',
		'in force',
		'achieved',
		'mis en œuvre',
		'mise en œuvre',
		'réalisé',
		'adopté',
		'en vigueur',
		'umgesetzt',
		'abgeschlossen',
		'eingeführt',
		'in kraft'
	]
});

const PARAGRAPH_SET = new Set<string>(PARAGRAPHS);
// Folded: 'Paragraph 6(a)' -> 'paragraph6a', '§ 11 e)' -> '§11e', 'Nr. 9 lit. c' -> 'nr9litc'.
const PARAGRAPH_WORD = '(?:paragraphe|paragraph|para|par|point|pt|absatz|abs|nummer|nr|no|n°|§)';
const PARAGRAPH_REF = new RegExp(`^${PARAGRAPH_WORD}?(\\d{1,2})(?:lit|buchst)?([a-j])?$`);

export const PARAGRAPH = defineVocabulary('paragraph', PARAGRAPHS, {}, (key) => {
	const m = PARAGRAPH_REF.exec(key);
	if (!m) return undefined;
	const code = m[1] + (m[2] ?? '');
	return PARAGRAPH_SET.has(code) ? (code as Paragraph) : undefined;
});

export const VOCABULARIES = {
	assessment_type: ASSESSMENT_TYPE,
	participation_form: PARTICIPATION_FORM,
	quality_assurance: QUALITY_ASSURANCE,
	supervision: SUPERVISION,
	stackability: STACKABILITY,
	provider_type: PROVIDER_TYPE,
	learning_setting: LEARNING_SETTING,
	digital_format: DIGITAL_FORMAT,
	funding: FUNDING,
	age_band: AGE_BAND,
	sex: SEX,
	education_level: EDUCATION_LEVEL,
	labour_status: LABOUR_STATUS,
	degree_of_urbanisation: DEGREE_OF_URBANISATION,
	qf_ehea_cycle: QF_EHEA_CYCLE,
	field: ISCED_FIELD,
	topic: TOPIC,
	measure_status: MEASURE_STATUS,
	paragraph: PARAGRAPH
} as const;

export type VocabularyId = keyof typeof VOCABULARIES;
