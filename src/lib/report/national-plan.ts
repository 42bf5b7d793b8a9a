import type { ManifestTable } from '$core/contract/manifest';
import { MEASURES_TABLE } from '$core/queries/national-measures';
import { OFFICIAL_INDICATORS_TABLE } from '$core/queries/participation-sources';
import { TARGETS_TABLE } from '$core/queries/participation-targets';
import { ANNEX1_TABLE } from '$core/queries/quality';
import { INCLUSION_TABLE } from '$core/queries/inclusion';
import { UPTAKE_TABLE } from '$core/queries/uptake';
import { countryMeasuresFigure } from '$lib/dashboards/country/measures-figure';
import type { CountryState } from '$lib/dashboards/country/state';
import { BASELINE_TABLES, figureOptions } from '$lib/dashboards/inclusion/page-tables';
import { inclusionProfileFigure } from '$lib/dashboards/inclusion/profile-figure';
import { qualityFigureOptions } from '$lib/dashboards/quality/figures';
import { qualityProfileFigure } from '$lib/dashboards/quality/profile';
import { targetClassificationFigure } from '$lib/dashboards/target/classification';
import { targetSeriesFigure } from '$lib/dashboards/target/series-figure';
import { targetState } from '$lib/dashboards/target/state';
import { uptakeContext } from '$lib/dashboards/uptake/context';
import { uptakeCountrySeriesFigure } from '$lib/dashboards/uptake/series-figure';
import { isSynthetic } from '$lib/kit/figure-sources';
import { hasTables, reportFigure, type ReportFigureEntry } from './report-figure';

/** Every table a national report may read; a build without one leaves its figure out. */
export const NATIONAL_TABLES = [
	TARGETS_TABLE,
	OFFICIAL_INDICATORS_TABLE,
	MEASURES_TABLE,
	UPTAKE_TABLE,
	ANNEX1_TABLE,
	INCLUSION_TABLE,
	...BASELINE_TABLES
] as const;

/** What the build knows besides the rows, and the page needs to make the same figures again. */
export interface NationalReportContext {
	readonly geo: string;
	/** The manifest entries of the tables this build published (of NATIONAL_TABLES). */
	readonly tables: readonly ManifestTable[];
	/** Years with uptake records (buildUptakeYearsSql). */
	readonly uptakeYears: readonly number[];
	/** The manifest's generatedAt. */
	readonly generatedAt: string;
}

/**
 * The figures of a Member State's report (para 21): the same panels as its country profile, at
 * the same views, plus the classification of all Member States with it among them.
 */
export function nationalReportFigures(context: NationalReportContext): ReportFigureEntry[] {
	const { geo, tables } = context;
	const country: CountryState = { geo };
	const figures: ReportFigureEntry[] = [];
	if (hasTables(tables, TARGETS_TABLE, OFFICIAL_INDICATORS_TABLE)) {
		const state = { ...targetState.defaults(), geo };
		figures.push(reportFigure('participation', targetSeriesFigure, state));
		figures.push(reportFigure('participation', targetClassificationFigure, state));
	}
	if (hasTables(tables, UPTAKE_TABLE)) {
		const uptake = uptakeContext({ years: context.uptakeYears, generatedAt: context.generatedAt });
		figures.push(
			reportFigure(
				'uptake',
				uptakeCountrySeriesFigure<CountryState>({ geo, context: uptake }),
				country
			)
		);
	}
	if (hasTables(tables, INCLUSION_TABLE)) {
		figures.push(
			reportFigure('inclusion', inclusionProfileFigure(figureOptions(tables)), country, [
				...BASELINE_TABLES
			])
		);
	}
	if (hasTables(tables, ANNEX1_TABLE)) {
		const annex1 = tables.filter((t) => t.name === ANNEX1_TABLE);
		figures.push(
			reportFigure(
				'quality',
				qualityProfileFigure<CountryState>({ ...qualityFigureOptions(annex1), geo }),
				country
			)
		);
	}
	if (hasTables(tables, MEASURES_TABLE)) {
		const synthetic = isSynthetic(tables, MEASURES_TABLE);
		figures.push(reportFigure('measures', countryMeasuresFigure({ synthetic }), country));
	}
	return figures;
}
