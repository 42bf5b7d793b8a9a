import type { MessageKey } from './en';
import { vocabularyFr } from './pages/vocabulary';
import { uptakeFr } from './pages/uptake';
import { inclusionFr } from './pages/inclusion';
import { qualityFr } from './pages/quality';
import { countryFr } from './pages/country';
import { homeFr } from './pages/home';
import { exploreFr } from './pages/explore';
import { reportFr } from './pages/report';
import { coverageFr } from './pages/coverage';

export const fr: Partial<Record<MessageKey, string>> = {
	'app.name': 'Uptake',
	'app.tagline': 'Suivi de l’approche européenne des microcertifications',
	'nav.label': 'Principal',
	'nav.home': 'Vue d’ensemble',
	'nav.participation': 'Participation des adultes à l’apprentissage',
	'nav.uptake': 'Utilisation',
	'nav.inclusion': 'Inclusion',
	'nav.quality': 'Qualité',
	'nav.data': 'Données et sources',
	'banner.synthetic':
		'Version de démonstration : les enregistrements de microcertifications derrière {count} tables sont synthétiques, produits par un générateur aléatoire. Les statistiques officielles sont réelles et citées.',
	'banner.link': 'Voir quelles tables sont synthétiques',
	'kind.official': 'Statistiques officielles',
	'kind.synthetic': 'Synthétique',
	'data.title': 'Données et sources',
	'data.intro':
		'Chaque table de ce site, telle que les chaînes de traitement la publient : son contenu, sa source, sa licence et le fichier lui-même. Les effectifs de personnes et d’enregistrements sont protégés comme l’expliquent les méthodes ci-dessous.',
	'data.generated': 'Données d’entrée au {time} ; version du traitement {version}.',
	'data.manifest': 'Télécharger le manifeste (JSON)',
	'data.caption': 'Tables publiées',
	'data.col.table': 'Table',
	'data.col.kind': 'Nature',
	'data.col.content': 'Contenu',
	'data.col.rows': 'Lignes',
	'data.col.source': 'Source et licence',
	'data.col.download': 'Téléchargement',
	'data.columns': '{count} colonnes',
	'data.inputs': 'Fichiers d’entrée',
	'data.arrow': 'Arrow ({size})',
	'participation.missing':
		'La table de cette page n’a pas été publiée dans cette version : les traitements n’ont trouvé aucun fichier Eurostat trng_lfse_04. Relancez-les avec --data-dir vers les statistiques officielles.',
	'nav.skip': 'Aller au contenu',
	'lang.label': 'Langue',
	'lang.en': 'English',
	'lang.fr': 'Français',
	'lang.de': 'Deutsch',
	'footer.attribution':
		'Statistiques officielles : Source : Eurostat. Les enregistrements de microcertifications de cette démonstration sont synthétiques.',
	'footer.offline':
		'Ce site fonctionne hors ligne : tous les fichiers qu’il utilise sont servis par cette machine.',
	'home.title': 'Uptake : suivi des microcertifications',
	'home.intro':
		'Uptake rend compte de la recommandation du Conseil du 16 juin 2022 sur une approche européenne des microcertifications pour l’apprentissage tout au long de la vie et l’employabilité : participation des adultes à l’apprentissage au regard de l’objectif de l’UE pour 2030, adoption des microcertifications, inclusion des groupes défavorisés et qualité des enregistrements.',
	'home.participation.link': 'Participation des adultes à l’apprentissage, depuis 2000',
	'home.participation.text':
		'Part des adultes de 25 à 64 ans ayant participé à une action d’éducation ou de formation au cours des quatre semaines précédant l’entretien de l’enquête sur les forces de travail.',
	'participation.title': 'Participation des adultes à l’apprentissage',
	'participation.lead':
		'Part des adultes de {age} ans ayant participé à une action d’éducation ou de formation au cours des quatre dernières semaines, depuis {from}.',
	'participation.measure':
		'Enquête de l’UE sur les forces de travail, quatre dernières semaines (pas l’indicateur sur 12 mois de l’objectif 2030)',
	'participation.caveat':
		'Ce taux sur quatre semaines mesure autre chose que l’indicateur sur 12 mois de l’objectif de l’UE pour 2030 (60 %) et il est trois à quatre fois plus bas. Ne comparez pas les deux.',
	'participation.chart.title':
		'Participation à l’éducation et à la formation (quatre dernières semaines), {sex}',
	'participation.chart.aria':
		'Graphique linéaire du taux de participation en pourcentage par année pour {countries}. Les mêmes chiffres figurent dans le tableau ci-dessous.',
	'participation.axis.year': 'Année',
	'participation.axis.value': '% des adultes de 25 à 64 ans',
	'participation.break.legend': 'Rupture de série (b)',
	'participation.break.tooltip': 'rupture de série : non comparable avec l’année précédente',
	'participation.table.caption':
		'Taux de participation (%) des adultes de 25 à 64 ans à l’éducation et à la formation au cours des quatre dernières semaines, {sex}, par année et par pays',
	'participation.table.year': 'Année',
	'participation.table.show': 'Afficher le tableau de données',
	'participation.sex.label': 'Sexe',
	'participation.sex.T': 'Total',
	'participation.sex.F': 'Femmes',
	'participation.sex.M': 'Hommes',
	'picker.label': 'Pays',
	'picker.search': 'Rechercher un pays',
	'picker.search.hint': 'Saisissez un nom ou un code, par exemple France ou FR.',
	'picker.selected': 'Sélection',
	'picker.remove': 'Retirer {name}',
	'picker.group.aggregates': 'UE et zone euro',
	'picker.group.members': 'États membres de l’UE (ordre protocolaire)',
	'picker.group.others': 'Autres pays',
	'picker.none': 'Aucun pays ne correspond à « {query} ».',
	'picker.reset': 'Revenir à la vue par défaut',
	'picker.limit': 'Au plus {max} pays peuvent être affichés à la fois.',
	'state.loading': 'Chargement des données…',
	'state.engine': 'Démarrage du moteur de requêtes…',
	'state.empty': 'Aucune donnée pour cette sélection.',
	'state.error': 'Les données n’ont pas pu être chargées.',
	'state.error.sql': 'Requête en échec',
	'state.retry': 'Réessayer',
	'state.live': 'Mis à jour par une requête dans votre navigateur.',
	'flags.title': 'Indicateurs',
	'flags.na': 'non disponible',
	'flags.b': 'rupture de série',
	'flags.c': 'confidentiel',
	'flags.d': 'définition différente',
	'flags.e': 'estimé',
	'flags.f': 'prévision',
	'flags.n': 'non significatif',
	'flags.p': 'provisoire',
	'flags.r': 'révisé',
	'flags.s': 'estimation d’Eurostat',
	'flags.u': 'faible fiabilité',
	'flags.z': 'sans objet',
	'sources.title': 'Sources',
	'sources.dataset': 'Jeu de données',
	'sources.publisher': 'Éditeur',
	'sources.extract': 'Extraction',
	'sources.extract.unknown': 'date d’extraction non indiquée par la source',
	'sources.licence': 'Licence',
	'sources.attribution': 'Mention',
	'sources.input': 'Fichier source',
	'sources.checksum': 'SHA-256',
	'sources.pipeline': 'Version du traitement',
	'sources.kind.official': 'Statistiques officielles',
	'sources.kind.synthetic': 'Données synthétiques (pas des enregistrements réels)',
	'sources.download': 'Télécharger la table (flux Arrow IPC, {size})',
	'sources.rows': '{rows} lignes',
	'figure.source': 'Source : {sources}',
	'figure.synthetic': 'Données synthétiques, pas des enregistrements réels',
	'figure.release': 'Version des données du {date} (chaîne Uptake {version})',
	'figure.pipeline': 'chaîne',
	'figure.download': 'Télécharger cette figure',
	'figure.download.csv': 'Données (CSV)',
	'figure.download.svg': 'Image (SVG)',
	'figure.download.png': 'Image (PNG)',
	'figure.download.failed':
		'Le téléchargement a échoué. Réessayez, ou utilisez le tableau de données ci-dessus.',
	'figure.cite': 'Citer cette figure',
	'figure.cite.copy': 'Copier la citation',
	'figure.cite.copied': 'La citation est copiée.',
	'figure.citation.source': 'Source',
	'figure.citation.release': 'Version des données',
	'figure.citation.accessed': 'consulté le',
	'data.unit': 'lignes',
	'filters.label': 'Filtres',
	'filters.remove': 'Retirer le filtre {filter}',
	'filters.clear': 'Retirer tous les filtres',
	'figure.cite.copy.failed':
		'Ce navigateur n’a pas permis la copie : sélectionnez la citation ci-dessus et copiez-la.',
	'figure.csv.flags': '{column} indicateurs',
	'figure.csv.unit': 'unité',
	'figure.csv.source': 'source',
	'data.protection.title': 'Comment les effectifs de personnes et d’enregistrements sont protégés',
	'data.protection.method':
		'Chaque effectif d’apprenants, de certifications ou d’enregistrements d’une table marquée « perturbée » ci-dessous a été légèrement modifié avant publication, par la méthode de la clé de cellule : celle du Bureau australien de statistique, de l’Office national de statistique du Royaume-Uni pour le recensement de 2021 et des recommandations d’Eurostat pour les tableaux de recensement.',
	'data.protection.noise':
		'Un effectif change d’au plus {max}, en plus ou en moins ; un zéro reste un zéro et aucun effectif ne devient négatif. La modification ne dépend que des personnes ou enregistrements comptés : le même groupe donne le même nombre dans toutes les tables, si bien que rapprocher les tables ne fait pas disparaître la modification.',
	'data.protection.derived':
		'Les taux et parts sont calculés à partir des effectifs perturbés : un total peut donc différer un peu de la somme de ses parties, et un effectif n’est jamais affiché au-dessus de celui dont il fait partie (les apprenants au-dessus des certifications, par exemple). Lisez les petits effectifs comme approximatifs.',
	'data.protection.audit':
		'Avant toute publication, la chaîne attaque ses propres tables comme le ferait un tiers : elle écrit toutes les relations vérifiables entre les tables publiées (totaux et parties, l’UE et ses États membres, les mêmes enregistrements sous d’autres noms dans d’autres tables, catégories qui se recouvrent, lignes présentes ou absentes) et prouve, avec un solveur de programmation linéaire (HiGHS), qu’aucun effectif de 1 à {below} personnes ou enregistrements ne peut être retrouvé exactement. Un effectif qui le pourrait est masqué et signalé c : il n’est jamais affiché comme 0 ni laissé vide.',
	'data.protection.why':
		'Pourquoi la perturbation plutôt que la suppression : la suppression devrait masquer tout effectif inférieur à {minCell}, et bien d’autres autour pour que les totaux et les autres tables ne les redonnent pas ; la perturbation garde chaque chiffre, avec une petite erreur de taille connue.',
	'data.protection.table':
		'Perturbés : {columns} (au plus ±{max}) ; taux et parts calculés à partir d’eux.',
	'data.protection.hidden': '{count} cellules masquées (signe c).',
	'data.protection.none': 'Non perturbée : elle ne compte ni personnes ni enregistrements.',
	'data.protection.column': 'perturbé',
	'figure.perturbed':
		'Effectifs perturbés d’au plus ±{max} pour protéger les personnes (méthode de la clé de cellule)',
	'nav.target': 'L’objectif de 60 %',
	'home.target.link': 'La participation des adultes face à l’objectif de l’UE de 60 % en 2030',
	'home.target.text':
		'L’UE et chaque État membre face à son objectif national pour 2030 : niveau, distance, croissance nécessaire et progrès, avec les réserves des sources.',
	'target.title': 'La participation des adultes face aux objectifs 2030',
	'target.lead':
		'D’ici 2030, au moins 60 % des adultes de 25 à 64 ans devraient participer chaque année à une formation (plan d’action sur le socle européen des droits sociaux) ; chaque État membre s’est fixé un objectif national.',
	'target.measure':
		'Mesure : enquête sur l’éducation des adultes, 12 derniers mois, hors formation guidée en cours d’emploi',
	'target.measure.caveat':
		'C’est l’indicateur de suivi des objectifs ; Eurostat le publie à titre expérimental. L’enquête a lieu tous les six ans (2016, 2022) : la dernière valeur est celle de 2022.',
	'target.missing':
		'Cette version n’a pas de table des objectifs de participation des adultes : les statistiques officielles (../shared/data) manquaient lors de la construction des données.',
	'target.headline.title': 'L’UE',
	'target.headline.level':
		'{value} % des adultes ont participé à une formation en {year} ({baseline} % en {baselineYear}, l’année de référence).',
	'target.headline.target':
		'Objectif : {target} % en {year}, à {gap} points de pourcentage ; l’atteindre demande {required} % de croissance par an depuis l’année de référence. Progrès : {status}.',
	'target.headline.milestone':
		'Étape : {value} % en {year}, à {gap} points de pourcentage, demandant {required} % de croissance par an depuis l’année de référence.',
	'target.headline.aggregate':
		'Les objectifs nationaux réunis atteignent {value} %, en deçà de l’objectif de l’UE.',
	'target.sort.label': 'Classer les États membres par',
	'target.sort.gap': 'distance à l’objectif',
	'target.sort.value': 'dernier niveau',
	'target.sort.geo': 'code pays',
	'target.chart.title': 'Niveau et objectif national 2030, par {sort}',
	'target.chart.aria':
		'Diagramme en barres du taux de participation de chaque pays en {year}, avec son objectif national pour 2030 en losange. Les mêmes valeurs figurent dans le tableau ci-dessous.',
	'target.series.level': 'Niveau {year}',
	'target.series.target': 'Objectif national 2030',
	'target.series.alternative': 'Autre valeur donnée par les sources',
	'target.axis.value': '% des adultes de 25 à 64 ans',
	'target.table.caption': 'Participation en {year} face aux objectifs nationaux 2030',
	'target.table.unit':
		'% des adultes de 25 à 64 ans ; distance en points de pourcentage ; croissance en % par an',
	'target.table.country': 'Pays',
	'target.table.latest': 'Niveau {year}',
	'target.table.target': 'Objectif 2030',
	'target.table.gap': 'Distance',
	'target.table.observed': 'Croissance annuelle observée',
	'target.table.required': 'Croissance annuelle nécessaire',
	'target.table.status': 'Progrès',
	'target.table.caveat': 'Réserve',
	'target.status.target_achieved': 'objectif atteint',
	'target.status.substantial_progress': 'progrès substantiels',
	'target.status.moderate_progress': 'progrès modérés',
	'target.status.limited_progress': 'progrès limités',
	'target.status.moving_away': 's’éloigne de l’objectif',
	'target.status.not_assessed': 'non évalué',
	'target.caveat.conflict':
		'Les sources publiques donnent des valeurs différentes pour cet objectif.',
	'target.caveat.conflict_with':
		'Les sources publiques divergent : une autre donne {value} %, ce qui se lirait « {status} ».',
	'target.caveat.no_target': 'Pas d’objectif national.',
	'target.notes.source': 'Objectifs nationaux tels que publiés dans {source} ({countries}).',
	'target.notes.without': 'Pas d’objectif national : {countries}.',
	'target.method':
		'Le progrès compare la croissance annuelle observée depuis 2016 à celle nécessaire pour atteindre l’objectif en 2030 (taux de croissance annuel composé) : au moins 95 % de celle-ci, progrès substantiels ; 60 %, modérés ; moins, limités ; une baisse, s’éloigne de l’objectif.',
	'target.classification.title':
		'Classement des pays (méthode du tableau de bord social) : {source}',
	'target.classification.aria':
		'Nuage de points du score de niveau de chaque État membre contre son score d’évolution, coloré par catégorie, avec les seuils à ±0,5 et ±1. Les mêmes valeurs figurent dans le tableau ci-dessous.',
	'target.classification.caption':
		'États membres classés selon leur niveau en {to} et leur évolution depuis {from}',
	'target.classification.unit':
		'niveau en % des adultes de 25 à 64 ans ; évolution en points de pourcentage ; scores en écarts-types à la moyenne non pondérée des États membres',
	'target.classification.change': 'Évolution {from}-{to}',
	'target.classification.level_score': 'Score de niveau',
	'target.classification.change_score': 'Score d’évolution',
	'target.classification.category': 'Catégorie',
	'target.classification.exception': 'exception : en progrès, mais moins que la plupart',
	'target.classification.method':
		'Chaque score est l’écart à la moyenne non pondérée des États membres, en écarts-types de population ; les seuils de ±0,5 et ±1 et les catégories sont ceux du tableau de bord social du rapport conjoint sur l’emploi.',
	'target.category.best_performers': 'meilleurs résultats',
	'target.category.better_than_average': 'mieux que la moyenne',
	'target.category.good_but_to_monitor': 'bon mais à surveiller',
	'target.category.on_average': 'dans la moyenne',
	'target.category.weak_but_improving': 'faible mais en progrès',
	'target.category.to_watch': 'à surveiller',
	'target.category.critical_situations': 'situation critique',
	'target.category.unclassified': 'non classé',
	'figure.notes': 'Notes',
	'target.source.aes_x_gojt':
		'AES, 12 derniers mois, hors formation guidée en cours d’emploi (l’indicateur des objectifs, expérimental)',
	'target.source.aes_total':
		'AES, 12 derniers mois, éducation ou formation formelle ou non formelle (total)',
	'target.source.lfs_12m': 'EFT, 12 derniers mois',
	'target.source.lfs_4w': 'EFT, 4 dernières semaines',
	'target.source.aes_x_gojt.definition':
		'Enquête sur l’éducation des adultes (AES) : part des adultes de 25 à 64 ans ayant participé à une action d’éducation ou de formation formelle ou non formelle au cours des 12 derniers mois, sans compter la formation guidée en cours d’emploi. Les objectifs 2030 sont fixés sur cet indicateur ; Eurostat le qualifie d’expérimental. Vagues d’enquête : 2007, 2011, 2016, 2022.',
	'target.source.aes_total.definition':
		'Enquête sur l’éducation des adultes (AES) : part des adultes de 25 à 64 ans ayant participé à une action d’éducation ou de formation formelle ou non formelle au cours des 12 derniers mois, formation guidée en cours d’emploi comprise. Vagues d’enquête : 2007, 2011, 2016, 2022.',
	'target.source.lfs_12m.definition':
		'Enquête sur les forces de travail (EFT) : part des adultes de 25 à 64 ans ayant participé à une formation au cours des 12 derniers mois, question posée tous les deux ans depuis 2022. Elle mesure une participation plus faible que l’AES (UE 2022 : 25,1 % contre 39,5 %) : les deux ne sont pas comparables.',
	'target.source.lfs_4w.definition':
		'Enquête sur les forces de travail (EFT) : part des adultes de 25 à 64 ans ayant participé à une action d’éducation ou de formation formelle ou non formelle au cours des quatre semaines précédant l’entretien, chaque année depuis 2000. La période de référence est courte : les taux sont bien inférieurs à ceux sur 12 mois et ne sont pas comparables avec eux.',
	'target.explore.title': 'Par enquête, pays et années',
	'target.explore.lead':
		'Choisissez une enquête, un pays et deux années : la série, la carte, le classement et la comparaison ci-dessous suivent ce choix. Chaque enquête mesure autre chose : un graphique n’en réunit donc jamais deux.',
	'target.control.source': 'Enquête et définition',
	'target.control.country': 'Pays',
	'target.control.years': 'Années comparées',
	'target.control.from': 'De',
	'target.control.to': 'À',
	'target.control.latest': 'dernière année',
	'target.control.before_latest': 'avant-dernière année',
	'target.control.peers': 'Comparer avec',
	'target.peers.group.all': 'tous les États membres',
	'target.peers.group.neighbours': 'les voisins terrestres',
	'target.peers.group.level': 'les pays de niveau proche',
	'target.peers.group.category': 'les pays de la même catégorie',
	'target.peers.group.chosen': 'les pays que je choisis',
	'target.peers.group.all.note': 'Tous les États membres.',
	'target.peers.group.neighbours.note':
		'{country} et les États membres qui partagent une frontière terrestre avec ce pays.',
	'target.peers.group.level.note':
		'{country} et les six États membres dont le niveau est le plus proche du sien l’année affichée.',
	'target.peers.group.category.note':
		'{country} et les États membres de la même catégorie dans le classement ci-dessus.',
	'target.peers.group.chosen.note': '{country} et les États membres choisis.',
	'target.peers.group_needs_country':
		'Cette comparaison demande un État membre ayant une valeur : choisissez un pays ci-dessus.',
	'target.peers.alone': 'Aucun autre État membre ne fait partie de ce groupe.',
	'target.peers.title': '{country} parmi {group}',
	'target.peers.aria':
		'Diagramme en barres classées des taux de participation en {year} ({source}), avec le niveau de l’UE et l’objectif de l’UE en lignes verticales. Les mêmes valeurs figurent dans le tableau ci-dessous.',
	'target.peers.caption': 'Participation en {year}, par rang ({source})',
	'target.peers.eu': 'UE',
	'target.peers.eu_target': 'Objectif de l’UE',
	'target.peers.no_data': 'Aucun État membre n’a de données pour cette année ({source}).',
	'target.series_chart.title': '{country} : {source}',
	'target.series_chart.aria':
		'Graphique linéaire du taux de participation de {country} au fil du temps, avec son objectif 2030 et la trajectoire linéaire pour l’atteindre lorsque l’enquête est celle sur laquelle les objectifs sont fixés. Les mêmes valeurs figurent dans le tableau ci-dessous.',
	'target.series_chart.path': 'Trajectoire linéaire vers l’objectif',
	'target.series_chart.target_line': 'Objectif 2030',
	'target.series_chart.milestone': 'Étape de l’UE',
	'target.series_chart.no_data': 'Pas de données ({source}) pour {country}.',
	'target.series_chart.no_target_here':
		'Les objectifs 2030 sont fixés sur le taux de l’AES hors formation guidée en cours d’emploi : ils ne sont pas tracés pour cette enquête.',
	'target.series_chart.caption': '{country} : {source}, avec l’objectif 2030 lorsqu’il s’applique',
	'target.series_chart.observed': 'Observé',
	'target.series_chart.alternative_note': 'L’autre valeur, {value} %, est donnée par {source}.',
	'target.series_chart.part': 'Série',
	'target.series_chart.value': 'Valeur',
	'target.classification.none.too_few_countries':
		'Trop peu d’États membres ont des valeurs pour les deux années ({source}) pour pouvoir les classer.',
	'target.classification.none.no_variation_in_level':
		'Tous les États membres ont le même niveau : la méthode ne peut pas leur attribuer de score.',
	'target.classification.none.no_variation_in_change':
		'Tous les États membres ont évolué de la même façon : la méthode ne peut pas attribuer de score à l’évolution.',
	'target.classification.none.missing_level':
		'Aucun État membre n’a de valeur pour la plus récente des deux années ({source}).',
	'target.classification.none.missing_previous_level':
		'Aucun État membre n’a de valeur pour la plus ancienne des deux années ({source}).',
	'target.classification.reason.too_few_countries': 'trop peu de pays avec des données',
	'target.classification.reason.no_variation_in_level': 'aucune variation du niveau',
	'target.classification.reason.no_variation_in_change': 'aucune variation de l’évolution',
	'target.classification.reason.missing_level':
		'pas de valeur pour la plus récente des deux années',
	'target.classification.reason.missing_previous_level':
		'pas de valeur pour la plus ancienne des deux années',
	'target.classification.low_reliability': 'Faible fiabilité (u) pour l’une des deux années',
	'target.classification.low_reliability_list':
		'Faible fiabilité (signe u) pour l’une des deux années, en marqueurs creux : {countries}.',
	'target.classification.missing_list':
		'Non classés, faute de valeur pour l’une des deux années : {countries}.',
	'target.map.title': 'Participation dans les États membres : {source}',
	'target.map.aria':
		'Carte des États membres colorés selon leur taux de participation en {year} ({source}). Les mêmes valeurs figurent dans le tableau ci-dessous et dans la grille de tuiles.',
	'target.map.caption': 'Participation en {year} ({source})',
	'target.map.no_data': 'pas de données',
	'target.map.missing':
		'Cette version n’a pas de géométrie cartographique (GISCO, ../shared/data/gisco) : la grille de tuiles ci-dessous montre les mêmes valeurs.',
	'target.map.attribution':
		'Limites : © EuroGeographics pour les limites administratives ; source : Eurostat/GISCO. Les Canaries, Madère et les Açores ne sont pas représentées.',
	'target.tiles.title': 'Les mêmes valeurs en grille de tuiles',
	'target.tiles.lead':
		'Une tuile par État membre, placée à peu près selon sa position géographique. Choisissez une tuile pour voir la série de ce pays et sa comparaison avec d’autres.',
	'target.tiles.choose': '{country} : {value}. Afficher ce pays.',
	...vocabularyFr,
	...uptakeFr,
	...inclusionFr,
	...qualityFr,
	...countryFr,
	...homeFr,
	...exploreFr,
	...reportFr,
	...coverageFr
};
