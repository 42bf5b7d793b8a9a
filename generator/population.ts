import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MEMBER_STATES } from '../core/contract/countries';

export const POPULATION_FILE = join('eurostat', 'demo_pjan_total_T_subset.tsv');

// Approximate population on 1 January 2024 (Eurostat demo_pjan, rounded to thousands). Only a
// weighting fallback for when the Eurostat file is absent; never published as a statistic.
const FALLBACK_POPULATION: Readonly<Record<string, number>> = {
	BE: 11_832_000,
	BG: 6_445_000,
	CZ: 10_901_000,
	DK: 5_961_000,
	DE: 83_445_000,
	EE: 1_375_000,
	IE: 5_271_000,
	EL: 10_397_000,
	ES: 48_620_000,
	FR: 68_402_000,
	HR: 3_862_000,
	IT: 58_990_000,
	CY: 934_000,
	LV: 1_872_000,
	LT: 2_886_000,
	LU: 672_000,
	HU: 9_585_000,
	MT: 563_000,
	NL: 17_943_000,
	AT: 9_159_000,
	PL: 36_621_000,
	PT: 10_640_000,
	RO: 19_064_000,
	SI: 2_124_000,
	SK: 5_425_000,
	FI: 5_604_000,
	SE: 10_552_000
};

export interface PopulationEntry {
	readonly geo: string;
	readonly population: number;
	/** Reference year of the Eurostat value; undefined for the fallback table. */
	readonly year?: number;
	readonly flags?: string;
}

export interface PopulationWeights {
	readonly source: 'eurostat' | 'fallback';
	readonly file?: string;
	readonly entries: readonly PopulationEntry[];
	readonly messages: readonly string[];
}

/** Latest non-missing value per geo from an Eurostat bulk TSV (age=TOTAL, sex=T rows). */
export function parseEurostatPopulation(text: string): Map<string, PopulationEntry> {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	const out = new Map<string, PopulationEntry>();
	if (lines.length === 0) return out;
	const header = lines[0].split('\t');
	const dims = header[0]
		.split('\\')[0]
		.split(',')
		.map((d) => d.trim());
	const geoAt = dims.indexOf('geo');
	if (geoAt < 0) throw new Error('Eurostat TSV: no geo dimension in the header');
	const years = header.slice(1).map((h) => Number.parseInt(h.trim(), 10));
	const wanted: Record<string, string> = { age: 'TOTAL', sex: 'T' };
	for (const line of lines.slice(1)) {
		const cells = line.split('\t');
		const keys = cells[0].split(',').map((k) => k.trim());
		if (dims.some((d, i) => wanted[d] !== undefined && keys[i] !== wanted[d])) continue;
		const geo = keys[geoAt];
		for (let i = cells.length - 1; i >= 1; i--) {
			const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(cells[i]);
			if (!m || !Number.isFinite(years[i - 1])) continue;
			out.set(geo, { geo, population: Number(m[1]), year: years[i - 1], flags: m[2] || undefined });
			break;
		}
	}
	return out;
}

export async function loadPopulation(dataDir: string | undefined): Promise<PopulationWeights> {
	const fallback = (reason: string): PopulationWeights => ({
		source: 'fallback',
		entries: MEMBER_STATES.map((c) => ({ geo: c.geo, population: FALLBACK_POPULATION[c.geo] })),
		messages: [`${reason}; using the built-in fallback population weights (approx. 2024)`]
	});
	if (!dataDir) return fallback('no --data-dir given');
	const file = join(dataDir, POPULATION_FILE);
	if (!existsSync(file)) return fallback(`population file not found: ${file}`);
	const parsed = parseEurostatPopulation(await readFile(file, 'utf8'));
	const messages: string[] = [];
	const entries = MEMBER_STATES.map((c): PopulationEntry => {
		const found = parsed.get(c.geo);
		if (found && found.population > 0) return found;
		messages.push(`${c.geo} missing in ${file}; using the fallback weight`);
		return { geo: c.geo, population: FALLBACK_POPULATION[c.geo] };
	});
	const years = [...new Set(entries.map((e) => e.year).filter((y) => y !== undefined))].sort();
	messages.unshift(
		`population weights from ${file} (latest year per country: ${years.join(', ')})`
	);
	return { source: 'eurostat', file, entries, messages };
}
