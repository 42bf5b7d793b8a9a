import type { FlaggedPoint, FlaggedSeries } from '$lib/charts/options/flagged-line';

export interface SeriesTableRow {
	readonly x: number;
	readonly cells: readonly (FlaggedPoint | undefined)[];
}

/** The table behind a line chart: one row per x (year), one column per series, same numbers. */
export function buildSeriesTable(series: readonly FlaggedSeries[]): SeriesTableRow[] {
	const xs = new Set<number>();
	const byKey = series.map((s) => {
		const points = new Map<number, FlaggedPoint>();
		for (const p of s.points) {
			points.set(p.x, p);
			xs.add(p.x);
		}
		return points;
	});
	return [...xs]
		.sort((a, b) => a - b)
		.map((x) => ({ x, cells: byKey.map((points) => points.get(x)) }));
}
