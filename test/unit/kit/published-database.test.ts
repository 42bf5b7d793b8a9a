import { describe, expect, it } from 'vitest';
import { createPublishedDatabase, type ArrowEngine } from '../../../src/lib/db/published-database';

// A stand-in engine: counts the SQL it runs, answers each after the test lets it.
function countingEngine() {
	const runs: string[] = [];
	const engine = {
		insertArrowStream: async () => {},
		query: async (sql: string) => {
			runs.push(sql);
			await new Promise((r) => setTimeout(r, 5));
			return { toArray: () => [{ toJSON: () => ({ sql }) }] };
		}
	} as unknown as ArrowEngine;
	return { engine, runs };
}

const noFiles = {
	manifest: async () => ({ schemaVersion: 1, pipelineVersion: 't', generatedAt: '', tables: [] }),
	read: async () => new Uint8Array()
};

describe('the published database', () => {
	it('answers the same query asked again while it runs once, each caller its own list', async () => {
		const { engine, runs } = countingEngine();
		const db = createPublishedDatabase({ engine: async () => engine, files: noFiles });
		const q = { tables: [], sql: 'SELECT ?', params: [1] };
		const [a, b, c] = await Promise.all([
			db.query(q),
			db.query({ ...q }),
			db.query({ ...q, params: [2] })
		]);
		expect(runs).toEqual(['SELECT ?', 'SELECT ?']);
		expect(a).toEqual(b);
		expect(a).not.toBe(b);
		expect(c).toEqual([{ sql: 'SELECT ?' }]);
		// Once answered, the same query runs again: nothing is kept.
		await db.query(q);
		expect(runs).toHaveLength(3);
	});
});
