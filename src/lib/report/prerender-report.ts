import type { Lang } from '$lib/i18n/langs';
import { prerenderFigure } from '$lib/server/prerender-figure';
import type { PrerenderedReportFigure, ReportFigureEntry } from './report-figure';

/** Each figure of a report at its view: its SQL run at build time, its chart drawn as SVG. */
export async function prerenderReportFigures(
	figures: readonly ReportFigureEntry[],
	lang: Lang
): Promise<PrerenderedReportFigure[]> {
	const prerendered: PrerenderedReportFigure[] = [];
	// One after the other: the build's engine runs one query at a time anyway.
	for (const entry of figures) {
		const { rows, svg } = await prerenderFigure({ figure: entry.figure, state: entry.state, lang });
		prerendered.push({ id: entry.figure.id, state: entry.state, rows, svg });
	}
	return prerendered;
}
