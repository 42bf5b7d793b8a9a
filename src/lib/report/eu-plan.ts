import type { ManifestTable } from '$core/contract/manifest';
import { COVERAGE_TABLES, coveredIndicators } from '$core/queries/coverage';
import { INCLUSION_TABLE } from '$core/queries/inclusion';
import { SHAPES_TABLE, type ShapeRow } from '$core/queries/member-state-shapes';
import { OFFICIAL_INDICATORS_TABLE } from '$core/queries/participation-sources';
import { TARGETS_TABLE } from '$core/queries/participation-targets';
import { ANNEX1_TABLE } from '$core/queries/quality';
import { UPTAKE_COLUMNS_READ, UPTAKE_TABLE } from '$core/queries/uptake';
import { inclusionHeatmapFigure } from '$lib/dashboards/inclusion/heatmap-figure';
import { BASELINE_TABLES, figureOptions } from '$lib/dashboards/inclusion/page-tables';
import { inclusionState } from '$lib/dashboards/inclusion/state';
import { qualityCountriesFigure } from '$lib/dashboards/quality/countries-figure';
import { qualityFigureOptions } from '$lib/dashboards/quality/figures';
import { qualityState } from '$lib/dashboards/quality/state';
import { targetClassificationFigure } from '$lib/dashboards/target/classification';
import { targetDistanceFigure } from '$lib/dashboards/target/figure';
import { targetMapFigure } from '$lib/dashboards/target/map-figure';
import { targetState } from '$lib/dashboards/target/state';
import { uptakeContext } from '$lib/dashboards/uptake/context';
import { uptakeMapFigure, uptakeRankingFigure } from '$lib/dashboards/uptake/countries-figure';
import { uptakeState } from '$lib/dashboards/uptake/state';
import { coverageMapFigure, coverageState, coverageTableFigure } from './coverage';
import { hasTables, reportFigure, type ReportFigureEntry } from './report-figure';

/** Every table the Commission's report may read; a build without one leaves its figure out. */
export const EU_TABLES: readonly string[] = [
	...new Set([
		TARGETS_TABLE,
		OFFICIAL_INDICATORS_TABLE,
		SHAPES_TABLE,
		UPTAKE_TABLE,
		INCLUSION_TABLE,
		...BASELINE_TABLES,
		ANNEX1_TABLE,
		...COVERAGE_TABLES
	])
];

export interface EuReportContext {
	/** The manifest entries of the tables this build published (of EU_TABLES). */
	readonly tables: readonly ManifestTable[];
	/** The Member States' boundaries for the maps; none leaves the maps out. */
	readonly shapes: readonly ShapeRow[];
	readonly uptakeYears: readonly number[];
	readonly inclusionYears: readonly number[];
	/** The manifest's generatedAt. */
	readonly generatedAt: string;
}

/**
 * The figures of the Commission's report (para 22): every Member State compared, in the
 * dashboards' default views (latest years), each with its table; maps where the build has the
 * boundaries; the data coverage (para 20) last.
 */
export function euReportFigures(context: EuReportContext): ReportFigureEntry[] {
	const { tables, shapes } = context;
	const figures: ReportFigureEntry[] = [];
	if (hasTables(tables, TARGETS_TABLE, OFFICIAL_INDICATORS_TABLE)) {
		const state = targetState.defaults();
		figures.push(reportFigure('participation', targetDistanceFigure, state));
		figures.push(reportFigure('participation', targetClassificationFigure, state));
		if (shapes.length > 0) {
			figures.push(reportFigure('participation', targetMapFigure(shapes), state));
		}
	}
	const uptake = tables.find((t) => t.name === UPTAKE_TABLE);
	const columns = new Set(uptake?.columns.map((c) => c.name) ?? []);
	if (uptake && UPTAKE_COLUMNS_READ.every((c) => columns.has(c))) {
		const context_ = uptakeContext({
			years: context.uptakeYears,
			generatedAt: context.generatedAt
		});
		const state = uptakeState.defaults(context_);
		figures.push(reportFigure('uptake', uptakeRankingFigure(context_), state));
		if (shapes.length > 0) {
			figures.push(reportFigure('uptake', uptakeMapFigure(context_, shapes), state));
		}
	}
	if (hasTables(tables, INCLUSION_TABLE)) {
		const state = inclusionState.defaults({ years: context.inclusionYears });
		figures.push(
			reportFigure('inclusion', inclusionHeatmapFigure(figureOptions(tables)), state, [
				...BASELINE_TABLES
			])
		);
	}
	if (hasTables(tables, ANNEX1_TABLE)) {
		const annex1 = tables.filter((t) => t.name === ANNEX1_TABLE);
		figures.push(
			reportFigure(
				'quality',
				qualityCountriesFigure(qualityFigureOptions(annex1)),
				qualityState.defaults()
			)
		);
	}
	// Para 20: which indicator exists for which country, from the coverage module's own figures.
	if (coveredIndicators(tables).length > 0) {
		const state = coverageState.defaults();
		figures.push(reportFigure('coverage', coverageTableFigure(tables), state));
		if (shapes.length > 0) {
			figures.push(reportFigure('coverage', coverageMapFigure(shapes, tables), state));
		}
	}
	return figures;
}
