// Messages of the /uptake page (keys 'uptake.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const uptakeEn = {
	'uptake.title': 'Uptake of micro-credentials',
	'uptake.lead':
		'Micro-credentials issued and distinct learners, per Member State and per 1 000 adults aged 25-64, by the characteristics the Recommendation asks about (paragraphs 3, 7, 8, 11 and 12), and the offers in providers’ catalogues.',
	'uptake.synthetic':
		'Every figure on this page is built from synthetic records made up by a seeded generator: not real, and no number here is a statistic.',
	'uptake.missing':
		'This build has no uptake tables (or tables from an older pipeline without the rates per 1 000 adults): run the pipelines to publish them.',
	'uptake.how':
		'Click a bar, a country on the map or a year to filter the other figures; the buttons in the first column of each table do the same from the keyboard. The filters show below and stay in the link.',
	'uptake.no_filter': 'No filter: the EU as a whole, all credentials, {year}.',
	'uptake.headline.title': 'In short',
	'uptake.headline.sentence':
		'{geo}, {year}: {credentials} micro-credentials issued to {learners} learners, that is {credentialsRate} credentials and {learnersRate} learners per 1 000 adults aged 25-64',
	'uptake.headline.growth': '{growth} % credentials on {before}',
	'uptake.controls': 'View',
	'uptake.control.breakdown': 'Breakdown by',
	'uptake.control.measure': 'Count',
	'uptake.control.unit': 'Unit',
	'uptake.unit.count': 'Number',
	'uptake.unit.rate': 'Per 1 000 adults aged 25-64',
	'uptake.measure.credentials.count': 'Micro-credentials issued',
	'uptake.measure.credentials.rate': 'Credentials per 1 000 adults aged 25-64',
	'uptake.measure.learners.count': 'Distinct learners',
	'uptake.measure.learners.rate': 'Learners per 1 000 adults aged 25-64',
	'uptake.map.describe': '{country}: {value}.',
	'uptake.map.choose': 'Filter on this country.',
	'uptake.map.unchoose': 'Remove the filter on this country.',
	'uptake.map.missing':
		'This build has no map geometry (GISCO): the ranking below shows the same values.',
	'uptake.map.aria':
		'Map of the Member States coloured by {measure} in {year}. The same numbers are in the table below.',
	'uptake.map.attribution':
		'Boundaries: © EuroGeographics for the administrative boundaries; source: Eurostat/GISCO. Canaries, Madeira and the Azores are not drawn.',
	'uptake.hidden': 'hidden',
	'uptake.hidden.legend': 'Hidden (c)',
	'uptake.empty': 'No records for this view.',
	'uptake.not_cut': 'Not cut by {filter}',
	'uptake.year.incomplete': '{year} (up to {date})',
	'uptake.axis.year': 'Year',
	'uptake.table.country': 'Country',
	'uptake.table.growth': 'Change in credentials on the year before (%)',
	'uptake.table.credentials_share': 'Share of credentials (%)',
	'uptake.table.learners_share': 'Share of learners (%)',
	'uptake.title.category': '{title} ({category})',
	'uptake.series.title': '{measure} over the years: {geos}',
	'uptake.series.caption': 'Credentials and learners by year: {geos}',
	'uptake.series.caption.category': 'Credentials and learners by year: {geos}; {category}',
	'uptake.series.unit':
		'credentials and distinct learners; rates per 1 000 adults aged 25-64; change in %',
	'uptake.series.aria':
		'Line chart of micro-credentials over the years for {geos}. The same numbers are in the table below.',
	'uptake.growth.title': 'Change in credentials on the year before: {geos}',
	'uptake.growth.caption': 'Change in credentials on the year before: {geos}',
	'uptake.growth.axis': '% on the year before',
	'uptake.growth.aria':
		'Bar chart of the yearly change in micro-credentials for {geos}. The same numbers are in the table below.',
	'uptake.country.title': 'Micro-credentials and learners over the years: {geo}',
	'uptake.countries.title': '{measure} by Member State, {year}',
	'uptake.countries.caption': 'Credentials and learners by Member State, {year}',
	'uptake.countries.caption.category':
		'Credentials and learners by Member State, {year}; {category}',
	'uptake.ranking.aria':
		'Bar chart of the Member States ranked by {measure} in {year}, the EU as a line. The same numbers are in the table below.',
	'uptake.breakdown.title': '{measure} by {dimension}: {geos}, {year}',
	'uptake.breakdown.caption': 'Credentials and learners by {dimension}: {geos}, {year}',
	'uptake.breakdown.aria':
		'Bar chart of micro-credentials by {dimension} for {geos} in {year}. The same numbers are in the table below.',
	'uptake.supply.title': 'Catalogue offers by provider type: {geos}',
	'uptake.supply.caption': 'Catalogue offers by provider type: {geos}',
	'uptake.supply.axis': 'Offers in providers’ catalogues',
	'uptake.supply.aria':
		'Bar chart of the micro-credentials offered, by provider type, split into those listed in a public catalogue and the others, for {geos}. The same numbers are in the table below.',
	'uptake.supply.listed': 'Listed in a public catalogue',
	'uptake.supply.not_listed': 'Not listed in a public catalogue',
	'uptake.supply.offers': 'Offers',
	'uptake.supply.share': 'Share listed in a public catalogue (%)',
	'uptake.supply.providers': 'Providers with an offer',
	'uptake.supply.note':
		'Offers in the providers’ catalogues as published with this release, whatever their year; public catalogue: Europass or a national one (para 18a). An offer is not a person, so nothing is hidden here.',
	'uptake.supply.note.not_cut': 'Not cut by {filter}. The catalogue has provider types only.',
	'uptake.supply.note.no_year':
		'The catalogue has no year: these offers are not those of {year} only.',
	'uptake.note.synthetic':
		'Synthetic data: the records are made up by a seeded generator, not real, and no number here is a statistic.',
	'uptake.note.hidden':
		'Hidden (c): a count that could reveal fewer than 5 persons or records is hidden, and so are the rates and changes worked out from it. It is never shown as 0.',
	'uptake.note.eu_learners':
		'The EU counts each learner once, even one with credentials from several Member States: its learners can be fewer than the sum of the countries’.',
	'uptake.note.not_added':
		'Each country is shown on its own: learners are never added up across countries, since one person may hold credentials from two of them.',
	'uptake.note.incomplete':
		'{year} is not complete: its records stop at the release date, {date}. Its change compares part of a year with a whole one.',
	'uptake.note.overlap':
		'{dimension}: a credential can be in two categories (digital and green), so the categories do not add up to the total.',
	'uptake.note.category': 'Only the credentials of one category: {category}.',
	'uptake.note.rates':
		'Rates per 1 000 adults aged 25-64 (population on 1 January, Eurostat demo_pjangroup; the EU: the 27 summed). Counts perturbed by the cell-key method.',
	'uptake.note.growth':
		'Change in credentials on the same line a year before, from the published counts; not given where either year is hidden or the year before had none.',
	'uptake.note.share':
		'Shares: a category’s credentials (learners) as a % of all of the line’s. A category without a row had no credentials: 0.',
	'uptake.note.not_cut':
		'Not cut by {filter}. The published table has one characteristic at a time, so a category of one cannot cut the others.'
} as const;

type UptakeKey = keyof typeof uptakeEn;

export const uptakeFr: Record<UptakeKey, string> = {
	'uptake.title': 'Diffusion des microcertifications',
	'uptake.lead':
		'Microcertifications délivrées et apprenants distincts, par État membre et pour 1 000 adultes de 25 à 64 ans, selon les caractéristiques visées par la recommandation (points 3, 7, 8, 11 et 12), et les offres des catalogues des prestataires.',
	'uptake.synthetic':
		'Toutes les figures de cette page reposent sur des enregistrements synthétiques produits par un générateur initialisé : ils ne sont pas réels et aucun chiffre ici n’est une statistique.',
	'uptake.missing':
		'Cette version ne contient pas les tableaux de diffusion (ou des tableaux d’un ancien pipeline sans les taux pour 1 000 adultes) : exécutez les pipelines pour les publier.',
	'uptake.how':
		'Cliquez sur une barre, un pays de la carte ou une année pour filtrer les autres figures ; les boutons de la première colonne de chaque tableau font de même au clavier. Les filtres s’affichent ci-dessous et restent dans le lien.',
	'uptake.no_filter':
		'Aucun filtre : l’UE dans son ensemble, toutes les microcertifications, {year}.',
	'uptake.headline.title': 'En bref',
	'uptake.headline.sentence':
		'{geo}, {year} : {credentials} microcertifications délivrées à {learners} apprenants, soit {credentialsRate} microcertifications et {learnersRate} apprenants pour 1 000 adultes de 25 à 64 ans',
	'uptake.headline.growth': '{growth} % de microcertifications par rapport à {before}',
	'uptake.controls': 'Affichage',
	'uptake.control.breakdown': 'Ventilation par',
	'uptake.control.measure': 'Dénombrement',
	'uptake.control.unit': 'Unité',
	'uptake.unit.count': 'Nombre',
	'uptake.unit.rate': 'Pour 1 000 adultes de 25 à 64 ans',
	'uptake.measure.credentials.count': 'Microcertifications délivrées',
	'uptake.measure.credentials.rate': 'Microcertifications pour 1 000 adultes de 25 à 64 ans',
	'uptake.measure.learners.count': 'Apprenants distincts',
	'uptake.measure.learners.rate': 'Apprenants pour 1 000 adultes de 25 à 64 ans',
	'uptake.map.describe': '{country} : {value}.',
	'uptake.map.choose': 'Filtrer sur ce pays.',
	'uptake.map.unchoose': 'Retirer le filtre sur ce pays.',
	'uptake.map.missing':
		'Cette version n’a pas de géométrie cartographique (GISCO) : le classement ci-dessous montre les mêmes valeurs.',
	'uptake.map.aria':
		'Carte des États membres colorés selon {measure} en {year}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
	'uptake.map.attribution':
		'Limites : © EuroGeographics pour les limites administratives ; source : Eurostat/GISCO. Les Canaries, Madère et les Açores ne sont pas représentées.',
	'uptake.hidden': 'masqué',
	'uptake.hidden.legend': 'Masqué (c)',
	'uptake.empty': 'Aucun enregistrement pour cet affichage.',
	'uptake.not_cut': 'Non ventilé par {filter}',
	'uptake.year.incomplete': '{year} (jusqu’au {date})',
	'uptake.axis.year': 'Année',
	'uptake.table.country': 'Pays',
	'uptake.table.growth': 'Évolution des microcertifications sur un an (%)',
	'uptake.table.credentials_share': 'Part des microcertifications (%)',
	'uptake.table.learners_share': 'Part des apprenants (%)',
	'uptake.title.category': '{title} ({category})',
	'uptake.series.title': '{measure} au fil des années : {geos}',
	'uptake.series.caption': 'Microcertifications et apprenants par année : {geos}',
	'uptake.series.caption.category':
		'Microcertifications et apprenants par année : {geos} ; {category}',
	'uptake.series.unit':
		'microcertifications et apprenants distincts ; taux pour 1 000 adultes de 25 à 64 ans ; évolution en %',
	'uptake.series.aria':
		'Graphique linéaire des microcertifications au fil des années pour {geos}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
	'uptake.growth.title': 'Évolution des microcertifications sur un an : {geos}',
	'uptake.growth.caption': 'Évolution des microcertifications sur un an : {geos}',
	'uptake.growth.axis': '% par rapport à l’année précédente',
	'uptake.growth.aria':
		'Diagramme en barres de l’évolution annuelle des microcertifications pour {geos}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
	'uptake.country.title': 'Microcertifications et apprenants au fil des années : {geo}',
	'uptake.countries.title': '{measure} par État membre, {year}',
	'uptake.countries.caption': 'Microcertifications et apprenants par État membre, {year}',
	'uptake.countries.caption.category':
		'Microcertifications et apprenants par État membre, {year} ; {category}',
	'uptake.ranking.aria':
		'Diagramme en barres des États membres classés selon {measure} en {year}, l’UE en ligne. Les mêmes chiffres figurent dans le tableau ci-dessous.',
	'uptake.breakdown.title': '{measure} par {dimension} : {geos}, {year}',
	'uptake.breakdown.caption': 'Microcertifications et apprenants par {dimension} : {geos}, {year}',
	'uptake.breakdown.aria':
		'Diagramme en barres des microcertifications par {dimension} pour {geos} en {year}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
	'uptake.supply.title': 'Offres des catalogues par type de prestataire : {geos}',
	'uptake.supply.caption': 'Offres des catalogues par type de prestataire : {geos}',
	'uptake.supply.axis': 'Offres des catalogues des prestataires',
	'uptake.supply.aria':
		'Diagramme en barres des microcertifications proposées, par type de prestataire, réparties entre celles inscrites dans un catalogue public et les autres, pour {geos}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
	'uptake.supply.listed': 'Inscrites dans un catalogue public',
	'uptake.supply.not_listed': 'Non inscrites dans un catalogue public',
	'uptake.supply.offers': 'Offres',
	'uptake.supply.share': 'Part inscrite dans un catalogue public (%)',
	'uptake.supply.providers': 'Prestataires ayant une offre',
	'uptake.supply.note':
		'Offres des catalogues des prestataires telles que publiées avec cette version, quelle que soit leur année ; catalogue public : Europass ou un catalogue national (point 18a). Une offre n’est pas une personne : rien n’est masqué ici.',
	'uptake.supply.note.not_cut':
		'Non ventilé par {filter}. Le catalogue ne connaît que le type de prestataire.',
	'uptake.supply.note.no_year':
		'Le catalogue n’a pas d’année : ces offres ne sont pas seulement celles de {year}.',
	'uptake.note.synthetic':
		'Données synthétiques : les enregistrements sont produits par un générateur initialisé, ils ne sont pas réels et aucun chiffre ici n’est une statistique.',
	'uptake.note.hidden':
		'Masqué (c) : un dénombrement qui pourrait révéler moins de 5 personnes ou enregistrements est masqué, ainsi que les taux et évolutions calculés à partir de lui. Il n’est jamais affiché comme 0.',
	'uptake.note.eu_learners':
		'L’UE compte chaque apprenant une seule fois, même s’il détient des microcertifications de plusieurs États membres : ses apprenants peuvent être moins nombreux que la somme de ceux des pays.',
	'uptake.note.not_added':
		'Chaque pays est montré séparément : les apprenants ne sont jamais additionnés entre pays, car une même personne peut détenir des microcertifications de deux d’entre eux.',
	'uptake.note.incomplete':
		'{year} n’est pas complète : ses enregistrements s’arrêtent à la date de la version, le {date}. Son évolution compare une partie d’année à une année entière.',
	'uptake.note.overlap':
		'{dimension} : une microcertification peut relever de deux catégories (numérique et verte), les catégories ne s’additionnent donc pas au total.',
	'uptake.note.category': 'Seulement les microcertifications d’une catégorie : {category}.',
	'uptake.note.rates':
		'Taux pour 1 000 adultes de 25 à 64 ans (population au 1er janvier, Eurostat demo_pjangroup ; l’UE : somme des 27). Dénombrements perturbés par la méthode des clés de cellule.',
	'uptake.note.growth':
		'Évolution des microcertifications sur la même ligne par rapport à l’année précédente, à partir des dénombrements publiés ; non donnée lorsque l’une des deux années est masquée ou que l’année précédente n’en comptait aucune.',
	'uptake.note.share':
		'Parts : les microcertifications (apprenants) d’une catégorie en % de toutes celles de la ligne. Une catégorie sans ligne n’avait aucune microcertification : 0.',
	'uptake.note.not_cut':
		'Non ventilé par {filter}. Le tableau publié donne une caractéristique à la fois, une catégorie de l’une ne peut donc pas ventiler les autres.'
};

export const uptakeDe: Record<UptakeKey, string> = {
	'uptake.title': 'Verbreitung von Microcredentials',
	'uptake.lead':
		'Ausgestellte Microcredentials und verschiedene Lernende je Mitgliedstaat und je 1 000 Erwachsene im Alter von 25 bis 64 Jahren, nach den Merkmalen, nach denen die Empfehlung fragt (Nummern 3, 7, 8, 11 und 12), und die Angebote in den Katalogen der Anbieter.',
	'uptake.synthetic':
		'Alle Abbildungen dieser Seite beruhen auf synthetischen Datensätzen aus einem Generator mit festem Startwert: Sie sind nicht echt, und keine Zahl hier ist eine Statistik.',
	'uptake.missing':
		'Diese Version enthält keine Tabellen zur Verbreitung (oder Tabellen einer älteren Pipeline ohne die Quoten je 1 000 Erwachsene): Führen Sie die Pipelines aus, um sie zu veröffentlichen.',
	'uptake.how':
		'Klicken Sie auf einen Balken, ein Land der Karte oder ein Jahr, um die anderen Abbildungen zu filtern; die Schaltflächen in der ersten Spalte jeder Tabelle tun dasselbe per Tastatur. Die Filter erscheinen unten und bleiben im Link.',
	'uptake.no_filter': 'Kein Filter: die EU insgesamt, alle Microcredentials, {year}.',
	'uptake.headline.title': 'Kurz gesagt',
	'uptake.headline.sentence':
		'{geo}, {year}: {credentials} Microcredentials an {learners} Lernende ausgestellt, also {credentialsRate} Microcredentials und {learnersRate} Lernende je 1 000 Erwachsene im Alter von 25 bis 64 Jahren',
	'uptake.headline.growth': '{growth} % Microcredentials gegenüber {before}',
	'uptake.controls': 'Ansicht',
	'uptake.control.breakdown': 'Aufgliederung nach',
	'uptake.control.measure': 'Zählung',
	'uptake.control.unit': 'Einheit',
	'uptake.unit.count': 'Anzahl',
	'uptake.unit.rate': 'Je 1 000 Erwachsene im Alter von 25 bis 64 Jahren',
	'uptake.measure.credentials.count': 'Ausgestellte Microcredentials',
	'uptake.measure.credentials.rate': 'Microcredentials je 1 000 Erwachsene (25-64 Jahre)',
	'uptake.measure.learners.count': 'Verschiedene Lernende',
	'uptake.measure.learners.rate': 'Lernende je 1 000 Erwachsene (25-64 Jahre)',
	'uptake.map.describe': '{country}: {value}.',
	'uptake.map.choose': 'Nach diesem Land filtern.',
	'uptake.map.unchoose': 'Filter für dieses Land entfernen.',
	'uptake.map.missing':
		'Diese Version hat keine Kartengeometrie (GISCO): Die Rangfolge unten zeigt dieselben Werte.',
	'uptake.map.aria':
		'Karte der Mitgliedstaaten, eingefärbt nach {measure} im Jahr {year}. Dieselben Zahlen stehen in der Tabelle darunter.',
	'uptake.map.attribution':
		'Grenzen: © EuroGeographics für die Verwaltungsgrenzen; Quelle: Eurostat/GISCO. Kanaren, Madeira und Azoren sind nicht dargestellt.',
	'uptake.hidden': 'verborgen',
	'uptake.hidden.legend': 'Verborgen (c)',
	'uptake.empty': 'Keine Datensätze für diese Ansicht.',
	'uptake.not_cut': 'Nicht aufgegliedert nach {filter}',
	'uptake.year.incomplete': '{year} (bis {date})',
	'uptake.axis.year': 'Jahr',
	'uptake.table.country': 'Land',
	'uptake.table.growth': 'Veränderung der Microcredentials zum Vorjahr (%)',
	'uptake.table.credentials_share': 'Anteil an den Microcredentials (%)',
	'uptake.table.learners_share': 'Anteil an den Lernenden (%)',
	'uptake.title.category': '{title} ({category})',
	'uptake.series.title': '{measure} im Zeitverlauf: {geos}',
	'uptake.series.caption': 'Microcredentials und Lernende nach Jahr: {geos}',
	'uptake.series.caption.category': 'Microcredentials und Lernende nach Jahr: {geos}; {category}',
	'uptake.series.unit':
		'Microcredentials und verschiedene Lernende; Quoten je 1 000 Erwachsene im Alter von 25 bis 64 Jahren; Veränderung in %',
	'uptake.series.aria':
		'Liniendiagramm der Microcredentials im Zeitverlauf für {geos}. Dieselben Zahlen stehen in der Tabelle darunter.',
	'uptake.growth.title': 'Veränderung der Microcredentials zum Vorjahr: {geos}',
	'uptake.growth.caption': 'Veränderung der Microcredentials zum Vorjahr: {geos}',
	'uptake.growth.axis': '% zum Vorjahr',
	'uptake.growth.aria':
		'Balkendiagramm der jährlichen Veränderung der Microcredentials für {geos}. Dieselben Zahlen stehen in der Tabelle darunter.',
	'uptake.country.title': 'Microcredentials und Lernende im Zeitverlauf: {geo}',
	'uptake.countries.title': '{measure} nach Mitgliedstaat, {year}',
	'uptake.countries.caption': 'Microcredentials und Lernende nach Mitgliedstaat, {year}',
	'uptake.countries.caption.category':
		'Microcredentials und Lernende nach Mitgliedstaat, {year}; {category}',
	'uptake.ranking.aria':
		'Balkendiagramm der Mitgliedstaaten, geordnet nach {measure} im Jahr {year}, die EU als Linie. Dieselben Zahlen stehen in der Tabelle darunter.',
	'uptake.breakdown.title': '{measure} nach {dimension}: {geos}, {year}',
	'uptake.breakdown.caption': 'Microcredentials und Lernende nach {dimension}: {geos}, {year}',
	'uptake.breakdown.aria':
		'Balkendiagramm der Microcredentials nach {dimension} für {geos} im Jahr {year}. Dieselben Zahlen stehen in der Tabelle darunter.',
	'uptake.supply.title': 'Katalogangebote nach Art des Anbieters: {geos}',
	'uptake.supply.caption': 'Katalogangebote nach Art des Anbieters: {geos}',
	'uptake.supply.axis': 'Angebote in den Katalogen der Anbieter',
	'uptake.supply.aria':
		'Balkendiagramm der angebotenen Microcredentials nach Art des Anbieters, aufgeteilt in die in einem öffentlichen Katalog verzeichneten und die übrigen, für {geos}. Dieselben Zahlen stehen in der Tabelle darunter.',
	'uptake.supply.listed': 'In einem öffentlichen Katalog verzeichnet',
	'uptake.supply.not_listed': 'Nicht in einem öffentlichen Katalog verzeichnet',
	'uptake.supply.offers': 'Angebote',
	'uptake.supply.share': 'Anteil in einem öffentlichen Katalog (%)',
	'uptake.supply.providers': 'Anbieter mit einem Angebot',
	'uptake.supply.note':
		'Angebote in den Katalogen der Anbieter, wie mit dieser Version veröffentlicht, unabhängig von ihrem Jahr; öffentlicher Katalog: Europass oder ein nationaler (Nummer 18a). Ein Angebot ist keine Person: Hier wird nichts verborgen.',
	'uptake.supply.note.not_cut':
		'Nicht aufgegliedert nach {filter}. Der Katalog kennt nur die Art des Anbieters.',
	'uptake.supply.note.no_year':
		'Der Katalog hat kein Jahr: Diese Angebote sind nicht nur die des Jahres {year}.',
	'uptake.note.synthetic':
		'Synthetische Daten: Die Datensätze stammen aus einem Generator mit festem Startwert, sind nicht echt, und keine Zahl hier ist eine Statistik.',
	'uptake.note.hidden':
		'Verborgen (c): Eine Zählung, die weniger als 5 Personen oder Datensätze offenlegen könnte, wird verborgen, ebenso die daraus berechneten Quoten und Veränderungen. Sie wird nie als 0 gezeigt.',
	'uptake.note.eu_learners':
		'Die EU zählt jede lernende Person nur einmal, auch wenn sie Microcredentials aus mehreren Mitgliedstaaten hat: Ihre Lernenden können weniger sein als die Summe der Länder.',
	'uptake.note.not_added':
		'Jedes Land wird für sich gezeigt: Lernende werden nie über Länder hinweg addiert, da eine Person Microcredentials aus zwei Ländern haben kann.',
	'uptake.note.incomplete':
		'{year} ist nicht vollständig: Die Datensätze enden am Datum der Version, dem {date}. Die Veränderung vergleicht einen Teil eines Jahres mit einem ganzen.',
	'uptake.note.overlap':
		'{dimension}: Ein Microcredential kann zu zwei Kategorien gehören (digital und grün), daher ergeben die Kategorien zusammen nicht die Summe.',
	'uptake.note.category': 'Nur die Microcredentials einer Kategorie: {category}.',
	'uptake.note.rates':
		'Quoten je 1 000 Erwachsene im Alter von 25 bis 64 Jahren (Bevölkerung am 1. Januar, Eurostat demo_pjangroup; die EU: Summe der 27). Zählungen nach dem Cell-Key-Verfahren gestört.',
	'uptake.note.growth':
		'Veränderung der Microcredentials in derselben Zeile gegenüber dem Vorjahr, aus den veröffentlichten Zählungen; nicht angegeben, wenn eines der beiden Jahre verborgen ist oder das Vorjahr keine hatte.',
	'uptake.note.share':
		'Anteile: die Microcredentials (Lernenden) einer Kategorie in % aller der Zeile. Eine Kategorie ohne Zeile hatte keine Microcredentials: 0.',
	'uptake.note.not_cut':
		'Nicht aufgegliedert nach {filter}. Die veröffentlichte Tabelle enthält ein Merkmal nach dem anderen, daher kann eine Kategorie des einen die anderen nicht aufgliedern.'
};
