import { EU_AGGREGATE, isMemberState } from '$core/contract/countries';
import { INCLUSION_GROUPS, type InclusionGroup } from '$core/queries/inclusion';
import { defineUrlState, enumParam, type ParamSpec } from '$lib/kit/url-state';

/**
 * What the heat map colours: the representation ratio where a population baseline exists and
 * the Adult Education Survey's participation ratio elsewhere ('ratio'), or the AES ratio for
 * every group that has one ('aes').
 */
export const HEAT_METRICS = ['ratio', 'aes'] as const;
export type HeatMetric = (typeof HEAT_METRICS)[number];

export interface InclusionState {
	/** The year of the heat map and of the group comparison. */
	readonly year: number;
	/** The group compared across countries. */
	readonly group: InclusionGroup;
	/** The country (or the EU) whose groups are followed over time. */
	readonly geo: string;
	readonly metric: HeatMetric;
}

/** The years published, oldest first (from the build): the choices and the default year. */
export interface InclusionContext {
	readonly years: readonly number[];
}

/** A year published; by default the latest (0 when nothing is published). */
const yearParam: ParamSpec<number, InclusionContext> = {
	parse(raw, context) {
		if (!/^\d{4}$/.test(raw.trim())) return undefined;
		const year = Number(raw);
		return context.years.includes(year) ? year : undefined;
	},
	serialise: (year) => String(year),
	defaultValue: (context) => context.years.at(-1) ?? 0,
	equal: (a, b) => a === b
};

/**
 * `?year=2024&group=rural&geo=PT&metric=aes`. Version 1. Without `year` the view is of the
 * latest year published, so a link without it follows the releases.
 */
export const inclusionState = defineUrlState<InclusionState, InclusionContext>({
	version: 1,
	params: {
		year: yearParam,
		group: enumParam<InclusionGroup, InclusionContext>({
			values: INCLUSION_GROUPS,
			defaultValue: 'low_qualified'
		}),
		geo: {
			parse: (raw) => {
				const code = raw.trim().toUpperCase();
				return code === EU_AGGREGATE || isMemberState(code) ? code : undefined;
			},
			serialise: (code) => code,
			defaultValue: () => EU_AGGREGATE,
			equal: (a, b) => a === b
		},
		metric: enumParam<HeatMetric, InclusionContext>({ values: HEAT_METRICS, defaultValue: 'ratio' })
	}
});

type Key = keyof InclusionState;
const sameIn =
	(keys: readonly Key[]) =>
	(a: InclusionState, b: InclusionState): boolean =>
		keys.every((k) => a[k] === b[k]);

/** When each figure needs a new query: only a change of what it reads. */
export const sameFigureView = {
	heatmap: sameIn(['year']),
	group: sameIn(['year', 'group']),
	country: sameIn(['geo'])
} as const;

/** When a figure with the same rows is drawn again: the metric, or the group or country chosen. */
export const sameFigureDrawing = {
	heatmap: sameIn(['metric', 'group', 'geo']),
	group: sameIn(['geo']),
	country: sameIn(['group'])
} as const;
