import { vocabularyEn } from './pages/vocabulary';
import { uptakeEn } from './pages/uptake';
import { inclusionEn } from './pages/inclusion';
import { qualityEn } from './pages/quality';
import { countryEn } from './pages/country';
import { homeEn } from './pages/home';
import { exploreEn } from './pages/explore';
import { reportEn } from './pages/report';
import { coverageEn } from './pages/coverage';

// The English catalogue is complete and defines the keys; other languages translate them.
export const en = {
	'app.name': 'Uptake',
	'app.tagline': 'Monitoring the European approach to micro-credentials',
	'nav.label': 'Main',
	'nav.home': 'Overview',
	'nav.participation': 'Adult participation in learning',
	'nav.uptake': 'Uptake',
	'nav.inclusion': 'Inclusion',
	'nav.quality': 'Quality',
	'nav.data': 'Data and sources',
	'banner.synthetic':
		'Demonstration build: the micro-credential records behind {count} tables are synthetic, made up by a seeded generator. Official statistics are real and cited.',
	'banner.link': 'See which tables are synthetic',
	'kind.official': 'Official statistics',
	'kind.synthetic': 'Synthetic',
	'data.title': 'Data and sources',
	'data.intro':
		'Every table this site shows, as published by the pipelines: what it holds, where it comes from, under which licence, and the file itself. Counts of persons and records are protected as the methods below explain.',
	'data.generated': 'Inputs as of {time}; pipeline version {version}.',
	'data.manifest': 'Download the manifest (JSON)',
	'data.caption': 'Published tables',
	'data.col.table': 'Table',
	'data.col.kind': 'Kind',
	'data.col.content': 'Content',
	'data.col.rows': 'Rows',
	'data.col.source': 'Source and licence',
	'data.col.download': 'Download',
	'data.columns': '{count} columns',
	'data.inputs': 'Inputs',
	'data.arrow': 'Arrow ({size})',
	'participation.missing':
		'The table behind this page was not published in this build: the pipelines found no Eurostat file trng_lfse_04. Run them with --data-dir pointing to the official statistics.',
	'nav.skip': 'Skip to content',
	'lang.label': 'Language',
	'lang.en': 'English',
	'lang.fr': 'Français',
	'lang.de': 'Deutsch',
	'footer.attribution':
		'Official statistics: Source: Eurostat. Micro-credential records in this demonstration are synthetic.',
	'footer.offline': 'This site works offline: every file it uses is served from this machine.',
	'home.title': 'Uptake: micro-credentials monitoring',
	'home.intro':
		'Uptake reports on the Council Recommendation of 16 June 2022 on a European approach to micro-credentials for lifelong learning and employability: adult participation in learning against the EU 2030 target, the uptake of micro-credentials, the inclusion of disadvantaged groups and the quality of records.',
	'home.participation.link': 'Adult participation in learning, 2000 onwards',
	'home.participation.text':
		'The share of adults aged 25 to 64 who took part in education or training in the four weeks before the Labour Force Survey interview.',
	'participation.title': 'Adult participation in learning',
	'participation.lead':
		'Share of adults aged {age} who took part in education or training in the last four weeks, {from} onwards.',
	'participation.measure':
		'EU Labour Force Survey, last 4 weeks (not the 12-month indicator of the 2030 target)',
	'participation.caveat':
		'This 4-week rate measures something different from the 12-month indicator behind the EU 2030 target of 60 %, and is three to four times lower. Do not compare the two.',
	'participation.chart.title': 'Participation in education and training (last 4 weeks), {sex}',
	'participation.chart.aria':
		'Line chart of the participation rate in percent by year for {countries}. The same numbers are in the table below.',
	'participation.axis.year': 'Year',
	'participation.axis.value': '% of adults aged 25-64',
	'participation.break.legend': 'Break in series (b)',
	'participation.break.tooltip': 'break in time series: not comparable with the year before',
	'participation.table.caption':
		'Participation rate (%) of adults aged 25-64 in education and training in the last 4 weeks, {sex}, by year and country',
	'participation.table.year': 'Year',
	'participation.table.show': 'Show the data table',
	'participation.sex.label': 'Sex',
	'participation.sex.T': 'Total',
	'participation.sex.F': 'Women',
	'participation.sex.M': 'Men',
	'picker.label': 'Countries',
	'picker.search': 'Search countries',
	'picker.search.hint': 'Type a name or a code, for example France or FR.',
	'picker.selected': 'Selected',
	'picker.remove': 'Remove {name}',
	'picker.group.aggregates': 'EU and euro area',
	'picker.group.members': 'EU Member States (protocol order)',
	'picker.group.others': 'Other countries',
	'picker.none': 'No country matches "{query}".',
	'picker.reset': 'Reset to the default view',
	'picker.limit': 'At most {max} countries can be shown at once.',
	'state.loading': 'Loading data…',
	'state.engine': 'Starting the query engine…',
	'state.empty': 'No data for this selection.',
	'state.error': 'The data could not be loaded.',
	'state.error.sql': 'Query that failed',
	'state.retry': 'Try again',
	'state.live': 'Updated by a query in your browser.',
	'flags.title': 'Flags',
	'flags.na': 'not available',
	'flags.b': 'break in time series',
	'flags.c': 'confidential',
	'flags.d': 'definition differs',
	'flags.e': 'estimated',
	'flags.f': 'forecast',
	'flags.n': 'not significant',
	'flags.p': 'provisional',
	'flags.r': 'revised',
	'flags.s': 'Eurostat estimate',
	'flags.u': 'low reliability',
	'flags.z': 'not applicable',
	'sources.title': 'Sources',
	'sources.dataset': 'Dataset',
	'sources.publisher': 'Publisher',
	'sources.extract': 'Extract',
	'sources.extract.unknown': 'extraction date not stated by the source',
	'sources.licence': 'Licence',
	'sources.attribution': 'Attribution',
	'sources.input': 'Input file',
	'sources.checksum': 'SHA-256',
	'sources.pipeline': 'Pipeline version',
	'sources.kind.official': 'Official statistics',
	'sources.kind.synthetic': 'Synthetic data (not real records)',
	'sources.download': 'Download the table (Arrow IPC stream, {size})',
	'sources.rows': '{rows} rows',
	'figure.source': 'Source: {sources}',
	'figure.synthetic': 'Synthetic data, not real records',
	'figure.release': 'Data release {date} (Uptake pipeline {version})',
	'figure.pipeline': 'pipeline',
	'figure.download': 'Download this figure',
	'figure.download.csv': 'Data (CSV)',
	'figure.download.svg': 'Image (SVG)',
	'figure.download.png': 'Image (PNG)',
	'figure.download.failed': 'The download failed. Try again, or use the data table above.',
	'figure.cite': 'Cite this figure',
	'figure.cite.copy': 'Copy the citation',
	'figure.cite.copied': 'The citation is copied.',
	'figure.citation.source': 'Source',
	'figure.citation.release': 'Data release',
	'figure.citation.accessed': 'accessed',
	'data.unit': 'rows',
	'filters.label': 'Filters',
	'filters.remove': 'Remove the filter {filter}',
	'filters.clear': 'Clear all filters',
	'figure.cite.copy.failed':
		'This browser did not allow copying: select the citation above and copy it.',
	'figure.csv.flags': '{column} flags',
	'figure.csv.unit': 'unit',
	'figure.csv.source': 'source',
	'data.protection.title': 'How counts of persons and records are protected',
	'data.protection.method':
		'Every count of learners, credentials or records in a table marked “perturbed” below was changed slightly before publication, by the cell-key method: the method of the Australian Bureau of Statistics, of the UK Office for National Statistics for the 2021 census, and of Eurostat’s recommendations for census tables.',
	'data.protection.noise':
		'A count moves by at most {max}, up or down; a zero stays a zero and no count goes below zero. The change depends only on which persons or records are counted: the same group gives the same number in every table, so putting tables side by side does not average the change away.',
	'data.protection.derived':
		'Rates and shares are computed from the perturbed counts, so a total can differ a little from the sum of its parts, and a count is never shown above the count it belongs to (learners above credentials, for instance). Read small counts as approximate.',
	'data.protection.audit':
		'Before anything is published, the pipeline attacks its own tables as an outsider would: it writes down every relation that can be checked between the published tables (totals and their parts, the EU and its Member States, the same records under other names in other tables, overlapping categories, rows present or absent) and proves, with a linear-programming solver (HiGHS), that no count from 1 to {below} persons or records can be worked out exactly. A count that could be is hidden and flagged c: it is never shown as 0 or left blank.',
	'data.protection.why':
		'Why perturbation rather than suppression: suppression would have to hide every count below {minCell}, and many more counts around them so that totals and other tables do not give them back; perturbation keeps every figure, with a small error whose size is known.',
	'data.protection.table':
		'Perturbed: {columns} (at most ±{max}); rates and shares computed from them.',
	'data.protection.hidden': '{count} cells hidden (flag c).',
	'data.protection.none': 'Not perturbed: it counts no person or record.',
	'data.protection.column': 'perturbed',
	'figure.perturbed': 'Counts perturbed by at most ±{max} to protect persons (cell-key method)',
	'nav.target': 'The 60 % target',
	'home.target.link': 'Adult participation against the EU 2030 target of 60 %',
	'home.target.text':
		'The EU and each Member State against its national 2030 target: level, distance, required growth and progress, with the caveats of the sources.',
	'target.title': 'Adult participation against the 2030 targets',
	'target.lead':
		'By 2030 at least 60 % of adults aged 25-64 should take part in learning every year (European Pillar of Social Rights Action Plan); each Member State has set a national target.',
	'target.measure':
		'Measure: Adult Education Survey, last 12 months, excluding guided on-the-job training',
	'target.measure.caveat':
		'This is the indicator the targets are monitored with; Eurostat publishes it as experimental. It comes from a survey held every six years (2016, 2022), so the latest value is 2022.',
	'target.missing':
		'This build has no adult participation targets table: the official statistics (../shared/data) were not found when the data was built.',
	'target.headline.title': 'The EU',
	'target.headline.level':
		'{value} % of adults took part in learning in {year} ({baseline} % in {baselineYear}, the baseline).',
	'target.headline.target':
		'Target: {target} % in {year}, {gap} percentage points away; reaching it needs {required} % growth a year from the baseline. Progress: {status}.',
	'target.headline.milestone':
		'Milestone: {value} % in {year}, {gap} percentage points away, needing {required} % growth a year from the baseline.',
	'target.headline.aggregate':
		'The national targets taken together come to {value} %, short of the EU target.',
	'target.sort.label': 'Order the Member States by',
	'target.sort.gap': 'distance to target',
	'target.sort.value': 'latest level',
	'target.sort.geo': 'country code',
	'target.chart.title': 'Level and national 2030 target, by {sort}',
	'target.chart.aria':
		'Bar chart of each country’s participation rate in {year}, with its national 2030 target as a diamond. The same numbers are in the table below.',
	'target.series.level': 'Level {year}',
	'target.series.target': 'National 2030 target',
	'target.series.alternative': 'Other value the sources give',
	'target.axis.value': '% of adults aged 25-64',
	'target.table.caption': 'Participation in {year} against the national 2030 targets',
	'target.table.unit': '% of adults aged 25-64; distance in percentage points; growth in % a year',
	'target.table.country': 'Country',
	'target.table.latest': 'Level {year}',
	'target.table.target': 'Target 2030',
	'target.table.gap': 'Distance',
	'target.table.observed': 'Growth a year, observed',
	'target.table.required': 'Growth a year, required',
	'target.table.status': 'Progress',
	'target.table.caveat': 'Caveat',
	'target.status.target_achieved': 'target achieved',
	'target.status.substantial_progress': 'substantial progress',
	'target.status.moderate_progress': 'moderate progress',
	'target.status.limited_progress': 'limited progress',
	'target.status.moving_away': 'moving away from the target',
	'target.status.not_assessed': 'not assessed',
	'target.caveat.conflict': 'The public sources give different values for this target.',
	'target.caveat.conflict_with':
		'The public sources differ: another gives {value} %, which would read “{status}”.',
	'target.caveat.no_target': 'No national target.',
	'target.notes.source': 'National targets as published in {source} ({countries}).',
	'target.notes.without': 'No national target: {countries}.',
	'target.method':
		'Progress compares the yearly growth observed since 2016 with the growth needed to reach the target in 2030 (compound annual growth): at least 95 % of it is substantial progress, 60 % moderate, less limited, a fall moving away.',
	'target.classification.title': 'Country classification (Social Scoreboard method): {source}',
	'target.classification.aria':
		'Scatter chart of each Member State’s level score against its change score, coloured by category, with the cut-off lines at ±0.5 and ±1. The same numbers are in the table below.',
	'target.classification.caption':
		'Member States classified on their level in {to} and their change since {from}',
	'target.classification.unit':
		'level in % of adults aged 25-64; change in percentage points; scores in standard deviations from the unweighted mean of the Member States',
	'target.classification.change': 'Change {from}-{to}',
	'target.classification.level_score': 'Level score',
	'target.classification.change_score': 'Change score',
	'target.classification.category': 'Category',
	'target.classification.exception': 'exception: improved, though less than most',
	'target.classification.method':
		'Each score is the distance from the unweighted mean of the Member States in population standard deviations; the cut-offs at ±0.5 and ±1 and the categories are those of the Joint Employment Report’s Social Scoreboard.',
	'target.category.best_performers': 'best performers',
	'target.category.better_than_average': 'better than average',
	'target.category.good_but_to_monitor': 'good but to monitor',
	'target.category.on_average': 'on average',
	'target.category.weak_but_improving': 'weak but improving',
	'target.category.to_watch': 'to watch',
	'target.category.critical_situations': 'critical situation',
	'target.category.unclassified': 'not classified',
	'figure.notes': 'Notes',
	'target.source.aes_x_gojt':
		'AES, last 12 months, excluding guided on-the-job training (the target indicator, experimental)',
	'target.source.aes_total': 'AES, last 12 months, formal or non-formal learning (total)',
	'target.source.lfs_12m': 'LFS, last 12 months',
	'target.source.lfs_4w': 'LFS, last 4 weeks',
	'target.source.aes_x_gojt.definition':
		'Adult Education Survey (AES): share of adults aged 25-64 who took part in formal or non-formal learning in the last 12 months, not counting guided on-the-job training. The 2030 targets are set on this indicator; Eurostat labels it experimental. Survey waves 2007, 2011, 2016, 2022.',
	'target.source.aes_total.definition':
		'Adult Education Survey (AES): share of adults aged 25-64 who took part in formal or non-formal learning in the last 12 months, guided on-the-job training included. Survey waves 2007, 2011, 2016, 2022.',
	'target.source.lfs_12m.definition':
		'Labour Force Survey (LFS): share of adults aged 25-64 who took part in learning in the last 12 months, asked every two years from 2022. It counts less than the AES (EU 2022: 25.1 % against 39.5 %): not comparable with it.',
	'target.source.lfs_4w.definition':
		'Labour Force Survey (LFS): share of adults aged 25-64 who took part in formal or non-formal learning in the four weeks before the interview, every year since 2000. A short reference period: far below the 12-month rates, not comparable with them.',
	'target.explore.title': 'By survey, country and years',
	'target.explore.lead':
		'Choose a survey, a country and two years: the series, the map, the classification and the peers below follow. Each survey measures something different, so a chart never joins two of them.',
	'target.control.source': 'Survey and definition',
	'target.control.country': 'Country',
	'target.control.years': 'Years compared',
	'target.control.from': 'From',
	'target.control.to': 'To',
	'target.control.latest': 'latest year',
	'target.control.before_latest': 'year before the latest',
	'target.control.peers': 'Compare with',
	'target.peers.group.all': 'all Member States',
	'target.peers.group.neighbours': 'land neighbours',
	'target.peers.group.level': 'countries at a similar level',
	'target.peers.group.category': 'the same category',
	'target.peers.group.chosen': 'countries I choose',
	'target.peers.group.all.note': 'All Member States.',
	'target.peers.group.neighbours.note':
		'{country} and the Member States it shares a land border with.',
	'target.peers.group.level.note':
		'{country} and the six Member States whose level is nearest to it in the year shown.',
	'target.peers.group.category.note':
		'{country} and the Member States in the same category of the classification above.',
	'target.peers.group.chosen.note': '{country} and the Member States chosen.',
	'target.peers.group_needs_country':
		'This comparison needs a Member State with a value: choose a country above.',
	'target.peers.alone': 'No other Member State falls in this group.',
	'target.peers.title': '{country} among {group}',
	'target.peers.aria':
		'Ranked bar chart of the participation rates in {year} ({source}), with the EU level and the EU target as vertical lines. The same numbers are in the table below.',
	'target.peers.caption': 'Participation in {year}, ranked ({source})',
	'target.peers.eu': 'EU',
	'target.peers.eu_target': 'EU target',
	'target.peers.no_data': 'No Member State has data from the {source} in this year.',
	'target.series_chart.title': '{country}: {source}',
	'target.series_chart.aria':
		'Line chart of the participation rate of {country} over time, with its 2030 target and the linear path to it when the survey is the one the targets are set on. The same numbers are in the table below.',
	'target.series_chart.path': 'Linear path to the target',
	'target.series_chart.target_line': '2030 target',
	'target.series_chart.milestone': 'EU milestone',
	'target.series_chart.no_data': 'No data from the {source} for {country}.',
	'target.series_chart.no_target_here':
		'The 2030 targets are set on the AES rate excluding guided on-the-job training: they are not drawn against this survey.',
	'target.series_chart.caption': '{country}: {source}, with the 2030 target where it applies',
	'target.series_chart.observed': 'Observed',
	'target.series_chart.alternative_note': 'The other value, {value} %, is given by {source}.',
	'target.series_chart.part': 'Series',
	'target.series_chart.value': 'Value',
	'target.classification.none.too_few_countries':
		'Not enough Member States have values from the {source} in both years to classify them.',
	'target.classification.none.no_variation_in_level':
		'All Member States have the same level: the method cannot score them.',
	'target.classification.none.no_variation_in_change':
		'All Member States changed by the same amount: the method cannot score the change.',
	'target.classification.none.missing_level':
		'No Member State has a value from the {source} in the later year.',
	'target.classification.none.missing_previous_level':
		'No Member State has a value from the {source} in the earlier year.',
	'target.classification.reason.too_few_countries': 'too few countries with data',
	'target.classification.reason.no_variation_in_level': 'no variation in level',
	'target.classification.reason.no_variation_in_change': 'no variation in change',
	'target.classification.reason.missing_level': 'no value in the later year',
	'target.classification.reason.missing_previous_level': 'no value in the earlier year',
	'target.classification.low_reliability': 'Low reliability (u) in one of the two years',
	'target.classification.low_reliability_list':
		'Low reliability (flag u) in one of the two years, drawn as empty markers: {countries}.',
	'target.classification.missing_list':
		'Not classified, no value in one of the two years: {countries}.',
	'target.map.title': 'Participation in the Member States: {source}',
	'target.map.aria':
		'Map of the Member States coloured by their participation rate in {year} ({source}). The same numbers are in the table below and in the tile grid.',
	'target.map.caption': 'Participation in {year} ({source})',
	'target.map.no_data': 'no data',
	'target.map.missing':
		'This build has no map geometry (GISCO, ../shared/data/gisco): the tile grid below shows the same values.',
	'target.map.attribution':
		'Boundaries: © EuroGeographics for the administrative boundaries; source: Eurostat/GISCO. Canaries, Madeira and the Azores are not drawn.',
	'target.tiles.title': 'The same values as a tile grid',
	'target.tiles.lead':
		'One tile per Member State, placed roughly where it lies. Choose a tile to see that country’s series and peers.',
	'target.tiles.choose': '{country}: {value}. Show this country.',
	...vocabularyEn,
	...uptakeEn,
	...inclusionEn,
	...qualityEn,
	...countryEn,
	...homeEn,
	...exploreEn,
	...reportEn,
	...coverageEn
} as const;

export type MessageKey = keyof typeof en;
