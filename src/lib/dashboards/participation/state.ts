import { SEXES, type Sex } from '$core/queries/adult-participation';
import { defineUrlState, enumParam, listParam } from '$lib/kit/url-state';

export const DEFAULT_GEOS = ['EU27_2020', 'DE', 'FR', 'IT', 'ES'] as const;
export const MAX_GEOS = 12;

export interface ParticipationState {
	readonly geo: readonly string[];
	readonly sex: Sex;
}

/** The countries the published table holds: a code outside them is dropped from a link. */
export interface ParticipationContext {
	readonly available: ReadonlySet<string>;
}

/**
 * `?geo=EU27_2020,FR,DE&sex=F`, the form every link since the page's first release has had
 * (version 1). Codes are read without regard to case, unknown and repeated ones are dropped.
 */
export const participationState = defineUrlState<ParticipationState, ParticipationContext>({
	version: 1,
	params: {
		geo: listParam<ParticipationContext>({
			normalise: (raw) => raw.trim().toUpperCase(),
			accept: (code, context) => context.available.has(code),
			max: MAX_GEOS,
			defaultValue: () => DEFAULT_GEOS
		}),
		sex: enumParam<Sex, ParticipationContext>({ values: SEXES, defaultValue: 'T' })
	}
});
