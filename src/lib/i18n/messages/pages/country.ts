// Messages of the country profiles, /country/<code> (keys 'country.…'). English defines the keys;
// French and German translate every one of them (test/unit/i18n/catalogue.test.ts).

export const countryEn = {
	'country.title': '{country}: country profile',
	'country.lead':
		'{country} at a glance: adult participation in learning against its national 2030 target, the uptake of micro-credentials, the inclusion of groups at risk, the quality of the records and the national measures implementing the Council Recommendation. Each panel links to the full view of {country}.',
	'country.contents': 'On this page',
	'country.missing': 'The tables behind this panel were not published in this build.',
	'country.section.participation': 'Adult participation in learning',
	'country.section.uptake': 'Uptake of micro-credentials',
	'country.section.inclusion': 'Inclusion',
	'country.section.quality': 'Quality of the records',
	'country.section.measures': 'National measures (para 21)',
	'country.target.level':
		'{value} % of adults aged 25-64 took part in learning in the last 12 months in {year} (Adult Education Survey, excluding guided on-the-job training).',
	'country.target.target':
		'National 2030 target: {target} % by {year}, {gap} percentage points to go; progress: {status}.',
	'country.target.none': 'No national 2030 target is published.',
	'country.target.category': 'Social Scoreboard classification: {category}.',
	'country.link.target': 'Open {country} on the 60 % target page',
	'country.link.uptake': 'Open the uptake of {country}',
	'country.link.inclusion': 'Open the inclusion view of {country}',
	'country.link.quality': 'Open the quality view of {country}',
	'country.measures.title': '{country}: national measures per paragraph of the Recommendation',
	'country.measures.none': 'No national measure is reported for {country}.',
	'country.measures.axis': 'Measures',
	'country.measures.paragraph': 'Para {paragraph}',
	'country.measures.note':
		'Measures reported by the Member State on the paragraphs of the Council Recommendation of 16 June 2022 it implements (para 21).',
	'country.measures.caption': 'National measures of {country}',
	'country.measures.unit': 'EUR',
	'country.measures.col.paragraph': 'Paragraph',
	'country.measures.col.title': 'Measure',
	'country.measures.col.status': 'Status',
	'country.measures.col.start': 'Start',
	'country.measures.col.budget': 'Budget (EUR)'
} as const;

type CountryKey = keyof typeof countryEn;

export const countryFr: Record<CountryKey, string> = {
	'country.title': '{country} : profil du pays',
	'country.lead':
		'{country} en un coup d’œil : la participation des adultes à la formation au regard de son objectif national pour 2030, l’utilisation des microcertifications, l’inclusion des groupes à risque, la qualité des enregistrements et les mesures nationales qui mettent en œuvre la recommandation du Conseil. Chaque panneau renvoie à la vue complète de {country}.',
	'country.contents': 'Sur cette page',
	'country.missing': 'Les tables de ce panneau n’ont pas été publiées dans cette version.',
	'country.section.participation': 'Participation des adultes à la formation',
	'country.section.uptake': 'Utilisation des microcertifications',
	'country.section.inclusion': 'Inclusion',
	'country.section.quality': 'Qualité des enregistrements',
	'country.section.measures': 'Mesures nationales (point 21)',
	'country.target.level':
		'{value} % des adultes de 25 à 64 ans ont participé à une formation au cours des 12 derniers mois en {year} (enquête sur l’éducation des adultes, hors formation guidée sur le lieu de travail).',
	'country.target.target':
		'Objectif national pour 2030 : {target} % d’ici {year}, encore {gap} points de pourcentage ; progression : {status}.',
	'country.target.none': 'Aucun objectif national pour 2030 n’est publié.',
	'country.target.category': 'Classement du tableau de bord social : {category}.',
	'country.link.target': 'Ouvrir {country} dans la page de l’objectif de 60 %',
	'country.link.uptake': 'Ouvrir l’utilisation pour {country}',
	'country.link.inclusion': 'Ouvrir la vue inclusion pour {country}',
	'country.link.quality': 'Ouvrir la vue qualité pour {country}',
	'country.measures.title': '{country} : mesures nationales par point de la recommandation',
	'country.measures.none': 'Aucune mesure nationale n’est déclarée pour {country}.',
	'country.measures.axis': 'Mesures',
	'country.measures.paragraph': 'Point {paragraph}',
	'country.measures.note':
		'Mesures déclarées par l’État membre au titre des points de la recommandation du Conseil du 16 juin 2022 qu’il met en œuvre (point 21).',
	'country.measures.caption': 'Mesures nationales : {country}',
	'country.measures.unit': 'EUR',
	'country.measures.col.paragraph': 'Point',
	'country.measures.col.title': 'Mesure',
	'country.measures.col.status': 'État',
	'country.measures.col.start': 'Début',
	'country.measures.col.budget': 'Budget (EUR)'
};

export const countryDe: Record<CountryKey, string> = {
	'country.title': '{country}: Länderprofil',
	'country.lead':
		'{country} auf einen Blick: die Teilnahme Erwachsener an Weiterbildung gemessen am nationalen Ziel für 2030, die Nutzung von Microcredentials, die Inklusion benachteiligter Gruppen, die Qualität der Datensätze und die nationalen Maßnahmen zur Umsetzung der Empfehlung des Rates. Jedes Feld führt zur vollständigen Ansicht von {country}.',
	'country.contents': 'Auf dieser Seite',
	'country.missing': 'Die Tabellen dieses Felds wurden in diesem Build nicht veröffentlicht.',
	'country.section.participation': 'Teilnahme Erwachsener an Weiterbildung',
	'country.section.uptake': 'Nutzung von Microcredentials',
	'country.section.inclusion': 'Inklusion',
	'country.section.quality': 'Qualität der Datensätze',
	'country.section.measures': 'Nationale Maßnahmen (Nr. 21)',
	'country.target.level':
		'{value} % der Erwachsenen zwischen 25 und 64 Jahren nahmen {year} in den letzten 12 Monaten an Weiterbildung teil (Erhebung über Erwachsenenbildung, ohne angeleitete Ausbildung am Arbeitsplatz).',
	'country.target.target':
		'Nationales Ziel für 2030: {target} % bis {year}, noch {gap} Prozentpunkte; Fortschritt: {status}.',
	'country.target.none': 'Kein nationales Ziel für 2030 veröffentlicht.',
	'country.target.category': 'Einstufung im sozialpolitischen Scoreboard: {category}.',
	'country.link.target': '{country} auf der Seite zum 60-%-Ziel öffnen',
	'country.link.uptake': 'Nutzung in {country} öffnen',
	'country.link.inclusion': 'Inklusionsansicht für {country} öffnen',
	'country.link.quality': 'Qualitätsansicht für {country} öffnen',
	'country.measures.title': '{country}: nationale Maßnahmen je Nummer der Empfehlung',
	'country.measures.none': 'Für {country} ist keine nationale Maßnahme gemeldet.',
	'country.measures.axis': 'Maßnahmen',
	'country.measures.paragraph': 'Nr. {paragraph}',
	'country.measures.note':
		'Maßnahmen, die der Mitgliedstaat zu den von ihm umgesetzten Nummern der Empfehlung des Rates vom 16. Juni 2022 meldet (Nr. 21).',
	'country.measures.caption': 'Nationale Maßnahmen: {country}',
	'country.measures.unit': 'EUR',
	'country.measures.col.paragraph': 'Nummer',
	'country.measures.col.title': 'Maßnahme',
	'country.measures.col.status': 'Status',
	'country.measures.col.start': 'Beginn',
	'country.measures.col.budget': 'Budget (EUR)'
};
