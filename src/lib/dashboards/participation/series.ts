import type { FlaggedSeries } from '$lib/charts/options/flagged-line';
import { EU_AGGREGATE, geoName, type Lang } from '$core/contract/countries';
import type { ParticipationRow } from '$core/queries/adult-participation';

/** One chart series per chosen country, in the order the reader chose them. */
export function buildParticipationSeries(
	rows: readonly ParticipationRow[],
	geos: readonly string[],
	lang: Lang
): FlaggedSeries[] {
	return geos
		.map((geo) => ({
			key: geo,
			name: geoName(geo, lang),
			emphasis: geo === EU_AGGREGATE,
			points: rows
				.filter((r) => r.geo === geo)
				.map((r) => ({ x: r.year, value: r.value, flags: r.flags }))
		}))
		.filter((s) => s.points.length > 0);
}
