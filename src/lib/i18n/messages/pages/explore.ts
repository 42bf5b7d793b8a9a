// Messages of the SQL console (keys 'explore.…', and its entry in the main navigation). English
// defines the keys; French and German translate every one of them
// (test/unit/i18n/catalogue.test.ts).

export const exploreEn = {
	'nav.explore': 'Explore (SQL)',
	'explore.title': 'Explore the data with SQL',
	'explore.lead':
		'Query every published table with SQL. The query runs in your browser, on the same files the dashboards read.',
	'explore.offline':
		'Nothing you type leaves this page: the query, its result and the downloads stay in your browser.',
	'explore.locked':
		'The console reads only the published tables. It cannot read files or web addresses, install extensions, change settings, attach databases or write anything; a query that runs longer than {seconds} s is stopped.',
	'explore.editor.label': 'SQL query',
	'explore.editor.help':
		'Ctrl+Enter runs the query. Ctrl+Space suggests table and column names; arrows choose, Enter or Tab inserts, Escape closes.',
	'explore.editor.suggestions': '{count} suggestions',
	'explore.editor.suggestions.label': 'Table and column names',
	'explore.run': 'Run',
	'explore.cancel': 'Cancel',
	'explore.link': 'Link to this query',
	'explore.examples.title': 'Example queries',
	'explore.example.uptake_per_country': 'Uptake per Member State, latest year',
	'explore.example.uptake_trend': 'EU uptake, year by year',
	'explore.example.completeness': 'Annex I completeness per Member State',
	'explore.example.inclusion_ratios': 'Inclusion: representation ratios in the EU',
	'explore.example.participation_targets': 'Participation against the 2030 targets',
	'explore.example.principles': 'Annex II principles in the EU',
	'explore.example.hidden_cells': 'Hidden cells per breakdown',
	'explore.schema.title': 'Published tables',
	'explore.schema.lead': '{count} tables, with their columns, types and sources.',
	'explore.schema.rows': '{rows} rows',
	'explore.schema.column': 'Column',
	'explore.schema.type': 'Type',
	'explore.schema.description': 'Description',
	'explore.schema.columns.caption': 'Columns of {table}',
	'explore.schema.source': 'Source',
	'explore.schema.licence': 'Licence',
	'explore.schema.query': 'Query this table',
	'explore.status.idle': 'Write a query, or choose an example, and run it.',
	'explore.status.starting': 'Starting the query engine and loading the tables…',
	'explore.status.running': 'Running… {seconds} s',
	'explore.status.done': 'Rows: {rows} · columns: {columns} · {ms} ms.',
	'explore.status.truncated':
		'Only the first {max} rows are kept: add a LIMIT, or aggregate, to see the rest.',
	'explore.status.cancelled': 'The query was cancelled after {seconds} s.',
	'explore.status.time_limit': 'The query was stopped: it ran longer than {seconds} s.',
	'explore.status.restarted':
		'The query engine did not stop in time and was restarted; the next query loads again the tables it reads.',
	'explore.status.error': 'DuckDB could not run the query.',
	'explore.status.refused': 'This query cannot run in the console.',
	'explore.status.refused.engine': 'Found by the check on DuckDB’s own reading of the query.',
	'explore.refused.empty': 'Write a query first.',
	'explore.refused.too_long': 'The query is longer than {subject} characters.',
	'explore.refused.too_deep': 'The query nests brackets more than {subject} levels deep.',
	'explore.refused.unterminated': 'A string, quoted name or comment is not closed: {subject}',
	'explore.refused.multiple':
		'One statement at a time: remove the “;” and what follows it (from “{subject}”).',
	'explore.refused.not_a_query':
		'“{subject}”: the console runs only queries that read (SELECT, WITH, VALUES, FROM, TABLE, DESCRIBE, SUMMARIZE, PIVOT).',
	'explore.refused.write':
		'“{subject}”: the console only reads; it cannot create, change or delete anything.',
	'explore.refused.configuration': '“{subject}”: the console’s settings cannot be changed.',
	'explore.refused.extension': '“{subject}”: extensions cannot be installed or loaded.',
	'explore.refused.attach': '“{subject}”: no other database can be attached or used.',
	'explore.refused.files': '“{subject}”: the console cannot read or write files.',
	'explore.refused.file_read':
		'“{subject}”: the console reads only the published tables, not files or web addresses.',
	'explore.refused.table_function':
		'“{subject}”: this table function is not available (range, generate_series and unnest are).',
	'explore.refused.system':
		'“{subject}”: the engine’s own catalogue and settings are not available; the list of published tables on this page describes every table.',
	'explore.refused.unknown_table':
		'“{subject}” is not a published table: the list on this page names them all.',
	'explore.result.title': 'Result',
	'explore.result.caption': 'Result of the query ({rows} × {columns})',
	'explore.result.row': 'Row',
	'explore.result.empty': 'The query returned no rows.',
	'explore.result.hidden': 'hidden',
	'explore.result.hidden.legend':
		'hidden (c): a count hidden to protect persons, and every value derived from it; NULL: no value.',
	'explore.result.tables': 'Tables read: {tables}.',
	'explore.chart.title': 'Quick chart',
	'explore.chart.x': 'Along the axis',
	'explore.chart.y': 'Value',
	'explore.chart.kind': 'Chart',
	'explore.chart.bar': 'Bars',
	'explore.chart.line': 'Line',
	'explore.chart.none': 'The result has no numeric column to chart.',
	'explore.chart.empty': 'Nothing to draw: every value is NULL or hidden.',
	'explore.chart.label': '{y} by {x}',
	'explore.chart.cut': 'The chart draws the first {shown} of {rows} rows.',
	'explore.chart.missing': 'NULL or hidden values not drawn (never as zero): {count}.',
	'explore.export.title': 'Download the result',
	'explore.export.csv': 'CSV',
	'explore.export.sidecar': 'CSV metadata (JSON)',
	'explore.export.arrow': 'Arrow IPC',
	'explore.export.parquet': 'Parquet',
	'explore.export.note':
		'Every file carries the citation, the query, its link and the data release: Arrow and Parquet in their own metadata, CSV in its JSON sidecar.',
	'explore.export.failed': 'The download failed: {message}',
	'explore.citation.title': 'Query over the published tables {tables}',
	'explore.cite': 'Cite this result',
	'explore.local.title': 'Your own data, locally',
	'explore.local.lead':
		'Drop your own CSV file of issuance records, catalogue offers or providers, in the formats the pipelines read, or digital credentials (European Digital Credentials, Open Badges 2.0 or 3.0, JSON or JWS): it is checked against the same contract, and its records are aggregated by the same indicator SQL, beside the published tables.',
	'explore.local.private':
		'Nothing leaves your browser. The file is read and checked on this page; learner identifiers are replaced by a keyed pseudonym (a random key of this browser) before anything is kept, and only the aggregates are kept, in this browser.',
	'explore.local.drop': 'Drop a CSV or credential file here, or',
	'explore.local.choose': 'choose a file',
	'explore.local.reading': 'Reading {file}: {percent} %, {rows} rows checked.',
	'explore.local.aggregating': 'Aggregating the accepted records…',
	'explore.local.done':
		'{file}: {read} rows read, {accepted} accepted, {rejected} rejected, in {seconds} s.',
	'explore.local.kind': 'Recognised as a file of {kind}.',
	'explore.local.kind.issuance': 'issuance records',
	'explore.local.kind.catalogue': 'catalogue offers',
	'explore.local.kind.provider': 'providers',
	'explore.local.kind.none': 'No header of a contract file was found.',
	'explore.local.accepted': 'Accepted rows',
	'explore.local.rejected': 'Rejected rows',
	'explore.local.warnings':
		'{count} warnings on accepted rows (kept: a missing Annex I element counts as incomplete).',
	'explore.local.rejections.caption': 'Reasons of the rejected rows: {shown} of {total}',
	'explore.local.notes.caption': 'About the file as a whole',
	'explore.local.col.line': 'Line',
	'explore.local.col.column': 'Column',
	'explore.local.col.name': 'Column name',
	'explore.local.col.rule': 'Rule',
	'explore.local.col.message': 'Reason',
	'explore.local.dropped': '{count} further reasons are counted but not listed.',
	'explore.local.report': 'Download the rejection report (CSV)',
	'explore.local.tables':
		'The accepted records, aggregated in your browser, are in the console as the tables {tables} (source: local, unpublished), and on the uptake and quality pages.',
	'explore.local.not_aggregated':
		'Catalogue and provider files are checked, not aggregated: the local tables come from issuance records.',
	'explore.local.failed': 'The file could not be read: {message}',
	'explore.local.clear': 'Remove the local data from this browser',
	'explore.local.schema.title': 'Local, unpublished',
	'explore.local.schema.lead':
		'Computed in this browser from {file}; not published, never sent anywhere.',
	'explore.local.uptake.title': 'Your own data (local, unpublished)',
	'explore.local.uptake.lead':
		'Computed in this browser from {file} on {date}, with the indicator SQL of the published figures; true counts, neither published nor perturbed. Nothing leaves your browser.',
	'explore.local.uptake.caption':
		'Micro-credentials issued and distinct learners per year, local, unpublished',
	'explore.local.uptake.country': 'Country',
	'explore.local.uptake.year': 'Year',
	'explore.local.uptake.credentials': 'Micro-credentials issued',
	'explore.local.uptake.learners': 'Distinct learners',
	'explore.local.uptake.source': 'Source',
	'explore.local.uptake.explore': 'Query it in the console',
	'explore.local.supply.caption':
		'Catalogue offers by provider type, local, unpublished (an offer without a type is unknown: no provider register is joined)',
	'explore.local.supply.provider_type': 'Provider type',
	'explore.local.supply.listed': 'Offers listed in a public catalogue',
	'explore.local.principles.caption':
		'Annex II principles met by your catalogue offers or registered providers, local, unpublished',
	'explore.local.principles.principle': 'Principle',
	'explore.local.principles.basis': 'Counted',
	'explore.local.principles.units': 'Number',
	'explore.local.principles.meeting': 'Share meeting it (number)',
	'explore.local.quality.title': 'Your own data (local, unpublished)',
	'explore.local.quality.lead':
		'Computed in this browser from {file} on {date}, with the indicator SQL of the published figures: the share of your records carrying each mandatory element of Annex I. True counts, neither published nor perturbed. Nothing leaves your browser.',
	'explore.local.quality.caption':
		'Share of records carrying each Annex I element (records carrying it in brackets), per country and year, local, unpublished',
	'explore.local.quality.element': 'Annex I element',
	'explore.local.quality.column': '{country}, {year}',
	'explore.local.quality.records': 'Records',
	'explore.local.quality.cell': '{share} ({count})',
	'explore.local.quality.source': 'Source',
	'explore.local.quality.explore': 'Query it in the console'
} as const;

type ExploreKey = keyof typeof exploreEn;

export const exploreFr: Record<ExploreKey, string> = {
	'nav.explore': 'Explorer (SQL)',
	'explore.title': 'Explorer les données en SQL',
	'explore.lead':
		'Interrogez en SQL chaque table publiée. La requête s’exécute dans votre navigateur, sur les fichiers mêmes que lisent les tableaux de bord.',
	'explore.offline':
		'Rien de ce que vous saisissez ne quitte cette page : la requête, son résultat et les téléchargements restent dans votre navigateur.',
	'explore.locked':
		'La console ne lit que les tables publiées. Elle ne peut ni lire des fichiers ou des adresses web, ni installer d’extensions, ni modifier des paramètres, ni attacher de bases, ni rien écrire ; une requête qui dure plus de {seconds} s est arrêtée.',
	'explore.editor.label': 'Requête SQL',
	'explore.editor.help':
		'Ctrl+Entrée exécute la requête. Ctrl+Espace propose des noms de tables et de colonnes ; les flèches choisissent, Entrée ou Tab insère, Échap ferme.',
	'explore.editor.suggestions': '{count} suggestions',
	'explore.editor.suggestions.label': 'Noms de tables et de colonnes',
	'explore.run': 'Exécuter',
	'explore.cancel': 'Annuler',
	'explore.link': 'Lien vers cette requête',
	'explore.examples.title': 'Exemples de requêtes',
	'explore.example.uptake_per_country': 'Utilisation par État membre, dernière année',
	'explore.example.uptake_trend': 'Utilisation dans l’UE, année par année',
	'explore.example.completeness': 'Complétude de l’annexe I par État membre',
	'explore.example.inclusion_ratios': 'Inclusion : ratios de représentation dans l’UE',
	'explore.example.participation_targets': 'Participation au regard des objectifs 2030',
	'explore.example.principles': 'Principes de l’annexe II dans l’UE',
	'explore.example.hidden_cells': 'Cellules masquées par ventilation',
	'explore.schema.title': 'Tables publiées',
	'explore.schema.lead': '{count} tables, avec leurs colonnes, leurs types et leurs sources.',
	'explore.schema.rows': '{rows} lignes',
	'explore.schema.column': 'Colonne',
	'explore.schema.type': 'Type',
	'explore.schema.description': 'Description',
	'explore.schema.columns.caption': 'Colonnes de {table}',
	'explore.schema.source': 'Source',
	'explore.schema.licence': 'Licence',
	'explore.schema.query': 'Interroger cette table',
	'explore.status.idle': 'Écrivez une requête, ou choisissez un exemple, puis exécutez-la.',
	'explore.status.starting': 'Démarrage du moteur de requêtes et chargement des tables…',
	'explore.status.running': 'Exécution… {seconds} s',
	'explore.status.done': 'Lignes : {rows} · colonnes : {columns} · {ms} ms.',
	'explore.status.truncated':
		'Seules les {max} premières lignes sont conservées : ajoutez un LIMIT, ou agrégez, pour voir la suite.',
	'explore.status.cancelled': 'La requête a été annulée après {seconds} s.',
	'explore.status.time_limit': 'La requête a été arrêtée : elle a duré plus de {seconds} s.',
	'explore.status.restarted':
		'Le moteur de requêtes ne s’est pas arrêté à temps et a été redémarré ; la prochaine requête recharge les tables qu’elle lit.',
	'explore.status.error': 'DuckDB n’a pas pu exécuter la requête.',
	'explore.status.refused': 'Cette requête ne peut pas s’exécuter dans la console.',
	'explore.status.refused.engine':
		'Détecté par le contrôle sur la lecture de la requête par DuckDB lui-même.',
	'explore.refused.empty': 'Écrivez d’abord une requête.',
	'explore.refused.too_long': 'La requête dépasse {subject} caractères.',
	'explore.refused.too_deep': 'La requête imbrique des parenthèses sur plus de {subject} niveaux.',
	'explore.refused.unterminated':
		'Une chaîne, un nom entre guillemets ou un commentaire n’est pas fermé : {subject}',
	'explore.refused.multiple':
		'Une instruction à la fois : supprimez le « ; » et ce qui le suit (à partir de « {subject} »).',
	'explore.refused.not_a_query':
		'« {subject} » : la console n’exécute que des requêtes de lecture (SELECT, WITH, VALUES, FROM, TABLE, DESCRIBE, SUMMARIZE, PIVOT).',
	'explore.refused.write':
		'« {subject} » : la console ne fait que lire ; elle ne peut rien créer, modifier ni supprimer.',
	'explore.refused.configuration':
		'« {subject} » : les paramètres de la console ne peuvent pas être modifiés.',
	'explore.refused.extension':
		'« {subject} » : les extensions ne peuvent être ni installées ni chargées.',
	'explore.refused.attach': '« {subject} » : aucune autre base ne peut être attachée ni utilisée.',
	'explore.refused.files': '« {subject} » : la console ne peut ni lire ni écrire de fichiers.',
	'explore.refused.file_read':
		'« {subject} » : la console ne lit que les tables publiées, ni fichiers ni adresses web.',
	'explore.refused.table_function':
		'« {subject} » : cette fonction de table n’est pas disponible (range, generate_series et unnest le sont).',
	'explore.refused.system':
		'« {subject} » : le catalogue et les paramètres propres au moteur ne sont pas accessibles ; la liste des tables publiées sur cette page décrit chaque table.',
	'explore.refused.unknown_table':
		'« {subject} » n’est pas une table publiée : la liste de cette page les nomme toutes.',
	'explore.result.title': 'Résultat',
	'explore.result.caption': 'Résultat de la requête ({rows} × {columns})',
	'explore.result.row': 'Ligne',
	'explore.result.empty': 'La requête n’a renvoyé aucune ligne.',
	'explore.result.hidden': 'masqué',
	'explore.result.hidden.legend':
		'masqué (c) : un effectif masqué pour protéger les personnes, et toute valeur qui en dérive ; NULL : pas de valeur.',
	'explore.result.tables': 'Tables lues : {tables}.',
	'explore.chart.title': 'Graphique rapide',
	'explore.chart.x': 'Sur l’axe',
	'explore.chart.y': 'Valeur',
	'explore.chart.kind': 'Graphique',
	'explore.chart.bar': 'Barres',
	'explore.chart.line': 'Ligne',
	'explore.chart.none': 'Le résultat n’a pas de colonne numérique à représenter.',
	'explore.chart.empty': 'Rien à tracer : toutes les valeurs sont NULL ou masquées.',
	'explore.chart.label': '{y} selon {x}',
	'explore.chart.cut': 'Le graphique trace les {shown} premières lignes sur {rows}.',
	'explore.chart.missing': 'Valeurs NULL ou masquées non tracées (jamais comme zéro) : {count}.',
	'explore.export.title': 'Télécharger le résultat',
	'explore.export.csv': 'CSV',
	'explore.export.sidecar': 'Métadonnées du CSV (JSON)',
	'explore.export.arrow': 'Arrow IPC',
	'explore.export.parquet': 'Parquet',
	'explore.export.note':
		'Chaque fichier porte la citation, la requête, son lien et la version des données : Arrow et Parquet dans leurs propres métadonnées, le CSV dans son fichier JSON d’accompagnement.',
	'explore.export.failed': 'Le téléchargement a échoué : {message}',
	'explore.citation.title': 'Requête sur les tables publiées {tables}',
	'explore.cite': 'Citer ce résultat',
	'explore.local.title': 'Vos propres données, en local',
	'explore.local.lead':
		"Déposez votre propre fichier CSV d'attributions, d'offres de catalogue ou de prestataires, dans les formats que lisent les chaînes de traitement, ou des justificatifs numériques (European Digital Credentials, Open Badges 2.0 ou 3.0, JSON ou JWS) : il est vérifié selon le même contrat, et ses enregistrements sont agrégés par le même SQL d'indicateurs, à côté des tables publiées.",
	'explore.local.private':
		'Rien ne quitte votre navigateur. Le fichier est lu et vérifié sur cette page ; les identifiants des apprenants sont remplacés par un pseudonyme à clé (une clé aléatoire de ce navigateur) avant toute conservation, et seuls les agrégats sont conservés, dans ce navigateur.',
	'explore.local.drop': 'Déposez un fichier CSV ou de justificatifs ici, ou',
	'explore.local.choose': 'choisissez un fichier',
	'explore.local.reading': 'Lecture de {file} : {percent} %, {rows} lignes vérifiées.',
	'explore.local.aggregating': 'Agrégation des enregistrements acceptés…',
	'explore.local.done':
		'{file} : {read} lignes lues, {accepted} acceptées, {rejected} rejetées, en {seconds} s.',
	'explore.local.kind': 'Reconnu comme un fichier de {kind}.',
	'explore.local.kind.issuance': 'attributions',
	'explore.local.kind.catalogue': 'offres de catalogue',
	'explore.local.kind.provider': 'prestataires',
	'explore.local.kind.none': "Aucun en-tête de fichier du contrat n'a été trouvé.",
	'explore.local.accepted': 'Lignes acceptées',
	'explore.local.rejected': 'Lignes rejetées',
	'explore.local.warnings':
		"{count} avertissements sur des lignes acceptées (conservées : un élément de l'annexe I manquant compte comme incomplet).",
	'explore.local.rejections.caption': 'Motifs des lignes rejetées : {shown} sur {total}',
	'explore.local.notes.caption': 'À propos du fichier dans son ensemble',
	'explore.local.col.line': 'Ligne',
	'explore.local.col.column': 'Colonne',
	'explore.local.col.name': 'Nom de colonne',
	'explore.local.col.rule': 'Règle',
	'explore.local.col.message': 'Motif',
	'explore.local.dropped': '{count} autres motifs sont comptés mais pas listés.',
	'explore.local.report': 'Télécharger le rapport des rejets (CSV)',
	'explore.local.tables':
		"Les enregistrements acceptés, agrégés dans votre navigateur, sont dans la console sous les tables {tables} (source : local, non publié), et sur les pages de l'adoption et de la qualité.",
	'explore.local.not_aggregated':
		'Les fichiers de catalogue et de prestataires sont vérifiés, pas agrégés : les tables locales viennent des attributions.',
	'explore.local.failed': "Le fichier n'a pas pu être lu : {message}",
	'explore.local.clear': 'Supprimer les données locales de ce navigateur',
	'explore.local.schema.title': 'Local, non publié',
	'explore.local.schema.lead':
		'Calculé dans ce navigateur à partir de {file} ; non publié, jamais envoyé nulle part.',
	'explore.local.uptake.title': 'Vos propres données (local, non publié)',
	'explore.local.uptake.lead':
		"Calculé dans ce navigateur à partir de {file} le {date}, avec le SQL d'indicateurs des figures publiées ; comptes exacts, ni publiés ni perturbés. Rien ne quitte votre navigateur.",
	'explore.local.uptake.caption':
		'Micro-certifications délivrées et apprenants distincts par année, local, non publié',
	'explore.local.uptake.country': 'Pays',
	'explore.local.uptake.year': 'Année',
	'explore.local.uptake.credentials': 'Micro-certifications délivrées',
	'explore.local.uptake.learners': 'Apprenants distincts',
	'explore.local.uptake.source': 'Source',
	'explore.local.uptake.explore': 'L’interroger dans la console',
	'explore.local.supply.caption':
		'Offres des catalogues par type de prestataire, local, non publié (une offre sans type est inconnue : aucun registre des prestataires n’est joint)',
	'explore.local.supply.provider_type': 'Type de prestataire',
	'explore.local.supply.listed': 'Offres listées dans un catalogue public',
	'explore.local.principles.caption':
		'Principes de l’annexe II respectés par vos offres de catalogue ou vos prestataires enregistrés, local, non publié',
	'explore.local.principles.principle': 'Principe',
	'explore.local.principles.basis': 'Unités',
	'explore.local.principles.units': 'Nombre',
	'explore.local.principles.meeting': 'Part qui le respecte (nombre)',
	'explore.local.quality.title': 'Vos propres données (local, non publié)',
	'explore.local.quality.lead':
		"Calculé dans ce navigateur à partir de {file} le {date}, avec le SQL d'indicateurs des figures publiées : la part de vos enregistrements portant chaque élément obligatoire de l'annexe I. Comptes exacts, ni publiés ni perturbés. Rien ne quitte votre navigateur.",
	'explore.local.quality.caption':
		"Part des enregistrements portant chaque élément de l'annexe I (enregistrements qui le portent entre parenthèses), par pays et par année, local, non publié",
	'explore.local.quality.element': "Élément de l'annexe I",
	'explore.local.quality.column': '{country}, {year}',
	'explore.local.quality.records': 'Enregistrements',
	'explore.local.quality.cell': '{share} ({count})',
	'explore.local.quality.source': 'Source',
	'explore.local.quality.explore': 'L’interroger dans la console'
};

export const exploreDe: Record<ExploreKey, string> = {
	'nav.explore': 'Erkunden (SQL)',
	'explore.title': 'Die Daten mit SQL erkunden',
	'explore.lead':
		'Fragen Sie jede veröffentlichte Tabelle mit SQL ab. Die Abfrage läuft in Ihrem Browser, auf denselben Dateien, die die Dashboards lesen.',
	'explore.offline':
		'Nichts, was Sie eingeben, verlässt diese Seite: Abfrage, Ergebnis und Downloads bleiben in Ihrem Browser.',
	'explore.locked':
		'Die Konsole liest nur die veröffentlichten Tabellen. Sie kann weder Dateien noch Webadressen lesen, keine Erweiterungen installieren, keine Einstellungen ändern, keine Datenbanken anhängen und nichts schreiben; eine Abfrage, die länger als {seconds} s läuft, wird angehalten.',
	'explore.editor.label': 'SQL-Abfrage',
	'explore.editor.help':
		'Strg+Eingabe führt die Abfrage aus. Strg+Leertaste schlägt Tabellen- und Spaltennamen vor; Pfeiltasten wählen, Eingabe oder Tab fügt ein, Escape schließt.',
	'explore.editor.suggestions': '{count} Vorschläge',
	'explore.editor.suggestions.label': 'Tabellen- und Spaltennamen',
	'explore.run': 'Ausführen',
	'explore.cancel': 'Abbrechen',
	'explore.link': 'Link zu dieser Abfrage',
	'explore.examples.title': 'Beispielabfragen',
	'explore.example.uptake_per_country': 'Nutzung je Mitgliedstaat, letztes Jahr',
	'explore.example.uptake_trend': 'Nutzung in der EU, Jahr für Jahr',
	'explore.example.completeness': 'Vollständigkeit nach Anhang I je Mitgliedstaat',
	'explore.example.inclusion_ratios': 'Inklusion: Repräsentationsquoten in der EU',
	'explore.example.participation_targets': 'Teilnahme gemessen an den Zielen für 2030',
	'explore.example.principles': 'Grundsätze des Anhangs II in der EU',
	'explore.example.hidden_cells': 'Verborgene Zellen je Aufschlüsselung',
	'explore.schema.title': 'Veröffentlichte Tabellen',
	'explore.schema.lead': '{count} Tabellen mit ihren Spalten, Typen und Quellen.',
	'explore.schema.rows': '{rows} Zeilen',
	'explore.schema.column': 'Spalte',
	'explore.schema.type': 'Typ',
	'explore.schema.description': 'Beschreibung',
	'explore.schema.columns.caption': 'Spalten von {table}',
	'explore.schema.source': 'Quelle',
	'explore.schema.licence': 'Lizenz',
	'explore.schema.query': 'Diese Tabelle abfragen',
	'explore.status.idle':
		'Schreiben Sie eine Abfrage oder wählen Sie ein Beispiel, und führen Sie sie aus.',
	'explore.status.starting': 'Die Abfrage-Engine startet und lädt die Tabellen…',
	'explore.status.running': 'Läuft… {seconds} s',
	'explore.status.done': 'Zeilen: {rows} · Spalten: {columns} · {ms} ms.',
	'explore.status.truncated':
		'Nur die ersten {max} Zeilen werden behalten: fügen Sie ein LIMIT hinzu oder aggregieren Sie, um den Rest zu sehen.',
	'explore.status.cancelled': 'Die Abfrage wurde nach {seconds} s abgebrochen.',
	'explore.status.time_limit': 'Die Abfrage wurde angehalten: sie lief länger als {seconds} s.',
	'explore.status.restarted':
		'Die Abfrage-Engine hielt nicht rechtzeitig an und wurde neu gestartet; die nächste Abfrage lädt die Tabellen, die sie liest, erneut.',
	'explore.status.error': 'DuckDB konnte die Abfrage nicht ausführen.',
	'explore.status.refused': 'Diese Abfrage kann in der Konsole nicht laufen.',
	'explore.status.refused.engine':
		'Gefunden bei der Prüfung der Abfrage, wie DuckDB selbst sie liest.',
	'explore.refused.empty': 'Schreiben Sie zuerst eine Abfrage.',
	'explore.refused.too_long': 'Die Abfrage ist länger als {subject} Zeichen.',
	'explore.refused.too_deep': 'Die Abfrage verschachtelt Klammern tiefer als {subject} Ebenen.',
	'explore.refused.unterminated':
		'Eine Zeichenkette, ein Name in Anführungszeichen oder ein Kommentar ist nicht geschlossen: {subject}',
	'explore.refused.multiple':
		'Eine Anweisung auf einmal: entfernen Sie das „;“ und was folgt (ab „{subject}“).',
	'explore.refused.not_a_query':
		'„{subject}“: die Konsole führt nur lesende Abfragen aus (SELECT, WITH, VALUES, FROM, TABLE, DESCRIBE, SUMMARIZE, PIVOT).',
	'explore.refused.write':
		'„{subject}“: die Konsole liest nur; sie kann nichts anlegen, ändern oder löschen.',
	'explore.refused.configuration':
		'„{subject}“: die Einstellungen der Konsole können nicht geändert werden.',
	'explore.refused.extension':
		'„{subject}“: Erweiterungen können weder installiert noch geladen werden.',
	'explore.refused.attach':
		'„{subject}“: keine andere Datenbank kann angehängt oder verwendet werden.',
	'explore.refused.files': '„{subject}“: die Konsole kann keine Dateien lesen oder schreiben.',
	'explore.refused.file_read':
		'„{subject}“: die Konsole liest nur die veröffentlichten Tabellen, keine Dateien oder Webadressen.',
	'explore.refused.table_function':
		'„{subject}“: diese Tabellenfunktion ist nicht verfügbar (range, generate_series und unnest sind es).',
	'explore.refused.system':
		'„{subject}“: der eigene Katalog und die Einstellungen der Engine sind nicht zugänglich; die Liste der veröffentlichten Tabellen auf dieser Seite beschreibt jede Tabelle.',
	'explore.refused.unknown_table':
		'„{subject}“ ist keine veröffentlichte Tabelle: die Liste auf dieser Seite nennt sie alle.',
	'explore.result.title': 'Ergebnis',
	'explore.result.caption': 'Ergebnis der Abfrage ({rows} × {columns})',
	'explore.result.row': 'Zeile',
	'explore.result.empty': 'Die Abfrage hat keine Zeilen ergeben.',
	'explore.result.hidden': 'verborgen',
	'explore.result.hidden.legend':
		'verborgen (c): eine zum Schutz von Personen verborgene Zahl und jeder daraus abgeleitete Wert; NULL: kein Wert.',
	'explore.result.tables': 'Gelesene Tabellen: {tables}.',
	'explore.chart.title': 'Schnelldiagramm',
	'explore.chart.x': 'Auf der Achse',
	'explore.chart.y': 'Wert',
	'explore.chart.kind': 'Diagramm',
	'explore.chart.bar': 'Balken',
	'explore.chart.line': 'Linie',
	'explore.chart.none': 'Das Ergebnis hat keine numerische Spalte für ein Diagramm.',
	'explore.chart.empty': 'Nichts zu zeichnen: alle Werte sind NULL oder verborgen.',
	'explore.chart.label': '{y} nach {x}',
	'explore.chart.cut': 'Das Diagramm zeigt die ersten {shown} von {rows} Zeilen.',
	'explore.chart.missing': 'Nicht gezeichnete Werte, NULL oder verborgen (nie als null): {count}.',
	'explore.export.title': 'Das Ergebnis herunterladen',
	'explore.export.csv': 'CSV',
	'explore.export.sidecar': 'CSV-Metadaten (JSON)',
	'explore.export.arrow': 'Arrow IPC',
	'explore.export.parquet': 'Parquet',
	'explore.export.note':
		'Jede Datei trägt das Zitat, die Abfrage, ihren Link und den Datenstand: Arrow und Parquet in ihren eigenen Metadaten, CSV in seiner begleitenden JSON-Datei.',
	'explore.export.failed': 'Der Download ist fehlgeschlagen: {message}',
	'explore.citation.title': 'Abfrage der veröffentlichten Tabellen {tables}',
	'explore.cite': 'Dieses Ergebnis zitieren',
	'explore.local.title': 'Ihre eigenen Daten, lokal',
	'explore.local.lead':
		'Legen Sie Ihre eigene CSV-Datei mit Ausstellungen, Katalogangeboten oder Anbietern ab, in den Formaten, die die Verarbeitung liest, oder digitale Nachweise (European Digital Credentials, Open Badges 2.0 oder 3.0, JSON oder JWS): Sie wird nach demselben Vertrag geprüft, und ihre Datensätze werden mit demselben Indikator-SQL aggregiert, neben den veröffentlichten Tabellen.',
	'explore.local.private':
		'Nichts verlässt Ihren Browser. Die Datei wird auf dieser Seite gelesen und geprüft; Kennungen der Lernenden werden durch ein verschlüsseltes Pseudonym (ein Zufallsschlüssel dieses Browsers) ersetzt, bevor etwas gespeichert wird, und nur die Aggregate werden gespeichert, in diesem Browser.',
	'explore.local.drop': 'Legen Sie hier eine CSV- oder Nachweisdatei ab, oder',
	'explore.local.choose': 'wählen Sie eine Datei',
	'explore.local.reading': '{file} wird gelesen: {percent} %, {rows} Zeilen geprüft.',
	'explore.local.aggregating': 'Die angenommenen Datensätze werden aggregiert…',
	'explore.local.done':
		'{file}: {read} Zeilen gelesen, {accepted} angenommen, {rejected} abgelehnt, in {seconds} s.',
	'explore.local.kind': 'Erkannt als Datei mit {kind}.',
	'explore.local.kind.issuance': 'Ausstellungen',
	'explore.local.kind.catalogue': 'Katalogangeboten',
	'explore.local.kind.provider': 'Anbietern',
	'explore.local.kind.none': 'Keine Kopfzeile einer Vertragsdatei gefunden.',
	'explore.local.accepted': 'Angenommene Zeilen',
	'explore.local.rejected': 'Abgelehnte Zeilen',
	'explore.local.warnings':
		'{count} Warnungen zu angenommenen Zeilen (behalten: ein fehlendes Element nach Anhang I zählt als unvollständig).',
	'explore.local.rejections.caption': 'Gründe der abgelehnten Zeilen: {shown} von {total}',
	'explore.local.notes.caption': 'Zur Datei als Ganzes',
	'explore.local.col.line': 'Zeile',
	'explore.local.col.column': 'Spalte',
	'explore.local.col.name': 'Spaltenname',
	'explore.local.col.rule': 'Regel',
	'explore.local.col.message': 'Grund',
	'explore.local.dropped': '{count} weitere Gründe werden gezählt, aber nicht aufgeführt.',
	'explore.local.report': 'Ablehnungsbericht herunterladen (CSV)',
	'explore.local.tables':
		'Die angenommenen Datensätze, in Ihrem Browser aggregiert, stehen in der Konsole als Tabellen {tables} (Quelle: lokal, unveröffentlicht) und auf den Seiten zur Nutzung und zur Qualität.',
	'explore.local.not_aggregated':
		'Katalog- und Anbieterdateien werden geprüft, nicht aggregiert: Die lokalen Tabellen stammen aus Ausstellungen.',
	'explore.local.failed': 'Die Datei konnte nicht gelesen werden: {message}',
	'explore.local.clear': 'Lokale Daten aus diesem Browser entfernen',
	'explore.local.schema.title': 'Lokal, unveröffentlicht',
	'explore.local.schema.lead':
		'In diesem Browser aus {file} berechnet; nicht veröffentlicht, nie irgendwohin gesendet.',
	'explore.local.uptake.title': 'Ihre eigenen Daten (lokal, unveröffentlicht)',
	'explore.local.uptake.lead':
		'In diesem Browser aus {file} am {date} berechnet, mit dem Indikator-SQL der veröffentlichten Abbildungen; echte Zahlen, weder veröffentlicht noch gestört. Nichts verlässt Ihren Browser.',
	'explore.local.uptake.caption':
		'Ausgestellte Microcredentials und verschiedene Lernende pro Jahr, lokal, unveröffentlicht',
	'explore.local.uptake.country': 'Land',
	'explore.local.uptake.year': 'Jahr',
	'explore.local.uptake.credentials': 'Ausgestellte Microcredentials',
	'explore.local.uptake.learners': 'Verschiedene Lernende',
	'explore.local.uptake.source': 'Quelle',
	'explore.local.uptake.explore': 'In der Konsole abfragen',
	'explore.local.supply.caption':
		'Katalogangebote nach Anbietertyp, lokal, unveröffentlicht (ein Angebot ohne Typ ist unbekannt: kein Anbieterregister wird verknüpft)',
	'explore.local.supply.provider_type': 'Anbietertyp',
	'explore.local.supply.listed': 'In einem öffentlichen Katalog gelistete Angebote',
	'explore.local.principles.caption':
		'Grundsätze von Anhang II, die Ihre Katalogangebote oder registrierten Anbieter erfüllen, lokal, unveröffentlicht',
	'explore.local.principles.principle': 'Grundsatz',
	'explore.local.principles.basis': 'Gezählt',
	'explore.local.principles.units': 'Anzahl',
	'explore.local.principles.meeting': 'Anteil, der ihn erfüllt (Anzahl)',
	'explore.local.quality.title': 'Ihre eigenen Daten (lokal, unveröffentlicht)',
	'explore.local.quality.lead':
		'In diesem Browser aus {file} am {date} berechnet, mit dem Indikator-SQL der veröffentlichten Abbildungen: der Anteil Ihrer Datensätze mit jedem Pflichtelement nach Anhang I. Echte Zahlen, weder veröffentlicht noch gestört. Nichts verlässt Ihren Browser.',
	'explore.local.quality.caption':
		'Anteil der Datensätze mit jedem Element nach Anhang I (Datensätze mit dem Element in Klammern), nach Land und Jahr, lokal, unveröffentlicht',
	'explore.local.quality.element': 'Element nach Anhang I',
	'explore.local.quality.column': '{country}, {year}',
	'explore.local.quality.records': 'Datensätze',
	'explore.local.quality.cell': '{share} ({count})',
	'explore.local.quality.source': 'Quelle',
	'explore.local.quality.explore': 'In der Konsole abfragen'
};
