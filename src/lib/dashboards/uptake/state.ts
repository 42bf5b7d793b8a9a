import { EU_AGGREGATE, isMemberState } from '$core/contract/countries';
import {
	isUptakeBreakdown,
	UPTAKE_BREAKDOWNS,
	UPTAKE_CATEGORIES,
	type UptakeBreakdown,
	type UptakeCategory
} from '$core/queries/uptake';
import { filtersParam, removeFilter, toggleFilter, type Filters } from '$lib/kit/selection';
import { defineUrlState, enumParam, type ParamSpec } from '$lib/kit/url-state';
import type { UptakeContext } from './context';

export const UPTAKE_MEASURES = ['credentials', 'learners'] as const;
export type UptakeMeasure = (typeof UPTAKE_MEASURES)[number];

/** Counts, or counts per 1 000 adults aged 25-64. */
export const UPTAKE_UNITS = ['count', 'rate'] as const;
export type UptakeUnit = (typeof UPTAKE_UNITS)[number];

/** Member States a reader can pick at once: one line or bar group each. */
export const MAX_COUNTRIES = 6;

/** The filters of the page, in the order of the `filters` parameter and of the chips. */
const FILTER_DIMENSIONS = ['geo', 'year', ...UPTAKE_BREAKDOWNS] as const;

export interface UptakeState {
	/**
	 * The cross-filters: `geo` (Member States, up to MAX_COUNTRIES), `year` (one), and one
	 * category of one breakdown dimension: the table has one characteristic at a time, so two
	 * categories of different dimensions cannot be combined.
	 */
	readonly filters: Filters;
	/** The dimension of the breakdown figure. */
	readonly by: UptakeBreakdown;
	readonly measure: UptakeMeasure;
	readonly unit: UptakeUnit;
}

/**
 * One year, countries up to the limit, one category: the first of each in the link's order (a
 * hand-edited link may hold more). Dimensions keep the page's order.
 */
export function normaliseFilters(filters: Filters): Filters {
	const next: Record<string, readonly string[]> = {};
	if (filters.geo?.length) next.geo = filters.geo.slice(0, MAX_COUNTRIES);
	if (filters.year?.length) next.year = filters.year.slice(0, 1);
	const dimension = UPTAKE_BREAKDOWNS.find((d) => filters[d]?.length);
	if (dimension) next[dimension] = filters[dimension].slice(0, 1);
	return next;
}

function acceptFilter(dimension: string, value: string, context: UptakeContext): boolean {
	if (dimension === 'geo') return isMemberState(value);
	if (dimension === 'year') return context.years.includes(Number(value)) && /^\d{4}$/.test(value);
	return isUptakeBreakdown(dimension) && UPTAKE_CATEGORIES[dimension].includes(value);
}

function uptakeFiltersParam(): ParamSpec<Filters, UptakeContext> {
	const base = filtersParam<UptakeContext>({
		dimensions: FILTER_DIMENSIONS,
		accept: acceptFilter
	});
	return {
		...base,
		parse: (raw, context) => normaliseFilters(base.parse(raw, context) ?? {})
	};
}

/**
 * `?filters=geo:FR|DE;year:2024;provider_type:hei&by=field&measure=learners&unit=rate`. Version 1.
 * Without `year` the page shows the latest complete year of the release.
 */
export const uptakeState = defineUrlState<UptakeState, UptakeContext>({
	version: 1,
	params: {
		filters: uptakeFiltersParam(),
		by: enumParam<UptakeBreakdown, UptakeContext>({
			values: UPTAKE_BREAKDOWNS,
			defaultValue: 'provider_type'
		}),
		measure: enumParam<UptakeMeasure, UptakeContext>({
			values: UPTAKE_MEASURES,
			defaultValue: 'credentials'
		}),
		unit: enumParam<UptakeUnit, UptakeContext>({ values: UPTAKE_UNITS, defaultValue: 'count' })
	}
});

/**
 * The query string of the page filtered on one Member State: a profile's link to the full view
 * ('' for the EU, the page's default view).
 */
export function countryViewQuery(geo: string, context: UptakeContext): string {
	if (!isMemberState(geo)) return '';
	return uptakeState.serialise(
		{ ...uptakeState.defaults(context), filters: { geo: [geo] } },
		context
	);
}

// -- reading the filters ---------------------------------------------------------------------

/** The Member States chosen, in the reader's order. */
export function chosenCountries(state: UptakeState): readonly string[] {
	return state.filters.geo ?? [];
}

/** The geos the figures of one place show: the countries chosen, or the EU. */
export function shownGeos(state: UptakeState): readonly string[] {
	const chosen = chosenCountries(state);
	return chosen.length > 0 ? chosen : [EU_AGGREGATE];
}

/** The year chosen, or the latest complete one. */
export function shownYear(state: UptakeState, context: UptakeContext): number {
	const chosen = Number(state.filters.year?.[0]);
	return Number.isInteger(chosen) && chosen > 0 ? chosen : context.latestComplete;
}

/** The rows of some geos, in the order of the geos. */
export function forGeos<Row extends { readonly geo: string }>(
	rows: readonly Row[],
	geos: readonly string[]
): Row[] {
	return geos.flatMap((geo) => rows.filter((r) => r.geo === geo));
}

/** The rows of the geos shown, of a figure that reads every geo (a change of country: no query). */
export function inShownGeos<Row extends { readonly geo: string }>(
	rows: readonly Row[],
	state: UptakeState
): Row[] {
	return forGeos(rows, shownGeos(state));
}

/** The rows of the year shown, of a figure that reads every year (a change of year: no query). */
export function inShownYear<Row extends { readonly year: number }>(
	rows: readonly Row[],
	state: UptakeState,
	context: UptakeContext
): Row[] {
	const year = shownYear(state, context);
	return rows.filter((r) => r.year === year);
}

export function chosenYear(state: UptakeState): number | undefined {
	const year = Number(state.filters.year?.[0]);
	return Number.isInteger(year) && year > 0 ? year : undefined;
}

/** The category chosen (a bar clicked), if any. */
export function chosenCategory(state: UptakeState): UptakeCategory | undefined {
	const dimension = UPTAKE_BREAKDOWNS.find((d) => state.filters[d]?.length);
	return dimension ? { dimension, category: state.filters[dimension][0] } : undefined;
}

// -- changing them ----------------------------------------------------------------------------

/** A country in or out; past the limit, the first chosen goes. */
export function toggleCountry(filters: Filters, geo: string): Filters {
	const next = toggleFilter(filters, 'geo', geo);
	const geos = next.geo ?? [];
	return geos.length > MAX_COUNTRIES ? { ...next, geo: geos.slice(-MAX_COUNTRIES) } : next;
}

/** The year clicked becomes the year shown; clicked again, the default comes back. */
export function toggleYear(filters: Filters, year: number): Filters {
	const value = String(year);
	if (filters.year?.includes(value)) return removeFilter(filters, { dimension: 'year', value });
	return { ...filters, year: [value] };
}

/** The category clicked replaces any other (one characteristic at a time); clicked again, out. */
export function toggleCategory(
	filters: Filters,
	dimension: UptakeBreakdown,
	code: string
): Filters {
	if (filters[dimension]?.includes(code)) return removeFilter(filters, { dimension, value: code });
	const next: Record<string, readonly string[]> = {};
	for (const [d, values] of Object.entries(filters)) if (!isUptakeBreakdown(d)) next[d] = values;
	next[dimension] = [code];
	return next;
}

// -- what each figure reads and draws ----------------------------------------------------------

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
	(a ?? []).join('|') === (b ?? []).join('|');
const sameCategory = (a: UptakeState, b: UptakeState) => {
	const x = chosenCategory(a);
	const y = chosenCategory(b);
	return x?.dimension === y?.dimension && x?.category === y?.category;
};
const sameGeos = (a: UptakeState, b: UptakeState) => sameList(a.filters.geo, b.filters.geo);
const sameYear = (a: UptakeState, b: UptakeState) => sameList(a.filters.year, b.filters.year);
const all =
	(...tests: ((a: UptakeState, b: UptakeState) => boolean)[]) =>
	(a: UptakeState, b: UptakeState) =>
		tests.every((test) => test(a, b));
const same =
	(key: 'by' | 'measure' | 'unit') =>
	(a: UptakeState, b: UptakeState): boolean =>
		a[key] === b[key];

/**
 * When each figure needs a new query: only a change of what it reads. The series, the growth,
 * the map and the ranking read every place and year of one category (one query for the four);
 * the breakdown every year of its places; the supply everything.
 */
export const sameFigureView = {
	series: sameCategory,
	countries: sameCategory,
	breakdown: all(sameGeos, same('by')),
	supply: () => true
} as const;

/** When a figure with the same rows is drawn otherwise. */
export const sameFigureDrawing = {
	series: all(sameGeos, sameYear, same('measure'), same('unit')),
	growth: all(sameGeos, sameYear),
	countries: all(sameGeos, sameYear, same('measure')),
	breakdown: all(sameCategory, sameYear, same('measure'), same('unit')),
	supply: all(sameGeos, sameCategory, sameYear)
} as const;
