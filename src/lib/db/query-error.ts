/** A failed query, carrying the SQL so that the interface can show what failed. */
export class QueryError extends Error {
	constructor(
		message: string,
		readonly sql: string,
		override readonly cause?: unknown
	) {
		super(message);
		this.name = 'QueryError';
	}
}

export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
