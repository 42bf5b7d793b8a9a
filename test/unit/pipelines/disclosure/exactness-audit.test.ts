import { describe, expect, it } from 'vitest';
import {
	auditExactness,
	indexSystem,
	type BoxedCell
} from '../../../../pipelines/disclosure/exactness-audit';
import type { AuditRelation } from '../../../../pipelines/disclosure/audit-relation';
import { possibleTrueCounts } from '../../../../core/methods/cell-key';

/** A cell published as `published` (perturbed), with its true count. */
const perturbed = (id: string, truth: number, published: number): BoxedCell => ({
	id,
	truth,
	...possibleTrueCounts(published, true)
});
const hidden = (id: string, truth: number): BoxedCell => ({ id, truth, lower: 1, upper: Infinity });
const sum = (id: string, total: string, parts: string[]): AuditRelation => ({
	id,
	terms: [...parts.map((cell) => ({ cell, coefficient: 1 })), { cell: total, coefficient: -1 }]
});

describe('auditExactness', () => {
	it('finds a cell that the noise of a total and its parts pins exactly', async () => {
		// Total 10 published 8 (true 6..10); parts 3 -> 5 (3..7) and 7 -> 9 (7..11): a + b = T
		// forces a = 3, b = 7, T = 10.
		const report = await auditExactness({
			cells: [perturbed('T', 10, 8), perturbed('a', 3, 5), perturbed('b', 7, 9)],
			relations: [sum('line', 'T', ['a', 'b'])],
			minCell: 5
		});
		expect(report.sensitiveCells).toBe(1);
		// T is at the top of its box and b at the bottom of its own: those bounds pin a.
		expect(report.findings).toEqual([{ cell: 'a', truth: 3, kind: 'exact', binding: ['T', 'b'] }]);
	});

	it('proves a cell not exact, with the interval found, when the noises leave room', async () => {
		const report = await auditExactness({
			cells: [perturbed('T', 10, 10), perturbed('a', 3, 3), perturbed('b', 7, 7)],
			relations: [sum('line', 'T', ['a', 'b'])],
			minCell: 5
		});
		expect(report.findings).toEqual([]);
		// a is 1..5 from its own value, and the relation leaves it so: the batch pushes it to 5
		// (b at 5, T at 10 would do), which proves it with two values seen, 3 and 5.
		expect(report.narrowest).toEqual({ cell: 'a', truth: 3, min: 3, max: 5 });
		expect(report.provedInBatches).toBe(1);
		expect(report.widths).toEqual({ '2': 1 });
	});

	it('proves over the whole component what the batches leave', async () => {
		const report = await auditExactness({
			cells: [perturbed('T', 10, 10), perturbed('a', 3, 3), perturbed('b', 7, 7)],
			relations: [sum('line', 'T', ['a', 'b'])],
			minCell: 5,
			rounds: 0
		});
		expect(report.findings).toEqual([]);
		expect(report.provedInComponents).toBe(1);
		// Over its component, T and b are free: a takes every value of its box, 1..5.
		expect(report.narrowest).toEqual({ cell: 'a', truth: 3, min: 1, max: 5 });
	});

	it('finds over the whole component a cell that a chain of relations pins', async () => {
		// a + b = T, T + U = E; E published exactly at its bound pins T, which pins a via b.
		const report = await auditExactness({
			cells: [
				perturbed('E', 20, 18), // 16..20
				perturbed('U', 10, 12), // 10..14
				perturbed('T', 10, 10), // 8..12, but E - U <= 10: T <= 10 ... and >= 2
				perturbed('b', 7, 9), // 7..11
				perturbed('a', 3, 5) // 3..7
			],
			relations: [sum('line', 'T', ['a', 'b']), sum('upper', 'E', ['T', 'U'])],
			minCell: 5
		});
		expect(report.findings.map((f) => f.cell)).toEqual(['a']);
	});

	it('a hidden sensitive cell in a line with another hidden cell is not exact', async () => {
		const report = await auditExactness({
			cells: [{ id: 'T', truth: 5, lower: 5, upper: 5 }, hidden('a', 1), hidden('b', 4)],
			relations: [sum('line', 'T', ['a', 'b'])],
			minCell: 5
		});
		expect(report.findings).toEqual([]);
		expect(report.narrowest).toMatchObject({ cell: 'a' });
	});

	it('two hidden cells summing to 2 are both 1: exact', async () => {
		const report = await auditExactness({
			cells: [{ id: 'T', truth: 2, lower: 2, upper: 2 }, hidden('a', 1), hidden('b', 1)],
			relations: [sum('line', 'T', ['a', 'b'])],
			minCell: 5
		});
		// T, a count of 2 published as is, is a finding as well.
		expect(report.findings.map((f) => f.cell)).toEqual(['T', 'a', 'b']);
	});

	it('refuses a relation that does not hold on the true counts', async () => {
		await expect(
			auditExactness({
				cells: [perturbed('T', 10, 10), perturbed('a', 3, 3)],
				relations: [sum('line', 'T', ['a'])],
				minCell: 5
			})
		).rejects.toThrow(/relation 'line' does not hold on the true counts/);
	});

	it('refuses a true count outside what its published value allows', async () => {
		await expect(
			auditExactness({
				cells: [{ id: 'a', truth: 9, lower: 1, upper: 5 }],
				relations: [],
				minCell: 5
			})
		).rejects.toThrow(/outside what its published value allows/);
	});

	it('reports a cell the batches leave in a component larger than the limit as unproved', async () => {
		const parts = ['p0', 'p1', 'p2', 'p3', 'p4'];
		const report = await auditExactness({
			cells: [
				{ id: 'T', truth: 9, lower: 9, upper: 9 },
				hidden('p0', 1),
				...parts.slice(1).map((id) => hidden(id, 2))
			],
			relations: [sum('line', 'T', parts)],
			minCell: 5,
			maxCells: 2,
			rounds: 0
		});
		expect(report.findings).toHaveLength(5);
		expect(report.findings.every((f) => f.kind === 'unproved')).toBe(true);
	});

	it('solves each independent part of a batch as a program of its own', async () => {
		// Two lines that share no cell, in one batch: two programs (one solve each proves its
		// cell), where one program would have proved both in a single solve.
		const report = await auditExactness({
			cells: [
				perturbed('T', 10, 10),
				perturbed('a', 3, 3),
				perturbed('b', 7, 7),
				perturbed('U', 10, 10),
				perturbed('c', 3, 3),
				perturbed('d', 7, 7)
			],
			relations: [sum('line 1', 'T', ['a', 'b']), sum('line 2', 'U', ['c', 'd'])],
			minCell: 5
		});
		expect(report.findings).toEqual([]);
		expect(report.provedInBatches).toBe(2);
		expect(report.lpSolves).toBe(2);
	});

	it('does not solve for a cell its fixed neighbours pin, and proves it over its component', async () => {
		// Batches of one cell each: with T and b at their true counts, a + b = T fixes a, so no
		// program is built for it; over its component (T and b free) it moves.
		const report = await auditExactness({
			cells: [perturbed('T', 10, 10), perturbed('a', 3, 3), perturbed('b', 7, 7)],
			relations: [sum('line', 'T', ['a', 'b'])],
			minCell: 5,
			passes: [{ groupOf: (cell) => cell.id }]
		});
		expect(report.findings).toEqual([]);
		expect(report.provedInBatches).toBe(0);
		expect(report.provedInComponents).toBe(1);
		// Two programs (largest, smallest) over a's component, and none in the batches.
		expect(report.lpSolves).toBe(2);
	});

	it('audits again with an indexed system and new boxes, and refuses another set of cells', async () => {
		const relations = [sum('line', 'T', ['a', 'b'])];
		const first = [perturbed('T', 10, 8), perturbed('a', 3, 5), perturbed('b', 7, 9)];
		const system = indexSystem(first, relations);
		expect((await auditExactness({ cells: first, system, minCell: 5 })).findings).toHaveLength(1);
		// b hidden: a is free again.
		const second = [first[0], first[1], hidden('b', 7)];
		expect((await auditExactness({ cells: second, system, minCell: 5 })).findings).toEqual([]);
		await expect(
			auditExactness({ cells: [first[1], first[0], first[2]], system, minCell: 5 })
		).rejects.toThrow(/not the one of these cells/);
	});
});
