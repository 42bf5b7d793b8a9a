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
 * solver's tolerance or time limit can never make a cell look safe.
 *
 * 1. Batches, per group of cells (a table): the group's cells are free, every other cell keeps
 *    its true count (a restriction of the polyhedron, so its points are points of the whole), and
 *    one integer program pushes all the group's unproved sensitive cells up at once (maximise
 *    their sum), another pushes them down. Every cell that moves is proved. A few rounds over the
 *    cells left. On the default data this proves almost every cell in seconds, where a program
 *    per cell took minutes, and a program over all tables at once did not finish in two.
 * 2. Neighbourhoods, cell by cell, for what is left. Around a sensitive cell
 * we take its neighbourhood (the cells within `radius` relations of it), keep every other cell at
 * its true count, and solve two small integer programs: the largest and the smallest value of the
 * cell. Every solution of that restricted program is an integer point of the whole polyhedron
 * (outside cells keep true values, which satisfy every relation), so the interval found is inside
 * the outsider's interval: when it has two values or more, the cell is proved not exact. When it
 * has one, the neighbourhood grows; once it is the cell's whole connected component, the interval
 * is the outsider's own, and a single value is an exact recovery, a finding. A neighbourhood that
 * would exceed `maxCells` before that is a finding too (not proved safe).
 *
 * The interval reported for a cell is the one found at the radius that proved it: the outsider's
 * interval is at least that wide.
 */
import { lpConstraintsText, lpObjectiveText, lpSumObjectiveText, type LpEquality } from './lp-text';
import { solveLp } from './highs-solver';
import type { AuditRelation, RelationSense } from './interval-audit';

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
	/** 'exact': the whole component pins it; 'unproved': the neighbourhood grew beyond maxCells. */
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
	/** Sensitive cells proved by the batches of phase 1, and by neighbourhoods in phase 2. */
	readonly provedInBatches: number;
	readonly provedInNeighbourhoods: number;
	readonly millis: number;
}

export interface BatchPass {
	readonly groupOf: (cell: BoxedCell) => string;
	/** Cells free in a batch besides its own, given the batch's targets. */
	readonly alsoFree?: (cell: BoxedCell, targets: readonly BoxedCell[]) => boolean;
	/** Rounds of this pass (default: the audit's `rounds`). */
	readonly rounds?: number;
}

export interface ExactnessOptions {
	readonly cells: readonly BoxedCell[];
	readonly relations: readonly AuditRelation[];
	readonly minCell: number;
	/** Largest neighbourhood solved for one cell; default 300 cells. */
	readonly maxCells?: number;
	/**
	 * Phase 1, pass after pass over the cells the earlier passes left: the batch a cell belongs to,
	 * and the cells free in every batch besides their own (hidden counts, say). Default: one pass,
	 * one batch of all cells.
	 */
	readonly passes?: readonly BatchPass[];
	/** Rounds of phase 1 per group; default 4. */
	readonly rounds?: number;
	/** Seconds HiGHS may spend on one batched program (its best point so far is used); default 30. */
	readonly batchSeconds?: number;
	/**
	 * Cells to prove (default: every sensitive cell). A later round, after hiding, passes only
	 * what the earlier one could not prove: hiding widens boxes, so every point that proved a cell
	 * before is still a point, and its proof still holds.
	 */
	readonly targets?: ReadonlySet<string>;
	/** Cells phase 2 tries at most; the others left are findings ('unproved'). Default 200. */
	readonly maxNeighbourhoods?: number;
}

interface IndexedRelation {
	readonly id: string;
	readonly cells: Int32Array;
	readonly coefficients: Float64Array;
	readonly constant: number;
	readonly sense: RelationSense;
}

const TOLERANCE = 1e-6;

function indexCells(cells: readonly BoxedCell[]): Map<string, number> {
	const index = new Map<string, number>();
	cells.forEach((cell, i) => {
		if (index.has(cell.id)) throw new Error(`audit: cell '${cell.id}' is given twice`);
		if (!Number.isInteger(cell.truth))
			throw new Error(`audit: cell '${cell.id}': truth ${cell.truth}`);
		if (!(cell.lower <= cell.truth && cell.truth <= cell.upper)) {
			throw new Error(
				`audit: cell '${cell.id}': true count ${cell.truth} is outside what its published ` +
					`value allows [${cell.lower}, ${cell.upper}]: the perturbation or the bounds are wrong`
			);
		}
		index.set(cell.id, i);
	});
	return index;
}

/** Relations over cell indices; each is checked on the true counts (a wrong one is a bug). */
function indexRelations(
	cells: readonly BoxedCell[],
	index: ReadonlyMap<string, number>,
	relations: readonly AuditRelation[]
): IndexedRelation[] {
	return relations.map((relation) => {
		const merged = new Map<number, number>();
		for (const term of relation.terms) {
			const i = index.get(term.cell);
			if (i === undefined) {
				throw new Error(`audit: relation '${relation.id}' refers to unknown cell '${term.cell}'`);
			}
			merged.set(i, (merged.get(i) ?? 0) + term.coefficient);
		}
		const entries = [...merged].filter(([, c]) => c !== 0);
		const constant = relation.constant ?? 0;
		const sense = relation.sense ?? '=';
		const value = entries.reduce((sum, [i, c]) => sum + c * cells[i].truth, 0);
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
			cells: Int32Array.from(entries.map(([i]) => i)),
			coefficients: Float64Array.from(entries.map(([, c]) => c)),
			constant,
			sense
		};
	});
}

class Neighbourhoods {
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

	relationsTouching(cells: readonly number[]): number[] {
		const touched = new Set<number>();
		for (const c of cells) for (const r of this.relationsOf[c]) touched.add(r);
		return [...touched].sort((a, b) => a - b);
	}
}

/**
 * The integer program over `free` cells (x0, x1, ... in that order), every other cell at its true
 * count: the relations touching them with the fixed cells moved to the right-hand side.
 */
function restrictedProgram(
	free: readonly number[],
	cells: readonly BoxedCell[],
	relations: readonly IndexedRelation[],
	touching: readonly number[]
): { local: Map<number, number>; constraints: string } {
	const local = new Map<number, number>();
	free.forEach((cell, v) => local.set(cell, v));
	const rows: LpEquality[] = [];
	for (const r of touching) {
		const relation = relations[r];
		let rhs = relation.constant;
		const terms: { variable: number; coefficient: number }[] = [];
		relation.cells.forEach((cell, k) => {
			const v = local.get(cell);
			if (v === undefined) rhs -= relation.coefficients[k] * cells[cell].truth;
			else terms.push({ variable: v, coefficient: relation.coefficients[k] });
		});
		if (terms.length > 0) rows.push({ terms, rhs, sense: relation.sense });
	}
	const constraints = lpConstraintsText({
		lower: free.map((cell) => cells[cell].lower),
		upper: free.map((cell) => cells[cell].upper),
		rows,
		integer: true
	});
	return { local, constraints };
}

/** Largest and smallest value of `target` over the neighbourhood, other cells at their truth. */
async function boundsInNeighbourhood(
	target: number,
	neighbourhood: readonly number[],
	cells: readonly BoxedCell[],
	relations: readonly IndexedRelation[],
	touching: readonly number[]
): Promise<{ min: number; max: number; solves: number }> {
	const { local, constraints } = restrictedProgram(neighbourhood, cells, relations, touching);
	const variable = local.get(target) as number;
	const solve = async (sense: 'min' | 'max') => {
		const result = await solveLp(lpObjectiveText(sense, variable) + constraints, {
			mip_rel_gap: 0
		});
		if (result.Status === 'Optimal') return Math.round(result.ObjectiveValue);
		if (result.Status === 'Unbounded' || result.Status === 'Primal infeasible or unbounded') {
			// The true counts are a solution, so the problem is feasible: unbounded it is.
			return sense === 'max' ? Infinity : -Infinity;
		}
		throw new Error(
			`audit: HiGHS ended with '${result.Status}' around cell '${cells[target].id}', whose ` +
				'true counts are a solution: a solver or builder error'
		);
	};
	const max = await solve('max');
	const min = await solve('min');
	return { min, max, solves: 2 };
}

/** Checks a point (free cells at `value`, every other cell at its truth) against everything. */
function isPoint(
	value: ReadonlyMap<number, number>,
	cells: readonly BoxedCell[],
	relations: readonly IndexedRelation[],
	touching: readonly number[]
): boolean {
	for (const [cell, x] of value) {
		if (!Number.isInteger(x) || x < cells[cell].lower || x > cells[cell].upper) return false;
	}
	for (const r of touching) {
		const relation = relations[r];
		let sum = 0;
		relation.cells.forEach((cell, k) => {
			sum += relation.coefficients[k] * (value.get(cell) ?? cells[cell].truth);
		});
		const c = relation.constant;
		const ok = relation.sense === '=' ? sum === c : relation.sense === '<=' ? sum <= c : sum >= c;
		if (!ok) return false;
	}
	return true;
}

/**
 * Phase 1 for one group: integer programs that push the unproved sensitive cells of the group up,
 * then down, all at once; `proved` receives each cell that moved, with the two values seen.
 */
async function proveInBatches(options: {
	group: readonly number[];
	targets: Set<number>;
	cells: readonly BoxedCell[];
	relations: readonly IndexedRelation[];
	neighbourhoods: Neighbourhoods;
	rounds: number;
	seconds: number;
	proved: Map<number, { min: number; max: number }>;
}): Promise<number> {
	const { group, targets, cells, relations, proved } = options;
	const touching = options.neighbourhoods.relationsTouching(group);
	const { local, constraints } = restrictedProgram(group, cells, relations, touching);
	let solves = 0;
	for (let round = 0; round < options.rounds && targets.size > 0; round++) {
		const before = targets.size;
		for (const sense of ['max', 'min'] as const) {
			if (targets.size === 0) break;
			const objective = lpSumObjectiveText(
				sense,
				[...targets].map((cell) => local.get(cell) as number)
			);
			solves++;
			const result = await solveLp(objective + constraints, {
				mip_rel_gap: 0,
				time_limit: options.seconds
			});
			const columns = result.Columns as Record<string, { Primal?: number }> | undefined;
			if (!columns) continue;
			const point = new Map<number, number>();
			group.forEach((cell, v) => {
				const x = columns[`x${v}`]?.Primal;
				point.set(cell, typeof x === 'number' ? Math.round(x) : NaN);
			});
			// A point the solver gives is used only once it is checked: a time limit or a tolerance
			// must never prove a cell.
			if (!isPoint(point, cells, relations, touching)) continue;
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
	return solves;
}

/** Cells sharing a relation with `cell` whose truth sits at a bound of their box. */
function bindingCells(
	cell: number,
	cells: readonly BoxedCell[],
	relations: readonly IndexedRelation[],
	neighbourhoods: Neighbourhoods
): string[] {
	const binding = new Set<string>();
	for (const r of neighbourhoods.relationsTouching([cell])) {
		for (const other of relations[r].cells) {
			const { truth, lower, upper } = cells[other];
			if (other !== cell && (truth === lower || truth === upper)) binding.add(cells[other].id);
		}
	}
	return [...binding].sort();
}

/** Proves, cell by cell, that no small true count can be read off exactly. */
export async function auditExactness(options: ExactnessOptions): Promise<ExactnessReport> {
	const started = performance.now();
	const { cells, minCell } = options;
	const maxCells = options.maxCells ?? 300;
	const index = indexCells(cells);
	const relations = indexRelations(cells, index, options.relations);
	const neighbourhoods = new Neighbourhoods(cells.length, relations);

	const found: { cell: number; kind: ExactnessFinding['kind'] }[] = [];
	const proved = new Map<number, { min: number; max: number }>();
	const isSensitive = (cell: BoxedCell) => cell.truth >= 1 && cell.truth <= minCell - 1;
	let sensitiveCells = 0;
	let lpSolves = 0;

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
		const groups = new Map<string, { cells: number[]; targets: Set<number> }>();
		cells.forEach((cell, i) => {
			const name = pass.groupOf(cell);
			let group = groups.get(name);
			if (!group) groups.set(name, (group = { cells: [], targets: new Set() }));
			group.cells.push(i);
		});
		for (const i of left) groups.get(pass.groupOf(cells[i]))!.targets.add(i);
		for (const group of groups.values()) {
			if (group.targets.size === 0) continue;
			const own = new Set(group.cells);
			const targetCells = [...group.targets].map((i) => cells[i]);
			const extra = pass.alsoFree
				? cells.flatMap((cell, i) => (!own.has(i) && pass.alsoFree!(cell, targetCells) ? [i] : []))
				: [];
			lpSolves += await proveInBatches({
				group: [...group.cells, ...extra],
				targets: group.targets,
				cells,
				relations,
				neighbourhoods,
				rounds: pass.rounds ?? options.rounds ?? 4,
				seconds: options.batchSeconds ?? 30,
				proved
			});
		}
		left = left.filter((i) => !proved.has(i));
	}
	const provedInBatches = proved.size;

	// Neighbourhoods cost a few programs per cell: past `maxNeighbourhoods` cells (sparse data,
	// where nearly every cell is small) the rest are reported unproved, and the caller hides them.
	const maxNeighbourhoods = options.maxNeighbourhoods ?? 200;
	for (const [n, i] of left.entries()) {
		if (n >= maxNeighbourhoods) {
			found.push({ cell: i, kind: 'unproved' });
			continue;
		}
		let finding: ExactnessFinding['kind'] | null = null;
		for (let radius = 1; ; radius++) {
			const around = neighbourhoods.around(i, radius, maxCells);
			if (around.cells.length > maxCells) {
				finding = 'unproved';
				break;
			}
			const touching = neighbourhoods.relationsTouching(around.cells);
			const bounds = await boundsInNeighbourhood(i, around.cells, cells, relations, touching);
			lpSolves += bounds.solves;
			if (bounds.max > bounds.min) {
				proved.set(i, bounds);
				break;
			}
			if (around.complete) {
				finding = 'exact';
				break;
			}
		}
		if (finding) found.push({ cell: i, kind: finding });
	}
	const findings = found
		.sort((a, b) => a.cell - b.cell)
		.map(({ cell, kind }) => ({
			cell: cells[cell].id,
			truth: cells[cell].truth,
			kind,
			binding: bindingCells(cell, cells, relations, neighbourhoods)
		}));

	const intervals: CellInterval[] = [...proved]
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
		lpSolves,
		provedInBatches,
		provedInNeighbourhoods: proved.size - provedInBatches,
		millis: performance.now() - started
	};
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
