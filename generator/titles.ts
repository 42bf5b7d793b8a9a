import type { IscedField } from '../core/contract/vocabularies';
import type { Rng } from './prng';

export type TitleLang = 'en' | 'fr' | 'it' | 'de';
export type TitleTopic = '' | 'digital' | 'green' | 'digital;green';

export interface TitleEntry {
	readonly field: IscedField;
	readonly topic: TitleTopic;
	readonly text: Readonly<Record<TitleLang, string>>;
}

const t = (
	field: IscedField,
	topic: TitleTopic,
	en: string,
	fr: string,
	it: string,
	de: string
): TitleEntry => ({ field, topic, text: { en, fr, it, de } });

export const TITLES: readonly TitleEntry[] = [
	t(
		'06',
		'digital',
		'Data analytics with Python',
		'Analyse de données avec Python',
		'Analisi dei dati con Python',
		'Datenanalyse mit Python'
	),
	t(
		'06',
		'digital',
		'Cybersecurity essentials',
		'Les fondamentaux de la cybersécurité',
		'Fondamenti di sicurezza informatica',
		'Grundlagen der Cybersicherheit'
	),
	t(
		'06',
		'digital',
		'Cloud computing fundamentals',
		'Introduction à l’informatique en nuage',
		'Fondamenti di cloud computing',
		'Grundlagen des Cloud-Computing'
	),
	t(
		'06',
		'digital',
		'Machine learning for practitioners',
		'Apprentissage automatique appliqué',
		'Apprendimento automatico applicato',
		'Maschinelles Lernen in der Praxis'
	),
	t(
		'06',
		'digital',
		'Web development with JavaScript',
		'Développement web avec JavaScript',
		'Sviluppo web con JavaScript',
		'Webentwicklung mit JavaScript'
	),
	t(
		'06',
		'digital',
		'Basic digital skills for everyday life',
		'Compétences numériques de base',
		'Competenze digitali di base',
		'Digitale Grundkompetenzen für den Alltag'
	),
	t(
		'06',
		'digital',
		'Generative AI in the workplace',
		'L’IA générative au travail',
		'L’IA generativa sul lavoro',
		'Generative KI am Arbeitsplatz'
	),
	t(
		'06',
		'digital;green',
		'Green software engineering',
		'Écoconception des services numériques',
		'Progettazione software sostenibile',
		'Nachhaltige Softwareentwicklung'
	),
	t(
		'04',
		'',
		'Project management fundamentals',
		'Fondamentaux de la gestion de projet',
		'Fondamenti di project management',
		'Grundlagen des Projektmanagements'
	),
	t(
		'04',
		'digital',
		'Digital marketing',
		'Marketing numérique',
		'Marketing digitale',
		'Digitales Marketing'
	),
	t(
		'04',
		'green',
		'Sustainable finance and ESG reporting',
		'Finance durable et reporting ESG',
		'Finanza sostenibile e rendicontazione ESG',
		'Nachhaltige Finanzen und ESG-Berichterstattung'
	),
	t(
		'04',
		'',
		'Entrepreneurship and business planning',
		'Entrepreneuriat et plan d’affaires',
		'Imprenditorialità e business plan',
		'Unternehmertum und Businessplanung'
	),
	t(
		'04',
		'digital',
		'GDPR and data protection compliance',
		'RGPD et conformité en protection des données',
		'GDPR e protezione dei dati',
		'DSGVO und Datenschutz-Compliance'
	),
	t(
		'04',
		'',
		'Leadership for team managers',
		'Leadership pour responsables d’équipe',
		'Leadership per responsabili di team',
		'Führung für Teamleitungen'
	),
	t(
		'07',
		'green',
		'Solar photovoltaic installation',
		'Installation de panneaux photovoltaïques',
		'Installazione di impianti fotovoltaici',
		'Installation von Photovoltaikanlagen'
	),
	t(
		'07',
		'green',
		'Heat pump installation and maintenance',
		'Installation et entretien de pompes à chaleur',
		'Installazione e manutenzione di pompe di calore',
		'Installation und Wartung von Wärmepumpen'
	),
	t(
		'07',
		'green',
		'Energy-efficient building renovation',
		'Rénovation énergétique des bâtiments',
		'Riqualificazione energetica degli edifici',
		'Energieeffiziente Gebäudesanierung'
	),
	t(
		'07',
		'digital',
		'Industrial automation and PLC programming',
		'Automatisation industrielle et programmation d’automates',
		'Automazione industriale e programmazione PLC',
		'Industrieautomation und SPS-Programmierung'
	),
	t(
		'07',
		'digital',
		'Additive manufacturing and 3D printing',
		'Fabrication additive et impression 3D',
		'Manifattura additiva e stampa 3D',
		'Additive Fertigung und 3D-Druck'
	),
	t(
		'07',
		'digital;green',
		'Battery technology for electric vehicles',
		'Technologies des batteries pour véhicules électriques',
		'Tecnologie delle batterie per veicoli elettrici',
		'Batterietechnik für Elektrofahrzeuge'
	),
	t(
		'07',
		'',
		'Welding safety',
		'Sécurité en soudage',
		'Sicurezza nella saldatura',
		'Sicherheit beim Schweißen'
	),
	t(
		'08',
		'digital;green',
		'Precision agriculture with sensors and drones',
		'Agriculture de précision : capteurs et drones',
		'Agricoltura di precisione con sensori e droni',
		'Präzisionslandwirtschaft mit Sensoren und Drohnen'
	),
	t(
		'08',
		'green',
		'Organic farming practices',
		'Pratiques de l’agriculture biologique',
		'Pratiche di agricoltura biologica',
		'Praxis des ökologischen Landbaus'
	),
	t(
		'08',
		'green',
		'Sustainable forest management',
		'Gestion durable des forêts',
		'Gestione forestale sostenibile',
		'Nachhaltige Forstwirtschaft'
	),
	t(
		'09',
		'digital',
		'Digital health records management',
		'Gestion du dossier médical numérique',
		'Gestione della cartella clinica elettronica',
		'Digitale Patientenakte im Klinikalltag'
	),
	t(
		'09',
		'',
		'Care for older people: dementia awareness',
		'Accompagnement des personnes âgées : la démence',
		'Assistenza agli anziani: la demenza',
		'Pflege älterer Menschen: Demenz verstehen'
	),
	t(
		'09',
		'',
		'First aid at work',
		'Premiers secours au travail',
		'Primo soccorso sul lavoro',
		'Erste Hilfe im Betrieb'
	),
	t(
		'09',
		'',
		'Mental health first aid',
		'Premiers secours en santé mentale',
		'Primo soccorso per la salute mentale',
		'Erste Hilfe für psychische Gesundheit'
	),
	t(
		'01',
		'digital',
		'Teaching with digital tools',
		'Enseigner avec le numérique',
		'Didattica con strumenti digitali',
		'Unterrichten mit digitalen Werkzeugen'
	),
	t(
		'01',
		'',
		'Inclusive education in practice',
		'L’éducation inclusive en pratique',
		'Didattica inclusiva in pratica',
		'Inklusive Bildung in der Praxis'
	),
	t(
		'01',
		'green',
		'Education for sustainable development',
		'Éducation au développement durable',
		'Educazione allo sviluppo sostenibile',
		'Bildung für nachhaltige Entwicklung'
	),
	t(
		'02',
		'digital',
		'Digital humanities: text analysis',
		'Humanités numériques : analyse de textes',
		'Informatica umanistica: analisi dei testi',
		'Digital Humanities: Textanalyse'
	),
	t(
		'02',
		'',
		'Business English B2',
		'Anglais des affaires B2',
		'Inglese commerciale B2',
		'Wirtschaftsenglisch B2'
	),
	t(
		'02',
		'',
		'Cultural heritage and tourism',
		'Patrimoine culturel et tourisme',
		'Patrimonio culturale e turismo',
		'Kulturerbe und Tourismus'
	),
	t(
		'03',
		'digital',
		'Data journalism',
		'Journalisme de données',
		'Giornalismo dei dati',
		'Datenjournalismus'
	),
	t(
		'03',
		'',
		'Behavioural economics for policy',
		'Économie comportementale et politiques publiques',
		'Economia comportamentale per le politiche pubbliche',
		'Verhaltensökonomie für die Politik'
	),
	t(
		'03',
		'green',
		'Climate policy and the European Green Deal',
		'Politique climatique et pacte vert pour l’Europe',
		'Politica climatica e Green Deal europeo',
		'Klimapolitik und europäischer Grüner Deal'
	),
	t(
		'05',
		'digital',
		'Statistics for data science',
		'Statistiques pour la science des données',
		'Statistica per la data science',
		'Statistik für Data Science'
	),
	t(
		'05',
		'green',
		'Environmental monitoring and water quality',
		'Surveillance environnementale et qualité de l’eau',
		'Monitoraggio ambientale e qualità dell’acqua',
		'Umweltmonitoring und Wasserqualität'
	),
	t(
		'05',
		'digital',
		'Quantum computing basics',
		'Initiation à l’informatique quantique',
		'Introduzione al calcolo quantistico',
		'Einführung in das Quantencomputing'
	),
	t(
		'10',
		'green',
		'Sustainable tourism management',
		'Gestion du tourisme durable',
		'Gestione del turismo sostenibile',
		'Nachhaltiges Tourismusmanagement'
	),
	t(
		'10',
		'',
		'Food safety and hygiene (HACCP)',
		'Hygiène et sécurité alimentaire (HACCP)',
		'Igiene e sicurezza alimentare (HACCP)',
		'Lebensmittelsicherheit und Hygiene (HACCP)'
	),
	t(
		'10',
		'',
		'Logistics and supply chain basics',
		'Bases de la logistique et de la chaîne d’approvisionnement',
		'Fondamenti di logistica e supply chain',
		'Grundlagen der Logistik und Lieferkette'
	),
	t(
		'10',
		'digital',
		'Customer service in the digital age',
		'Relation client à l’ère numérique',
		'Servizio clienti nell’era digitale',
		'Kundenservice im digitalen Zeitalter'
	),
	t(
		'00',
		'',
		'Learning to learn: study skills',
		'Apprendre à apprendre',
		'Imparare a imparare',
		'Lernen lernen: Lerntechniken'
	),
	t(
		'00',
		'',
		'Career management skills',
		'Compétences en gestion de carrière',
		'Competenze per la gestione della carriera',
		'Kompetenzen für das Karrieremanagement'
	),
	t(
		'00',
		'green',
		'Green skills for every job',
		'Compétences vertes pour tous les métiers',
		'Competenze verdi per ogni lavoro',
		'Grüne Kompetenzen für jeden Beruf'
	),
	t(
		'00',
		'digital',
		'Digital citizenship',
		'Citoyenneté numérique',
		'Cittadinanza digitale',
		'Digitale Bürgerschaft'
	)
];

const TITLES_BY_FIELD = new Map<IscedField, TitleEntry[]>();
for (const entry of TITLES) {
	const list = TITLES_BY_FIELD.get(entry.field) ?? [];
	list.push(entry);
	TITLES_BY_FIELD.set(entry.field, list);
}

export function pickTitle(rng: Rng, field: IscedField): TitleEntry {
	return rng.pick(TITLES_BY_FIELD.get(field) ?? TITLES);
}

const LEVEL_SUFFIX: Readonly<Record<TitleLang, readonly string[]>> = {
	en: [' – introduction', ' (advanced)', ' – module 2', ' for beginners'],
	fr: [' – initiation', ' (avancé)', ' – module 2', ' pour débutants'],
	it: [' – introduzione', ' (avanzato)', ' – modulo 2', ' per principianti'],
	de: [' – Einführung', ' (Fortgeschrittene)', ' – Modul 2', ' für Einsteiger']
};

export function offerTitle(rng: Rng, entry: TitleEntry, lang: TitleLang): string {
	const base = entry.text[lang];
	return rng.chance(0.35) ? base + rng.pick(LEVEL_SUFFIX[lang]) : base;
}

const OUTCOMES: Readonly<Record<TitleLang, readonly (readonly string[])[]>> = {
	en: [
		[
			'Explain the key concepts of {T}',
			'apply the methods to workplace tasks',
			'evaluate and document the results'
		],
		[
			'Use standard tools for {T}',
			'solve routine problems with limited supervision',
			'work safely and follow the relevant regulations'
		],
		[
			'Design a small project in {T}',
			'carry it out in a team',
			'present the results to non-specialists'
		]
	],
	fr: [
		[
			'Expliquer les notions clés ({T})',
			'appliquer les méthodes à des situations professionnelles',
			'évaluer et documenter les résultats'
		],
		[
			'Utiliser les outils courants ({T})',
			'résoudre des problèmes simples en autonomie',
			'respecter les règles de sécurité'
		]
	],
	it: [
		[
			'Spiegare i concetti chiave ({T})',
			'applicare i metodi a compiti professionali',
			'valutare e documentare i risultati'
		],
		[
			'Utilizzare gli strumenti di base ({T})',
			'risolvere problemi di routine in autonomia',
			'lavorare in sicurezza'
		]
	],
	de: [
		[
			'Die Grundbegriffe erklären ({T})',
			'Methoden auf berufliche Aufgaben anwenden',
			'Ergebnisse bewerten und dokumentieren'
		],
		[
			'Gängige Werkzeuge einsetzen ({T})',
			'Routineprobleme selbstständig lösen',
			'Sicherheitsvorschriften einhalten'
		]
	]
};

/** Learning outcomes as text; a few are a multi-line bullet list, as pasted from a syllabus. */
export function learningOutcomes(rng: Rng, entry: TitleEntry, lang: TitleLang): string {
	const parts = rng.pick(OUTCOMES[lang]).map((p) => p.replace('{T}', entry.text[lang]));
	if (rng.chance(0.03)) return parts.map((p) => `• ${p}`).join('\n');
	return parts.join('; ');
}
