import type { SqlQuery } from '$core/queries/sql-query';
import { getDatabase } from './client';
import { errorMessage, QueryError } from './query-error';

/** Runs a parameterised query and returns plain row objects. */
export async function runQuery<Row>(query: SqlQuery): Promise<Row[]> {
	const { conn } = await getDatabase();
	try {
		const statement = await conn.prepare(query.sql);
		try {
			const result = await statement.query(...query.params);
			return result.toArray().map((row) => row.toJSON() as Row);
		} finally {
			await statement.close();
		}
	} catch (error) {
		throw new QueryError(errorMessage(error), query.sql, error);
	}
}
