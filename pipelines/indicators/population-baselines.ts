import {
	COUNTRIES,
	EU_AGGREGATE,
	isMemberState,
	MEMBER_STATES
} from '../../core/contract/countries';
import { ADULT_POPULATION_TABLE } from '../../core/indicators/uptake-sql';
import type { StatObservation, StatTable } from '../read/stat-table';

// Population baselines for the rates and the inclusion ratios (SOURCES.md, baselines/):
// - adults aged 25-64 per country and year: the sum of the eight five-year groups of
//   demo_pjangroup (a year missing one of them has no value); the EU is the sum of the 27 in a
//   year where all 27 have one (the file has no EU row). Also the 55-64 share of the 25-64.
// - low-qualified adults: edat_lfse_03, % of the population 25-64 with ISCED 0-2 (both sexes).
// - rural residents: ilc_lvho01, % of the population of all ages living in rural areas (DEG3):
//   all ages, where the learners are adults, a caveat the pages show.
// Each baseline keeps its Eurostat flags (a break in series b, provisional p …).

/** Tables of the record store holding the baselines, for the indicators' SQL. */
export { ADULT_POPULATION_TABLE };
export const GROUP_BASELINES_TABLE = 'group_baselines';

export const AGE_BANDS_25_64 = [
	'Y25-29',
	'Y30-34',
	'Y35-39',
	'Y40-44',
	'Y45-49',
	'Y50-54',
	'Y55-59',
	'Y60-64'
] as const;
const BANDS_55_64 = ['Y55-59', 'Y60-64'];

/** Which population a group's share is of. */
export type BaselineBasis = 'Y25-64' | 'all_ages';

export interface AdultPopulation {
	readonly geo: string;
	readonly year: number;
	readonly adults: number;
	readonly flags: string;
}

export interface GroupBaseline {
	readonly group: string;
	readonly geo: string;
	readonly year: number;
	/** The group's share of the population, %. */
	readonly share: number;
	readonly basis: BaselineBasis;
	readonly flags: string;
	/** The Eurostat dataset it comes from. */
	readonly dataset: string;
}

export interface Baselines {
	readonly adults: readonly AdultPopulation[];
	readonly groups: readonly GroupBaseline[];
}

const EU_LABEL = /^european union/i;
const codeByEnglishName = new Map(COUNTRIES.map((c) => [c.names.en.toLowerCase(), c.geo]));

/**
 * The geo code of a value of a geo dimension: a code as it is, an English country name (the
 * data browser's "labels" download) as its code, the EU 27 by its label; otherwise the value.
 */
export function geoCodeOf(value: string): string {
	if (EU_LABEL.test(value) && /27/.test(value)) return EU_AGGREGATE;
	return codeByEnglishName.get(value.toLowerCase()) ?? value;
}

/** The table with every geo label replaced by its code (other dimensions untouched). */
export function withGeoCodes(table: StatTable): StatTable {
	const geo = table.dimensions.indexOf('geo');
	if (geo < 0) return table;
	return {
		dimensions: table.dimensions,
		observations: table.observations.map((o) => {
			const code = geoCodeOf(o.dims[geo]);
			return code === o.dims[geo]
				? o
				: { ...o, dims: o.dims.map((d, i) => (i === geo ? code : d)) };
		})
	};
}

/** Flag letters of several values, each once, in alphabetical order. */
function unionFlags(flags: readonly string[]): string {
	return [...new Set(flags.join('').replace(/\s/g, ''))].sort().join('');
}

/**
 * Observations with a value and a yearly period whose dimensions match `where` (a dimension the
 * table lacks matches anything; several accepted values per dimension: codes and labels).
 */
function select(
	table: StatTable,
	where: Readonly<Record<string, readonly string[]>>
): { geo: string; year: number; dims: Record<string, string>; o: StatObservation }[] {
	const index = (d: string) => table.dimensions.indexOf(d);
	const geo = index('geo');
	return table.observations.flatMap((o) => {
		if (o.value === null || !/^\d{4}$/.test(o.period) || geo < 0) return [];
		for (const [dimension, values] of Object.entries(where)) {
			const i = index(dimension);
			if (i >= 0 && !values.includes(o.dims[i])) return [];
		}
		const dims = Object.fromEntries(table.dimensions.map((d, i) => [d, o.dims[i]]));
		return [{ geo: o.dims[geo], year: Number(o.period), dims, o }];
	});
}

const TOTAL = ['T', 'Total', 'TOTAL'];

function adultsFrom(table: StatTable): { adults: AdultPopulation[]; older: GroupBaseline[] } {
	const bands = new Map<string, Map<string, StatObservation>>();
	for (const { geo, year, dims, o } of select(table, {
		sex: TOTAL,
		unit: ['NR', 'Number'],
		age: AGE_BANDS_25_64
	})) {
		if (!isMemberState(geo)) continue;
		const key = `${geo}|${year}`;
		if (!bands.has(key)) bands.set(key, new Map());
		bands.get(key)!.set(dims.age, o);
	}
	const adults: AdultPopulation[] = [];
	const older: GroupBaseline[] = [];
	const oldestOf = new Map<string, number>();
	for (const [key, byBand] of bands) {
		if (byBand.size !== AGE_BANDS_25_64.length) continue;
		const [geo, year] = key.split('|');
		const all = [...byBand.values()];
		const total = all.reduce((sum, o) => sum + (o.value as number), 0);
		const oldest = BANDS_55_64.reduce((sum, b) => sum + (byBand.get(b)!.value as number), 0);
		const flags = unionFlags(all.map((o) => o.flags));
		oldestOf.set(key, oldest);
		adults.push({ geo, year: Number(year), adults: total, flags });
		older.push({
			group: 'older_55_64',
			geo,
			year: Number(year),
			share: (100 * oldest) / total,
			basis: 'Y25-64',
			flags,
			dataset: 'demo_pjangroup'
		});
	}
	// The EU: the 27 summed, in a year all of them have.
	const years = [...new Set(adults.map((a) => a.year))];
	for (const year of years) {
		const members = adults.filter((a) => a.year === year);
		if (members.length !== MEMBER_STATES.length) continue;
		const total = members.reduce((sum, a) => sum + a.adults, 0);
		const flags = unionFlags(members.map((a) => a.flags));
		adults.push({ geo: EU_AGGREGATE, year, adults: total, flags });
		const oldest = members.reduce((sum, a) => sum + oldestOf.get(`${a.geo}|${year}`)!, 0);
		older.push({
			group: 'older_55_64',
			geo: EU_AGGREGATE,
			year,
			share: (100 * oldest) / total,
			basis: 'Y25-64',
			flags,
			dataset: 'demo_pjangroup'
		});
	}
	return { adults, older };
}

function sharesFrom(
	table: StatTable,
	group: string,
	basis: BaselineBasis,
	dataset: string,
	where: Readonly<Record<string, readonly string[]>>
): GroupBaseline[] {
	return select(table, where)
		.filter(({ geo }) => isMemberState(geo) || geo === EU_AGGREGATE)
		.map(({ geo, year, o }) => ({
			group,
			geo,
			year,
			share: o.value as number,
			basis,
			flags: unionFlags([o.flags]),
			dataset
		}));
}

const byKey = <T extends { geo: string; year: number; group?: string }>(a: T, b: T) =>
	(a.group ?? '').localeCompare(b.group ?? '') || a.geo.localeCompare(b.geo) || a.year - b.year;

/** The baselines found among the official tables read, keyed by their Eurostat dataset. */
export function computeBaselines(tables: ReadonlyMap<string, StatTable>): Baselines {
	const ages = tables.get('demo_pjangroup');
	const attainment = tables.get('edat_lfse_03');
	const urbanisation = tables.get('ilc_lvho01');
	const { adults, older } = ages ? adultsFrom(withGeoCodes(ages)) : { adults: [], older: [] };
	const groups = [
		...older,
		...(attainment
			? sharesFrom(withGeoCodes(attainment), 'low_qualified', 'Y25-64', 'edat_lfse_03', {
					sex: TOTAL,
					age: ['Y25-64'],
					unit: ['PC'],
					isced11: ['ED0-2']
				})
			: []),
		...(urbanisation
			? sharesFrom(withGeoCodes(urbanisation), 'rural', 'all_ages', 'ilc_lvho01', {
					deg_urb: ['DEG3', 'Rural areas'],
					incgrp: TOTAL,
					building: TOTAL,
					unit: ['PC', 'Percentage']
				})
			: [])
	];
	return { adults: [...adults].sort(byKey), groups: groups.sort(byKey) };
}
