/** SQL text with `?` placeholders and the values bound to them, in order. */
export interface SqlQuery {
	readonly sql: string;
	readonly params: readonly (string | number | boolean | null)[];
}
