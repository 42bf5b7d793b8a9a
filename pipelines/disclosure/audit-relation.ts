import type { RelationSense } from './integer-program';

export type { RelationSense };

/** A linear relation between published counts that an outsider can verify. */
export interface AuditRelation {
	/** For messages, e.g. 'uptake AT 2023 eqf_level total'. */
	readonly id: string;
	/** sum(coefficient * cell) <sense> constant */
	readonly terms: readonly { readonly cell: string; readonly coefficient: number }[];
	/** Default 0. */
	readonly constant?: number;
	/**
	 * '=' by default. Counts of distinct persons are not additive: the learners of a country are
	 * at most the sum of its categories' learners ('>=' on sum(parts) - total), and a category
	 * holds at most the country's learners.
	 */
	readonly sense?: RelationSense;
}
