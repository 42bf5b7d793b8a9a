import { EUROSTAT_ATTRIBUTION, EUROSTAT_LICENCE, EUROSTAT_PUBLISHER } from './eurostat-licence';

/** How a known official input is published: its table name and provenance. */
export interface OfficialSource {
	readonly table: string;
	readonly dataset: string;
	readonly title: string;
	readonly publisher: string;
	readonly licence: string;
	readonly attribution: string;
	readonly unit: string;
	readonly url?: string;
	readonly extractionDate: string | null;
	readonly extractionNote?: string;
}

const EUROSTAT = {
	publisher: EUROSTAT_PUBLISHER,
	licence: EUROSTAT_LICENCE,
	attribution: EUROSTAT_ATTRIBUTION
};

// Provenance as documented in ../shared/data/SOURCES.md, keyed by file name.
export const KNOWN_OFFICIAL_FILES: Readonly<Record<string, OfficialSource>> = {
	'trng_lfse_04_nuts0.tsv': {
		...EUROSTAT,
		table: 'lfs_participation_4w',
		dataset: 'trng_lfse_04',
		title:
			'Participation rate of adults (25-64) in education and training in the last 4 weeks, by sex (EU-LFS)',
		unit: 'PC',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/trng_lfse_04/default/table',
		extractionDate: null,
		extractionNote:
			'Eurostat bulk TSV, country and EU/euro-area rows; snapshot date not stated by the source (latest year 2023).'
	},
	'demo_pjan_total_T_subset.tsv': {
		...EUROSTAT,
		table: 'population',
		dataset: 'demo_pjan',
		title: 'Population on 1 January, all ages, both sexes',
		unit: 'NR',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/demo_pjan/default/table',
		extractionDate: null,
		extractionNote:
			'Eurostat bulk TSV, total population (all ages, not 25-64); snapshot date not stated (latest year 2025).'
	}
};

/** Provenance for a Eurostat file the project does not know by name. */
export function genericEurostatSource(
	dataset: string,
	extractionDate: string | null
): OfficialSource {
	return {
		...EUROSTAT,
		table: `estat_${dataset.replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63),
		dataset,
		title: `Eurostat dataset ${dataset}`,
		unit: '',
		url: `https://ec.europa.eu/eurostat/databrowser/view/${dataset}/default/table`,
		extractionDate,
		extractionNote: extractionDate ? 'date of the last update stated in the file' : undefined
	};
}

export const OFFICIAL_INDICATORS_SOURCE = {
	...EUROSTAT,
	table: 'official_indicators',
	dataset: 'long-format statistics (see the source column of each row)',
	title:
		'Adult learning statistics in long format: Adult Education Survey participation by country and group, national 2030 targets, other published figures',
	extractionDate: null,
	attribution:
		'Sources named in each row: Eurostat; European Commission (DG EMPL); national statistical offices',
	extractionNote: 'Each row names its own source and reference.'
} as const;
