import type { ManifestTable } from '$core/contract/manifest';
import { INCLUSION_TABLE } from '$core/queries/inclusion';
import type { InclusionFigureOptions } from './labels';

/**
 * The published tables of the population baselines (SOURCES.md, baselines/), cited beside the
 * inclusion figures when the build has them: edat_lfse_03, demo_pjangroup, ilc_lvho01.
 */
export const BASELINE_TABLES = [
	'educational_attainment',
	'population_age_groups',
	'population_by_urbanisation'
] as const;

/** How the inclusion figures are drawn for the tables of this build (synthetic or not). */
export function figureOptions(tables: readonly ManifestTable[]): InclusionFigureOptions {
	return { synthetic: tables.find((t) => t.name === INCLUSION_TABLE)?.kind !== 'official' };
}
