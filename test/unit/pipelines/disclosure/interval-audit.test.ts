import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHighs, highsWasmPath } from '../../../../pipelines/disclosure/highs-solver';
import {
	auditIntervals,
	type AuditCell,
	type AuditRelation
} from '../../../../pipelines/disclosure/interval-audit';

const MIN_CELL = 5;

const shown = (id: string, value: number): AuditCell => ({ id, published: value, truth: value });
const hidden = (id: string, truth: number, bounds: { lower?: number; upper?: number } = {}) =>
	({ id, published: null, truth, ...bounds }) satisfies AuditCell;

/** total = sum(parts) */
const line = (id: string, total: string, parts: string[]): AuditRelation => ({
	id,
	terms: [{ cell: total, coefficient: 1 }, ...parts.map((cell) => ({ cell, coefficient: -1 }))]
});

const audit = (cells: AuditCell[], relations: AuditRelation[], integer = false) =>
	auditIntervals({ cells, relations, minCell: MIN_CELL, integer });

describe('auditIntervals: the known attacks', () => {
	it('recovers the one hidden cell of a line from its published total (ids never reach the LP)', async () => {
		// 33 = a + 10 + 20, so a = 3.
		const a = 'uptake|AT|2023|eqf_level=6|learners';
		const odd = 'a cell: <= 3\nEnd';
		const report = await audit(
			[shown('total', 33), hidden(a, 3), shown('b', 10), shown(odd, 20)],
			[line('uptake AT 2023 eqf_level total', 'total', [a, 'b', odd])]
		);
		expect(report.findings).toEqual([
			{ cell: a, truth: 3, min: 3, max: 3, width: 0, kind: 'exact' }
		]);
		expect(report.narrowest).toEqual(report.findings[0]);
	});

	it('pins two small hidden cells when total minus published parts is 2 and each is >= 1', async () => {
		// 52 = p1 + p2 + 50: p1 + p2 = 2 with p1, p2 >= 1 leaves p1 = p2 = 1.
		const cells = (lower: number) => [
			shown('total', 52),
			hidden('p1', 1, { lower }),
			hidden('p2', 1, { lower }),
			shown('p3', 50)
		];
		const relations = [line('row total', 'total', ['p1', 'p2', 'p3'])];
		const pinned = await audit(cells(1), relations);
		expect(pinned.findings).toEqual([
			{ cell: 'p1', truth: 1, min: 1, max: 1, width: 0, kind: 'exact' },
			{ cell: 'p2', truth: 1, min: 1, max: 1, width: 0, kind: 'exact' }
		]);
		// With only >= 0 known, each lies in [0, 2]: width 2 < 5, still findings.
		const loose = await audit(cells(0), relations);
		expect(loose.findings).toEqual([
			{ cell: 'p1', truth: 1, min: 0, max: 2, width: 2, kind: 'interval' },
			{ cell: 'p2', truth: 1, min: 0, max: 2, width: 2, kind: 'interval' }
		]);
	});

	it('protects the small cells when a large complement is hidden with them', async () => {
		// 52 = p1 + p2 + p3 + 10 with p1, p2, p3 hidden: p1 + p2 + p3 = 42, each in [0, 42].
		const report = await audit(
			[shown('total', 52), hidden('p1', 1), hidden('p2', 1), hidden('p3', 40), shown('p4', 10)],
			[line('row total', 'total', ['p1', 'p2', 'p3', 'p4'])]
		);
		expect(report.findings).toEqual([]);
		expect(report.narrowest).toEqual({
			cell: 'p1',
			truth: 1,
			min: 0,
			max: 42,
			width: 42,
			kind: 'interval'
		});
		expect(report.cellsChecked).toBe(2);
		expect(report.lpSolves).toBe(4);
	});

	it('recovers a cell hidden in one table from the same count published in another', async () => {
		// Table 1: 50 = a + c, both hidden; a in [0, 50] on its own. Table 2 publishes b = 3 = a.
		const cells = [shown('t1 total', 50), hidden('t1 a', 3), hidden('t1 c', 47), shown('t2 b', 3)];
		const table1 = line('table 1 total', 't1 total', ['t1 a', 't1 c']);
		// The published 3 is itself a small count published as is: a finding in both audits.
		const published = { cell: 't2 b', truth: 3, min: 3, max: 3, width: 0, kind: 'published' };
		const alone = await audit(cells, [table1]);
		expect(alone.findings).toEqual([published]);
		expect(alone.cellsChecked).toBe(1);
		expect(alone.lpSolves).toBe(2);

		const same: AuditRelation = {
			id: 'a in table 1 is b in table 2',
			terms: [
				{ cell: 't1 a', coefficient: 1 },
				{ cell: 't2 b', coefficient: -1 }
			]
		};
		const linked = await audit(cells, [table1, same]);
		// Without the link a is in [0, 50]; with it, a = 3.
		expect(linked.findings).toEqual([
			{ cell: 't1 a', truth: 3, min: 3, max: 3, width: 0, kind: 'exact' },
			published
		]);
	});

	it('recovers the overlap of two categories: digital + green + neither - both = total', async () => {
		// 30 + 20 + 10 - both = 58, so both = 2.
		const report = await audit(
			[
				shown('digital', 30),
				shown('green', 20),
				shown('neither', 10),
				hidden('both', 2),
				shown('total', 58)
			],
			[
				{
					id: 'digital/green overlap',
					terms: [
						{ cell: 'digital', coefficient: 1 },
						{ cell: 'green', coefficient: 1 },
						{ cell: 'neither', coefficient: 1 },
						{ cell: 'both', coefficient: -1 },
						{ cell: 'total', coefficient: -1 }
					]
				}
			]
		);
		expect(report.findings).toEqual([
			{ cell: 'both', truth: 2, min: 2, max: 2, width: 0, kind: 'exact' }
		]);
	});

	it('reports a small count published as is, with width 0, and only counts 1 .. minCell - 1', async () => {
		const report = await audit(
			[shown('zero', 0), shown('small', 3), shown('four', 4), shown('five', 5)],
			[]
		);
		expect(report.sensitiveCells).toBe(2);
		expect(report.cellsChecked).toBe(0);
		expect(report.findings).toEqual([
			{ cell: 'small', truth: 3, min: 3, max: 3, width: 0, kind: 'published' },
			{ cell: 'four', truth: 4, min: 4, max: 4, width: 0, kind: 'published' }
		]);
		expect(report.lpSolves).toBe(0);
	});

	it('reports an unbounded side as Infinity', async () => {
		// a = b, both hidden, nothing else: a in [0, +inf).
		const report = await audit(
			[hidden('a', 2), hidden('b', 2)],
			[
				{
					id: 'a = b',
					terms: [
						{ cell: 'a', coefficient: 1 },
						{ cell: 'b', coefficient: -1 }
					]
				}
			]
		);
		expect(report.findings).toEqual([]);
		expect(report.narrowest).toMatchObject({ cell: 'a', min: 0, max: Infinity, width: Infinity });
		const integer = await audit(
			[hidden('a', 2), hidden('b', 2)],
			[
				{
					id: 'a = b',
					terms: [
						{ cell: 'a', coefficient: 1 },
						{ cell: 'b', coefficient: -1 }
					]
				}
			],
			true
		);
		expect(integer.narrowest).toMatchObject({ cell: 'a', min: 0, max: Infinity });
	});
});

describe('auditIntervals: wrong or contradictory relations', () => {
	it('throws, naming the relations, when the published tables contradict each other', async () => {
		// 10 = a + 12 needs a = -2, but a >= 0.
		await expect(
			audit(
				[shown('total', 10), hidden('a', 2), shown('b', 12)],
				[line('table X total', 'total', ['a', 'b'])]
			)
		).rejects.toThrow(/contradict each other.*'table X total'.*'a'/);
	});

	it('throws, naming it, when a relation with only published cells does not hold', async () => {
		// 20 != 8 + 9
		await expect(
			audit(
				[shown('total', 20), shown('a', 8), shown('b', 9), hidden('c', 2)],
				[line('table Y total', 'total', ['a', 'b'])]
			)
		).rejects.toThrow(/Relation 'table Y total' does not hold on the published values/);
		// It holds: dropped, and c (in no relation) keeps its bounds [0, 4]: a finding.
		const report = await audit(
			[shown('total', 17), shown('a', 8), shown('b', 9), hidden('c', 2, { upper: 4 })],
			[line('table Y total', 'total', ['a', 'b'])]
		);
		expect(report.components).toBe(0);
		expect(report.lpSolves).toBe(0);
		expect(report.findings).toEqual([
			{ cell: 'c', truth: 2, min: 0, max: 4, width: 4, kind: 'interval' }
		]);
	});

	it('throws on a relation over an unknown cell, and on a cell given twice', async () => {
		await expect(
			audit([shown('total', 3), hidden('a', 3)], [line('t', 'total', ['a', 'nope'])])
		).rejects.toThrow(/Relation 't' refers to unknown cell 'nope'/);
		await expect(audit([hidden('a', 3), hidden('a', 3)], [])).rejects.toThrow(/'a' is given twice/);
	});
});

describe('auditIntervals: components and counts', () => {
	// Line A: 12 = A1 + A2 (A1 = 2, A2 = 10 hidden): A1 in [0, 12].
	// Line B: 7 = B1 + B2 + B3 (B1 = 3, B2 = 4 hidden, B3 = 0 published): B1, B2 in [0, 7].
	const cells = [
		shown('A total', 12),
		hidden('A1', 2),
		hidden('A2', 10),
		shown('B total', 7),
		hidden('B1', 3),
		hidden('B2', 4),
		shown('B3', 0),
		hidden('C', 1), // in no relation: [0, +inf), no LP
		shown('D', 2) // a small published count
	];
	const relations = [
		line('line A', 'A total', ['A1', 'A2']),
		line('line B', 'B total', ['B1', 'B2', 'B3'])
	];

	it('splits independent lines into components and solves only sensitive cells', async () => {
		const report = await audit(cells, relations);
		expect(report).toMatchObject({
			components: 2,
			hiddenCells: 5, // A1 A2 B1 B2 C
			sensitiveCells: 5, // A1 B1 B2 C D
			cellsChecked: 4, // A1 B1 B2 C
			lpSolves: 6 // min and max of A1, B1, B2
		});
		expect(report.findings).toEqual([
			{ cell: 'D', truth: 2, min: 2, max: 2, width: 0, kind: 'published' }
		]);
		expect(report.millis).toBeGreaterThanOrEqual(0);
	});

	it('does not solve a component without a sensitive cell', async () => {
		const report = await audit(
			[...cells, shown('E total', 100), hidden('E1', 50), hidden('E2', 50)],
			[...relations, line('line E', 'E total', ['E1', 'E2'])]
		);
		expect(report.components).toBe(3);
		expect(report.lpSolves).toBe(6);
		expect(report.hiddenCells).toBe(7);
	});
});

describe('auditIntervals: integer (MIP) against LP', () => {
	// A weighted total: 13 credits = 2 per short course (x) + 3 per long course (y), x = 2, y = 3.
	const cells = [hidden('x', 2), hidden('y', 3)];
	const credits: AuditRelation = {
		id: 'credits',
		terms: [
			{ cell: 'x', coefficient: 2 },
			{ cell: 'y', coefficient: 3 }
		],
		constant: 13
	};

	it('LP: x in [0, 6.5] (safe), y in [0, 13/3] (a finding)', async () => {
		const report = await audit(cells, [credits]);
		expect(report.findings).toHaveLength(1);
		const [y] = report.findings;
		expect(y).toMatchObject({ cell: 'y', min: 0, kind: 'interval' });
		expect(y.max).toBeCloseTo(13 / 3, 9);
		expect(report.narrowest).toBe(y);
	});

	it('MIP is tighter: y odd, so y in {1, 3} and x in {5, 2}: both findings', async () => {
		const report = await audit(cells, [credits], true);
		expect(report.findings).toEqual([
			{ cell: 'y', truth: 3, min: 1, max: 3, width: 2, kind: 'interval' },
			{ cell: 'x', truth: 2, min: 2, max: 5, width: 3, kind: 'interval' }
		]);
	});

	it('2x = 3: the LP recovers 1.5, the MIP has no solution and throws', async () => {
		const half: AuditRelation = {
			id: 'twice x',
			terms: [{ cell: 'x', coefficient: 2 }],
			constant: 3
		};
		const lp = await audit([hidden('x', 1)], [half]);
		expect(lp.findings).toEqual([
			{ cell: 'x', truth: 1, min: 1.5, max: 1.5, width: 0, kind: 'exact' }
		]);
		await expect(audit([hidden('x', 1)], [half], true)).rejects.toThrow(
			/no integer values of the hidden cells satisfy the component of relations 'twice x'/
		);
	});
});

describe('loadHighs', () => {
	it('loads the module once, from the package’s highs.wasm on disk', async () => {
		expect(highsWasmPath()).toMatch(/highs\.wasm$/);
		expect(existsSync(highsWasmPath())).toBe(true);
		const first = loadHighs();
		expect(loadHighs()).toBe(first);
		expect((await first).version.major).toBe(1);
	});
});

describe('inequalities: counts of distinct persons', () => {
	it('bounds a hidden category by the learners of the whole and the sum of the parts', async () => {
		// 10 learners in a country; categories a (published 7), b (hidden, truth 2), c (published 6).
		// A learner may hold credentials in several categories: a + b + c >= 10, and b <= 10.
		const report = await auditIntervals({
			minCell: 5,
			cells: [
				{ id: 'total', published: 10, truth: 10 },
				{ id: 'a', published: 7, truth: 7 },
				{ id: 'b', published: null, truth: 2 },
				{ id: 'c', published: 6, truth: 6 }
			],
			relations: [
				{
					id: 'parts cover the whole',
					sense: '>=',
					terms: [
						{ cell: 'a', coefficient: 1 },
						{ cell: 'b', coefficient: 1 },
						{ cell: 'c', coefficient: 1 },
						{ cell: 'total', coefficient: -1 }
					]
				},
				{
					id: 'a part within the whole',
					sense: '<=',
					terms: [
						{ cell: 'b', coefficient: 1 },
						{ cell: 'total', coefficient: -1 }
					]
				}
			]
		});
		// b is anywhere in [0, 10]: wide enough, no finding.
		expect(report.findings).toEqual([]);
		expect(report.narrowest).toMatchObject({ cell: 'b', min: 0, max: 10 });
	});

	it('refuses published values that break an inequality', async () => {
		await expect(
			auditIntervals({
				minCell: 5,
				cells: [
					{ id: 'total', published: 10, truth: 10 },
					{ id: 'part', published: 12, truth: 12 }
				],
				relations: [
					{
						id: 'part within whole',
						sense: '<=',
						terms: [
							{ cell: 'part', coefficient: 1 },
							{ cell: 'total', coefficient: -1 }
						]
					}
				]
			})
		).rejects.toThrow(/part within whole' does not hold/);
	});
});
