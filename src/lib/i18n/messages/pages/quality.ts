// Messages of the /quality page (keys 'quality.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const qualityEn = {
	'quality.title': 'Quality and transparency of micro-credentials',
	'quality.lead':
		'How completely issuance records carry the eleven mandatory elements of Annex I of the Council Recommendation, how far records, catalogue offers and providers meet the principles of Annex II, which elements digital credentials carry, and where data collection must improve (paragraph 20).',
	'quality.missing_tables': 'This build did not publish the tables this page needs: {tables}.',
	'quality.control.legend': 'View',
	'quality.control.country': 'Country',
	'quality.control.year': 'Year of issue',
	'quality.control.latest': 'Latest year ({year})',
	'quality.control.element': 'Element over time and across countries',
	'quality.finding.title': 'Where data collection must improve (paragraph 20)',
	'quality.year.latest': 'latest year',
	'quality.hidden': 'hidden (c)',
	'quality.no_data': 'No records for {country} in {year}.',
	'quality.notes.synthetic':
		'Synthetic data: the records behind this figure were made up by a seeded generator for this demonstration; no number in it is a statistic.',
	'quality.axis.records_with': '% of issuance records carrying it',
	'quality.axis.records_without': '% of issuance records without it',
	'quality.axis.units_meeting': '% of units meeting the principle',
	'quality.axis.year': 'Year of issue',
	'quality.axis.providers': 'Providers',
	'quality.axis.provider_band': 'Share of the provider’s records carrying all eleven elements',
	'quality.unit.share': '% of issuance records; counts of records',
	'quality.unit.share_without': '% of issuance records without the element; counts of records',
	'quality.unit.units_share': '% of the units counted (records, catalogue offers or providers)',
	'quality.unit.credentials': 'digital credentials',
	'quality.unit.providers': 'providers; records of all years',
	'quality.table.element': 'Annex I element',
	'quality.table.country': 'Country',
	'quality.table.share': '{name}: share, %',
	'quality.table.records_with': '{name}: records with it',
	'quality.table.records': '{name}: records',
	'quality.table.principle': 'Annex II principle',
	'quality.table.basis': 'Units counted',
	'quality.table.units_meeting': '{name}: units meeting it',
	'quality.table.units': '{name}: units',
	'quality.table.format': 'Format',
	'quality.table.rank': 'Rank',
	'quality.table.share_missing': 'Records without it, %',
	'quality.table.records_missing': 'Records without it',
	'quality.table.records_all': 'Records',
	'quality.table.band': 'Records carrying all eleven elements',
	'quality.table.share_of_providers': 'Share of providers, %',
	'quality.table.provider_records': 'Their records',
	'quality.elements.title': 'Records carrying each mandatory Annex I element: {country}, {year}',
	'quality.elements.caption':
		'Share of issuance records carrying each mandatory Annex I element, and all eleven at once: {countries}, {year}',
	'quality.elements.aria':
		'Horizontal bars: the share of issuance records carrying each of the eleven mandatory Annex I elements and all eleven at once, {country} and the EU, {year}.',
	'quality.elements.note.all':
		'All eleven elements: records carrying every mandatory element at once; a record lacking any one of them is not counted.',
	'quality.trend.title': 'Completeness over time: {element}, {country}',
	'quality.trend.caption':
		'Share of issuance records carrying {element}, by year of issue: {countries}',
	'quality.trend.aria':
		'Line chart: the share of issuance records carrying {element} by year of issue, {country} and the EU.',
	'quality.trend.no_data': 'No records for this view.',
	'quality.countries.title': 'Completeness by Member State: {element}, {year}',
	'quality.countries.caption':
		'Share of issuance records carrying {element}, Member States and the EU, {year}',
	'quality.countries.aria':
		'Horizontal bars: the share of issuance records carrying {element} in each Member State and the EU in {year}, from the highest.',
	'quality.countries.note.order':
		'From the highest share; the EU in vermilion, the country chosen in dark blue.',
	'quality.principles.title': 'Annex II principles as measured shares: {country}, {year}',
	'quality.principles.caption':
		'Share of records, catalogue offers or providers meeting each Annex II principle: {countries}, records of {year}',
	'quality.principles.aria':
		'Horizontal bars: the share of units meeting each Annex II principle, {country} and the EU; the units counted are named with each principle (records of {year}, catalogue offers, providers).',
	'quality.principles.note.basis':
		'Each share counts its own units, named after the principle: issuance records of {year}; the micro-credential offers of the catalogue; the providers of the register (offers and providers as published, not by year).',
	'quality.principles.note.unstated':
		'A unit that does not say counts as not meeting the principle: an unstated property is not transparent to the learner either.',
	'quality.principles.note.definitions':
		'Quality: external quality assurance or an accredited programme. Transparency: ECTS given; an EQF level or QF-EHEA cycle given; included in a national qualifications framework. Valid assessment: a type of assessment other than none. Learning pathways: stackable. Portable: European Digital Credential or Open Badges. Authentic: sealed or signed. Information: offer listed in a public catalogue. Recognition: the provider publishes a recognition policy.',
	'quality.credentials.title': 'Annex I elements found in digital credentials, by format',
	'quality.credentials.caption':
		'Imported digital credentials by format and mandatory Annex I element: all credentials, and those where the element was found, was missing, or has no place in the format',
	'quality.credentials.aria':
		'Stacked horizontal bars, one panel per credential format: for each mandatory Annex I element, the credentials where it was found, was missing, or could not be mapped.',
	'quality.credentials.total': 'All credentials',
	'quality.credentials.status.found': 'found',
	'quality.credentials.status.missing': 'missing',
	'quality.credentials.status.not_mappable': 'no place in the format',
	'quality.credentials.none': 'No digital credentials were imported.',
	'quality.credentials.note.totals': 'Credentials imported: {totals}.',
	'quality.credentials.note.statuses':
		'Found: the importer mapped the element from the credential. Missing: the format has a place for it but the credential leaves it empty. No place in the format: the format has no field the element maps to.',
	'quality.credentials.note.perturbed':
		'Each count is perturbed on its own, so on so few credentials the three parts need not add up to the total.',
	'quality.credentials.note.country': 'The credentials are not broken down by country or year.',
	'quality.missing.title': 'Elements most often missing: {country}, {year}',
	'quality.missing.caption':
		'Mandatory Annex I elements ranked by the share of issuance records without them: {country}, {year}',
	'quality.missing.aria':
		'Horizontal bars, ranked: the share of issuance records without each mandatory Annex I element, {country}, {year}, the most often missing first; last, the records missing at least one element.',
	'quality.missing.series': 'Records without the element: {country}, {year}',
	'quality.missing.at_least_one': 'At least one element missing',
	'quality.missing.note.method':
		'Records without an element = records − records carrying it, as published (both perturbed); a hidden count leaves both hidden and the element unranked.',
	'quality.missing.finding.first':
		'{country}, {year}: the Annex I element most often missing is {element}; {share} % of issuance records ({count}) do not carry it.',
	'quality.missing.finding.next': 'Next come {elements}.',
	'quality.missing.finding.any': '{share} % of records lack at least one of the eleven elements.',
	'quality.missing.finding.hidden': 'The share of {count} element(s) is hidden (c) and not ranked.',
	'quality.missing.finding.para20':
		'Paragraph 20 of the Recommendation asks for better data collection: this is where it should start.',
	'quality.missing.finding.none':
		'{country}, {year}: every issuance record carries all eleven mandatory elements.',
	'quality.missing.finding.all_hidden':
		'{country}, {year}: the shares of records without each element are hidden (c).',
	'quality.providers.title':
		'Providers by the share of their records carrying all eleven elements: {country}, all years',
	'quality.providers.caption':
		'Providers by the share of their issuance records carrying all eleven mandatory Annex I elements: {country}, all years',
	'quality.providers.aria':
		'Vertical bars: the number of providers in {country} whose records carry all eleven elements in under 50 %, 50 to 75 %, 75 to 90 % and 90 % or more of cases.',
	'quality.providers.band.0-50': 'under 50 %',
	'quality.providers.band.50-75': '50 to under 75 %',
	'quality.providers.band.75-90': '75 to under 90 %',
	'quality.providers.band.90-100': '90 % or more',
	'quality.providers.band.hidden': 'hidden (c)',
	'quality.providers.none': 'No provider with records here.',
	'quality.providers.note.top':
		'{count} of {total} providers ({share} %) carry all eleven elements in at least 90 % of their records.',
	'quality.providers.note.type':
		'Completeness per provider type is in the figure “Records carrying each mandatory Annex I element, by provider type”; this one looks at the providers one by one.',
	'quality.providers.note.years': 'A provider’s records are counted over all years of issue.',
	'quality.providers.note.eu':
		'For the EU, the providers of every Member State: a provider issuing in two Member States counts in each.',
	'quality.providers.note.unknown':
		'Records without a provider id are not a provider and are left out.',
	'quality.table.provider_type': 'Provider type',
	'quality.provider_types.title':
		'Records carrying each mandatory Annex I element, by provider type: {country}, {year}',
	'quality.provider_types.caption':
		'Share of issuance records carrying each mandatory Annex I element, and all eleven at once, by provider type: {country}, {year}',
	'quality.provider_types.aria':
		'Grid: for each provider type with records in {country} in {year} (rows), the share of its issuance records carrying each mandatory Annex I element, (i) to (xi), and all eleven at once (columns).',
	'quality.provider_types.column.all': 'All 11',
	'quality.provider_types.hidden_short': 'hidden',
	'quality.provider_types.legend': 'Records carrying the element:',
	'quality.provider_types.tooltip': '{share}: {with} of {records} records',
	'quality.provider_types.table.share': '{element}: share, %',
	'quality.provider_types.note.reading':
		'Each cell is the share of the provider type’s issuance records carrying the element, in %. Columns: the mandatory elements of Annex I, (i) to (xi) (named in the table and the tooltips), then all eleven at once. The first row counts every provider type.',
	'quality.provider_types.note.type':
		'Provider type as reported on each record (paragraphs 5b, 7 and 8 of the Recommendation); “Not given” when the record has none. A type without records in this country and year has no row.',
	'quality.provider_types.note.hidden':
		'Hidden (c): the counts behind the cell are withheld by disclosure control, so that no small number of records can be recovered by combining the published tables; the share is not shown either.',
	'quality.headline.text':
		'{share} % of issuance records in {year} carry all eleven mandatory Annex I elements ({country}).',
	'quality.headline.hidden':
		'The share of records carrying all eleven elements is hidden (c) for {country} in {year}.',
	'quality.headline.none': 'No issuance records to measure Annex I completeness.'
} as const;

type QualityKey = keyof typeof qualityEn;

export const qualityFr: Record<QualityKey, string> = {
	'quality.title': 'Qualité et transparence des microcertifications',
	'quality.lead':
		'Dans quelle mesure les enregistrements de délivrance portent les onze éléments obligatoires de l’annexe I de la recommandation du Conseil, dans quelle mesure enregistrements, offres du catalogue et prestataires respectent les principes de l’annexe II, quels éléments portent les titres numériques, et où la collecte de données doit progresser (paragraphe 20).',
	'quality.missing_tables':
		'Cette version n’a pas publié les tables dont cette page a besoin : {tables}.',
	'quality.control.legend': 'Vue',
	'quality.control.country': 'Pays',
	'quality.control.year': 'Année de délivrance',
	'quality.control.latest': 'Dernière année ({year})',
	'quality.control.element': 'Élément dans le temps et entre pays',
	'quality.finding.title': 'Où la collecte de données doit progresser (paragraphe 20)',
	'quality.year.latest': 'dernière année',
	'quality.hidden': 'masqué (c)',
	'quality.no_data': 'Aucun enregistrement pour {country} en {year}.',
	'quality.notes.synthetic':
		'Données synthétiques : les enregistrements derrière cette figure ont été inventés par un générateur à graine pour cette démonstration ; aucun nombre n’y est une statistique.',
	'quality.axis.records_with': '% des enregistrements qui le portent',
	'quality.axis.records_without': '% des enregistrements qui ne le portent pas',
	'quality.axis.units_meeting': '% des unités qui respectent le principe',
	'quality.axis.year': 'Année de délivrance',
	'quality.axis.providers': 'Prestataires',
	'quality.axis.provider_band': 'Part des enregistrements du prestataire portant les onze éléments',
	'quality.unit.share': '% des enregistrements de délivrance ; nombres d’enregistrements',
	'quality.unit.share_without': '% des enregistrements sans l’élément ; nombres d’enregistrements',
	'quality.unit.units_share':
		'% des unités comptées (enregistrements, offres du catalogue ou prestataires)',
	'quality.unit.credentials': 'titres numériques',
	'quality.unit.providers': 'prestataires ; enregistrements de toutes les années',
	'quality.table.element': 'Élément de l’annexe I',
	'quality.table.country': 'Pays',
	'quality.table.share': '{name} : part, %',
	'quality.table.records_with': '{name} : enregistrements qui le portent',
	'quality.table.records': '{name} : enregistrements',
	'quality.table.principle': 'Principe de l’annexe II',
	'quality.table.basis': 'Unités comptées',
	'quality.table.units_meeting': '{name} : unités qui le respectent',
	'quality.table.units': '{name} : unités',
	'quality.table.format': 'Format',
	'quality.table.rank': 'Rang',
	'quality.table.share_missing': 'Enregistrements sans l’élément, %',
	'quality.table.records_missing': 'Enregistrements sans l’élément',
	'quality.table.records_all': 'Enregistrements',
	'quality.table.band': 'Enregistrements portant les onze éléments',
	'quality.table.share_of_providers': 'Part des prestataires, %',
	'quality.table.provider_records': 'Leurs enregistrements',
	'quality.elements.title':
		'Enregistrements portant chaque élément obligatoire de l’annexe I : {country}, {year}',
	'quality.elements.caption':
		'Part des enregistrements de délivrance portant chaque élément obligatoire de l’annexe I, et les onze à la fois : {countries}, {year}',
	'quality.elements.aria':
		'Barres horizontales : la part des enregistrements de délivrance portant chacun des onze éléments obligatoires de l’annexe I et les onze à la fois, {country} et l’UE, {year}.',
	'quality.elements.note.all':
		'Les onze éléments : enregistrements portant tous les éléments obligatoires à la fois ; un enregistrement auquel il en manque un seul n’est pas compté.',
	'quality.trend.title': 'Complétude dans le temps : {element}, {country}',
	'quality.trend.caption':
		'Part des enregistrements de délivrance portant {element}, par année de délivrance : {countries}',
	'quality.trend.aria':
		'Graphique linéaire : la part des enregistrements de délivrance portant {element} par année de délivrance, {country} et l’UE.',
	'quality.trend.no_data': 'Aucun enregistrement pour cette vue.',
	'quality.countries.title': 'Complétude par État membre : {element}, {year}',
	'quality.countries.caption':
		'Part des enregistrements de délivrance portant {element}, États membres et UE, {year}',
	'quality.countries.aria':
		'Barres horizontales : la part des enregistrements de délivrance portant {element} dans chaque État membre et dans l’UE en {year}, de la plus élevée à la plus faible.',
	'quality.countries.note.order':
		'De la part la plus élevée à la plus faible ; l’UE en vermillon, le pays choisi en bleu foncé.',
	'quality.principles.title': 'Principes de l’annexe II en parts mesurées : {country}, {year}',
	'quality.principles.caption':
		'Part des enregistrements, offres du catalogue ou prestataires respectant chaque principe de l’annexe II : {countries}, enregistrements de {year}',
	'quality.principles.aria':
		'Barres horizontales : la part des unités respectant chaque principe de l’annexe II, {country} et l’UE ; les unités comptées sont nommées avec chaque principe (enregistrements de {year}, offres du catalogue, prestataires).',
	'quality.principles.note.basis':
		'Chaque part compte ses propres unités, nommées après le principe : les enregistrements de délivrance de {year} ; les offres de microcertifications du catalogue ; les prestataires du registre (offres et prestataires tels que publiés, pas par année).',
	'quality.principles.note.unstated':
		'Une unité qui ne dit rien compte comme ne respectant pas le principe : une propriété non déclarée n’est pas non plus transparente pour l’apprenant.',
	'quality.principles.note.definitions':
		'Qualité : assurance qualité externe ou programme accrédité. Transparence : ECTS indiqués ; niveau CEC ou cycle QF-EHEA indiqué ; inclus dans un cadre national des certifications. Évaluation valide : un type d’évaluation autre qu’aucune. Parcours d’apprentissage : cumulable. Portable : titre numérique européen ou Open Badges. Authentique : scellé ou signé. Information : offre inscrite dans un catalogue public. Reconnaissance : le prestataire publie une politique de reconnaissance.',
	'quality.credentials.title':
		'Éléments de l’annexe I trouvés dans les titres numériques, par format',
	'quality.credentials.caption':
		'Titres numériques importés par format et élément obligatoire de l’annexe I : tous les titres, et ceux où l’élément a été trouvé, manquait, ou n’a pas de place dans le format',
	'quality.credentials.aria':
		'Barres horizontales empilées, un panneau par format de titre : pour chaque élément obligatoire de l’annexe I, les titres où il a été trouvé, manquait, ou n’a pas pu être mis en correspondance.',
	'quality.credentials.total': 'Tous les titres',
	'quality.credentials.status.found': 'trouvé',
	'quality.credentials.status.missing': 'manquant',
	'quality.credentials.status.not_mappable': 'pas de place dans le format',
	'quality.credentials.none': 'Aucun titre numérique n’a été importé.',
	'quality.credentials.note.totals': 'Titres importés : {totals}.',
	'quality.credentials.note.statuses':
		'Trouvé : l’importateur a tiré l’élément du titre. Manquant : le format lui prévoit une place mais le titre la laisse vide. Pas de place dans le format : le format n’a aucun champ auquel l’élément correspond.',
	'quality.credentials.note.perturbed':
		'Chaque nombre est perturbé séparément : sur si peu de titres, les trois parties peuvent ne pas faire le total.',
	'quality.credentials.note.country': 'Les titres ne sont ventilés ni par pays ni par année.',
	'quality.missing.title': 'Éléments le plus souvent manquants : {country}, {year}',
	'quality.missing.caption':
		'Éléments obligatoires de l’annexe I classés selon la part des enregistrements de délivrance qui ne les portent pas : {country}, {year}',
	'quality.missing.aria':
		'Barres horizontales, classées : la part des enregistrements de délivrance sans chaque élément obligatoire de l’annexe I, {country}, {year}, le plus souvent manquant d’abord ; en dernier, les enregistrements auxquels il manque au moins un élément.',
	'quality.missing.series': 'Enregistrements sans l’élément : {country}, {year}',
	'quality.missing.at_least_one': 'Au moins un élément manquant',
	'quality.missing.note.method':
		'Enregistrements sans un élément = enregistrements − enregistrements qui le portent, tels que publiés (tous deux perturbés) ; un nombre masqué laisse les deux masqués et l’élément non classé.',
	'quality.missing.finding.first':
		'{country}, {year} : l’élément de l’annexe I le plus souvent manquant est {element} ; {share} % des enregistrements de délivrance ({count}) ne le portent pas.',
	'quality.missing.finding.next': 'Viennent ensuite {elements}.',
	'quality.missing.finding.any':
		'{share} % des enregistrements n’ont pas au moins un des onze éléments.',
	'quality.missing.finding.hidden': 'La part de {count} élément(s) est masquée (c) et non classée.',
	'quality.missing.finding.para20':
		'Le paragraphe 20 de la recommandation demande une meilleure collecte de données : c’est par là qu’elle devrait commencer.',
	'quality.missing.finding.none':
		'{country}, {year} : chaque enregistrement de délivrance porte les onze éléments obligatoires.',
	'quality.missing.finding.all_hidden':
		'{country}, {year} : les parts des enregistrements sans chaque élément sont masquées (c).',
	'quality.providers.title':
		'Prestataires selon la part de leurs enregistrements portant les onze éléments : {country}, toutes années',
	'quality.providers.caption':
		'Prestataires selon la part de leurs enregistrements de délivrance portant les onze éléments obligatoires de l’annexe I : {country}, toutes années',
	'quality.providers.aria':
		'Barres verticales : le nombre de prestataires de {country} dont les enregistrements portent les onze éléments dans moins de 50 %, de 50 à 75 %, de 75 à 90 % et dans 90 % ou plus des cas.',
	'quality.providers.band.0-50': 'moins de 50 %',
	'quality.providers.band.50-75': 'de 50 à moins de 75 %',
	'quality.providers.band.75-90': 'de 75 à moins de 90 %',
	'quality.providers.band.90-100': '90 % ou plus',
	'quality.providers.band.hidden': 'masqué (c)',
	'quality.providers.none': 'Aucun prestataire n’a d’enregistrements ici.',
	'quality.providers.note.top':
		'{count} prestataires sur {total} ({share} %) portent les onze éléments dans au moins 90 % de leurs enregistrements.',
	'quality.providers.note.type':
		'La complétude par type de prestataire figure dans le graphique « Enregistrements portant chaque élément obligatoire de l’annexe I, par type de prestataire » ; celui-ci regarde les prestataires un par un.',
	'quality.providers.note.years':
		'Les enregistrements d’un prestataire sont comptés sur toutes les années de délivrance.',
	'quality.providers.note.eu':
		'Pour l’UE, les prestataires de tous les États membres : un prestataire qui délivre dans deux États membres compte dans chacun.',
	'quality.providers.note.unknown':
		'Les enregistrements sans identifiant de prestataire ne sont pas un prestataire et sont laissés de côté.',
	'quality.table.provider_type': 'Type de prestataire',
	'quality.provider_types.title':
		'Enregistrements portant chaque élément obligatoire de l’annexe I, par type de prestataire : {country}, {year}',
	'quality.provider_types.caption':
		'Part des enregistrements de délivrance portant chaque élément obligatoire de l’annexe I, et les onze à la fois, par type de prestataire : {country}, {year}',
	'quality.provider_types.aria':
		'Grille : pour chaque type de prestataire ayant des enregistrements en {country} en {year} (lignes), la part de ses enregistrements de délivrance portant chaque élément obligatoire de l’annexe I, de (i) à (xi), et les onze à la fois (colonnes).',
	'quality.provider_types.column.all': 'Les 11',
	'quality.provider_types.hidden_short': 'masqué',
	'quality.provider_types.legend': 'Enregistrements portant l’élément :',
	'quality.provider_types.tooltip': '{share} : {with} enregistrements sur {records}',
	'quality.provider_types.table.share': '{element} : part, %',
	'quality.provider_types.note.reading':
		'Chaque case donne la part des enregistrements de délivrance du type de prestataire qui portent l’élément, en %. Colonnes : les éléments obligatoires de l’annexe I, de (i) à (xi) (nommés dans le tableau et les infobulles), puis les onze à la fois. La première ligne compte tous les types de prestataires.',
	'quality.provider_types.note.type':
		'Type de prestataire tel que déclaré sur chaque enregistrement (points 5b, 7 et 8 de la recommandation) ; « Non renseigné » quand l’enregistrement n’en a pas. Un type sans enregistrement dans ce pays et cette année n’a pas de ligne.',
	'quality.provider_types.note.hidden':
		'Masqué (c) : les nombres derrière la case sont retenus par le contrôle de la divulgation, pour qu’aucun petit nombre d’enregistrements ne puisse être retrouvé en combinant les tables publiées ; la part n’est pas montrée non plus.',
	'quality.headline.text':
		'{share} % des enregistrements de délivrance de {year} portent les onze éléments obligatoires de l’annexe I ({country}).',
	'quality.headline.hidden':
		'La part des enregistrements portant les onze éléments est masquée (c) pour {country} en {year}.',
	'quality.headline.none':
		'Aucun enregistrement de délivrance pour mesurer la complétude de l’annexe I.'
};

export const qualityDe: Record<QualityKey, string> = {
	'quality.title': 'Qualität und Transparenz von Microcredentials',
	'quality.lead':
		'Wie vollständig die Ausstellungsdatensätze die elf Pflichtelemente nach Anhang I der Empfehlung des Rates enthalten, wie weit Datensätze, Katalogangebote und Anbieter die Grundsätze nach Anhang II erfüllen, welche Elemente digitale Nachweise enthalten und wo sich die Datenerhebung verbessern muss (Nummer 20).',
	'quality.missing_tables':
		'Dieser Build hat die Tabellen nicht veröffentlicht, die diese Seite braucht: {tables}.',
	'quality.control.legend': 'Ansicht',
	'quality.control.country': 'Land',
	'quality.control.year': 'Ausstellungsjahr',
	'quality.control.latest': 'Letztes Jahr ({year})',
	'quality.control.element': 'Element im Zeitverlauf und im Ländervergleich',
	'quality.finding.title': 'Wo sich die Datenerhebung verbessern muss (Nummer 20)',
	'quality.year.latest': 'letztes Jahr',
	'quality.hidden': 'gesperrt (c)',
	'quality.no_data': 'Keine Datensätze für {country} im Jahr {year}.',
	'quality.notes.synthetic':
		'Synthetische Daten: Die Datensätze hinter dieser Abbildung wurden für diese Demonstration von einem Zufallsgenerator mit festem Startwert erzeugt; keine Zahl darin ist eine Statistik.',
	'quality.axis.records_with': '% der Ausstellungsdatensätze mit dem Element',
	'quality.axis.records_without': '% der Ausstellungsdatensätze ohne das Element',
	'quality.axis.units_meeting': '% der Einheiten, die den Grundsatz erfüllen',
	'quality.axis.year': 'Ausstellungsjahr',
	'quality.axis.providers': 'Anbieter',
	'quality.axis.provider_band': 'Anteil der Datensätze des Anbieters mit allen elf Elementen',
	'quality.unit.share': '% der Ausstellungsdatensätze; Anzahl der Datensätze',
	'quality.unit.share_without':
		'% der Ausstellungsdatensätze ohne das Element; Anzahl der Datensätze',
	'quality.unit.units_share':
		'% der gezählten Einheiten (Datensätze, Katalogangebote oder Anbieter)',
	'quality.unit.credentials': 'digitale Nachweise',
	'quality.unit.providers': 'Anbieter; Datensätze aller Jahre',
	'quality.table.element': 'Element nach Anhang I',
	'quality.table.country': 'Land',
	'quality.table.share': '{name}: Anteil, %',
	'quality.table.records_with': '{name}: Datensätze mit dem Element',
	'quality.table.records': '{name}: Datensätze',
	'quality.table.principle': 'Grundsatz nach Anhang II',
	'quality.table.basis': 'Gezählte Einheiten',
	'quality.table.units_meeting': '{name}: Einheiten, die ihn erfüllen',
	'quality.table.units': '{name}: Einheiten',
	'quality.table.format': 'Format',
	'quality.table.rank': 'Rang',
	'quality.table.share_missing': 'Datensätze ohne das Element, %',
	'quality.table.records_missing': 'Datensätze ohne das Element',
	'quality.table.records_all': 'Datensätze',
	'quality.table.band': 'Datensätze mit allen elf Elementen',
	'quality.table.share_of_providers': 'Anteil der Anbieter, %',
	'quality.table.provider_records': 'Ihre Datensätze',
	'quality.elements.title': 'Datensätze mit jedem Pflichtelement nach Anhang I: {country}, {year}',
	'quality.elements.caption':
		'Anteil der Ausstellungsdatensätze mit jedem Pflichtelement nach Anhang I und mit allen elf zugleich: {countries}, {year}',
	'quality.elements.aria':
		'Horizontale Balken: der Anteil der Ausstellungsdatensätze mit jedem der elf Pflichtelemente nach Anhang I und mit allen elf zugleich, {country} und die EU, {year}.',
	'quality.elements.note.all':
		'Alle elf Elemente: Datensätze, die alle Pflichtelemente zugleich enthalten; ein Datensatz, dem auch nur eines fehlt, zählt nicht.',
	'quality.trend.title': 'Vollständigkeit im Zeitverlauf: {element}, {country}',
	'quality.trend.caption':
		'Anteil der Ausstellungsdatensätze mit {element}, nach Ausstellungsjahr: {countries}',
	'quality.trend.aria':
		'Liniendiagramm: der Anteil der Ausstellungsdatensätze mit {element} nach Ausstellungsjahr, {country} und die EU.',
	'quality.trend.no_data': 'Keine Datensätze für diese Ansicht.',
	'quality.countries.title': 'Vollständigkeit nach Mitgliedstaat: {element}, {year}',
	'quality.countries.caption':
		'Anteil der Ausstellungsdatensätze mit {element}, Mitgliedstaaten und EU, {year}',
	'quality.countries.aria':
		'Horizontale Balken: der Anteil der Ausstellungsdatensätze mit {element} in jedem Mitgliedstaat und in der EU im Jahr {year}, vom höchsten an.',
	'quality.countries.note.order':
		'Vom höchsten Anteil an; die EU in Zinnoberrot, das gewählte Land in Dunkelblau.',
	'quality.principles.title': 'Grundsätze nach Anhang II als gemessene Anteile: {country}, {year}',
	'quality.principles.caption':
		'Anteil der Datensätze, Katalogangebote oder Anbieter, die jeden Grundsatz nach Anhang II erfüllen: {countries}, Datensätze von {year}',
	'quality.principles.aria':
		'Horizontale Balken: der Anteil der Einheiten, die jeden Grundsatz nach Anhang II erfüllen, {country} und die EU; die gezählten Einheiten stehen bei jedem Grundsatz (Datensätze von {year}, Katalogangebote, Anbieter).',
	'quality.principles.note.basis':
		'Jeder Anteil zählt seine eigenen Einheiten, genannt nach dem Grundsatz: die Ausstellungsdatensätze von {year}; die Microcredential-Angebote des Katalogs; die Anbieter des Registers (Angebote und Anbieter wie veröffentlicht, nicht nach Jahr).',
	'quality.principles.note.unstated':
		'Eine Einheit ohne Angabe zählt als den Grundsatz nicht erfüllend: eine nicht genannte Eigenschaft ist auch für Lernende nicht transparent.',
	'quality.principles.note.definitions':
		'Qualität: externe Qualitätssicherung oder akkreditiertes Programm. Transparenz: ECTS angegeben; EQR-Niveau oder QF-EHEA-Zyklus angegeben; in einen nationalen Qualifikationsrahmen aufgenommen. Valide Prüfung: eine andere Prüfungsart als keine. Lernpfade: kombinierbar. Übertragbar: Europäischer digitaler Nachweis oder Open Badges. Authentisch: gesiegelt oder signiert. Information: Angebot in einem öffentlichen Katalog. Anerkennung: der Anbieter veröffentlicht eine Anerkennungsregelung.',
	'quality.credentials.title': 'Elemente nach Anhang I in digitalen Nachweisen, nach Format',
	'quality.credentials.caption':
		'Importierte digitale Nachweise nach Format und Pflichtelement nach Anhang I: alle Nachweise und jene, in denen das Element gefunden wurde, fehlte oder im Format keinen Platz hat',
	'quality.credentials.aria':
		'Gestapelte horizontale Balken, ein Feld je Nachweisformat: für jedes Pflichtelement nach Anhang I die Nachweise, in denen es gefunden wurde, fehlte oder nicht zugeordnet werden konnte.',
	'quality.credentials.total': 'Alle Nachweise',
	'quality.credentials.status.found': 'gefunden',
	'quality.credentials.status.missing': 'fehlt',
	'quality.credentials.status.not_mappable': 'kein Platz im Format',
	'quality.credentials.none': 'Es wurden keine digitalen Nachweise importiert.',
	'quality.credentials.note.totals': 'Importierte Nachweise: {totals}.',
	'quality.credentials.note.statuses':
		'Gefunden: der Import hat das Element aus dem Nachweis übernommen. Fehlt: das Format sieht einen Platz vor, der Nachweis lässt ihn leer. Kein Platz im Format: das Format hat kein Feld, dem das Element entspricht.',
	'quality.credentials.note.perturbed':
		'Jede Zahl wird für sich verrauscht: bei so wenigen Nachweisen müssen die drei Teile nicht die Summe ergeben.',
	'quality.credentials.note.country':
		'Die Nachweise sind weder nach Land noch nach Jahr aufgeschlüsselt.',
	'quality.missing.title': 'Am häufigsten fehlende Elemente: {country}, {year}',
	'quality.missing.caption':
		'Pflichtelemente nach Anhang I, geordnet nach dem Anteil der Ausstellungsdatensätze ohne sie: {country}, {year}',
	'quality.missing.aria':
		'Horizontale Balken, geordnet: der Anteil der Ausstellungsdatensätze ohne jedes Pflichtelement nach Anhang I, {country}, {year}, das am häufigsten fehlende zuerst; zuletzt die Datensätze, denen mindestens ein Element fehlt.',
	'quality.missing.series': 'Datensätze ohne das Element: {country}, {year}',
	'quality.missing.at_least_one': 'Mindestens ein Element fehlt',
	'quality.missing.note.method':
		'Datensätze ohne ein Element = Datensätze − Datensätze mit dem Element, wie veröffentlicht (beide verrauscht); eine gesperrte Zahl lässt beide gesperrt und das Element ohne Rang.',
	'quality.missing.finding.first':
		'{country}, {year}: Am häufigsten fehlt das Element {element}; {share} % der Ausstellungsdatensätze ({count}) enthalten es nicht.',
	'quality.missing.finding.next': 'Es folgen {elements}.',
	'quality.missing.finding.any':
		'{share} % der Datensätze fehlt mindestens eines der elf Elemente.',
	'quality.missing.finding.hidden':
		'Der Anteil von {count} Element(en) ist gesperrt (c) und ohne Rang.',
	'quality.missing.finding.para20':
		'Nummer 20 der Empfehlung verlangt eine bessere Datenerhebung: hier sollte sie ansetzen.',
	'quality.missing.finding.none':
		'{country}, {year}: Jeder Ausstellungsdatensatz enthält alle elf Pflichtelemente.',
	'quality.missing.finding.all_hidden':
		'{country}, {year}: Die Anteile der Datensätze ohne jedes Element sind gesperrt (c).',
	'quality.providers.title':
		'Anbieter nach dem Anteil ihrer Datensätze mit allen elf Elementen: {country}, alle Jahre',
	'quality.providers.caption':
		'Anbieter nach dem Anteil ihrer Ausstellungsdatensätze mit allen elf Pflichtelementen nach Anhang I: {country}, alle Jahre',
	'quality.providers.aria':
		'Vertikale Balken: die Zahl der Anbieter in {country}, deren Datensätze alle elf Elemente in unter 50 %, 50 bis 75 %, 75 bis 90 % und 90 % oder mehr der Fälle enthalten.',
	'quality.providers.band.0-50': 'unter 50 %',
	'quality.providers.band.50-75': '50 bis unter 75 %',
	'quality.providers.band.75-90': '75 bis unter 90 %',
	'quality.providers.band.90-100': '90 % oder mehr',
	'quality.providers.band.hidden': 'gesperrt (c)',
	'quality.providers.none': 'Hier hat kein Anbieter Datensätze.',
	'quality.providers.note.top':
		'{count} von {total} Anbietern ({share} %) enthalten alle elf Elemente in mindestens 90 % ihrer Datensätze.',
	'quality.providers.note.type':
		'Die Vollständigkeit nach Anbietertyp zeigt die Abbildung „Datensätze mit jedem Pflichtelement nach Anhang I, nach Anbietertyp“; diese betrachtet die Anbieter einzeln.',
	'quality.providers.note.years':
		'Die Datensätze eines Anbieters werden über alle Ausstellungsjahre gezählt.',
	'quality.providers.note.eu':
		'Für die EU die Anbieter aller Mitgliedstaaten: ein Anbieter, der in zwei Mitgliedstaaten ausstellt, zählt in jedem.',
	'quality.providers.note.unknown':
		'Datensätze ohne Anbieterkennung sind kein Anbieter und bleiben außen vor.',
	'quality.table.provider_type': 'Anbietertyp',
	'quality.provider_types.title':
		'Datensätze mit jedem Pflichtelement nach Anhang I, nach Anbietertyp: {country}, {year}',
	'quality.provider_types.caption':
		'Anteil der Ausstellungsdatensätze mit jedem Pflichtelement nach Anhang I und mit allen elf zugleich, nach Anbietertyp: {country}, {year}',
	'quality.provider_types.aria':
		'Raster: für jeden Anbietertyp mit Datensätzen in {country} im Jahr {year} (Zeilen) der Anteil seiner Ausstellungsdatensätze mit jedem Pflichtelement nach Anhang I, (i) bis (xi), und mit allen elf zugleich (Spalten).',
	'quality.provider_types.column.all': 'Alle 11',
	'quality.provider_types.hidden_short': 'verborgen',
	'quality.provider_types.legend': 'Datensätze mit dem Element:',
	'quality.provider_types.tooltip': '{share}: {with} von {records} Datensätzen',
	'quality.provider_types.table.share': '{element}: Anteil, %',
	'quality.provider_types.note.reading':
		'Jede Zelle gibt den Anteil der Ausstellungsdatensätze des Anbietertyps an, die das Element enthalten, in %. Spalten: die Pflichtelemente nach Anhang I, (i) bis (xi) (in der Tabelle und den Tooltips benannt), dann alle elf zugleich. Die erste Zeile zählt alle Anbietertypen.',
	'quality.provider_types.note.type':
		'Anbietertyp wie in jedem Datensatz angegeben (Nummern 5b, 7 und 8 der Empfehlung); „Nicht angegeben“, wenn der Datensatz keinen nennt. Ein Typ ohne Datensätze in diesem Land und Jahr hat keine Zeile.',
	'quality.provider_types.note.hidden':
		'Verborgen (c): Die Zahlen hinter der Zelle werden von der Geheimhaltung zurückgehalten, damit sich keine kleine Zahl von Datensätzen durch Kombination der veröffentlichten Tabellen zurückgewinnen lässt; der Anteil wird ebenfalls nicht gezeigt.',
	'quality.headline.text':
		'{share} % der Ausstellungsdatensätze von {year} enthalten alle elf Pflichtelemente nach Anhang I ({country}).',
	'quality.headline.hidden':
		'Der Anteil der Datensätze mit allen elf Elementen ist für {country} im Jahr {year} gesperrt (c).',
	'quality.headline.none':
		'Keine Ausstellungsdatensätze, um die Vollständigkeit nach Anhang I zu messen.'
};
