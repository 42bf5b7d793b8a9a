import { TARGET_SORTS, type TargetSort } from '$core/queries/participation-targets';
import { defineUrlState, enumParam } from '$lib/kit/url-state';

export interface TargetState {
	readonly sort: TargetSort;
}

/** `?sort=value`: the order of the Member States (the EU stays first). Version 1. */
export const targetState = defineUrlState<TargetState, void>({
	version: 1,
	params: {
		sort: enumParam<TargetSort, void>({ values: TARGET_SORTS, defaultValue: 'gap' })
	}
});
