/**
 * The attacker's audit of perturbed (and hidden) counts: can an outsider read a small true count
 * off exactly?
 *
 * The outsider knows, for every published count, the true counts the perturbation table could
 * have turned into it (a box [lower, upper], from core/methods/cell-key.ts possibleTrueCounts),
 * that a hidden count is at least 0 (or 1 when its row exists), and the linear relations between
 * true counts that the tables reveal (a total is the sum of its parts, the EU the sum of the
 * Member States, the same records in two tables, learners at most credentials, ...). The true
 * counts are the integer points of that polyhedron. A sensitive cell (true count 1 .. minCell - 1)
 * is recovered exactly when every integer point gives it the same value.
 *
 * Proof, with HiGHS, in two phases. The true counts are one integer point; any other integer
 * point of the polyhedron in which a cell differs proves that cell not exact. Every point the
 * audit uses is checked against every relation and bound in JavaScript before it counts, so a
 * solver's tolerance or node limit can never make a cell look safe.
 *
 * 1. Batches, per group of cells (a table, then a year of every table): the group's cells are
 *    free, every other cell keeps its true count (a restriction of the polyhedron, so its points
 *    are points of the whole), and one integer program pushes all the group's unproved sensitive
 *    cells up at once (maximise their sum), another pushes them down. Every cell that moves is
 *    proved. A few rounds over the cells left. The free cells of a group fall apart into
 *    independent programs (a table's years, say), solved side by side in worker threads
 *    (solver-pool.ts), each from the true counts as a starting point. On the default data this
 *    proves almost every cell in seconds, where a program per cell took minutes, and a program
 *    over all tables at once did not finish in two.
 * 2. Components, cell by cell, for what is left. When the cell's connected component (the cells
 *    it is tied to through relations, however far) has at most `maxCells` cells, two small
 *    integer programs over it give the largest and the smallest value of the cell: the
 *    outsider's own interval. Two values or more prove the cell not exact; one is an exact
 *    recovery, a finding. A cell in a larger component that the batches could not prove is a
 *    finding too (not proved safe).
 *
 * The interval reported for a cell is the one seen where it was proved: the outsider's interval
 * is at least that wide.
 */
import type { AuditRelation } from './audit-relation';
import { restrictedProgram, type IndexedRelation } from './integer-program';
import { inLanes, SolverPool, type SolveResult } from './solver-pool';

export interface BoxedCell {
	readonly id: string;
	/** The true count (the auditor knows it). */
	readonly truth: number;
	/** What the outsider knows of the true count from the published value alone. */
	readonly lower: number;
	/** Infinity when nothing bounds it from above (a hidden cell). */
	readonly upper: number;
}

export interface ExactnessFinding {
	readonly cell: string;
	readonly truth: number;
	/** 'exact': the whole component pins it; 'unproved': its component is larger than maxCells. */
	readonly kind: 'exact' | 'unproved';
	/**
	 * Cells in a relation with this one whose true count sits at a bound of what their published
	 * value allows: the bounds that may pin it. Hiding them frees it (protect-tables.ts).
	 */
	readonly binding: readonly string[];
}

export interface CellInterval {
	readonly cell: string;
	readonly truth: number;
	readonly min: number;
	readonly max: number;
}

export interface ExactnessReport {
	readonly cells: number;
	readonly relations: number;
	/** Cells with a true count from 1 to minCell - 1. */
	readonly sensitiveCells: number;
	readonly findings: ExactnessFinding[];
	/** The narrowest interval proved for a sensitive cell (an inner bound), null when none. */
	readonly narrowest: CellInterval | null;
	/** The interval proved for each sensitive cell that is not a finding, in input order. */
	readonly intervals: CellInterval[];
	/** How many sensitive cells were proved at each width (max - min) of their interval. */
	readonly widths: Record<string, number>;
	readonly lpSolves: number;
	/** Sensitive cells proved by the batches of phase 1, and by components in phase 2. */
	readonly provedInBatches: number;
	readonly provedInComponents: number;
	readonly millis: number;
}

export interface BatchPass {
	readonly groupOf: (cell: BoxedCell) => string;
	/** Given a batch's targets: which of its own cells are free (default: all). */
	readonly ownFree?: (targets: readonly BoxedCell[]) => (cell: BoxedCell) => boolean;
	/** Given a batch's targets: which cells are free in it besides its own. */
	readonly alsoFree?: (targets: readonly BoxedCell[]) => (cell: BoxedCell) => boolean;
	/** Rounds of this pass (default: the audit's `rounds`). */
	readonly rounds?: number;
}

export interface ExactnessOptions {
	readonly cells: readonly BoxedCell[];
	/** The relations, or the same already indexed for these cells (indexSystem). */
	readonly relations?: readonly AuditRelation[];
	readonly system?: IndexedSystem;
	readonly minCell: number;
	/** Largest component solved for one cell in phase 2; default 300 cells. */
	readonly maxCells?: number;
	/**
	 * Phase 1, pass after pass over the cells the earlier passes left: the batch a cell belongs to,
	 * and the cells free in every batch besides their own (hidden counts, say). Default: one pass,
	 * one batch of all cells.
	 */
	readonly passes?: readonly BatchPass[];
	/** Rounds of phase 1 per group; default 4. */
	readonly rounds?: number;
	/**
	 * Branch-and-bound nodes HiGHS may explore on one batched objective (its best point so far is
	 * used); default BATCH_NODES. A node limit, not a time limit: the output must not depend on
	 * the machine's speed or load.
	 */
	readonly batchNodes?: number;
	/**
	 * Cells to prove (default: every sensitive cell). A later round, after hiding, passes only
	 * what the earlier one could not prove: hiding widens boxes, so every point that proved a cell
	 * before is still a point, and its proof still holds.
	 */
	readonly targets?: ReadonlySet<string>;
	/** The solvers to use (default: a pool of its own, closed at the end). */
	readonly solvers?: SolverPool;
}

const TOLERANCE = 1e-6;
/** See ExactnessOptions.batchNodes. */
const BATCH_NODES = 500;

function indexCells(cells: readonly BoxedCell[]): Map<string, number> {
	const index = new Map<string, number>();
	cells.forEach((cell, i) => {
		if (index.has(cell.id)) throw new Error(`audit: cell '${cell.id}' is given twice`);
		index.set(cell.id, i);
	});
	return index;
}

function checkBoxes(cells: readonly BoxedCell[]): void {
	for (const cell of cells) {
		if (!Number.isInteger(cell.truth))
			throw new Error(`audit: cell '${cell.id}': truth ${cell.truth}`);
		if (!(cell.lower <= cell.truth && cell.truth <= cell.upper)) {
			throw new Error(
				`audit: cell '${cell.id}': true count ${cell.truth} is outside what its published ` +
					`value allows [${cell.lower}, ${cell.upper}]: the perturbation or the bounds are wrong`
			);
		}
	}
}

/** Relations over cell indices; each is checked on the true counts (a wrong one is a bug). */
function indexRelations(
	cells: readonly BoxedCell[],
	index: ReadonlyMap<string, number>,
	relations: readonly AuditRelation[]
): IndexedRelation[] {
	// Where each cell sits in the relation being read (position + 1; 0: not in it), to merge a
	// cell named twice without a map per relation (there are hundreds of thousands).
	const slot = new Int32Array(cells.length);
	return relations.map((relation) => {
		const at: number[] = [];
		const coefficients: number[] = [];
		for (const term of relation.terms) {
			const i = index.get(term.cell);
			if (i === undefined) {
				throw new Error(`audit: relation '${relation.id}' refers to unknown cell '${term.cell}'`);
			}
			if (slot[i] === 0) {
				at.push(i);
				coefficients.push(term.coefficient);
				slot[i] = at.length;
			} else coefficients[slot[i] - 1] += term.coefficient;
		}
		for (const i of at) slot[i] = 0;
		const kept = at.flatMap((_, k) => (coefficients[k] === 0 ? [] : [k]));
		const constant = relation.constant ?? 0;
		const sense = relation.sense ?? '=';
		const value = kept.reduce((sum, k) => sum + coefficients[k] * cells[at[k]].truth, 0);
		const holds =
			sense === '='
				? Math.abs(value - constant) <= TOLERANCE
				: sense === '<='
					? value <= constant + TOLERANCE
					: value >= constant - TOLERANCE;
		if (!holds) {
			throw new Error(
				`audit: relation '${relation.id}' does not hold on the true counts ` +
					`(${value} ${sense} ${constant}): the relation builder is wrong`
			);
		}
		return {
			id: relation.id,
			cells: Int32Array.from(kept, (k) => at[k]),
			coefficients: Float64Array.from(kept, (k) => coefficients[k]),
			constant,
			sense
		};
	});
}

class Adjacency {
	private readonly relationsOf: number[][];

	constructor(
		cellCount: number,
		private readonly relations: readonly IndexedRelation[]
	) {
		this.relationsOf = Array.from({ length: cellCount }, () => []);
		relations.forEach((relation, r) => {
			for (const cell of relation.cells) this.relationsOf[cell].push(r);
		});
	}

	/** Cells within `radius` relations of `cell`, and whether the component is exhausted. */
	around(cell: number, radius: number, maxCells: number): { cells: number[]; complete: boolean } {
		const seen = new Set<number>([cell]);
		let frontier = [cell];
		for (let step = 0; step < radius && frontier.length > 0; step++) {
			const next: number[] = [];
			for (const c of frontier) {
				for (const r of this.relationsOf[c]) {
					for (const other of this.relations[r].cells) {
						if (seen.has(other)) continue;
						seen.add(other);
						next.push(other);
						if (seen.size > maxCells) return { cells: [...seen], complete: false };
					}
				}
			}
			frontier = next;
		}
		return { cells: [...seen], complete: frontier.length === 0 };
	}

	/**
	 * The connected components of `free` when every other cell is fixed: two free cells are
	 * joined when a relation holds both. Each component in the order of its first cell.
	 */
	components(free: readonly number[], cells: readonly BoxedCell[]): number[][] {
		const parent = new Map<number, number>();
		for (const cell of this.unpinned(free, cells)) parent.set(cell, cell);
		const find = (cell: number): number => {
			let root = cell;
			while (parent.get(root) !== root) root = parent.get(root) as number;
			while (cell !== root) {
				const next = parent.get(cell) as number;
				parent.set(cell, root);
				cell = next;
			}
			return root;
		};
		for (const r of this.relationsTouching(free)) {
			let first = -1;
			for (const cell of this.relations[r].cells) {
				if (!parent.has(cell)) continue;
				if (first < 0) first = find(cell);
				else {
					const root = find(cell);
					if (root !== first) parent.set(root, first);
				}
			}
		}
		const byRoot = new Map<number, number[]>();
		for (const cell of parent.keys()) {
			const root = find(cell);
			const members = byRoot.get(root);
			if (members) members.push(cell);
			else byRoot.set(root, [cell]);
		}
		return [...byRoot.values()];
	}

	/**
	 * The cells of `free` that can move when every other cell keeps its true count: not those
	 * whose box is one value, nor, in turn, those an equality fixes once all its other cells are
	 * fixed. (HiGHS's presolve would find them too, at the cost of a program that joins
	 * everything: the EU's provider totals, pinned by the fixed tables, join every country's.)
	 */
	private unpinned(free: readonly number[], cells: readonly BoxedCell[]): Set<number> {
		const moving = new Set(free.filter((cell) => cells[cell].lower < cells[cell].upper));
		const freeIn = new Map<number, number>();
		for (const r of this.relationsTouching(free)) {
			if (this.relations[r].sense !== '=') continue;
			let n = 0;
			for (const cell of this.relations[r].cells) if (moving.has(cell)) n++;
			freeIn.set(r, n);
		}
		const queue = [...freeIn].filter(([, n]) => n === 1).map(([r]) => r);
		while (queue.length > 0) {
			const r = queue.pop() as number;
			const cell = [...this.relations[r].cells].find((c) => moving.has(c));
			if (cell === undefined) continue;
			moving.delete(cell);
			for (const other of this.relationsOf[cell]) {
				const n = freeIn.get(other);
				if (n === undefined) continue;
				freeIn.set(other, n - 1);
				if (n - 1 === 1) queue.push(other);
			}
		}
		return moving;
	}

	relationsTouching(cells: readonly number[]): number[] {
		const touched = new Set<number>();
		for (const c of cells) for (const r of this.relationsOf[c]) touched.add(r);
		return [...touched].sort((a, b) => a - b);
	}
}

/**
 * The relations over cell indices, checked on the true counts, and who is next to whom: the part
 * of the audit that depends on the cells' ids and true counts only, not on what is published.
 * Index once, audit again after hiding (protect-tables.ts).
 */
export interface IndexedSystem {
	readonly ids: readonly string[];
	readonly truth: readonly number[];
	readonly relations: readonly IndexedRelation[];
	readonly adjacency: Adjacency;
}

export function indexSystem(
	cells: readonly BoxedCell[],
	relations: readonly AuditRelation[]
): IndexedSystem {
	checkBoxes(cells);
	const indexed = indexRelations(cells, indexCells(cells), relations);
	return {
		ids: cells.map((cell) => cell.id),
		truth: cells.map((cell) => cell.truth),
		relations: indexed,
		adjacency: new Adjacency(cells.length, indexed)
	};
}

/** The system for `options.cells`: the one given (checked to be theirs), or a new one. */
function systemFor(options: ExactnessOptions): IndexedSystem {
	const { cells, system } = options;
	if (!system) {
		if (!options.relations) throw new Error('audit: give the relations or an indexed system');
		return indexSystem(cells, options.relations);
	}
	const same =
		system.ids.length === cells.length &&
		cells.every((cell, i) => cell.id === system.ids[i] && cell.truth === system.truth[i]);
	if (!same) throw new Error('audit: the indexed system is not the one of these cells');
	checkBoxes(cells);
	return system;
}

/** The audit's state shared by its phases. */
interface Audit {
	readonly cells: readonly BoxedCell[];
	readonly relations: readonly IndexedRelation[];
	readonly adjacency: Adjacency;
	readonly solvers: SolverPool;
	readonly proved: Map<number, { min: number; max: number }>;
	solves: number;
}

/**
 * The values of the free cells at the point a solve ended on, when it is a point: checked
 * against every bound and every relation touching them, the other cells at their truth. A time
 * limit or a tolerance must never prove a cell.
 */
function checkedPoint(
	result: SolveResult,
	free: readonly number[],
	audit: Audit,
	touching: readonly number[]
): Map<number, number> | null {
	if (!result.values) return null;
	const { cells, relations } = audit;
	const point = new Map<number, number>();
	for (const [v, cell] of free.entries()) {
		const x = Math.round(result.values[v]);
		if (Math.abs(x - result.values[v]) > TOLERANCE) return null;
		if (x < cells[cell].lower || x > cells[cell].upper) return null;
		point.set(cell, x);
	}
	for (const r of touching) {
		const relation = relations[r];
		let sum = 0;
		relation.cells.forEach((cell, k) => {
			sum += relation.coefficients[k] * (point.get(cell) ?? cells[cell].truth);
		});
		const c = relation.constant;
		const ok = relation.sense === '=' ? sum === c : relation.sense === '<=' ? sum <= c : sum >= c;
		if (!ok) return null;
	}
	return point;
}

/**
 * Phase 1 for one component: integer programs that push its unproved sensitive cells up, then
 * down, all at once; `audit.proved` receives each cell that moved, with the two values seen.
 */
async function proveInBatches(
	audit: Audit,
	free: readonly number[],
	targets: Set<number>,
	options: { rounds: number; maxNodes: number }
): Promise<void> {
	const { cells, proved } = audit;
	const touching = audit.adjacency.relationsTouching(free);
	const restricted = restrictedProgram(free, cells, audit.relations, touching);
	const program = await audit.solvers.build(restricted.program);
	try {
		for (let round = 0; round < options.rounds && targets.size > 0; round++) {
			const before = targets.size;
			for (const sense of ['max', 'min'] as const) {
				if (targets.size === 0) break;
				const variables = [...targets].map((cell) => restricted.variableOf.get(cell) as number);
				audit.solves++;
				const result = await program.solve({
					variables,
					weights: variables.map(() => 1),
					sense,
					maxNodes: options.maxNodes,
					gap: 0,
					start: restricted.truth
				});
				const point = checkedPoint(result, free, audit, touching);
				if (!point) continue;
				for (const cell of [...targets]) {
					const x = point.get(cell) as number;
					const truth = cells[cell].truth;
					if (x === truth) continue;
					proved.set(cell, { min: Math.min(x, truth), max: Math.max(x, truth) });
					targets.delete(cell);
				}
			}
			if (targets.size === before) break;
		}
	} finally {
		await program.dispose();
	}
}

/** Largest and smallest value of `target` over `free`, every other cell at its truth. */
async function boundsOver(
	audit: Audit,
	target: number,
	free: readonly number[]
): Promise<{ min: number; max: number }> {
	const { cells } = audit;
	const touching = audit.adjacency.relationsTouching(free);
	const restricted = restrictedProgram(free, cells, audit.relations, touching);
	const variable = restricted.variableOf.get(target) as number;
	const program = await audit.solvers.build(restricted.program);
	const solve = async (sense: 'min' | 'max') => {
		audit.solves++;
		const result = await program.solve({
			variables: [variable],
			weights: [1],
			sense,
			maxNodes: Infinity,
			gap: 0,
			start: restricted.truth
		});
		if (result.status === 'optimal') return Math.round(result.objective);
		// The true counts are a solution, so the problem is feasible: unbounded it is.
		if (result.status === 'unbounded') return sense === 'max' ? Infinity : -Infinity;
		throw new Error(
			`audit: HiGHS ended with '${result.status}' around cell '${cells[target].id}', whose ` +
				'true counts are a solution: a solver or builder error'
		);
	};
	try {
		return { max: await solve('max'), min: await solve('min') };
	} finally {
		await program.dispose();
	}
}

/**
 * Phase 2 for one cell: when its whole connected component has at most `maxCells` cells, the
 * largest and smallest value of the cell over it are the outsider's own interval: two values
 * prove it, one is an exact recovery. A larger component is left unproved: a part of it (a
 * neighbourhood of a few relations) is a restriction of the batches that already failed, and on
 * the default and sparse data alike, growing neighbourhoods up to 300 cells proved none of the
 * cells the batches had left, at a few programs each.
 */
async function proveInComponent(
	audit: Audit,
	cell: number,
	maxCells: number
): Promise<ExactnessFinding['kind'] | null> {
	const component = audit.adjacency.around(cell, Infinity, maxCells);
	if (!component.complete) return 'unproved';
	const bounds = await boundsOver(audit, cell, component.cells);
	if (bounds.max === bounds.min) return 'exact';
	audit.proved.set(cell, bounds);
	return null;
}

/** Cells sharing a relation with `cell` whose truth sits at a bound of their box. */
function bindingCells(audit: Audit, cell: number): string[] {
	const { cells, relations } = audit;
	const binding = new Set<string>();
	for (const r of audit.adjacency.relationsTouching([cell])) {
		for (const other of relations[r].cells) {
			const { truth, lower, upper } = cells[other];
			if (other !== cell && (truth === lower || truth === upper)) binding.add(cells[other].id);
		}
	}
	return [...binding].sort();
}

/** The components of a pass to prove, with their targets: every group, split apart. */
function batchesOfPass(
	audit: Audit,
	pass: BatchPass,
	left: readonly number[]
): { free: number[]; targets: Set<number> }[] {
	const { cells } = audit;
	const groups = new Map<string, { cells: number[]; targets: number[] }>();
	cells.forEach((cell, i) => {
		const name = pass.groupOf(cell);
		let group = groups.get(name);
		if (!group) groups.set(name, (group = { cells: [], targets: [] }));
		group.cells.push(i);
	});
	for (const i of left) groups.get(pass.groupOf(cells[i]))!.targets.push(i);
	const batches: { free: number[]; targets: Set<number> }[] = [];
	for (const group of groups.values()) {
		if (group.targets.length === 0) continue;
		const own = new Set(group.cells);
		const targetCells = group.targets.map((i) => cells[i]);
		const isAlsoFree = pass.alsoFree?.(targetCells);
		const extra = isAlsoFree
			? cells.flatMap((cell, i) => (!own.has(i) && isAlsoFree(cell) ? [i] : []))
			: [];
		const targets = new Set(group.targets);
		const isOwnFree = pass.ownFree?.(targetCells);
		const free = isOwnFree ? group.cells.filter((i) => isOwnFree(cells[i])) : group.cells;
		for (const component of audit.adjacency.components([...free, ...extra], cells)) {
			const mine = new Set(component.filter((i) => targets.has(i)));
			if (mine.size > 0) batches.push({ free: component, targets: mine });
		}
	}
	// The largest first, so that the lanes end together.
	return batches.sort((a, b) => b.free.length - a.free.length);
}

/** Proves, cell by cell, that no small true count can be read off exactly. */
export async function auditExactness(options: ExactnessOptions): Promise<ExactnessReport> {
	const started = performance.now();
	const { cells, minCell } = options;
	const maxCells = options.maxCells ?? 300;
	const { relations, adjacency } = systemFor(options);
	const solvers = options.solvers ?? new SolverPool();
	const audit: Audit = {
		cells,
		relations,
		adjacency,
		solvers,
		proved: new Map(),
		solves: 0
	};
	try {
		const found: { cell: number; kind: ExactnessFinding['kind'] }[] = [];
		const isSensitive = (cell: BoxedCell) => cell.truth >= 1 && cell.truth <= minCell - 1;
		let sensitiveCells = 0;

		// A count published as it is gives itself away; the others go to phase 1.
		let left: number[] = [];
		cells.forEach((cell, i) => {
			if (!isSensitive(cell)) return;
			sensitiveCells++;
			if (options.targets && !options.targets.has(cell.id)) return;
			if (cell.lower === cell.upper) found.push({ cell: i, kind: 'exact' });
			else left.push(i);
		});

		for (const pass of options.passes ?? [{ groupOf: () => '' }]) {
			if (left.length === 0) break;
			const batches = batchesOfPass(audit, pass, left);
			await inLanes(batches, solvers.size, (batch) =>
				proveInBatches(audit, batch.free, batch.targets, {
					rounds: pass.rounds ?? options.rounds ?? 4,
					maxNodes: options.batchNodes ?? BATCH_NODES
				})
			);
			left = left.filter((i) => !audit.proved.has(i));
		}
		const provedInBatches = audit.proved.size;

		const kinds = await inLanes(left, solvers.size, (i) => proveInComponent(audit, i, maxCells));
		left.forEach((i, n) => {
			if (kinds[n]) found.push({ cell: i, kind: kinds[n] });
		});

		const findings = found
			.sort((a, b) => a.cell - b.cell)
			.map(({ cell, kind }) => ({
				cell: cells[cell].id,
				truth: cells[cell].truth,
				kind,
				binding: bindingCells(audit, cell)
			}));
		const intervals: CellInterval[] = [...audit.proved]
			.sort(([a], [b]) => a - b)
			.map(([i, { min, max }]) => ({ cell: cells[i].id, truth: cells[i].truth, min, max }));
		const { widths, narrowest } = summariseIntervals(intervals);
		return {
			cells: cells.length,
			relations: relations.length,
			sensitiveCells,
			findings,
			narrowest,
			intervals,
			widths,
			lpSolves: audit.solves,
			provedInBatches,
			provedInComponents: audit.proved.size - provedInBatches,
			millis: performance.now() - started
		};
	} finally {
		if (!options.solvers) await solvers.close();
	}
}

/** How many intervals have each width (max - min), and the narrowest (the first of its width). */
export function summariseIntervals(intervals: readonly CellInterval[]): {
	widths: Record<string, number>;
	narrowest: CellInterval | null;
} {
	const widths: Record<string, number> = {};
	let narrowest: CellInterval | null = null;
	for (const interval of intervals) {
		const width = interval.max - interval.min;
		widths[String(width)] = (widths[String(width)] ?? 0) + 1;
		if (!narrowest || width < narrowest.max - narrowest.min) narrowest = interval;
	}
	return { widths, narrowest };
}
