// Messages of the /inclusion page (keys 'inclusion.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const inclusionEn = {
	'inclusion.title': 'Inclusion: who the learners are',
	'inclusion.lead':
		'For each group the Recommendation names (para 11b, 12d, 15): its share of the micro-credential learners, its share of the population where an official baseline exists, and the representation ratio between the two (1 = parity). Where no population baseline exists, the Adult Education Survey shows how far adult learning as a whole already reaches the group.',
	'inclusion.synthetic':
		'The learners behind these figures are synthetic (made up by a seeded generator): no number about learners here is a statistic. The population baselines and the Adult Education Survey are official Eurostat data.',
	'inclusion.missing':
		'The inclusion table is not in this build: run the pipelines with issuance records to publish it.',
	'inclusion.controls': 'View',
	'inclusion.control.year': 'Year',
	'inclusion.control.group': 'Group',
	'inclusion.control.country': 'Country',
	'inclusion.control.metric': 'Heat map',
	'inclusion.metric.ratio':
		'representation ratio (AES participation ratio where no population baseline)',
	'inclusion.metric.aes': 'AES participation ratio only (adult learning as a whole)',
	'inclusion.reading.title': 'The largest gaps, in words',
	'inclusion.reading.lead':
		'Read from the heat map’s year. Under 1, a group is fewer among the learners than in the population; over 1, more.',
	'inclusion.reading.eu_title': 'The EU',
	'inclusion.reading.gaps_title': 'Member States furthest from parity',
	'inclusion.reading.aes_title': 'Groups without a population baseline',
	'inclusion.reading.baseline_year': ' (population of {year})',
	'inclusion.reading.under':
		'{country}, {year}: {group} are {population} % of {basis}{baselineYear} but {share} % of micro-credential learners, {ratio} of parity.',
	'inclusion.reading.over':
		'{country}, {year}: {group} are {population} % of {basis}{baselineYear} and {share} % of micro-credential learners, {ratio} times parity.',
	'inclusion.reading.aes':
		'Adult learning as a whole reaches them at {ratio} of the rate of all adults (Adult Education Survey {year}).',
	'inclusion.reading.aes_only':
		'{group}: no population baseline. Adult Education Survey {year}, widest gap: {country}, where they take part in adult learning at {ratio} of the rate of all adults (EU: {eu}).',
	'inclusion.reading.aes_only_no_eu':
		'{group}: no population baseline. Adult Education Survey {year}, widest gap: {country}, where they take part in adult learning at {ratio} of the rate of all adults.',
	'inclusion.reading.none':
		'No Member State has a representation ratio in {year}: the population baselines or the learners’ shares are missing.',
	'inclusion.reading.hidden_one':
		'One cell is hidden by disclosure control (flag c) and is left out of this reading.',
	'inclusion.reading.hidden':
		'{count} cells are hidden by disclosure control (flag c) and are left out of this reading.',
	'inclusion.sentence.group.low_qualified': 'low-qualified adults (ISCED 0-2)',
	'inclusion.sentence.group.unemployed': 'unemployed people',
	'inclusion.sentence.group.long_term_unemployed': 'long-term unemployed people',
	'inclusion.sentence.group.older_55_64': 'adults aged 55-64',
	'inclusion.sentence.group.older_65_plus': 'adults aged 65 or over',
	'inclusion.sentence.group.disability': 'people with disabilities',
	'inclusion.sentence.group.migrant_background': 'people with a migrant background',
	'inclusion.sentence.group.refugee': 'refugees',
	'inclusion.sentence.group.rural': 'rural residents',
	'inclusion.sentence.group.minimum_income': 'minimum income recipients',
	'inclusion.sentence.group.platform_worker': 'platform workers',
	'inclusion.state.hidden': 'hidden',
	'inclusion.state.no_baseline': 'no baseline',
	'inclusion.state.not_recorded': 'not recorded',
	'inclusion.state.no_records': 'no records',
	'inclusion.basis.population': 'Representation ratio',
	'inclusion.basis.aes': 'AES participation ratio',
	'inclusion.population.Y25-64': 'adults aged 25-64',
	'inclusion.population.all_ages': 'the population of all ages',
	'inclusion.notes.synthetic':
		'Synthetic data: the learners are made up by a seeded generator, so their shares and the ratios built on them are not statistics. The population shares and the AES rates are official.',
	'inclusion.notes.ratio':
		'Representation ratio = the group’s share of the learners whose attribute is known ÷ its share of the population (1 = parity, under 1 = fewer among the learners than in the population). Learners are of all ages; the populations are adults aged 25-64, except rural residents.',
	'inclusion.notes.baselines':
		'Population shares: Eurostat edat_lfse_03 (ISCED 0-2, % of adults 25-64, EU-LFS), demo_pjangroup (55-64 among 25-64, from five-year age groups), ilc_lvho01 (rural areas, DEG3, % of the population of all ages, EU-SILC); each the latest year not after the year shown.',
	'inclusion.notes.aes':
		'AES participation ratio = the group’s rate of participation in adult learning ÷ the rate of all adults aged 25-64 (Eurostat Adult Education Survey, excluding guided on-the-job training, experimental; waves {years}). It measures adult learning as a whole, not micro-credentials: beside the representation ratio it shows whether micro-credentials narrow or widen a gap that already exists.',
	'inclusion.notes.perturbed':
		'Counts of learners are perturbed by at most ±2 (cell-key method) and the shares are computed from the perturbed counts: a small count, and a share built on it, is approximate.',
	'inclusion.notes.hidden_one':
		'One cell is hidden by disclosure control (flag c): its counts, share and ratio are withheld, never shown as 0.',
	'inclusion.notes.hidden':
		'{count} cells are hidden by disclosure control (flag c): their counts, shares and ratios are withheld, never shown as 0.',
	'inclusion.notes.no_baseline':
		'No population baseline and no AES ratio for: {groups}. Their shares of the learners are in the group comparison below.',
	'inclusion.notes.rural':
		'Rural residents: the baseline is the population of all ages (EU-SILC, ilc_lvho01), not adults aged 25-64: the ratio compares adult learners with a population that includes children and older people.',
	'inclusion.notes.women':
		'Women are not a group of the inclusion table: the records carry sex, but the Recommendation’s groups at risk do not include it, and the only population baseline by sex (demo_pjanbroad) is of all ages.',
	'inclusion.heatmap.title': 'Representation of each group among the learners, {year}',
	'inclusion.heatmap.title_aes':
		'Participation of each group in adult learning against all adults (AES), for the learners of {year}',
	'inclusion.heatmap.caption':
		'Representation ratio by country and group, {year} (AES participation ratio where the column says AES; 1 = parity)',
	'inclusion.heatmap.caption_aes':
		'AES participation ratio by country and group, shown for {year} (1 = parity)',
	'inclusion.heatmap.aria':
		'Heat map of the EU and the 27 Member States by group of learners in {year}: red below parity, blue above, grey hatched where hidden.',
	'inclusion.heatmap.legend': 'Ratio (1 = parity)',
	'inclusion.heatmap.aes_short': 'AES',
	'inclusion.heatmap.mixed_short': 'ratio, AES where marked',
	'inclusion.heatmap.aes_mark': 'A',
	'inclusion.heatmap.aes_legend': 'dashed, {mark}: AES participation ratio',
	'inclusion.heatmap.reading':
		'Each cell: the representation ratio where the group has a population baseline, else the AES participation ratio (dashed, marked A, and named in the column header). A cell without a number says why: hidden (disclosure control), no baseline, not recorded (no learner gave the attribute) or no records (no learner that year).',
	'inclusion.heatmap.aes_cells':
		'On the AES participation ratio for lack of a population baseline: {cells}.',
	'inclusion.tooltip.share':
		'Share of learners: {share} % ({count} of {known} learners whose attribute is known)',
	'inclusion.tooltip.population': 'Share of {population}: {share} % ({year})',
	'inclusion.tooltip.no_population': 'No population baseline',
	'inclusion.tooltip.aes':
		'AES {year}: {group} % of the group against {total} % of all adults = {ratio}',
	'inclusion.series.share': 'Share of learners',
	'inclusion.series.population': 'Share of the population',
	'inclusion.series.missing': 'No share (reason written)',
	'inclusion.axis.share': '%',
	'inclusion.axis.ratio': 'ratio (1 = parity)',
	'inclusion.axis.parity': 'parity',
	'inclusion.comparison.no_ratio':
		'No population baseline and no AES ratio for this group: only its share of the learners can be shown.',
	'inclusion.unit.ratio': 'ratio, 1 = parity',
	'inclusion.unit.comparison': 'learners; % (shares); ratio, 1 = parity',
	'inclusion.table.country': 'Country',
	'inclusion.table.group': 'Group',
	'inclusion.table.year': 'Year',
	'inclusion.table.in_group': 'Learners in the group',
	'inclusion.table.known': 'Learners whose attribute is known',
	'inclusion.table.share': 'Share of learners, %',
	'inclusion.table.population': 'Share of the population, %',
	'inclusion.table.baseline': 'Population baseline (Eurostat dataset, year, population)',
	'inclusion.table.aes_year': 'AES wave',
	'inclusion.group.title': '{group}: share of the learners against share of the population, {year}',
	'inclusion.group.aria':
		'{group} in the EU and each Member State in {year}: bars for the share of learners, diamonds for the share of the population; on the right the representation ratio and the AES participation ratio, with parity at 1.',
	'inclusion.group.caption': '{group} in the EU and each Member State, {year}',
	'inclusion.group.aes_only':
		'{group} have no population baseline: the right-hand side shows the AES participation ratio (adult learning as a whole), not the representation of the group among micro-credential learners.',
	'inclusion.group.no_baseline':
		'{group} have neither a population baseline nor an AES ratio: only the share of the learners is shown, and it cannot be read as over- or under-representation.',
	'inclusion.profile.title': '{country}: groups among micro-credential learners, latest year',
	'inclusion.profile.aria':
		'The groups of learners in {country} in {year}: bars for the share of learners, diamonds for the share of the population; on the right the representation ratio and the AES participation ratio, with parity at 1.',
	'inclusion.profile.caption': 'Groups of learners in {country}, {year}',
	'inclusion.country.title': '{country}: the groups over time',
	'inclusion.country.aria':
		'The share of each group among the learners in {country} over the years (above), and the representation ratio of the groups with a population baseline (below), with parity at 1.',
	'inclusion.country.caption': 'Groups of learners in {country}, every year',
	'inclusion.country.share_axis': 'Share of learners, %',
	'inclusion.country.baseline_years':
		'Each year is compared with the latest population baseline not after it: a ratio can move because the baseline was updated.'
} as const;

type InclusionKey = keyof typeof inclusionEn;

export const inclusionFr: Record<InclusionKey, string> = {
	'inclusion.title': 'Inclusion : qui sont les apprenants',
	'inclusion.lead':
		'Pour chaque groupe que nomme la recommandation (points 11b, 12d, 15) : sa part parmi les apprenants des microcertifications, sa part dans la population quand une référence officielle existe, et le ratio de représentation entre les deux (1 = parité). Sans référence de population, l’enquête sur l’éducation des adultes montre jusqu’où la formation des adultes dans son ensemble atteint déjà le groupe.',
	'inclusion.synthetic':
		'Les apprenants derrière ces figures sont synthétiques (produits par un générateur à graine) : aucun chiffre sur les apprenants n’est ici une statistique. Les références de population et l’enquête sur l’éducation des adultes sont des données officielles d’Eurostat.',
	'inclusion.missing':
		'La table d’inclusion n’est pas dans cette version : exécutez les pipelines avec des enregistrements de délivrance pour la publier.',
	'inclusion.controls': 'Vue',
	'inclusion.control.year': 'Année',
	'inclusion.control.group': 'Groupe',
	'inclusion.control.country': 'Pays',
	'inclusion.control.metric': 'Carte de chaleur',
	'inclusion.metric.ratio':
		'ratio de représentation (ratio de participation AES sans référence de population)',
	'inclusion.metric.aes':
		'ratio de participation AES seul (formation des adultes dans son ensemble)',
	'inclusion.reading.title': 'Les plus grands écarts, en mots',
	'inclusion.reading.lead':
		'Lu pour l’année de la carte de chaleur. Sous 1, un groupe est moins présent parmi les apprenants que dans la population ; au-dessus de 1, davantage.',
	'inclusion.reading.eu_title': 'L’UE',
	'inclusion.reading.gaps_title': 'États membres les plus éloignés de la parité',
	'inclusion.reading.aes_title': 'Groupes sans référence de population',
	'inclusion.reading.baseline_year': ' (population de {year})',
	'inclusion.reading.under':
		'{country}, {year} : les {group} représentent {population} % des {basis}{baselineYear} mais {share} % des apprenants des microcertifications, soit {ratio} de la parité.',
	'inclusion.reading.over':
		'{country}, {year} : les {group} représentent {population} % des {basis}{baselineYear} et {share} % des apprenants des microcertifications, soit {ratio} fois la parité.',
	'inclusion.reading.aes':
		'La formation des adultes dans son ensemble les atteint à {ratio} du taux de l’ensemble des adultes (enquête sur l’éducation des adultes {year}).',
	'inclusion.reading.aes_only':
		'{group} : pas de référence de population. Enquête sur l’éducation des adultes {year}, écart le plus grand : {country}, où ils participent à la formation des adultes à {ratio} du taux de l’ensemble des adultes (UE : {eu}).',
	'inclusion.reading.aes_only_no_eu':
		'{group} : pas de référence de population. Enquête sur l’éducation des adultes {year}, écart le plus grand : {country}, où ils participent à la formation des adultes à {ratio} du taux de l’ensemble des adultes.',
	'inclusion.reading.none':
		'Aucun État membre n’a de ratio de représentation en {year} : les références de population ou les parts d’apprenants manquent.',
	'inclusion.reading.hidden_one':
		'Une cellule est masquée par le contrôle de la divulgation (signe c) et est laissée hors de cette lecture.',
	'inclusion.reading.hidden':
		'{count} cellules sont masquées par le contrôle de la divulgation (signe c) et sont laissées hors de cette lecture.',
	'inclusion.sentence.group.low_qualified': 'adultes peu qualifiés (CITE 0-2)',
	'inclusion.sentence.group.unemployed': 'chômeurs',
	'inclusion.sentence.group.long_term_unemployed': 'chômeurs de longue durée',
	'inclusion.sentence.group.older_55_64': 'adultes de 55 à 64 ans',
	'inclusion.sentence.group.older_65_plus': 'adultes de 65 ans ou plus',
	'inclusion.sentence.group.disability': 'personnes handicapées',
	'inclusion.sentence.group.migrant_background': 'personnes issues de l’immigration',
	'inclusion.sentence.group.refugee': 'réfugiés',
	'inclusion.sentence.group.rural': 'habitants des zones rurales',
	'inclusion.sentence.group.minimum_income': 'bénéficiaires du revenu minimum',
	'inclusion.sentence.group.platform_worker': 'travailleurs de plateformes',
	'inclusion.state.hidden': 'masqué',
	'inclusion.state.no_baseline': 'sans référence',
	'inclusion.state.not_recorded': 'non renseigné',
	'inclusion.state.no_records': 'aucune donnée',
	'inclusion.basis.population': 'Ratio de représentation',
	'inclusion.basis.aes': 'Ratio de participation AES',
	'inclusion.population.Y25-64': 'adultes de 25 à 64 ans',
	'inclusion.population.all_ages': 'habitants de tous âges',
	'inclusion.notes.synthetic':
		'Données synthétiques : les apprenants sont produits par un générateur à graine, leurs parts et les ratios qui en découlent ne sont donc pas des statistiques. Les parts de population et les taux AES sont officiels.',
	'inclusion.notes.ratio':
		'Ratio de représentation = part du groupe parmi les apprenants dont l’attribut est connu ÷ sa part dans la population (1 = parité, sous 1 = moins présent parmi les apprenants que dans la population). Les apprenants sont de tous âges ; les populations sont les adultes de 25 à 64 ans, sauf pour les habitants des zones rurales.',
	'inclusion.notes.baselines':
		'Parts de population : Eurostat edat_lfse_03 (CITE 0-2, % des adultes de 25 à 64 ans, EFT-UE), demo_pjangroup (55-64 ans parmi les 25-64 ans, par groupes d’âge quinquennaux), ilc_lvho01 (zones rurales, DEG3, % de la population de tous âges, EU-SILC) ; chaque fois la dernière année qui ne dépasse pas l’année affichée.',
	'inclusion.notes.aes':
		'Ratio de participation AES = taux de participation du groupe à la formation des adultes ÷ taux de l’ensemble des adultes de 25 à 64 ans (enquête d’Eurostat sur l’éducation des adultes, hors formation guidée en cours d’emploi, expérimental ; vagues {years}). Il mesure la formation des adultes dans son ensemble, pas les microcertifications : à côté du ratio de représentation, il montre si les microcertifications réduisent ou creusent un écart qui existe déjà.',
	'inclusion.notes.perturbed':
		'Les nombres d’apprenants sont perturbés d’au plus ±2 (méthode des clés de cellule) et les parts sont calculées sur les nombres perturbés : un petit nombre, et une part qui en découle, sont approximatifs.',
	'inclusion.notes.hidden_one':
		'Une cellule est masquée par le contrôle de la divulgation (signe c) : ses nombres, sa part et son ratio sont retenus, jamais affichés comme 0.',
	'inclusion.notes.hidden':
		'{count} cellules sont masquées par le contrôle de la divulgation (signe c) : leurs nombres, parts et ratios sont retenus, jamais affichés comme 0.',
	'inclusion.notes.no_baseline':
		'Ni référence de population ni ratio AES pour : {groups}. Leurs parts parmi les apprenants figurent dans la comparaison par groupe ci-dessous.',
	'inclusion.notes.rural':
		'Habitants des zones rurales : la référence est la population de tous âges (EU-SILC, ilc_lvho01), pas les adultes de 25 à 64 ans : le ratio compare des apprenants adultes à une population qui comprend enfants et personnes âgées.',
	'inclusion.notes.women':
		'Les femmes ne sont pas un groupe de la table d’inclusion : les enregistrements portent le sexe, mais les groupes à risque de la recommandation ne l’incluent pas, et la seule référence de population par sexe (demo_pjanbroad) porte sur tous les âges.',
	'inclusion.heatmap.title': 'Représentation de chaque groupe parmi les apprenants, {year}',
	'inclusion.heatmap.title_aes':
		'Participation de chaque groupe à la formation des adultes par rapport à l’ensemble des adultes (AES), pour les apprenants de {year}',
	'inclusion.heatmap.caption':
		'Ratio de représentation par pays et groupe, {year} (ratio de participation AES là où la colonne indique AES ; 1 = parité)',
	'inclusion.heatmap.caption_aes':
		'Ratio de participation AES par pays et groupe, affiché pour {year} (1 = parité)',
	'inclusion.heatmap.aria':
		'Carte de chaleur de l’UE et des 27 États membres par groupe d’apprenants en {year} : rouge sous la parité, bleu au-dessus, gris hachuré là où c’est masqué.',
	'inclusion.heatmap.legend': 'Ratio (1 = parité)',
	'inclusion.heatmap.aes_short': 'AES',
	'inclusion.heatmap.mixed_short': 'ratio, AES où indiqué',
	'inclusion.heatmap.aes_mark': 'A',
	'inclusion.heatmap.aes_legend': 'pointillé, {mark} : ratio de participation AES',
	'inclusion.heatmap.reading':
		'Chaque cellule : le ratio de représentation quand le groupe a une référence de population, sinon le ratio de participation AES (en pointillé, marqué A et nommé dans l’en-tête de colonne). Une cellule sans nombre dit pourquoi : masqué (contrôle de la divulgation), sans référence, non renseigné (aucun apprenant n’a donné l’attribut) ou aucun enregistrement (aucun apprenant cette année-là).',
	'inclusion.heatmap.aes_cells':
		'Sur le ratio de participation AES faute de référence de population : {cells}.',
	'inclusion.tooltip.share':
		'Part des apprenants : {share} % ({count} sur {known} apprenants dont l’attribut est connu)',
	'inclusion.tooltip.population': 'Part des {population} : {share} % ({year})',
	'inclusion.tooltip.no_population': 'Pas de référence de population',
	'inclusion.tooltip.aes':
		'AES {year} : {group} % du groupe contre {total} % de l’ensemble des adultes = {ratio}',
	'inclusion.series.share': 'Part des apprenants',
	'inclusion.series.population': 'Part de la population',
	'inclusion.series.missing': 'Pas de part (raison indiquée)',
	'inclusion.axis.share': '%',
	'inclusion.axis.ratio': 'ratio (1 = parité)',
	'inclusion.axis.parity': 'parité',
	'inclusion.comparison.no_ratio':
		'Ni référence de population ni ratio AES pour ce groupe : seule sa part parmi les apprenants peut être montrée.',
	'inclusion.unit.ratio': 'ratio, 1 = parité',
	'inclusion.unit.comparison': 'apprenants ; % (parts) ; ratio, 1 = parité',
	'inclusion.table.country': 'Pays',
	'inclusion.table.group': 'Groupe',
	'inclusion.table.year': 'Année',
	'inclusion.table.in_group': 'Apprenants du groupe',
	'inclusion.table.known': 'Apprenants dont l’attribut est connu',
	'inclusion.table.share': 'Part des apprenants, %',
	'inclusion.table.population': 'Part de la population, %',
	'inclusion.table.baseline':
		'Référence de population (jeu de données Eurostat, année, population)',
	'inclusion.table.aes_year': 'Vague AES',
	'inclusion.group.title': '{group} : part parmi les apprenants et part dans la population, {year}',
	'inclusion.group.aria':
		'{group} dans l’UE et dans chaque État membre en {year} : barres pour la part des apprenants, losanges pour la part de la population ; à droite le ratio de représentation et le ratio de participation AES, avec la parité à 1.',
	'inclusion.group.caption': '{group} dans l’UE et dans chaque État membre, {year}',
	'inclusion.group.aes_only':
		'{group} : pas de référence de population ; la partie droite montre le ratio de participation AES (formation des adultes dans son ensemble), pas la représentation du groupe parmi les apprenants des microcertifications.',
	'inclusion.group.no_baseline':
		'{group} : ni référence de population ni ratio AES ; seule la part parmi les apprenants est montrée, et elle ne peut pas se lire comme une sur- ou sous-représentation.',
	'inclusion.profile.title':
		'{country} : les groupes parmi les apprenants des microcertifications, dernière année',
	'inclusion.profile.aria':
		'Les groupes d’apprenants en {country} en {year} : barres pour la part des apprenants, losanges pour la part de la population ; à droite le ratio de représentation et le ratio de participation AES, avec la parité à 1.',
	'inclusion.profile.caption': 'Groupes d’apprenants, {country}, {year}',
	'inclusion.country.title': '{country} : les groupes au fil des ans',
	'inclusion.country.aria':
		'La part de chaque groupe parmi les apprenants en {country} au fil des ans (en haut), et le ratio de représentation des groupes ayant une référence de population (en bas), avec la parité à 1.',
	'inclusion.country.caption': 'Groupes d’apprenants, {country}, toutes les années',
	'inclusion.country.share_axis': 'Part des apprenants, %',
	'inclusion.country.baseline_years':
		'Chaque année est comparée à la dernière référence de population qui ne la dépasse pas : un ratio peut varier parce que la référence a été mise à jour.'
};

export const inclusionDe: Record<InclusionKey, string> = {
	'inclusion.title': 'Inklusion: wer die Lernenden sind',
	'inclusion.lead':
		'Für jede Gruppe, die die Empfehlung nennt (Nr. 11b, 12d, 15): ihr Anteil an den Lernenden mit Microcredentials, ihr Anteil an der Bevölkerung, wo es eine amtliche Bezugsgröße gibt, und das Repräsentationsverhältnis der beiden (1 = Parität). Wo es keine Bevölkerungsbezugsgröße gibt, zeigt die Erhebung über Erwachsenenbildung, wie weit die Erwachsenenbildung insgesamt die Gruppe bereits erreicht.',
	'inclusion.synthetic':
		'Die Lernenden hinter diesen Abbildungen sind synthetisch (von einem Generator mit festem Startwert erzeugt): keine Zahl über Lernende ist hier eine Statistik. Die Bevölkerungsbezugsgrößen und die Erhebung über Erwachsenenbildung sind amtliche Eurostat-Daten.',
	'inclusion.missing':
		'Die Inklusionstabelle ist nicht in diesem Build: Führen Sie die Pipelines mit Ausstellungsdatensätzen aus, um sie zu veröffentlichen.',
	'inclusion.controls': 'Ansicht',
	'inclusion.control.year': 'Jahr',
	'inclusion.control.group': 'Gruppe',
	'inclusion.control.country': 'Land',
	'inclusion.control.metric': 'Heatmap',
	'inclusion.metric.ratio':
		'Repräsentationsverhältnis (AES-Teilnahmeverhältnis, wo keine Bevölkerungsbezugsgröße besteht)',
	'inclusion.metric.aes': 'nur AES-Teilnahmeverhältnis (Erwachsenenbildung insgesamt)',
	'inclusion.reading.title': 'Die größten Abstände in Worten',
	'inclusion.reading.lead':
		'Gelesen für das Jahr der Heatmap. Unter 1 ist eine Gruppe unter den Lernenden seltener als in der Bevölkerung, über 1 häufiger.',
	'inclusion.reading.eu_title': 'Die EU',
	'inclusion.reading.gaps_title': 'Mitgliedstaaten am weitesten von der Parität',
	'inclusion.reading.aes_title': 'Gruppen ohne Bevölkerungsbezugsgröße',
	'inclusion.reading.baseline_year': ' (Bevölkerung von {year})',
	'inclusion.reading.under':
		'{country}, {year}: {group} sind {population} % der {basis}{baselineYear}, aber {share} % der Lernenden mit Microcredentials, {ratio} der Parität.',
	'inclusion.reading.over':
		'{country}, {year}: {group} sind {population} % der {basis}{baselineYear} und {share} % der Lernenden mit Microcredentials, das {ratio}-Fache der Parität.',
	'inclusion.reading.aes':
		'Die Erwachsenenbildung insgesamt erreicht sie mit {ratio} der Quote aller Erwachsenen (Erhebung über Erwachsenenbildung {year}).',
	'inclusion.reading.aes_only':
		'{group}: keine Bevölkerungsbezugsgröße. Erhebung über Erwachsenenbildung {year}, größter Abstand: {country}, wo sie mit {ratio} der Quote aller Erwachsenen an Erwachsenenbildung teilnehmen (EU: {eu}).',
	'inclusion.reading.aes_only_no_eu':
		'{group}: keine Bevölkerungsbezugsgröße. Erhebung über Erwachsenenbildung {year}, größter Abstand: {country}, wo sie mit {ratio} der Quote aller Erwachsenen an Erwachsenenbildung teilnehmen.',
	'inclusion.reading.none':
		'Kein Mitgliedstaat hat {year} ein Repräsentationsverhältnis: Es fehlen die Bevölkerungsbezugsgrößen oder die Anteile der Lernenden.',
	'inclusion.reading.hidden_one':
		'Eine Zelle ist durch die Geheimhaltung verborgen (Kennzeichen c) und bleibt bei dieser Lesart außen vor.',
	'inclusion.reading.hidden':
		'{count} Zellen sind durch die Geheimhaltung verborgen (Kennzeichen c) und bleiben bei dieser Lesart außen vor.',
	'inclusion.sentence.group.low_qualified': 'geringqualifizierte Erwachsene (ISCED 0-2)',
	'inclusion.sentence.group.unemployed': 'Arbeitslose',
	'inclusion.sentence.group.long_term_unemployed': 'Langzeitarbeitslose',
	'inclusion.sentence.group.older_55_64': 'Erwachsene von 55 bis 64 Jahren',
	'inclusion.sentence.group.older_65_plus': 'Erwachsene ab 65 Jahren',
	'inclusion.sentence.group.disability': 'Menschen mit Behinderungen',
	'inclusion.sentence.group.migrant_background': 'Menschen mit Migrationshintergrund',
	'inclusion.sentence.group.refugee': 'Geflüchtete',
	'inclusion.sentence.group.rural': 'Bewohner ländlicher Gebiete',
	'inclusion.sentence.group.minimum_income': 'Empfänger von Mindesteinkommen',
	'inclusion.sentence.group.platform_worker': 'Plattformbeschäftigte',
	'inclusion.state.hidden': 'verborgen',
	'inclusion.state.no_baseline': 'keine Bezugsgröße',
	'inclusion.state.not_recorded': 'nicht erfasst',
	'inclusion.state.no_records': 'keine Datensätze',
	'inclusion.basis.population': 'Repräsentationsverhältnis',
	'inclusion.basis.aes': 'AES-Teilnahmeverhältnis',
	'inclusion.population.Y25-64': 'Erwachsenen von 25 bis 64 Jahren',
	'inclusion.population.all_ages': 'Bevölkerung jeden Alters',
	'inclusion.notes.synthetic':
		'Synthetische Daten: Die Lernenden sind von einem Generator mit festem Startwert erzeugt, ihre Anteile und die darauf beruhenden Verhältnisse sind also keine Statistik. Die Bevölkerungsanteile und die AES-Quoten sind amtlich.',
	'inclusion.notes.ratio':
		'Repräsentationsverhältnis = Anteil der Gruppe an den Lernenden, deren Merkmal bekannt ist ÷ ihr Anteil an der Bevölkerung (1 = Parität, unter 1 = unter den Lernenden seltener als in der Bevölkerung). Die Lernenden sind jeden Alters; die Bevölkerungen sind Erwachsene von 25 bis 64 Jahren, außer bei Bewohnern ländlicher Gebiete.',
	'inclusion.notes.baselines':
		'Bevölkerungsanteile: Eurostat edat_lfse_03 (ISCED 0-2, % der Erwachsenen von 25 bis 64 Jahren, AKE), demo_pjangroup (55-64 unter den 25-64-Jährigen, aus Fünfjahresaltersgruppen), ilc_lvho01 (ländliche Gebiete, DEG3, % der Bevölkerung jeden Alters, EU-SILC); jeweils das letzte Jahr, das nicht nach dem gezeigten Jahr liegt.',
	'inclusion.notes.aes':
		'AES-Teilnahmeverhältnis = Quote der Teilnahme der Gruppe an Erwachsenenbildung ÷ Quote aller Erwachsenen von 25 bis 64 Jahren (Eurostat-Erhebung über Erwachsenenbildung, ohne angeleitete Ausbildung am Arbeitsplatz, experimentell; Wellen {years}). Es misst die Erwachsenenbildung insgesamt, nicht Microcredentials: Neben dem Repräsentationsverhältnis zeigt es, ob Microcredentials einen schon bestehenden Abstand verringern oder vergrößern.',
	'inclusion.notes.perturbed':
		'Die Zahlen der Lernenden sind um höchstens ±2 verändert (Cell-Key-Verfahren), und die Anteile sind aus den veränderten Zahlen berechnet: Eine kleine Zahl und ein darauf beruhender Anteil sind ungefähr.',
	'inclusion.notes.hidden_one':
		'Eine Zelle ist durch die Geheimhaltung verborgen (Kennzeichen c): Ihre Zahlen, ihr Anteil und ihr Verhältnis werden zurückgehalten, nie als 0 gezeigt.',
	'inclusion.notes.hidden':
		'{count} Zellen sind durch die Geheimhaltung verborgen (Kennzeichen c): Ihre Zahlen, Anteile und Verhältnisse werden zurückgehalten, nie als 0 gezeigt.',
	'inclusion.notes.no_baseline':
		'Weder Bevölkerungsbezugsgröße noch AES-Verhältnis für: {groups}. Ihre Anteile an den Lernenden stehen im Gruppenvergleich unten.',
	'inclusion.notes.rural':
		'Bewohner ländlicher Gebiete: Die Bezugsgröße ist die Bevölkerung jeden Alters (EU-SILC, ilc_lvho01), nicht die Erwachsenen von 25 bis 64 Jahren: Das Verhältnis vergleicht erwachsene Lernende mit einer Bevölkerung, zu der Kinder und Ältere gehören.',
	'inclusion.notes.women':
		'Frauen sind keine Gruppe der Inklusionstabelle: Die Datensätze enthalten das Geschlecht, aber die gefährdeten Gruppen der Empfehlung schließen es nicht ein, und die einzige Bevölkerungsbezugsgröße nach Geschlecht (demo_pjanbroad) gilt für alle Altersgruppen.',
	'inclusion.heatmap.title': 'Repräsentation jeder Gruppe unter den Lernenden, {year}',
	'inclusion.heatmap.title_aes':
		'Teilnahme jeder Gruppe an Erwachsenenbildung gegenüber allen Erwachsenen (AES), für die Lernenden von {year}',
	'inclusion.heatmap.caption':
		'Repräsentationsverhältnis nach Land und Gruppe, {year} (AES-Teilnahmeverhältnis, wo die Spalte AES angibt; 1 = Parität)',
	'inclusion.heatmap.caption_aes':
		'AES-Teilnahmeverhältnis nach Land und Gruppe, gezeigt für {year} (1 = Parität)',
	'inclusion.heatmap.aria':
		'Heatmap der EU und der 27 Mitgliedstaaten nach Gruppe der Lernenden {year}: rot unter der Parität, blau darüber, grau schraffiert, wo verborgen.',
	'inclusion.heatmap.legend': 'Verhältnis (1 = Parität)',
	'inclusion.heatmap.aes_short': 'AES',
	'inclusion.heatmap.mixed_short': 'Verhältnis, AES wo markiert',
	'inclusion.heatmap.aes_mark': 'A',
	'inclusion.heatmap.aes_legend': 'gestrichelt, {mark}: AES-Teilnahmeverhältnis',
	'inclusion.heatmap.reading':
		'Jede Zelle: das Repräsentationsverhältnis, wo die Gruppe eine Bevölkerungsbezugsgröße hat, sonst das AES-Teilnahmeverhältnis (gestrichelt, mit A markiert und im Spaltenkopf genannt). Eine Zelle ohne Zahl sagt, warum: verborgen (Geheimhaltung), keine Bezugsgröße, nicht erfasst (kein Lernender hat das Merkmal angegeben) oder keine Datensätze (keine Lernenden in dem Jahr).',
	'inclusion.heatmap.aes_cells':
		'Mangels Bevölkerungsbezugsgröße mit dem AES-Teilnahmeverhältnis: {cells}.',
	'inclusion.tooltip.share':
		'Anteil an den Lernenden: {share} % ({count} von {known} Lernenden, deren Merkmal bekannt ist)',
	'inclusion.tooltip.population': 'Anteil der {population}: {share} % ({year})',
	'inclusion.tooltip.no_population': 'Keine Bevölkerungsbezugsgröße',
	'inclusion.tooltip.aes':
		'AES {year}: {group} % der Gruppe gegenüber {total} % aller Erwachsenen = {ratio}',
	'inclusion.series.share': 'Anteil an den Lernenden',
	'inclusion.series.population': 'Anteil an der Bevölkerung',
	'inclusion.series.missing': 'Kein Anteil (Grund angegeben)',
	'inclusion.axis.share': '%',
	'inclusion.axis.ratio': 'Verhältnis (1 = Parität)',
	'inclusion.axis.parity': 'Parität',
	'inclusion.comparison.no_ratio':
		'Weder Bevölkerungsbezugsgröße noch AES-Verhältnis für diese Gruppe: Nur ihr Anteil an den Lernenden kann gezeigt werden.',
	'inclusion.unit.ratio': 'Verhältnis, 1 = Parität',
	'inclusion.unit.comparison': 'Lernende; % (Anteile); Verhältnis, 1 = Parität',
	'inclusion.table.country': 'Land',
	'inclusion.table.group': 'Gruppe',
	'inclusion.table.year': 'Jahr',
	'inclusion.table.in_group': 'Lernende in der Gruppe',
	'inclusion.table.known': 'Lernende, deren Merkmal bekannt ist',
	'inclusion.table.share': 'Anteil an den Lernenden, %',
	'inclusion.table.population': 'Anteil an der Bevölkerung, %',
	'inclusion.table.baseline': 'Bevölkerungsbezugsgröße (Eurostat-Datensatz, Jahr, Bevölkerung)',
	'inclusion.table.aes_year': 'AES-Welle',
	'inclusion.group.title':
		'{group}: Anteil an den Lernenden gegenüber Anteil an der Bevölkerung, {year}',
	'inclusion.group.aria':
		'{group} in der EU und jedem Mitgliedstaat {year}: Balken für den Anteil an den Lernenden, Rauten für den Anteil an der Bevölkerung; rechts das Repräsentationsverhältnis und das AES-Teilnahmeverhältnis, mit der Parität bei 1.',
	'inclusion.group.caption': '{group} in der EU und jedem Mitgliedstaat, {year}',
	'inclusion.group.aes_only':
		'{group}: keine Bevölkerungsbezugsgröße; rechts steht das AES-Teilnahmeverhältnis (Erwachsenenbildung insgesamt), nicht die Repräsentation der Gruppe unter den Lernenden mit Microcredentials.',
	'inclusion.group.no_baseline':
		'{group}: weder Bevölkerungsbezugsgröße noch AES-Verhältnis; gezeigt wird nur der Anteil an den Lernenden, der sich nicht als Über- oder Unterrepräsentation lesen lässt.',
	'inclusion.profile.title':
		'{country}: die Gruppen unter den Lernenden mit Microcredentials, letztes Jahr',
	'inclusion.profile.aria':
		'Die Gruppen der Lernenden in {country} {year}: Balken für den Anteil an den Lernenden, Rauten für den Anteil an der Bevölkerung; rechts das Repräsentationsverhältnis und das AES-Teilnahmeverhältnis, mit der Parität bei 1.',
	'inclusion.profile.caption': 'Gruppen der Lernenden, {country}, {year}',
	'inclusion.country.title': '{country}: die Gruppen im Zeitverlauf',
	'inclusion.country.aria':
		'Der Anteil jeder Gruppe an den Lernenden in {country} im Zeitverlauf (oben) und das Repräsentationsverhältnis der Gruppen mit Bevölkerungsbezugsgröße (unten), mit der Parität bei 1.',
	'inclusion.country.caption': 'Gruppen der Lernenden, {country}, alle Jahre',
	'inclusion.country.share_axis': 'Anteil an den Lernenden, %',
	'inclusion.country.baseline_years':
		'Jedes Jahr wird mit der letzten Bevölkerungsbezugsgröße verglichen, die nicht danach liegt: Ein Verhältnis kann sich ändern, weil die Bezugsgröße aktualisiert wurde.'
};
