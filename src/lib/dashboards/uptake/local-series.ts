// The reader's own data on the uptake page: the totals per country and year of the local
// uptake table that the explore page computed in this browser (src/lib/explore/local).
import { TOTAL } from '$core/indicators/sql-parts';

export interface LocalUptakePoint {
	readonly geo: string;
	readonly year: number;
	readonly credentials: number;
	readonly learners: number;
	readonly source: string;
}

/**
 * One row per country and year: the total ('_T'), which the local table repeats under every
 * dimension, taken once. By country, then year.
 */
export function localUptakeSeries(rows: readonly Record<string, unknown>[]): LocalUptakePoint[] {
	const seen = new Map<string, LocalUptakePoint>();
	for (const row of rows) {
		if (row.category !== TOTAL) continue;
		const key = `${row.geo}\u001f${row.year}`;
		if (seen.has(key)) continue;
		seen.set(key, {
			geo: String(row.geo),
			year: Number(row.year),
			credentials: Number(row.credentials),
			learners: Number(row.learners),
			source: String(row.source)
		});
	}
	return [...seen.values()].sort((a, b) => a.geo.localeCompare(b.geo) || a.year - b.year);
}
