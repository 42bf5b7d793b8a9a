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
	},
	// Population baselines (SOURCES.md, baselines/): adults 25-64 for the uptake rates, and the
	// groups' shares of the population for the inclusion ratios.
	'demo_pjangroup_T_Y25-64_bands_EU27.csv': {
		...EUROSTAT,
		table: 'population_age_groups',
		dataset: 'demo_pjangroup',
		title: 'Population on 1 January by five-year age group, ages 25-64, both sexes',
		unit: 'NR',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/demo_pjangroup/default/table',
		extractionDate: null,
		extractionNote:
			'Data browser SDMX-CSV (with labels), the 27 Member States, 1998-2024; no EU row.'
	},
	'edat_lfse_03_Y25-64_EU27.tsv': {
		...EUROSTAT,
		table: 'educational_attainment',
		dataset: 'edat_lfse_03',
		title: 'Population by educational attainment level, sex and age (%) (EU-LFS)',
		unit: 'PC',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/edat_lfse_03/default/table',
		extractionDate: null,
		extractionNote: 'Eurostat bulk TSV of about 2022: ends in 2021 (break in series b in 2021).'
	},
	'ilc_lvho01_degurba_allages_EU27.csv': {
		...EUROSTAT,
		table: 'population_by_urbanisation',
		dataset: 'ilc_lvho01',
		title: 'Distribution of population by degree of urbanisation, all ages (%) (EU-SILC)',
		unit: 'PC',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/ilc_lvho01/default/table',
		extractionDate: null,
		extractionNote:
			'Data browser SDMX-CSV with labels (dataset last updated 14 February 2025); country names replaced by their codes.'
	},
	'demo_pjanbroad_sex_allages_EU27.csv': {
		...EUROSTAT,
		table: 'population_by_sex',
		dataset: 'demo_pjanbroad',
		title: 'Population on 1 January by sex, all ages',
		unit: 'NR',
		url: 'https://ec.europa.eu/eurostat/databrowser/view/demo_pjanbroad/default/table',
		extractionDate: null,
		extractionNote:
			'Data browser SDMX-CSV with labels (dataset last updated 14 February 2025); country names replaced by their codes.'
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
