// Messages of the reports, /report, /report/<code> and /report/eu (keys 'report.…'). English
// defines the keys; French and German translate every one of them.

export const reportEn = {
	'report.nav': 'Reports',
	'report.index.title': 'Reports',
	'report.index.lead':
		'Reports under paragraphs 21 and 22 of the Council Recommendation, made of the dashboards’ own figures and laid out for print: a national report for each Member State and the Commission’s report comparing all of them. Each can be printed to PDF or downloaded as one HTML file.',
	'report.index.eu': 'Commission report: all Member States compared (para 22)',
	'report.index.national': 'National reports (para 21)',
	'report.index.tools': 'Coverage and checking',
	'report.index.coverage':
		'Data coverage: which indicator exists for which country and year, and where data are missing (para 20)',
	'report.index.verify':
		'Check a report bundle: recompute every figure of a downloaded report in this browser',
	'report.national.title': '{country}: national report on micro-credentials',
	'report.national.lead':
		'Report of {country} on the implementation of the Council Recommendation of 16 June 2022 on a European approach to micro-credentials (para 21): adult participation in learning against the national and EU 2030 targets, the classification, the uptake of micro-credentials, inclusion, the quality of the records and the measures taken per paragraph of the Recommendation.',
	'report.eu.title': 'Commission report: micro-credentials in the Member States',
	'report.eu.lead':
		'Comparison of the 27 Member States (para 22 of the Council Recommendation of 16 June 2022): target status and classification, uptake, inclusion and quality, with the data coverage behind them.',
	'report.eu.summary':
		'The figures below compare every Member State in the latest year published; each has its data table, its sources and its downloads. Where a country has no value, the tables say so.',
	'report.contents': 'Contents',
	'report.section.summary': 'Summary',
	'report.section.participation': 'Adult participation in learning and the 2030 targets',
	'report.section.uptake': 'Uptake of micro-credentials',
	'report.section.inclusion': 'Inclusion',
	'report.section.quality': 'Quality of the records',
	'report.section.measures': 'Measures taken per paragraph of the Recommendation (6 to 15)',
	'report.section.coverage': 'Data coverage (para 20)',
	'report.section.annex': 'Annex: sources and methods',
	'report.section.missing': 'The tables behind this section were not published in this build.',
	'report.generated': 'Generated from the data',
	'report.handwritten': 'Written by hand',
	'report.commentary.label': 'Commentary on “{section}”, written by hand',
	'report.commentary.help':
		'Kept in this browser only, never sent anywhere. It is printed and included in the downloaded HTML, marked as written by hand.',
	'report.commentary.unsaved': 'This browser could not keep the text (storage full or disabled).',
	'report.actions': 'Report',
	'report.actions.pdf': 'Download PDF',
	'report.actions.pdf.help': 'Opens the print dialogue: choose “Save as PDF”.',
	'report.actions.html': 'Download HTML',
	'report.actions.failed': 'The download failed. Try again.',
	'report.produced': 'Report produced on {date}.',
	'report.figure.label': 'Figure {number}',
	'report.summary.eu':
		'EU 2030 target: {target} % of adults aged 25-64 in learning every year by {year}; the EU stood at {value} % in {latest}.',
	'report.summary.measures':
		'{count} national measures reported ({implemented} implemented, {in_progress} in progress, {planned} planned), under {paragraphs} of the {total} paragraphs addressed to Member States.',
	'report.summary.synthetic':
		'Demonstration build: the micro-credential records and the national measures behind this report are synthetic, and every figure drawn from them says so.',
	'report.measures.none': 'Para {paragraph}: no measure reported.',
	'report.measures.paragraph': 'Para {paragraph} ({count}): {list}',
	'report.measures.item': '{title} ({status})',
	'report.annex.intro':
		'Every figure of this report is a figure of the dashboards: the same SQL on the same published tables, with the same data table, notes and citation. The figures’ data can be downloaded beside each of them on the site.',
	'report.annex.figures': 'Figures:',
	'report.annex.tables': 'Published tables read by this report:',
	'report.annex.table':
		'{name} ({kind}): {publisher}, {dataset}, extracted {extracted}; licence {licence}',
	'report.annex.disclosure':
		'Statistical disclosure control: counts of persons and records are perturbed by the cell-key method and cells below the minimum size are hidden (flag c); shares and rates derived from a hidden cell are hidden too, never recomputed.',
	'report.annex.classification':
		'Classification: the Social Scoreboard’s method (the level in the latest year and its change against the EU average); progress towards the national target: the observed against the required annual growth.',
	'report.annex.synthetic':
		'Synthetic tables: made up by a seeded generator for this demonstration, not real records. Official statistics are real and cited.'
} as const;

type ReportKey = keyof typeof reportEn;

export const reportFr: Record<ReportKey, string> = {
	'report.nav': 'Rapports',
	'report.index.title': 'Rapports',
	'report.index.lead':
		'Les rapports prévus aux points 21 et 22 de la recommandation du Conseil, faits des figures des tableaux de bord et mis en page pour l’impression : un rapport national par État membre et le rapport de la Commission qui les compare tous. Chacun s’imprime en PDF ou se télécharge en un seul fichier HTML.',
	'report.index.eu': 'Rapport de la Commission : tous les États membres comparés (point 22)',
	'report.index.national': 'Rapports nationaux (point 21)',
	'report.index.tools': 'Couverture et vérification',
	'report.index.coverage':
		'Couverture des données : quel indicateur existe pour quel pays et quelle année, et où les données manquent (point 20)',
	'report.index.verify':
		'Vérifier un dossier de rapport : recalculer chaque figure d’un rapport téléchargé dans ce navigateur',
	'report.national.title': '{country} : rapport national sur les microcertifications',
	'report.national.lead':
		'Rapport de {country} sur la mise en œuvre de la recommandation du Conseil du 16 juin 2022 sur une approche européenne des microcertifications (point 21) : participation des adultes à la formation au regard des objectifs national et européen pour 2030, classification, utilisation des microcertifications, inclusion, qualité des enregistrements et mesures prises par point de la recommandation.',
	'report.eu.title': 'Rapport de la Commission : les microcertifications dans les États membres',
	'report.eu.lead':
		'Comparaison des 27 États membres (point 22 de la recommandation du Conseil du 16 juin 2022) : situation au regard des objectifs et classification, utilisation, inclusion et qualité, avec la couverture des données.',
	'report.eu.summary':
		'Les figures ci-dessous comparent tous les États membres pour la dernière année publiée ; chacune a son tableau de données, ses sources et ses téléchargements. Lorsqu’un pays n’a pas de valeur, les tableaux l’indiquent.',
	'report.contents': 'Sommaire',
	'report.section.summary': 'Résumé',
	'report.section.participation': 'Participation des adultes à la formation et objectifs 2030',
	'report.section.uptake': 'Utilisation des microcertifications',
	'report.section.inclusion': 'Inclusion',
	'report.section.quality': 'Qualité des enregistrements',
	'report.section.measures': 'Mesures prises par point de la recommandation (6 à 15)',
	'report.section.coverage': 'Couverture des données (point 20)',
	'report.section.annex': 'Annexe : sources et méthodes',
	'report.section.missing':
		'Les tables de cette section n’ont pas été publiées dans cette version.',
	'report.generated': 'Produit à partir des données',
	'report.handwritten': 'Rédigé à la main',
	'report.commentary.label': 'Commentaire sur « {section} », rédigé à la main',
	'report.commentary.help':
		'Conservé dans ce navigateur uniquement, jamais envoyé. Il est imprimé et inclus dans le HTML téléchargé, signalé comme rédigé à la main.',
	'report.commentary.unsaved':
		'Ce navigateur n’a pas pu conserver le texte (stockage plein ou désactivé).',
	'report.actions': 'Rapport',
	'report.actions.pdf': 'Télécharger en PDF',
	'report.actions.pdf.help': 'Ouvre la boîte d’impression : choisir « Enregistrer au format PDF ».',
	'report.actions.html': 'Télécharger en HTML',
	'report.actions.failed': 'Le téléchargement a échoué. Réessayez.',
	'report.produced': 'Rapport produit le {date}.',
	'report.figure.label': 'Figure {number}',
	'report.summary.eu':
		'Objectif de l’UE pour 2030 : {target} % des adultes de 25 à 64 ans en formation chaque année d’ici {year} ; l’UE était à {value} % en {latest}.',
	'report.summary.measures':
		'{count} mesures nationales déclarées ({implemented} mises en œuvre, {in_progress} en cours, {planned} prévues), au titre de {paragraphs} des {total} points adressés aux États membres.',
	'report.summary.synthetic':
		'Version de démonstration : les enregistrements de microcertifications et les mesures nationales de ce rapport sont synthétiques, et chaque figure qui en est tirée l’indique.',
	'report.measures.none': 'Point {paragraph} : aucune mesure déclarée.',
	'report.measures.paragraph': 'Point {paragraph} ({count}) : {list}',
	'report.measures.item': '{title} ({status})',
	'report.annex.intro':
		'Chaque figure de ce rapport est une figure des tableaux de bord : le même SQL sur les mêmes tables publiées, avec le même tableau de données, les mêmes notes et la même citation. Les données de chaque figure se téléchargent à côté d’elle sur le site.',
	'report.annex.figures': 'Figures :',
	'report.annex.tables': 'Tables publiées lues par ce rapport :',
	'report.annex.table':
		'{name} ({kind}) : {publisher}, {dataset}, extrait le {extracted} ; licence {licence}',
	'report.annex.disclosure':
		'Contrôle de la divulgation statistique : les effectifs de personnes et d’enregistrements sont perturbés par la méthode de la clé de cellule et les cellules sous la taille minimale sont masquées (indicateur c) ; les parts et taux dérivés d’une cellule masquée sont masqués aussi, jamais recalculés.',
	'report.annex.classification':
		'Classification : la méthode du tableau de bord social (le niveau de la dernière année et son évolution par rapport à la moyenne de l’UE) ; progression vers l’objectif national : la croissance annuelle observée comparée à celle requise.',
	'report.annex.synthetic':
		'Tables synthétiques : produites par un générateur initialisé pour cette démonstration, pas des enregistrements réels. Les statistiques officielles sont réelles et citées.'
};

export const reportDe: Record<ReportKey, string> = {
	'report.nav': 'Berichte',
	'report.index.title': 'Berichte',
	'report.index.lead':
		'Die Berichte nach Nummer 21 und 22 der Empfehlung des Rates, aus den Abbildungen der Dashboards zusammengesetzt und für den Druck gestaltet: ein nationaler Bericht je Mitgliedstaat und der Bericht der Kommission, der alle vergleicht. Jeder lässt sich als PDF drucken oder als eine HTML-Datei herunterladen.',
	'report.index.eu': 'Bericht der Kommission: alle Mitgliedstaaten im Vergleich (Nr. 22)',
	'report.index.national': 'Nationale Berichte (Nr. 21)',
	'report.index.tools': 'Abdeckung und Prüfung',
	'report.index.coverage':
		'Datenabdeckung: welcher Indikator für welches Land und Jahr vorliegt und wo Daten fehlen (Nr. 20)',
	'report.index.verify':
		'Ein Berichtspaket prüfen: jede Abbildung eines heruntergeladenen Berichts in diesem Browser neu berechnen',
	'report.national.title': '{country}: nationaler Bericht zu Microcredentials',
	'report.national.lead':
		'Bericht von {country} über die Umsetzung der Empfehlung des Rates vom 16. Juni 2022 über einen europäischen Ansatz für Microcredentials (Nr. 21): Teilnahme Erwachsener an Weiterbildung gemessen an den nationalen und EU-Zielen für 2030, Einstufung, Nutzung von Microcredentials, Inklusion, Qualität der Datensätze und die Maßnahmen je Nummer der Empfehlung.',
	'report.eu.title': 'Bericht der Kommission: Microcredentials in den Mitgliedstaaten',
	'report.eu.lead':
		'Vergleich der 27 Mitgliedstaaten (Nr. 22 der Empfehlung des Rates vom 16. Juni 2022): Stand gegenüber den Zielen und Einstufung, Nutzung, Inklusion und Qualität, mit der Datenabdeckung dahinter.',
	'report.eu.summary':
		'Die folgenden Abbildungen vergleichen alle Mitgliedstaaten im zuletzt veröffentlichten Jahr; jede hat ihre Datentabelle, ihre Quellen und ihre Downloads. Wo ein Land keinen Wert hat, sagen es die Tabellen.',
	'report.contents': 'Inhalt',
	'report.section.summary': 'Zusammenfassung',
	'report.section.participation': 'Teilnahme Erwachsener an Weiterbildung und die Ziele für 2030',
	'report.section.uptake': 'Nutzung von Microcredentials',
	'report.section.inclusion': 'Inklusion',
	'report.section.quality': 'Qualität der Datensätze',
	'report.section.measures': 'Maßnahmen je Nummer der Empfehlung (6 bis 15)',
	'report.section.coverage': 'Datenabdeckung (Nr. 20)',
	'report.section.annex': 'Anhang: Quellen und Methoden',
	'report.section.missing':
		'Die Tabellen dieses Abschnitts wurden in diesem Build nicht veröffentlicht.',
	'report.generated': 'Aus den Daten erzeugt',
	'report.handwritten': 'Von Hand geschrieben',
	'report.commentary.label': 'Kommentar zu „{section}“, von Hand geschrieben',
	'report.commentary.help':
		'Nur in diesem Browser gespeichert, nie gesendet. Er wird gedruckt und in das heruntergeladene HTML übernommen, als von Hand geschrieben gekennzeichnet.',
	'report.commentary.unsaved':
		'Dieser Browser konnte den Text nicht speichern (Speicher voll oder deaktiviert).',
	'report.actions': 'Bericht',
	'report.actions.pdf': 'PDF herunterladen',
	'report.actions.pdf.help': 'Öffnet den Druckdialog: „Als PDF speichern“ wählen.',
	'report.actions.html': 'HTML herunterladen',
	'report.actions.failed': 'Der Download ist fehlgeschlagen. Bitte erneut versuchen.',
	'report.produced': 'Bericht erstellt am {date}.',
	'report.figure.label': 'Abbildung {number}',
	'report.summary.eu':
		'EU-Ziel für 2030: {target} % der Erwachsenen zwischen 25 und 64 Jahren jedes Jahr in Weiterbildung bis {year}; die EU lag {latest} bei {value} %.',
	'report.summary.measures':
		'{count} nationale Maßnahmen gemeldet ({implemented} umgesetzt, {in_progress} laufend, {planned} geplant), zu {paragraphs} der {total} an die Mitgliedstaaten gerichteten Nummern.',
	'report.summary.synthetic':
		'Demonstrations-Build: die Microcredential-Datensätze und die nationalen Maßnahmen dieses Berichts sind synthetisch, und jede Abbildung daraus sagt es.',
	'report.measures.none': 'Nr. {paragraph}: keine Maßnahme gemeldet.',
	'report.measures.paragraph': 'Nr. {paragraph} ({count}): {list}',
	'report.measures.item': '{title} ({status})',
	'report.annex.intro':
		'Jede Abbildung dieses Berichts ist eine Abbildung der Dashboards: dasselbe SQL auf denselben veröffentlichten Tabellen, mit derselben Datentabelle, denselben Anmerkungen und demselben Zitat. Die Daten jeder Abbildung lassen sich auf der Website neben ihr herunterladen.',
	'report.annex.figures': 'Abbildungen:',
	'report.annex.tables': 'Von diesem Bericht gelesene veröffentlichte Tabellen:',
	'report.annex.table':
		'{name} ({kind}): {publisher}, {dataset}, abgerufen am {extracted}; Lizenz {licence}',
	'report.annex.disclosure':
		'Statistische Geheimhaltung: Zahlen von Personen und Datensätzen werden mit dem Cell-Key-Verfahren überlagert, Zellen unter der Mindestgröße werden verborgen (Kennzeichen c); daraus abgeleitete Anteile und Quoten sind ebenfalls verborgen und werden nie neu berechnet.',
	'report.annex.classification':
		'Einstufung: das Verfahren des sozialpolitischen Scoreboards (der Stand im letzten Jahr und seine Veränderung gegenüber dem EU-Durchschnitt); Fortschritt zum nationalen Ziel: das beobachtete gegenüber dem erforderlichen jährlichen Wachstum.',
	'report.annex.synthetic':
		'Synthetische Tabellen: von einem initialisierten Generator für diese Demonstration erzeugt, keine echten Datensätze. Amtliche Statistiken sind echt und zitiert.'
};
