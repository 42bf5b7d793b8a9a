import { defineUrlState, integerParam } from '$lib/kit/url-state';

export interface CoverageState {
	/** The year shown; 0 is "the latest year with a value" of each indicator and country. */
	readonly year: number;
}

/** `?year=2022`. Version 1. */
export const coverageState = defineUrlState<CoverageState, void>({
	version: 1,
	params: { year: integerParam<void>({ min: 0, max: 2100, defaultValue: 0 }) }
});
