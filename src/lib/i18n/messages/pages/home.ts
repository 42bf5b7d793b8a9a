// Messages of the landing page (keys 'home.…' beyond the ones in en.ts). English defines the keys;
// French and German translate every one of them (test/unit/i18n/catalogue.test.ts).

export const homeEn = {
	'home.headline.credentials': 'Micro-credentials issued, {year}',
	'home.headline.learners': 'Distinct learners, {year}',
	'home.headline.per_1000': '{value} per 1 000 adults aged 25-64.',
	'home.headline.growth': '{value} % on the year before.',
	'home.headline.uptake.more': 'Uptake by country and characteristic',
	'home.headline.completeness': 'Records with all eleven Annex I elements, {year}',
	'home.headline.completeness.more': 'Quality of the records',
	'home.headline.hidden': 'hidden',
	'home.headline.title': 'The EU at a glance',
	'home.headline.official': 'Official statistics (Eurostat)',
	'home.headline.synthetic': 'Synthetic data, not real records',
	'home.headline.participation': 'Adults in learning, {year}',
	'home.headline.participation.detail':
		'EU 2030 target: {target} %, {gap} percentage points to go; progress: {status}.',
	'home.headline.participation.more': 'Against the 60 % target',
	'home.map.note':
		'Each Member State links to its profile: participation against its national target, uptake, inclusion, quality and national measures.',
	'home.profiles.title': 'Country profiles',
	'home.next.title': 'Where to go next',
	'home.uptake.link': 'Uptake of micro-credentials',
	'home.uptake.text':
		'Credentials issued and learners per Member State and per 1 000 adults aged 25-64, by provider type, level, workload, form, field and funding; the catalogues on offer.',
	'home.inclusion.link': 'Inclusion of groups at risk',
	'home.inclusion.text':
		'Each disadvantaged group’s share of learners against its share of the population, per country: who micro-credentials reach.',
	'home.quality.link': 'Quality of the records',
	'home.quality.text':
		'How completely records carry the eleven mandatory Annex I elements, how providers meet the Annex II principles, and where data collection must improve.',
	'home.data.link': 'Data and sources',
	'home.data.text':
		'Every published table with its source, licence, protection and file, to download or to query.'
} as const;

type HomeKey = keyof typeof homeEn;

export const homeFr: Record<HomeKey, string> = {
	'home.headline.credentials': 'Microcertifications délivrées, {year}',
	'home.headline.learners': 'Apprenants distincts, {year}',
	'home.headline.per_1000': '{value} pour 1 000 adultes de 25 à 64 ans.',
	'home.headline.growth': '{value} % sur l’année précédente.',
	'home.headline.uptake.more': 'Utilisation par pays et caractéristique',
	'home.headline.completeness': 'Enregistrements portant les onze éléments de l’annexe I, {year}',
	'home.headline.completeness.more': 'Qualité des enregistrements',
	'home.headline.hidden': 'masqué',
	'home.headline.title': 'L’UE en un coup d’œil',
	'home.headline.official': 'Statistiques officielles (Eurostat)',
	'home.headline.synthetic': 'Données synthétiques, pas des enregistrements réels',
	'home.headline.participation': 'Adultes en formation, {year}',
	'home.headline.participation.detail':
		'Objectif de l’UE pour 2030 : {target} %, encore {gap} points de pourcentage ; progression : {status}.',
	'home.headline.participation.more': 'Au regard de l’objectif de 60 %',
	'home.map.note':
		'Chaque État membre renvoie à son profil : participation au regard de son objectif national, utilisation, inclusion, qualité et mesures nationales.',
	'home.profiles.title': 'Profils des pays',
	'home.next.title': 'Pour aller plus loin',
	'home.uptake.link': 'Utilisation des microcertifications',
	'home.uptake.text':
		'Titres délivrés et apprenants par État membre et pour 1 000 adultes de 25 à 64 ans, par type de prestataire, niveau, charge de travail, forme, domaine et financement ; l’offre des catalogues.',
	'home.inclusion.link': 'Inclusion des groupes à risque',
	'home.inclusion.text':
		'La part de chaque groupe défavorisé parmi les apprenants au regard de sa part dans la population, par pays : qui les microcertifications atteignent.',
	'home.quality.link': 'Qualité des enregistrements',
	'home.quality.text':
		'Dans quelle mesure les enregistrements portent les onze éléments obligatoires de l’annexe I, comment les prestataires respectent les principes de l’annexe II, et où la collecte des données doit progresser.',
	'home.data.link': 'Données et sources',
	'home.data.text':
		'Chaque table publiée avec sa source, sa licence, sa protection et son fichier, à télécharger ou à interroger.'
};

export const homeDe: Record<HomeKey, string> = {
	'home.headline.credentials': 'Ausgestellte Microcredentials, {year}',
	'home.headline.learners': 'Verschiedene Lernende, {year}',
	'home.headline.per_1000': '{value} je 1 000 Erwachsene zwischen 25 und 64 Jahren.',
	'home.headline.growth': '{value} % gegenüber dem Vorjahr.',
	'home.headline.uptake.more': 'Nutzung nach Land und Merkmal',
	'home.headline.completeness': 'Datensätze mit allen elf Elementen des Anhangs I, {year}',
	'home.headline.completeness.more': 'Qualität der Datensätze',
	'home.headline.hidden': 'verborgen',
	'home.headline.title': 'Die EU auf einen Blick',
	'home.headline.official': 'Amtliche Statistik (Eurostat)',
	'home.headline.synthetic': 'Synthetische Daten, keine echten Datensätze',
	'home.headline.participation': 'Erwachsene in Weiterbildung, {year}',
	'home.headline.participation.detail':
		'EU-Ziel für 2030: {target} %, noch {gap} Prozentpunkte; Fortschritt: {status}.',
	'home.headline.participation.more': 'Gemessen am 60-%-Ziel',
	'home.map.note':
		'Jeder Mitgliedstaat führt zu seinem Profil: Teilnahme gemessen am nationalen Ziel, Nutzung, Inklusion, Qualität und nationale Maßnahmen.',
	'home.profiles.title': 'Länderprofile',
	'home.next.title': 'Weiter zu',
	'home.uptake.link': 'Nutzung von Microcredentials',
	'home.uptake.text':
		'Ausgestellte Nachweise und Lernende je Mitgliedstaat und je 1 000 Erwachsene zwischen 25 und 64 Jahren, nach Art des Anbieters, Niveau, Arbeitsaufwand, Form, Bildungsfeld und Finanzierung; das Angebot der Kataloge.',
	'home.inclusion.link': 'Inklusion benachteiligter Gruppen',
	'home.inclusion.text':
		'Der Anteil jeder benachteiligten Gruppe an den Lernenden gemessen an ihrem Anteil an der Bevölkerung, je Land: wen Microcredentials erreichen.',
	'home.quality.link': 'Qualität der Datensätze',
	'home.quality.text':
		'Wie vollständig Datensätze die elf Pflichtelemente des Anhangs I enthalten, wie Anbieter die Grundsätze des Anhangs II erfüllen und wo die Datenerhebung besser werden muss.',
	'home.data.link': 'Daten und Quellen',
	'home.data.text':
		'Jede veröffentlichte Tabelle mit Quelle, Lizenz, Schutz und Datei, zum Herunterladen oder Abfragen.'
};
