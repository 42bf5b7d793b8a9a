import type { ProviderType } from '../core/contract/vocabularies';
import type { Rng } from './prng';

// Fictional place and organisation names. Stems are invented syllables so that no synthetic
// provider is mistaken for a real one; endings give each country a plausible local flavour.

export type NameLang = 'en' | 'de' | 'fr' | 'it' | 'es' | 'pt' | 'nl' | 'pl' | 'cs' | 'el' | 'sv';

const LANG_BY_GEO: Readonly<Record<string, NameLang>> = {
	AT: 'de',
	DE: 'de',
	LU: 'fr',
	FR: 'fr',
	BE: 'nl',
	IT: 'it',
	ES: 'es',
	PT: 'pt',
	NL: 'nl',
	PL: 'pl',
	CZ: 'cs',
	SK: 'cs',
	EL: 'el',
	CY: 'el',
	SE: 'sv',
	DK: 'sv',
	FI: 'sv'
};

export function languageOf(geo: string): NameLang {
	return LANG_BY_GEO[geo] ?? 'en';
}

const STEMS = [
	'Val',
	'Mar',
	'Kor',
	'Lun',
	'Ast',
	'Bren',
	'Cal',
	'Dor',
	'Fen',
	'Gal',
	'Hal',
	'Ister',
	'Jor',
	'Kal',
	'Lor',
	'Mir',
	'Nor',
	'Ost',
	'Pel',
	'Ros',
	'Sel',
	'Tor',
	'Ul',
	'Var',
	'Wen',
	'Zel',
	'Ard',
	'Bel',
	'Cor',
	'Eld',
	'Fal',
	'Gor',
	'Lin',
	'Mon',
	'Tal',
	'Ver',
	'Quin',
	'Sarn',
	'Tav'
];

const ENDINGS: Readonly<Record<NameLang, readonly string[]>> = {
	en: ['ia', 'ford', 'ham', 'ton', 'wick', 'more', 'bury'],
	de: ['berg', 'feld', 'dorf', 'hausen', 'stadt', 'bach', 'heim', 'ünde'],
	fr: ['ville', 'mont', 'court', 'val', 'ignac', 'ières', 'èche'],
	it: ['ano', 'ello', 'ina', 'ora', 'esia', 'ate', 'ù'],
	es: ['ares', 'ejo', 'illa', 'osa', 'ena', 'ón'],
	pt: ['ães', 'ela', 'inho', 'ora', 'ão'],
	nl: ['dam', 'hoven', 'wijk', 'veen', 'dorp', 'zele'],
	pl: ['owo', 'ice', 'ów', 'sk', 'ino', 'łęka'],
	cs: ['ov', 'ice', 'any', 'ín', 'ěves'],
	el: ['polis', 'ia', 'ada', 'os', 'ini'],
	sv: ['by', 'vik', 'holm', 'ås', 'torp', 'köping']
};

export function placeName(rng: Rng, lang: NameLang): string {
	const base = rng.pick(STEMS) + rng.pick(ENDINGS[lang]);
	if (lang === 'fr' && rng.chance(0.15)) return `Saint-${base}`;
	return base;
}

type Templates = Partial<Record<NameLang, readonly string[]>> & { en: readonly string[] };

const PROVIDER_TEMPLATES: Readonly<Record<ProviderType, Templates>> = {
	hei: {
		en: ['University of {P}', '{P} University of Technology', '{P} University of Applied Sciences'],
		de: ['Universität {P}', 'Hochschule {P}', 'Technische Hochschule {P}'],
		fr: ['Université de {P}', 'École supérieure d’ingénieurs de {P}', 'Institut d’études de {P}'],
		it: ['Università degli Studi di {P}', 'Politecnico di {P}', 'Università di {P}'],
		es: ['Universidad de {P}', 'Universidad Politécnica de {P}'],
		pt: ['Universidade de {P}', 'Instituto Politécnico de {P}'],
		nl: ['Universiteit {P}', 'Hogeschool {P}'],
		pl: ['Uniwersytet w {P}', 'Politechnika {P}'],
		cs: ['Univerzita {P}', 'Vysoká škola {P}'],
		el: ['University of {P}', 'Πανεπιστήμιο {P}'],
		sv: ['{P} universitet', '{P} högskola']
	},
	vet: {
		en: ['{P} Vocational College', '{P} Institute of Further Education', '{P} Technical School'],
		de: ['Berufskolleg {P}', 'Berufsbildende Schule {P}'],
		fr: ['Lycée professionnel de {P}', 'Centre de formation d’apprentis de {P}'],
		it: ['Istituto tecnico superiore di {P}', 'Centro di formazione professionale di {P}'],
		es: ['Centro de Formación Profesional {P}'],
		nl: ['{P} College voor beroepsonderwijs'],
		pl: ['Technikum w {P}'],
		cs: ['Střední odborná škola {P}']
	},
	adult_learning: {
		en: ['{P} Adult Education Centre', '{P} Community Learning Centre'],
		de: ['Volkshochschule {P}', 'Bildungszentrum {P}'],
		fr: ['Centre d’éducation des adultes de {P}', 'Maison de la formation de {P}'],
		it: ['Centro per l’istruzione degli adulti di {P}'],
		sv: ['{P} folkhögskola']
	},
	employer: {
		en: ['{P} Industries', '{P} Logistics Group', '{P} Systems', '{P} Energy'],
		de: ['{P} Werke AG', '{P} Maschinenbau GmbH'],
		fr: ['{P} Énergie SA', 'Groupe {P} Logistique'],
		it: ['{P} Meccanica S.p.A.', '{P} Servizi S.r.l.']
	},
	social_partner: {
		en: ['{P} Chamber of Commerce', '{P} Workers’ Union Training Fund', '{P} Crafts Chamber'],
		de: ['Handwerkskammer {P}', 'Industrie- und Handelskammer {P}'],
		fr: ['Chambre de commerce de {P}', 'Fonds de formation des salariés de {P}'],
		it: ['Camera di commercio di {P}']
	},
	civil_society: {
		en: [
			'{P} Community Learning Association',
			'{P} Volunteers’ Network',
			'{P} Digital Inclusion Trust'
		],
		fr: ['Association {P} pour l’insertion'],
		de: ['Verein für Bildung {P} e.V.']
	},
	public_employment_service: {
		en: ['Public Employment Service – {P} office', 'Employment Agency {P}'],
		de: ['Arbeitsagentur {P}'],
		fr: ['Agence pour l’emploi de {P}'],
		it: ['Centro per l’impiego di {P}']
	},
	public_authority: {
		en: ['Municipality of {P}', '{P} Regional Authority'],
		de: ['Stadt {P}'],
		fr: ['Ville de {P}', 'Région {P}'],
		it: ['Comune di {P}']
	},
	private_provider: {
		en: ['{P} Academy', '{P} Training Ltd', '{P} Skills Institute', '{P} Online School'],
		de: ['{P} Akademie GmbH'],
		fr: ['Académie {P}', 'Institut privé {P}'],
		it: ['Accademia {P}']
	},
	research_org: {
		en: ['{P} Research Institute', '{P} Centre for Applied Research'],
		de: ['{P}-Institut für angewandte Forschung'],
		fr: ['Centre de recherche de {P}'],
		it: ['Istituto di ricerca di {P}']
	},
	other: {
		en: ['{P} Museum Learning Lab', '{P} Sports Federation', '{P} Library Makerspace'],
		fr: ['Médiathèque de {P}'],
		it: ['Biblioteca civica di {P}']
	}
};

export function providerName(rng: Rng, type: ProviderType, lang: NameLang): string {
	const templates = PROVIDER_TEMPLATES[type];
	const local = templates[lang];
	const list = local && rng.chance(0.75) ? local : templates.en;
	return rng.pick(list).replace('{P}', placeName(rng, lang));
}

export const GIVEN_NAMES = [
	'Anna',
	'Maria',
	'Elena',
	'Sofia',
	'Laura',
	'Ines',
	'Eva',
	'Nora',
	'Lea',
	'Julia',
	'Marta',
	'Petra',
	'Ida',
	'Clara',
	'Zofia',
	'Jonas',
	'Lukas',
	'Marco',
	'Pierre',
	'Jan',
	'Mateo',
	'Nikos',
	'Tomas',
	'Karl',
	'Erik',
	'Pablo',
	'Luca',
	'Milan',
	'Andrei',
	'Ivan',
	'Oskar',
	'David'
];

export const FAMILY_NAMES = [
	'Novak',
	'Horvat',
	'Rossi',
	'Garcia',
	'Martin',
	'Muller',
	'Jansen',
	'Nowak',
	'Silva',
	'Papadopoulos',
	'Nagy',
	'Popescu',
	'Virtanen',
	'Andersen',
	'Berg',
	'Murphy',
	'Kask',
	'Ozols',
	'Petrov',
	'Borg',
	'Schmit',
	'Dupont',
	'Costa',
	'Lindqvist',
	'Kovac',
	'Bianchi',
	'Moreau'
];
