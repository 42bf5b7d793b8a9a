import { MAX_CONSOLE_SQL_LENGTH } from '$core/queries/console-guard';
import { defineUrlState, type ParamSpec } from '$lib/kit/url-state';

export interface ExploreState {
	/** The query in the editor when it last ran; '' for none. */
	readonly sql: string;
}

/** Any text up to the console's limit; a longer one is dropped rather than cut. */
const sqlParam: ParamSpec<string, void> = {
	parse: (raw) => (raw.length <= MAX_CONSOLE_SQL_LENGTH ? raw : undefined),
	serialise: (value) => value,
	defaultValue: () => '',
	equal: (a, b) => a === b
};

/** `?sql=…`: a link that reruns the query. */
export const exploreState = defineUrlState<ExploreState>({
	version: 1,
	params: { sql: sqlParam }
});
