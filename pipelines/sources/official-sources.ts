import { EUROSTAT_ATTRIBUTION, EUROSTAT_LICENCE, EUROSTAT_PUBLISHER } from './eurostat-licence';

/** A known official input: where it lies in the data directory and how it is published. */
export interface OfficialSource {
	readonly path: string;
	readonly table: string;
	readonly dataset: string;
	readonly title: string;
	readonly publisher: string;
	readonly licence: string;
	readonly attribution: string;
	readonly unit: string;
	readonly url: string;
	readonly extractionDate: string | null;
	readonly extractionNote: string;
}

// Provenance as documented in ../shared/data/SOURCES.md.
export const LFS_PARTICIPATION_4W: OfficialSource = {
	path: 'eurostat/trng_lfse_04_nuts0.tsv',
	table: 'lfs_participation_4w',
	dataset: 'trng_lfse_04',
	title:
		'Participation rate of adults (25-64) in education and training in the last 4 weeks, by sex (EU-LFS)',
	publisher: EUROSTAT_PUBLISHER,
	licence: EUROSTAT_LICENCE,
	attribution: EUROSTAT_ATTRIBUTION,
	unit: 'PC',
	url: 'https://ec.europa.eu/eurostat/databrowser/view/trng_lfse_04/default/table',
	extractionDate: null,
	extractionNote:
		'Eurostat bulk TSV, country and EU/euro-area rows; snapshot date not stated by the source (latest year 2023).'
};
