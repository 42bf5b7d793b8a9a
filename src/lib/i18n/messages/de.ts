import type { MessageKey } from './en';
import { vocabularyDe } from './pages/vocabulary';
import { uptakeDe } from './pages/uptake';
import { inclusionDe } from './pages/inclusion';
import { qualityDe } from './pages/quality';
import { countryDe } from './pages/country';
import { homeDe } from './pages/home';
import { exploreDe } from './pages/explore';
import { reportDe } from './pages/report';
import { coverageDe } from './pages/coverage';

export const de: Partial<Record<MessageKey, string>> = {
	'app.name': 'Uptake',
	'app.tagline': 'Monitoring des europäischen Ansatzes für Microcredentials',
	'nav.label': 'Hauptnavigation',
	'nav.home': 'Überblick',
	'nav.participation': 'Weiterbildungsbeteiligung Erwachsener',
	'nav.uptake': 'Nutzung',
	'nav.inclusion': 'Inklusion',
	'nav.quality': 'Qualität',
	'nav.data': 'Daten und Quellen',
	'banner.synthetic':
		'Demonstrationsversion: Die Microcredential-Datensätze hinter {count} Tabellen sind synthetisch, von einem Zufallsgenerator erzeugt. Die amtlichen Statistiken sind echt und belegt.',
	'banner.link': 'Welche Tabellen synthetisch sind',
	'kind.official': 'Amtliche Statistik',
	'kind.synthetic': 'Synthetisch',
	'data.title': 'Daten und Quellen',
	'data.intro':
		'Jede Tabelle dieser Website, wie die Verarbeitung sie veröffentlicht: Inhalt, Herkunft, Lizenz und die Datei selbst. Fallzahlen von Personen und Datensätzen sind geschützt, wie die Methoden unten erklären.',
	'data.generated': 'Eingangsdaten vom {time}; Version der Verarbeitung {version}.',
	'data.manifest': 'Manifest herunterladen (JSON)',
	'data.caption': 'Veröffentlichte Tabellen',
	'data.col.table': 'Tabelle',
	'data.col.kind': 'Art',
	'data.col.content': 'Inhalt',
	'data.col.rows': 'Zeilen',
	'data.col.source': 'Quelle und Lizenz',
	'data.col.download': 'Herunterladen',
	'data.columns': '{count} Spalten',
	'data.inputs': 'Eingabedateien',
	'data.arrow': 'Arrow ({size})',
	'participation.missing':
		'Die Tabelle dieser Seite wurde in dieser Version nicht veröffentlicht: Die Verarbeitung fand keine Eurostat-Datei trng_lfse_04. Starten Sie sie mit --data-dir auf die amtlichen Statistiken.',
	'nav.skip': 'Zum Inhalt springen',
	'lang.label': 'Sprache',
	'lang.en': 'English',
	'lang.fr': 'Français',
	'lang.de': 'Deutsch',
	'footer.attribution':
		'Amtliche Statistik: Quelle: Eurostat. Die Microcredential-Datensätze dieser Demonstration sind synthetisch.',
	'footer.offline':
		'Diese Website funktioniert offline: Alle Dateien werden von diesem Rechner bereitgestellt.',
	'home.title': 'Uptake: Monitoring von Microcredentials',
	'home.intro':
		'Uptake berichtet über die Empfehlung des Rates vom 16. Juni 2022 über einen europäischen Ansatz für Microcredentials für lebenslanges Lernen und Beschäftigungsfähigkeit: die Weiterbildungsbeteiligung Erwachsener gemessen am EU-Ziel für 2030, die Verbreitung von Microcredentials, die Einbeziehung benachteiligter Gruppen und die Qualität der Datensätze.',
	'home.participation.link': 'Weiterbildungsbeteiligung Erwachsener, ab 2000',
	'home.participation.text':
		'Anteil der 25- bis 64-Jährigen, die in den vier Wochen vor der Befragung der Arbeitskräfteerhebung an Bildung oder Weiterbildung teilgenommen haben.',
	'participation.title': 'Weiterbildungsbeteiligung Erwachsener',
	'participation.lead':
		'Anteil der Erwachsenen im Alter von {age} Jahren, die in den letzten vier Wochen an Bildung oder Weiterbildung teilgenommen haben, ab {from}.',
	'participation.measure':
		'EU-Arbeitskräfteerhebung, letzte 4 Wochen (nicht der 12-Monats-Indikator des Ziels für 2030)',
	'participation.caveat':
		'Diese 4-Wochen-Quote misst etwas anderes als der 12-Monats-Indikator hinter dem EU-Ziel von 60 % für 2030 und ist drei- bis viermal niedriger. Vergleichen Sie beide nicht.',
	'participation.chart.title': 'Teilnahme an Bildung und Weiterbildung (letzte 4 Wochen), {sex}',
	'participation.chart.aria':
		'Liniendiagramm der Teilnahmequote in Prozent nach Jahr für {countries}. Dieselben Zahlen stehen in der Tabelle darunter.',
	'participation.axis.year': 'Jahr',
	'participation.axis.value': '% der 25- bis 64-Jährigen',
	'participation.break.legend': 'Zeitreihenbruch (b)',
	'participation.break.tooltip': 'Zeitreihenbruch: nicht mit dem Vorjahr vergleichbar',
	'participation.table.caption':
		'Teilnahmequote (%) der 25- bis 64-Jährigen an Bildung und Weiterbildung in den letzten 4 Wochen, {sex}, nach Jahr und Land',
	'participation.table.year': 'Jahr',
	'participation.table.show': 'Datentabelle anzeigen',
	'participation.sex.label': 'Geschlecht',
	'participation.sex.T': 'Insgesamt',
	'participation.sex.F': 'Frauen',
	'participation.sex.M': 'Männer',
	'picker.label': 'Länder',
	'picker.search': 'Länder suchen',
	'picker.search.hint': 'Geben Sie einen Namen oder Code ein, zum Beispiel Frankreich oder FR.',
	'picker.selected': 'Ausgewählt',
	'picker.remove': '{name} entfernen',
	'picker.group.aggregates': 'EU und Euroraum',
	'picker.group.members': 'EU-Mitgliedstaaten (protokollarische Reihenfolge)',
	'picker.group.others': 'Andere Länder',
	'picker.none': 'Kein Land entspricht „{query}“.',
	'picker.reset': 'Zur Standardansicht zurückkehren',
	'picker.limit': 'Höchstens {max} Länder können gleichzeitig angezeigt werden.',
	'state.loading': 'Daten werden geladen…',
	'state.engine': 'Abfrage-Engine wird gestartet…',
	'state.empty': 'Keine Daten für diese Auswahl.',
	'state.error': 'Die Daten konnten nicht geladen werden.',
	'state.error.sql': 'Fehlgeschlagene Abfrage',
	'state.retry': 'Erneut versuchen',
	'state.live': 'Durch eine Abfrage in Ihrem Browser aktualisiert.',
	'flags.title': 'Kennzeichen',
	'flags.na': 'nicht verfügbar',
	'flags.b': 'Zeitreihenbruch',
	'flags.c': 'vertraulich',
	'flags.d': 'abweichende Definition',
	'flags.e': 'geschätzt',
	'flags.f': 'Prognose',
	'flags.n': 'nicht signifikant',
	'flags.p': 'vorläufig',
	'flags.r': 'revidiert',
	'flags.s': 'Schätzung von Eurostat',
	'flags.u': 'geringe Zuverlässigkeit',
	'flags.z': 'nicht zutreffend',
	'sources.title': 'Quellen',
	'sources.dataset': 'Datensatz',
	'sources.publisher': 'Herausgeber',
	'sources.extract': 'Auszug',
	'sources.extract.unknown': 'Auszugsdatum von der Quelle nicht angegeben',
	'sources.licence': 'Lizenz',
	'sources.attribution': 'Quellenangabe',
	'sources.input': 'Eingabedatei',
	'sources.checksum': 'SHA-256',
	'sources.pipeline': 'Version der Verarbeitung',
	'sources.kind.official': 'Amtliche Statistik',
	'sources.kind.synthetic': 'Synthetische Daten (keine echten Datensätze)',
	'sources.download': 'Tabelle herunterladen (Arrow-IPC-Stream, {size})',
	'sources.rows': '{rows} Zeilen',
	'figure.source': 'Quelle: {sources}',
	'figure.synthetic': 'Synthetische Daten, keine echten Datensätze',
	'figure.release': 'Datenstand {date} (Uptake-Pipeline {version})',
	'figure.pipeline': 'Pipeline',
	'figure.download': 'Diese Abbildung herunterladen',
	'figure.download.csv': 'Daten (CSV)',
	'figure.download.svg': 'Bild (SVG)',
	'figure.download.png': 'Bild (PNG)',
	'figure.download.failed':
		'Der Download ist fehlgeschlagen. Bitte erneut versuchen oder die Datentabelle oben verwenden.',
	'figure.cite': 'Diese Abbildung zitieren',
	'figure.cite.copy': 'Zitat kopieren',
	'figure.cite.copied': 'Das Zitat ist kopiert.',
	'figure.citation.source': 'Quelle',
	'figure.citation.release': 'Datenstand',
	'figure.citation.accessed': 'abgerufen am',
	'data.unit': 'Zeilen',
	'filters.label': 'Filter',
	'filters.remove': 'Filter {filter} entfernen',
	'filters.clear': 'Alle Filter entfernen',
	'figure.cite.copy.failed':
		'Dieser Browser erlaubt das Kopieren nicht: Zitat oben markieren und kopieren.',
	'figure.csv.flags': '{column} Kennzeichen',
	'figure.csv.unit': 'Einheit',
	'figure.csv.source': 'Quelle',
	'data.protection.title': 'Wie Fallzahlen von Personen und Datensätzen geschützt sind',
	'data.protection.method':
		'Jede Zahl von Lernenden, Nachweisen oder Datensätzen in einer unten als „überlagert“ markierten Tabelle wurde vor der Veröffentlichung leicht verändert, nach dem Cell-Key-Verfahren: dem Verfahren des Australian Bureau of Statistics, des britischen Office for National Statistics für den Zensus 2021 und der Empfehlungen von Eurostat für Zensustabellen.',
	'data.protection.noise':
		'Eine Zahl ändert sich um höchstens {max} nach oben oder unten; eine Null bleibt Null, und keine Zahl wird negativ. Die Änderung hängt nur davon ab, welche Personen oder Datensätze gezählt werden: dieselbe Gruppe ergibt in jeder Tabelle dieselbe Zahl, sodass ein Vergleich der Tabellen die Änderung nicht herausmittelt.',
	'data.protection.derived':
		'Quoten und Anteile werden aus den überlagerten Zahlen berechnet; eine Summe kann daher etwas von der Summe ihrer Teile abweichen, und eine Zahl wird nie über der Zahl gezeigt, zu der sie gehört (Lernende über Nachweisen zum Beispiel). Kleine Zahlen sind als ungefähr zu lesen.',
	'data.protection.audit':
		'Vor jeder Veröffentlichung greift die Verarbeitung ihre eigenen Tabellen an, wie es Außenstehende täten: Sie schreibt jede prüfbare Beziehung zwischen den veröffentlichten Tabellen auf (Summen und Teile, die EU und ihre Mitgliedstaaten, dieselben Datensätze unter anderem Namen in anderen Tabellen, überlappende Kategorien, vorhandene oder fehlende Zeilen) und beweist mit einem Löser für lineare Optimierung (HiGHS), dass keine Zahl von 1 bis {below} Personen oder Datensätzen genau ermittelt werden kann. Eine Zahl, bei der das ginge, wird verborgen und mit c gekennzeichnet: Sie wird nie als 0 gezeigt oder leer gelassen.',
	'data.protection.why':
		'Warum Überlagerung statt Sperrung: Eine Sperrung müsste jede Zahl unter {minCell} verbergen und viele weitere um sie herum, damit Summen und andere Tabellen sie nicht verraten; die Überlagerung behält jede Zahl, mit einem kleinen Fehler bekannter Größe.',
	'data.protection.table':
		'Überlagert: {columns} (höchstens ±{max}); Quoten und Anteile daraus berechnet.',
	'data.protection.hidden': '{count} Zellen verborgen (Kennzeichen c).',
	'data.protection.none': 'Nicht überlagert: Sie zählt keine Personen oder Datensätze.',
	'data.protection.column': 'überlagert',
	'figure.perturbed':
		'Zahlen zum Schutz von Personen um höchstens ±{max} überlagert (Cell-Key-Verfahren)',
	'nav.target': 'Das 60-%-Ziel',
	'home.target.link': 'Weiterbildungsbeteiligung Erwachsener gemessen am EU-Ziel von 60 % für 2030',
	'home.target.text':
		'Die EU und jeder Mitgliedstaat gemessen an seinem nationalen Ziel für 2030: Niveau, Abstand, nötiges Wachstum und Fortschritt, mit den Vorbehalten der Quellen.',
	'target.title': 'Weiterbildungsbeteiligung Erwachsener gemessen an den Zielen für 2030',
	'target.lead':
		'Bis 2030 sollen jedes Jahr mindestens 60 % der Erwachsenen von 25 bis 64 Jahren an Weiterbildung teilnehmen (Aktionsplan zur europäischen Säule sozialer Rechte); jeder Mitgliedstaat hat ein nationales Ziel gesetzt.',
	'target.measure':
		'Maß: Erhebung über Erwachsenenbildung, letzte 12 Monate, ohne angeleitetes Lernen am Arbeitsplatz',
	'target.measure.caveat':
		'Mit diesem Indikator werden die Ziele überwacht; Eurostat veröffentlicht ihn als experimentell. Die Erhebung findet alle sechs Jahre statt (2016, 2022), der letzte Wert ist daher von 2022.',
	'target.missing':
		'Diese Version hat keine Tabelle der Beteiligungsziele: Die amtlichen Statistiken (../shared/data) fehlten, als die Daten erstellt wurden.',
	'target.headline.title': 'Die EU',
	'target.headline.level':
		'{value} % der Erwachsenen nahmen {year} an Weiterbildung teil ({baseline} % im Basisjahr {baselineYear}).',
	'target.headline.target':
		'Ziel: {target} % im Jahr {year}, {gap} Prozentpunkte entfernt; dafür sind ab dem Basisjahr {required} % Wachstum pro Jahr nötig. Fortschritt: {status}.',
	'target.headline.milestone':
		'Etappenziel: {value} % im Jahr {year}, {gap} Prozentpunkte entfernt; nötig sind ab dem Basisjahr {required} % Wachstum pro Jahr.',
	'target.headline.aggregate':
		'Die nationalen Ziele zusammen ergeben {value} %, weniger als das EU-Ziel.',
	'target.sort.label': 'Mitgliedstaaten ordnen nach',
	'target.sort.gap': 'Abstand zum Ziel',
	'target.sort.value': 'letztem Niveau',
	'target.sort.geo': 'Ländercode',
	'target.chart.title': 'Niveau und nationales Ziel 2030, nach {sort}',
	'target.chart.aria':
		'Balkendiagramm der Beteiligungsquote jedes Landes {year}, mit seinem nationalen Ziel für 2030 als Raute. Dieselben Zahlen stehen in der Tabelle darunter.',
	'target.series.level': 'Niveau {year}',
	'target.series.target': 'Nationales Ziel 2030',
	'target.series.alternative': 'Anderer Wert in den Quellen',
	'target.axis.value': '% der Erwachsenen von 25 bis 64 Jahren',
	'target.table.caption': 'Beteiligung {year} gemessen an den nationalen Zielen 2030',
	'target.table.unit':
		'% der Erwachsenen von 25 bis 64 Jahren; Abstand in Prozentpunkten; Wachstum in % pro Jahr',
	'target.table.country': 'Land',
	'target.table.latest': 'Niveau {year}',
	'target.table.target': 'Ziel 2030',
	'target.table.gap': 'Abstand',
	'target.table.observed': 'Wachstum pro Jahr, beobachtet',
	'target.table.required': 'Wachstum pro Jahr, nötig',
	'target.table.status': 'Fortschritt',
	'target.table.caveat': 'Vorbehalt',
	'target.status.target_achieved': 'Ziel erreicht',
	'target.status.substantial_progress': 'deutlicher Fortschritt',
	'target.status.moderate_progress': 'mäßiger Fortschritt',
	'target.status.limited_progress': 'geringer Fortschritt',
	'target.status.moving_away': 'entfernt sich vom Ziel',
	'target.status.not_assessed': 'nicht bewertet',
	'target.caveat.conflict':
		'Die öffentlichen Quellen nennen für dieses Ziel unterschiedliche Werte.',
	'target.caveat.conflict_with':
		'Die öffentlichen Quellen weichen ab: Eine nennt {value} %, das hieße „{status}“.',
	'target.caveat.no_target': 'Kein nationales Ziel.',
	'target.notes.source': 'Nationale Ziele, wie veröffentlicht in {source} ({countries}).',
	'target.notes.without': 'Kein nationales Ziel: {countries}.',
	'target.method':
		'Der Fortschritt vergleicht das seit 2016 beobachtete jährliche Wachstum mit dem, das nötig ist, um das Ziel 2030 zu erreichen (durchschnittliche jährliche Wachstumsrate): mindestens 95 % davon ist deutlicher Fortschritt, 60 % mäßiger, weniger geringer, ein Rückgang entfernt sich vom Ziel.',
	'target.classification.title':
		'Einstufung der Länder (Methode des sozialpolitischen Scoreboards): {source}',
	'target.classification.aria':
		'Streudiagramm des Niveauwerts jedes Mitgliedstaats gegen seinen Veränderungswert, nach Kategorie gefärbt, mit den Schwellen bei ±0,5 und ±1. Dieselben Zahlen stehen in der Tabelle darunter.',
	'target.classification.caption':
		'Mitgliedstaaten eingestuft nach ihrem Niveau {to} und ihrer Veränderung seit {from}',
	'target.classification.unit':
		'Niveau in % der Erwachsenen von 25 bis 64 Jahren; Veränderung in Prozentpunkten; Werte in Standardabweichungen vom ungewichteten Mittel der Mitgliedstaaten',
	'target.classification.change': 'Veränderung {from}-{to}',
	'target.classification.level_score': 'Niveauwert',
	'target.classification.change_score': 'Veränderungswert',
	'target.classification.category': 'Kategorie',
	'target.classification.exception': 'Ausnahme: verbessert, aber weniger als die meisten',
	'target.classification.method':
		'Jeder Wert ist der Abstand vom ungewichteten Mittel der Mitgliedstaaten in Standardabweichungen der Grundgesamtheit; die Schwellen ±0,5 und ±1 und die Kategorien sind die des sozialpolitischen Scoreboards im Gemeinsamen Beschäftigungsbericht.',
	'target.category.best_performers': 'beste Ergebnisse',
	'target.category.better_than_average': 'besser als der Durchschnitt',
	'target.category.good_but_to_monitor': 'gut, aber zu beobachten',
	'target.category.on_average': 'durchschnittlich',
	'target.category.weak_but_improving': 'schwach, aber mit Verbesserung',
	'target.category.to_watch': 'zu beobachten',
	'target.category.critical_situations': 'kritische Lage',
	'target.category.unclassified': 'nicht eingestuft',
	'figure.notes': 'Hinweise',
	'target.source.aes_x_gojt':
		'AES, letzte 12 Monate, ohne angeleitetes Lernen am Arbeitsplatz (der Zielindikator, experimentell)',
	'target.source.aes_total':
		'AES, letzte 12 Monate, formale oder nicht formale Bildung (insgesamt)',
	'target.source.lfs_12m': 'AKE, letzte 12 Monate',
	'target.source.lfs_4w': 'AKE, letzte 4 Wochen',
	'target.source.aes_x_gojt.definition':
		'Erhebung über Erwachsenenbildung (AES): Anteil der Erwachsenen von 25 bis 64 Jahren, die in den letzten 12 Monaten an formaler oder nicht formaler Bildung teilgenommen haben, ohne angeleitetes Lernen am Arbeitsplatz. Die Ziele für 2030 beruhen auf diesem Indikator; Eurostat bezeichnet ihn als experimentell. Erhebungswellen 2007, 2011, 2016, 2022.',
	'target.source.aes_total.definition':
		'Erhebung über Erwachsenenbildung (AES): Anteil der Erwachsenen von 25 bis 64 Jahren, die in den letzten 12 Monaten an formaler oder nicht formaler Bildung teilgenommen haben, einschließlich angeleitetem Lernen am Arbeitsplatz. Erhebungswellen 2007, 2011, 2016, 2022.',
	'target.source.lfs_12m.definition':
		'Arbeitskräfteerhebung (AKE): Anteil der Erwachsenen von 25 bis 64 Jahren, die in den letzten 12 Monaten an Bildung teilgenommen haben, seit 2022 alle zwei Jahre erfragt. Sie erfasst weniger als der AES (EU 2022: 25,1 % gegenüber 39,5 %) und ist mit ihm nicht vergleichbar.',
	'target.source.lfs_4w.definition':
		'Arbeitskräfteerhebung (AKE): Anteil der Erwachsenen von 25 bis 64 Jahren, die in den vier Wochen vor der Befragung an formaler oder nicht formaler Bildung teilgenommen haben, jedes Jahr seit 2000. Ein kurzer Bezugszeitraum: Die Quoten liegen weit unter denen für 12 Monate und sind mit ihnen nicht vergleichbar.',
	'target.explore.title': 'Nach Erhebung, Land und Jahren',
	'target.explore.lead':
		'Wählen Sie eine Erhebung, ein Land und zwei Jahre: Zeitreihe, Karte, Einstufung und Vergleich darunter folgen dieser Wahl. Jede Erhebung misst etwas anderes, daher verbindet ein Diagramm nie zwei von ihnen.',
	'target.control.source': 'Erhebung und Definition',
	'target.control.country': 'Land',
	'target.control.years': 'Verglichene Jahre',
	'target.control.from': 'Von',
	'target.control.to': 'Bis',
	'target.control.latest': 'jüngstes Jahr',
	'target.control.before_latest': 'Jahr vor dem jüngsten',
	'target.control.peers': 'Vergleichen mit',
	'target.peers.group.all': 'allen Mitgliedstaaten',
	'target.peers.group.neighbours': 'den Nachbarländern mit Landgrenze',
	'target.peers.group.level': 'Ländern auf ähnlichem Niveau',
	'target.peers.group.category': 'Ländern derselben Kategorie',
	'target.peers.group.chosen': 'Ländern meiner Wahl',
	'target.peers.group.all.note': 'Alle Mitgliedstaaten.',
	'target.peers.group.neighbours.note':
		'{country} und die Mitgliedstaaten, mit denen dieses Land eine gemeinsame Landgrenze hat.',
	'target.peers.group.level.note':
		'{country} und die sechs Mitgliedstaaten mit dem im gezeigten Jahr nächstgelegenen Niveau.',
	'target.peers.group.category.note':
		'{country} und die Mitgliedstaaten derselben Kategorie in der Einstufung oben.',
	'target.peers.group.chosen.note': '{country} und die ausgewählten Mitgliedstaaten.',
	'target.peers.group_needs_country':
		'Dieser Vergleich braucht einen Mitgliedstaat mit einem Wert: Wählen Sie oben ein Land.',
	'target.peers.alone': 'Kein anderer Mitgliedstaat fällt in diese Gruppe.',
	'target.peers.title': '{country} unter {group}',
	'target.peers.aria':
		'Sortiertes Balkendiagramm der Beteiligungsquoten {year} ({source}), mit dem EU-Niveau und dem EU-Ziel als senkrechte Linien. Dieselben Zahlen stehen in der Tabelle darunter.',
	'target.peers.caption': 'Beteiligung {year}, nach Rang ({source})',
	'target.peers.eu': 'EU',
	'target.peers.eu_target': 'EU-Ziel',
	'target.peers.no_data': 'Kein Mitgliedstaat hat Daten für dieses Jahr ({source}).',
	'target.series_chart.title': '{country}: {source}',
	'target.series_chart.aria':
		'Liniendiagramm der Beteiligungsquote von {country} im Zeitverlauf, mit dem Ziel für 2030 und dem linearen Pfad dorthin, wenn die Erhebung diejenige ist, auf der die Ziele beruhen. Dieselben Zahlen stehen in der Tabelle darunter.',
	'target.series_chart.path': 'Linearer Pfad zum Ziel',
	'target.series_chart.target_line': 'Ziel 2030',
	'target.series_chart.milestone': 'EU-Etappenziel',
	'target.series_chart.no_data': 'Keine Daten ({source}) für {country}.',
	'target.series_chart.no_target_here':
		'Die Ziele für 2030 beruhen auf der AES-Quote ohne angeleitetes Lernen am Arbeitsplatz: Für diese Erhebung werden sie nicht eingezeichnet.',
	'target.series_chart.caption': '{country}: {source}, mit dem Ziel 2030, wo es gilt',
	'target.series_chart.observed': 'Beobachtet',
	'target.series_chart.alternative_note': 'Der andere Wert, {value} %, stammt aus {source}.',
	'target.series_chart.part': 'Reihe',
	'target.series_chart.value': 'Wert',
	'target.classification.none.too_few_countries':
		'Zu wenige Mitgliedstaaten haben in beiden Jahren Werte ({source}), um sie einzustufen.',
	'target.classification.none.no_variation_in_level':
		'Alle Mitgliedstaaten haben dasselbe Niveau: Die Methode kann ihnen keine Werte zuweisen.',
	'target.classification.none.no_variation_in_change':
		'Alle Mitgliedstaaten haben sich um denselben Betrag verändert: Die Methode kann der Veränderung keine Werte zuweisen.',
	'target.classification.none.missing_level':
		'Kein Mitgliedstaat hat einen Wert im späteren Jahr ({source}).',
	'target.classification.none.missing_previous_level':
		'Kein Mitgliedstaat hat einen Wert im früheren Jahr ({source}).',
	'target.classification.reason.too_few_countries': 'zu wenige Länder mit Daten',
	'target.classification.reason.no_variation_in_level': 'keine Streuung im Niveau',
	'target.classification.reason.no_variation_in_change': 'keine Streuung in der Veränderung',
	'target.classification.reason.missing_level': 'kein Wert im späteren Jahr',
	'target.classification.reason.missing_previous_level': 'kein Wert im früheren Jahr',
	'target.classification.low_reliability': 'Geringe Zuverlässigkeit (u) in einem der beiden Jahre',
	'target.classification.low_reliability_list':
		'Geringe Zuverlässigkeit (Kennzeichen u) in einem der beiden Jahre, als leere Markierungen dargestellt: {countries}.',
	'target.classification.missing_list':
		'Nicht eingestuft, kein Wert in einem der beiden Jahre: {countries}.',
	'target.map.title': 'Beteiligung in den Mitgliedstaaten: {source}',
	'target.map.aria':
		'Karte der Mitgliedstaaten, eingefärbt nach ihrer Beteiligungsquote {year} ({source}). Dieselben Zahlen stehen in der Tabelle darunter und im Kachelraster.',
	'target.map.caption': 'Beteiligung {year} ({source})',
	'target.map.no_data': 'keine Daten',
	'target.map.missing':
		'Diese Version hat keine Kartengeometrie (GISCO, ../shared/data/gisco): Das Kachelraster darunter zeigt dieselben Werte.',
	'target.map.attribution':
		'Grenzen: © EuroGeographics bezüglich der Verwaltungsgrenzen; Quelle: Eurostat/GISCO. Die Kanaren, Madeira und die Azoren sind nicht dargestellt.',
	'target.tiles.title': 'Dieselben Werte als Kachelraster',
	'target.tiles.lead':
		'Eine Kachel je Mitgliedstaat, ungefähr an seiner geografischen Lage. Wählen Sie eine Kachel, um Zeitreihe und Vergleich dieses Landes zu sehen.',
	'target.tiles.choose': '{country}: {value}. Dieses Land anzeigen.',
	...vocabularyDe,
	...uptakeDe,
	...inclusionDe,
	...qualityDe,
	...countryDe,
	...homeDe,
	...exploreDe,
	...reportDe,
	...coverageDe
};
