import type { FlaggedPoint, FlaggedSeries } from '$lib/charts/options/flagged-line';
import type { TableModel } from './table-model';

/**
 * The table behind a line chart: one row per x (year), one column per series, the same numbers
 * and flags. A series without a point for a year shows "not available" there.
 */
export function buildSeriesTable(options: {
	series: readonly FlaggedSeries[];
	caption: string;
	xLabel: string;
	digits: number;
	unit: string;
}): TableModel {
	const xs = new Set<number>();
	const byKey = options.series.map((s) => {
		const points = new Map<number, FlaggedPoint>();
		for (const p of s.points) {
			points.set(p.x, p);
			xs.add(p.x);
		}
		return points;
	});
	return {
		caption: options.caption,
		digits: options.digits,
		unit: options.unit,
		columns: [
			{ key: 'x', label: options.xLabel, kind: 'label' },
			...options.series.map((s) => ({ key: s.key, label: s.name, kind: 'value' as const }))
		],
		rows: [...xs]
			.sort((a, b) => a - b)
			.map((x) => [
				{ value: x },
				...byKey.map((points) => {
					const point = points.get(x);
					return { value: point?.value ?? null, flags: point?.flags ?? '' };
				})
			])
	};
}
