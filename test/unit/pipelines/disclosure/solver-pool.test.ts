import { afterAll, describe, expect, it } from 'vitest';
import { restrictedProgram } from '../../../../pipelines/disclosure/integer-program';
import { inLanes, SolverPool } from '../../../../pipelines/disclosure/solver-pool';

// x0 + x1 = 7 (cells 0 and 1 free; cell 2, fixed at 3, is in the relation with them).
const cells = [
	{ truth: 3, lower: 0, upper: 5 },
	{ truth: 1, lower: 0, upper: Infinity },
	{ truth: 3, lower: 3, upper: 3 }
];
const relations = [
	{
		id: 'line',
		cells: Int32Array.from([0, 1, 2]),
		coefficients: Float64Array.from([1, 1, 1]),
		constant: 7,
		sense: '=' as const
	}
];

describe('SolverPool', () => {
	const pool = new SolverPool(2);
	afterAll(() => pool.close());

	it('builds a program in a worker and solves it with several objectives', async () => {
		const restricted = restrictedProgram([0, 1], cells, relations, [0]);
		expect([...restricted.program.rowLower]).toEqual([4]);
		const program = await pool.build(restricted.program);
		const max = await program.solve({
			variables: [0],
			weights: [1],
			sense: 'max',
			maxNodes: Infinity,
			gap: 0,
			start: restricted.truth
		});
		expect(max.status).toBe('optimal');
		expect([...(max.values ?? [])]).toEqual([4, 0]);
		const min = await program.solve({
			variables: [0],
			weights: [1],
			sense: 'min',
			maxNodes: Infinity,
			gap: 0
		});
		expect([...(min.values ?? [])]).toEqual([0, 4]);
		await program.dispose();
		expect(() =>
			program.solve({ variables: [0], weights: [1], sense: 'min', maxNodes: 1, gap: 0 })
		).toThrow(/disposed/);
	});

	it('reports an unbounded program as such', async () => {
		// x1 alone, with x0 fixed outside: x1 has no upper bound and no relation.
		const program = await pool.build(restrictedProgram([1], cells, [], []).program);
		const result = await program.solve({
			variables: [0],
			weights: [1],
			sense: 'max',
			maxNodes: Infinity,
			gap: 0
		});
		expect(result.status).toBe('unbounded');
		await program.dispose();
	});

	it('passes the worker’s error on to the caller', async () => {
		const bad = { ...restrictedProgram([0, 1], cells, relations, [0]).program, numCols: 5 };
		await expect(pool.build(bad)).rejects.toThrow();
	});
});

describe('inLanes', () => {
	it('keeps the order of the items and never runs more than the lanes at once', async () => {
		let running = 0;
		let most = 0;
		const results = await inLanes([30, 10, 20, 5, 1], 2, async (ms) => {
			running++;
			most = Math.max(most, running);
			await new Promise((resolve) => setTimeout(resolve, ms));
			running--;
			return ms * 2;
		});
		expect(results).toEqual([60, 20, 40, 10, 2]);
		expect(most).toBe(2);
	});
});
