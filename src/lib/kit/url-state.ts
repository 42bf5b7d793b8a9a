// Typed URL state. A page declares its parameters once (parser, default, limits); the kit reads
// and writes its links. Every link that ever showed a view must restore it a year later: unknown
// values are dropped rather than fatal, and migrations carry an older link forward.

/** One query parameter: how to read it from the link and write it back. */
export interface ParamSpec<T, Context> {
	/** The value of a raw parameter, or undefined to drop it (the default then applies). */
	parse(raw: string, context: Context): T | undefined;
	serialise(value: T): string;
	defaultValue(context: Context): T;
	equal(a: T, b: T): boolean;
}

export type ParamSpecs<State, Context> = {
	readonly [K in keyof State]: ParamSpec<State[K], Context>;
};

export interface UrlStateSpec<State, Context> {
	/** The version this page writes. Links without `v` are version 1. */
	readonly version: number;
	readonly params: ParamSpecs<State, Context>;
	/** migrations[n] turns a version-n query into a version-(n+1) one. */
	readonly migrations?: Readonly<Record<number, (search: URLSearchParams) => URLSearchParams>>;
}

export interface UrlState<State, Context> {
	readonly version: number;
	parse(search: URLSearchParams, context: Context): State;
	/** The query string of a state, '' for the default state (canonical links stay short). */
	serialise(state: State, context: Context): string;
	defaults(context: Context): State;
	equal(a: State, b: State): boolean;
	isDefault(state: State, context: Context): boolean;
}

export const VERSION_PARAM = 'v';

function keysOf<State>(params: ParamSpecs<State, unknown>): (keyof State & string)[] {
	return Object.keys(params) as (keyof State & string)[];
}

export function defineUrlState<State, Context = void>(
	spec: UrlStateSpec<State, Context>
): UrlState<State, Context> {
	const keys = keysOf(spec.params as ParamSpecs<State, unknown>);

	function migrate(search: URLSearchParams): URLSearchParams {
		const written = Number(search.get(VERSION_PARAM) ?? '1');
		let version = Number.isInteger(written) && written >= 1 ? written : 1;
		let current = new URLSearchParams(search);
		while (version < spec.version) {
			const step = spec.migrations?.[version];
			if (step) current = step(current);
			version++;
		}
		return current;
	}

	function defaults(context: Context): State {
		const state = {} as State;
		for (const key of keys) state[key] = spec.params[key].defaultValue(context);
		return state;
	}

	function equal(a: State, b: State): boolean {
		return keys.every((key) => spec.params[key].equal(a[key], b[key]));
	}

	return {
		version: spec.version,
		defaults,
		equal,
		isDefault: (state, context) => equal(state, defaults(context)),
		parse(search, context) {
			const migrated = migrate(search);
			const state = defaults(context);
			for (const key of keys) {
				const raw = migrated.get(key);
				if (raw === null) continue;
				const value = spec.params[key].parse(raw, context);
				if (value !== undefined) state[key] = value;
			}
			return state;
		},
		serialise(state, context) {
			const fallback = defaults(context);
			const search = new URLSearchParams();
			for (const key of keys) {
				const param = spec.params[key];
				if (!param.equal(state[key], fallback[key])) search.set(key, param.serialise(state[key]));
			}
			if ([...search.keys()].length === 0) return '';
			if (spec.version > 1) search.set(VERSION_PARAM, String(spec.version));
			// Commas and colons stay readable in a link pasted into a report.
			return `?${search.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
		}
	};
}

/** One of a fixed set of codes; matched without regard to case. */
export function enumParam<T extends string, Context = void>(options: {
	values: readonly T[];
	defaultValue: T;
}): ParamSpec<T, Context> {
	return {
		parse: (raw) => options.values.find((v) => v.toLowerCase() === raw.trim().toLowerCase()),
		serialise: (value) => value,
		defaultValue: () => options.defaultValue,
		equal: (a, b) => a === b
	};
}

/**
 * A list of codes in the reader's order. Unknown and repeated codes are dropped, the list is cut
 * at `max`, and an empty list falls back to the default.
 */
export function listParam<Context = void>(options: {
	normalise?: (raw: string) => string;
	accept: (code: string, context: Context) => boolean;
	max: number;
	defaultValue: (context: Context) => readonly string[];
}): ParamSpec<readonly string[], Context> {
	const normalise = options.normalise ?? ((raw: string) => raw.trim());
	return {
		parse(raw, context) {
			const codes: string[] = [];
			for (const part of raw.split(',')) {
				const code = normalise(part);
				if (code !== '' && options.accept(code, context) && !codes.includes(code)) codes.push(code);
			}
			return codes.length > 0 ? codes.slice(0, options.max) : undefined;
		},
		serialise: (codes) => codes.join(','),
		defaultValue: options.defaultValue,
		equal: (a, b) => a.length === b.length && a.every((code, i) => code === b[i])
	};
}

/** A whole number within limits; anything else is dropped. */
export function integerParam<Context = void>(options: {
	min: number;
	max: number;
	defaultValue: number;
}): ParamSpec<number, Context> {
	return {
		parse(raw) {
			if (!/^-?\d+$/.test(raw.trim())) return undefined;
			const value = Number(raw);
			return value >= options.min && value <= options.max ? value : undefined;
		},
		serialise: (value) => String(value),
		defaultValue: () => options.defaultValue,
		equal: (a, b) => a === b
	};
}
