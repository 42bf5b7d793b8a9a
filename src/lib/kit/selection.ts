// The shared selection of a dashboard: the filters its panels read and write (a click on a bar
// or a country filters the other panels). It lives in the URL like every other view state.
import type { ParamSpec } from './url-state';

/** Chosen values per dimension, in the order the reader chose them. */
export type Filters = Readonly<Record<string, readonly string[]>>;

export interface FilterChip {
	readonly dimension: string;
	readonly value: string;
}

const DIMENSION_SEPARATOR = ';';
const VALUE_SEPARATOR = '|';

export function toggleFilter(filters: Filters, dimension: string, value: string): Filters {
	const current = filters[dimension] ?? [];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return withDimension(filters, dimension, next);
}

export function removeFilter(filters: Filters, chip: FilterChip): Filters {
	const next = (filters[chip.dimension] ?? []).filter((v) => v !== chip.value);
	return withDimension(filters, chip.dimension, next);
}

function withDimension(filters: Filters, dimension: string, values: readonly string[]): Filters {
	const next: Record<string, readonly string[]> = { ...filters };
	if (values.length > 0) next[dimension] = values;
	else delete next[dimension];
	return next;
}

export function filterChips(filters: Filters): FilterChip[] {
	return Object.entries(filters).flatMap(([dimension, values]) =>
		values.map((value) => ({ dimension, value }))
	);
}

/**
 * The `f` parameter: `provider_type:university|vet;eqf_level:6`. Dimensions the page does not
 * know and values it does not accept are dropped; dimensions are written in the page's order.
 */
export function filtersParam<Context = void>(options: {
	dimensions: readonly string[];
	accept: (dimension: string, value: string, context: Context) => boolean;
}): ParamSpec<Filters, Context> {
	return {
		parse(raw, context) {
			const filters: Record<string, string[]> = {};
			for (const part of raw.split(DIMENSION_SEPARATOR)) {
				const at = part.indexOf(':');
				if (at < 0) continue;
				const dimension = part.slice(0, at).trim();
				if (!options.dimensions.includes(dimension)) continue;
				for (const raw of part.slice(at + 1).split(VALUE_SEPARATOR)) {
					const value = raw.trim();
					if (value === '' || !options.accept(dimension, value, context)) continue;
					const values = (filters[dimension] ??= []);
					if (!values.includes(value)) values.push(value);
				}
			}
			return filters;
		},
		serialise(filters) {
			return options.dimensions
				.filter((d) => (filters[d] ?? []).length > 0)
				.map((d) => `${d}:${filters[d].join(VALUE_SEPARATOR)}`)
				.join(DIMENSION_SEPARATOR);
		},
		defaultValue: () => ({}),
		equal(a, b) {
			const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
			return [...keys].every((k) => {
				const x = a[k] ?? [];
				const y = b[k] ?? [];
				return x.length === y.length && x.every((v, i) => v === y[i]);
			});
		}
	};
}
