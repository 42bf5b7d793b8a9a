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

/** One row of the local supply table (local_supply), as the uptake page shows it. */
export interface LocalSupplyRow {
	readonly geo: string;
	readonly providerType: string;
	readonly offers: number;
	readonly offersInPublicCatalogue: number;
	/** Null when the offers are none (never: a row has at least one). */
	readonly shareInPublicCatalogue: number | null;
	readonly providers: number;
}

/** The local supply table's rows, in its order (by country, all types first, unknown last). */
export function localSupplyRows(rows: readonly Record<string, unknown>[]): LocalSupplyRow[] {
	return rows.map((row) => ({
		geo: String(row.geo),
		providerType: String(row.provider_type),
		offers: Number(row.offers),
		offersInPublicCatalogue: Number(row.offers_in_public_catalogue),
		shareInPublicCatalogue:
			row.share_in_public_catalogue === null ? null : Number(row.share_in_public_catalogue),
		providers: Number(row.providers)
	}));
}
