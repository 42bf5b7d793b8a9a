import type { Rng } from './prng';

export interface DirtyInsert {
	readonly fields: string[];
	readonly column: string;
	/** For duplicates: the row must come after this clean row. */
	readonly afterClean?: number;
}

/** Makes one dirty row of a kind from a clean row (given by index, copy before changing). */
export type DirtMaker<K extends string> = (kind: K, source: number, rng: Rng) => DirtyInsert;

export interface PlacedRow {
	readonly fields: readonly string[];
	readonly kind?: string;
	readonly column?: string;
}

/**
 * Adds dirty rows to a small table (providers, catalogue, measures) at random places: a share
 * `rate` of the result, and at least one of each kind whenever the rate is positive.
 */
export function insertDirtyRows<K extends string>(
	clean: readonly string[][],
	rng: Rng,
	rate: number,
	kinds: readonly K[],
	make: DirtMaker<K>
): PlacedRow[] {
	const placed: PlacedRow[] = clean.map((fields) => ({ fields }));
	if (rate <= 0 || clean.length === 0) return placed;
	// Dirty rows are added, so rate x (clean + dirty) of the final table is dirty.
	const wanted = rate >= 1 ? clean.length : Math.round((rate * clean.length) / (1 - rate));
	const count = Math.max(kinds.length, wanted);
	const order = rng.shuffle([...kinds]);
	for (let i = 0; i < count; i++) {
		const kind = i < order.length ? order[i] : rng.pick(kinds);
		const insert = make(kind, rng.int(clean.length), rng);
		let from = 0;
		if (insert.afterClean !== undefined) {
			const source = clean[insert.afterClean];
			from = placed.findIndex((p) => p.fields === source) + 1;
		}
		const at = from + rng.int(placed.length - from + 1);
		placed.splice(at, 0, { fields: insert.fields, kind, column: insert.column });
	}
	return placed;
}
