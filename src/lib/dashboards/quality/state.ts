import { EU_AGGREGATE, isMemberState } from '$core/contract/countries';
import { ALL_ELEMENTS, COMPLETENESS_ELEMENTS } from '$core/queries/quality';
import { defineUrlState, enumParam, integerParam, type ParamSpec } from '$lib/kit/url-state';

export interface QualityState {
	/** The country shown beside the EU, or the EU alone. */
	readonly geo: string;
	/** The year of issue; 0 is "the latest year with records". */
	readonly year: number;
	/** The element followed over time and compared across countries: '1'-'11' or 'all'. */
	readonly element: string;
}

/** The EU or a Member State, as an upper-case code; anything else is dropped. */
const geoParam: ParamSpec<string, void> = {
	parse: (raw) => {
		const code = raw.trim().toUpperCase();
		return code === EU_AGGREGATE || isMemberState(code) ? code : undefined;
	},
	serialise: (code) => code,
	defaultValue: () => EU_AGGREGATE,
	equal: (a, b) => a === b
};

/** `?geo=FR&year=2024&element=6`. Version 1. */
export const qualityState = defineUrlState<QualityState, void>({
	version: 1,
	params: {
		geo: geoParam,
		year: integerParam<void>({ min: 0, max: 2100, defaultValue: 0 }),
		element: enumParam<string, void>({ values: COMPLETENESS_ELEMENTS, defaultValue: ALL_ELEMENTS })
	}
});

type Key = keyof QualityState;
const sameIn =
	(keys: readonly Key[]) =>
	(a: QualityState, b: QualityState): boolean =>
		keys.every((k) => a[k] === b[k]);
const always = (_a: QualityState, _b: QualityState): boolean => true;

/** When each figure needs a new query: only a change of what it reads. */
export const sameFigureView = {
	elements: sameIn(['geo', 'year']),
	missing: sameIn(['geo', 'year']),
	providerTypes: sameIn(['geo', 'year']),
	principles: sameIn(['geo', 'year']),
	trend: sameIn(['geo', 'element']),
	countries: sameIn(['year', 'element']),
	providers: sameIn(['geo']),
	credentials: always
} as const;

/** When a figure with the same rows must be drawn again: the country ranking marks the country. */
export const sameFigureDrawing = {
	countries: sameIn(['geo'])
} as const;
