/**
 * The attacker's audit of suppressed cells: interval (LP) disclosure.
 *
 * An outsider who combines published tables can write every hidden cell as an unknown and bound
 * it with the linear relations the tables reveal (a total is the sum of its parts, the EU is the
 * sum of the Member States, the same count appears in two tables, ...). For each hidden cell
 * whose true value is small (1 .. minCell - 1) we solve, with HiGHS, the smallest and largest
 * value it can take:
 *
 *   min / max  x_c
 *   subject to every published cell fixed to its published value,
 *              every hidden cell within [lower ?? 0, upper ?? +inf],
 *              every relation sum(coefficient * cell) = constant.
 *
 * A cell whose interval is narrower than minCell (width = max - min < minCell) is a finding: the
 * suppression hides less than the rule asks. Width 0 is an exact recovery. A small count that is
 * published as is, is a finding too (width 0).
 *
 * LP or MIP. By default the hidden cells are continuous (the LP relaxation). Counts are integers,
 * so the true attack space is the integer one; every integer solution is an LP solution, hence
 * the LP interval contains the integer interval (an outer bound): a finding under the LP is a
 * finding under integers too, but the LP can miss a cell that only integrality pins down.
 * `integer: true` declares the hidden cells general integers (a MIP per bound): tighter, and
 * slower (branch and bound instead of one simplex solve).
 *
 * Cost. Published values are substituted into the relations first (they become constants); a
 * relation left with no hidden cell is dropped (after checking that the published values satisfy
 * it: otherwise the caller built a wrong relation, and we throw). The remaining system is split
 * into connected components over the hidden cells (union-find), and two small LPs are solved per
 * sensitive hidden cell, over its component only. A sensitive hidden cell in no relation gets
 * [lower, upper] without a solve. Components without a sensitive hidden cell are not solved, so
 * their consistency is not checked.
 *
 * Not modelled: what the attacker may know beyond these linear relations (rounding rules, other
 * releases, a respondent's own record); those belong in the relations or bounds the caller
 * passes.
 */
import { MAX_LP_MAGNITUDE, lpConstraintsText, lpObjectiveText, type LpEquality } from './lp-text';
import { solveLp, type HighsSolution } from './highs-solver';

export interface AuditCell {
	readonly id: string;
	/** The published value, or null when the cell is hidden. */
	readonly published: number | null;
	/** What the outsider knows of a hidden cell without any relation: default [0, +inf). */
	readonly lower?: number;
	readonly upper?: number;
	/** The true value (the auditor knows it); used to decide which hidden cells are sensitive. */
	readonly truth: number;
}

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

export type RelationSense = '=' | '<=' | '>=';

export interface AuditFinding {
	cell: string;
	truth: number;
	min: number;
	max: number;
	/** max - min; Infinity when a side is unbounded. */
	width: number;
	/**
	 * 'published': a small count published as is (min = max = truth); 'exact': a hidden cell the
	 * relations recover exactly (width 0); 'interval': any other interval.
	 */
	kind: 'published' | 'exact' | 'interval';
}

export interface AuditReport {
	/** Sensitive hidden cells whose interval was computed (by LP, or from bounds alone). */
	cellsChecked: number;
	hiddenCells: number;
	/** Cells with 1 <= truth <= minCell - 1, published or hidden. */
	sensitiveCells: number;
	/** Sensitive cells whose interval is narrower than minCell, narrowest first (then in input order). */
	findings: AuditFinding[];
	/**
	 * The narrowest interval among all sensitive cells, a finding or not (so a clean audit still
	 * shows its closest call); null when there is no sensitive cell.
	 */
	narrowest: AuditFinding | null;
	/** Connected components of the hidden cells over the relations left after substitution. */
	components: number;
	/** Solver calls, including any feasibility check that settles an ambiguous status. */
	lpSolves: number;
	millis: number;
}

export interface AuditOptions {
	readonly cells: readonly AuditCell[];
	readonly relations: readonly AuditRelation[];
	/** The minimum cell size: counts 1 .. minCell - 1 are sensitive. */
	readonly minCell: number;
	/** Hidden cells are general integers (MIP): tighter than the LP relaxation, slower. */
	readonly integer?: boolean;
}

/** A relation over hidden cells only: sum(coefficient * hidden cell) <sense> rhs. */
interface ReducedRelation {
	readonly id: string;
	readonly terms: readonly { readonly cell: number; readonly coefficient: number }[];
	readonly rhs: number;
	readonly sense: RelationSense;
}

interface Component {
	readonly cells: number[];
	readonly relations: ReducedRelation[];
}

/** Solver results within this distance of an integer are that integer (HiGHS tolerances ~1e-7). */
const INTEGER_SNAP = 1e-6;
/** Relative tolerance when checking a relation on published values alone. */
const RELATION_TOLERANCE = 1e-9;
/** Relation ids listed in an error message, at most. */
const MAX_IDS_IN_MESSAGE = 12;

function snap(value: number): number {
	if (!Number.isFinite(value)) return value;
	const nearest = Math.round(value);
	return Math.abs(value - nearest) <= INTEGER_SNAP ? nearest + 0 : value;
}

function quoteList(ids: readonly string[]): string {
	const shown = ids.slice(0, MAX_IDS_IN_MESSAGE).map((id) => `'${id}'`);
	const more = ids.length - shown.length;
	return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function checkCells(cells: readonly AuditCell[]): Map<string, number> {
	const index = new Map<string, number>();
	cells.forEach((cell, i) => {
		if (index.has(cell.id)) throw new Error(`Cell '${cell.id}' is given twice`);
		index.set(cell.id, i);
		if (!Number.isFinite(cell.truth)) throw new Error(`Cell '${cell.id}': truth is not a number`);
		if (cell.published !== null) {
			if (!Number.isFinite(cell.published)) {
				throw new Error(`Cell '${cell.id}': published value is not a number`);
			}
			return;
		}
		const lower = cell.lower ?? 0;
		const upper = cell.upper ?? Infinity;
		if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) {
			throw new Error(`Cell '${cell.id}': bounds [${lower}, ${upper}] are not an interval`);
		}
		for (const bound of [lower, upper]) {
			if (Number.isFinite(bound) && Math.abs(bound) > MAX_LP_MAGNITUDE) {
				throw new Error(
					`Cell '${cell.id}': bound ${bound} is beyond ${MAX_LP_MAGNITUDE}; leave it out for none`
				);
			}
		}
	});
	return index;
}

/**
 * Substitutes published values into the relations. A relation with no hidden cell left must hold
 * on the published values (else throw, naming it) and is dropped.
 */
function reduceRelations(
	cells: readonly AuditCell[],
	index: ReadonlyMap<string, number>,
	relations: readonly AuditRelation[]
): ReducedRelation[] {
	const reduced: ReducedRelation[] = [];
	for (const relation of relations) {
		const constant = relation.constant ?? 0;
		if (!Number.isFinite(constant)) {
			throw new Error(`Relation '${relation.id}': constant is not a number`);
		}
		let rhs = constant;
		let scale = Math.abs(constant);
		const hidden = new Map<number, number>();
		for (const term of relation.terms) {
			const i = index.get(term.cell);
			if (i === undefined) {
				throw new Error(`Relation '${relation.id}' refers to unknown cell '${term.cell}'`);
			}
			if (!Number.isFinite(term.coefficient)) {
				throw new Error(`Relation '${relation.id}': coefficient of '${term.cell}' is not a number`);
			}
			const published = cells[i].published;
			if (published === null) {
				hidden.set(i, (hidden.get(i) ?? 0) + term.coefficient);
			} else {
				rhs -= term.coefficient * published;
				scale += Math.abs(term.coefficient * published);
			}
		}
		const terms = [...hidden]
			.filter(([, coefficient]) => coefficient !== 0)
			.map(([cell, coefficient]) => ({ cell, coefficient }));
		const sense = relation.sense ?? '=';
		if (terms.length === 0) {
			// 0 <sense> rhs must hold, within a tolerance.
			const slack = RELATION_TOLERANCE * Math.max(1, scale);
			const holds =
				sense === '=' ? Math.abs(rhs) <= slack : sense === '<=' ? rhs >= -slack : rhs <= slack;
			if (!holds) {
				throw new Error(
					`Relation '${relation.id}' does not hold on the published values: ` +
						`sum(coefficient * published) ${sense} ${constant} fails by ${Math.abs(rhs)}`
				);
			}
			continue;
		}
		for (const term of terms) {
			if (Math.abs(term.coefficient) > MAX_LP_MAGNITUDE) {
				throw new Error(`Relation '${relation.id}': coefficient beyond ${MAX_LP_MAGNITUDE}`);
			}
		}
		if (Math.abs(rhs) > MAX_LP_MAGNITUDE) {
			throw new Error(`Relation '${relation.id}': constant term beyond ${MAX_LP_MAGNITUDE}`);
		}
		reduced.push({ id: relation.id, terms, rhs, sense });
	}
	return reduced;
}

/** Connected components of the hidden cells over the reduced relations (union-find). */
function splitComponents(cellCount: number, relations: readonly ReducedRelation[]): Component[] {
	const parent = Int32Array.from({ length: cellCount }, (_, i) => i);
	const find = (i: number): number => {
		let root = i;
		while (parent[root] !== root) root = parent[root];
		while (parent[i] !== root) {
			const next = parent[i];
			parent[i] = root;
			i = next;
		}
		return root;
	};
	for (const relation of relations) {
		const first = find(relation.terms[0].cell);
		for (const term of relation.terms.slice(1)) {
			const root = find(term.cell);
			if (root !== first) parent[root] = first;
		}
	}
	const byRoot = new Map<number, Component>();
	const inRelation = new Uint8Array(cellCount);
	for (const relation of relations) {
		const root = find(relation.terms[0].cell);
		let component = byRoot.get(root);
		if (!component) {
			component = { cells: [], relations: [] };
			byRoot.set(root, component);
		}
		component.relations.push(relation);
		for (const term of relation.terms) {
			if (inRelation[term.cell]) continue;
			inRelation[term.cell] = 1;
			component.cells.push(term.cell);
		}
	}
	return [...byRoot.values()];
}

/** Bounds one component's sensitive cells: a min and a max solve each. */
class ComponentSolver {
	lpSolves = 0;
	private readonly constraints: string;
	private readonly local = new Map<number, number>();

	constructor(
		private readonly component: Component,
		private readonly cells: readonly AuditCell[],
		private readonly integer: boolean
	) {
		component.cells.forEach((cell, v) => this.local.set(cell, v));
		const rows: LpEquality[] = component.relations.map((relation) => ({
			terms: relation.terms.map((term) => ({
				variable: this.local.get(term.cell) as number,
				coefficient: term.coefficient
			})),
			rhs: relation.rhs,
			sense: relation.sense
		}));
		this.constraints = lpConstraintsText({
			lower: component.cells.map((cell) => cells[cell].lower ?? 0),
			upper: component.cells.map((cell) => cells[cell].upper ?? Infinity),
			rows,
			integer
		});
	}

	async bounds(cell: number): Promise<{ min: number; max: number }> {
		const variable = this.local.get(cell);
		if (variable === undefined) throw new Error(`Cell ${cell} is not in this component`);
		return { min: await this.bound('min', variable), max: await this.bound('max', variable) };
	}

	private async solve(sense: 'min' | 'max', variable: number | null): Promise<HighsSolution> {
		this.lpSolves++;
		const text = lpObjectiveText(sense, variable) + this.constraints;
		// A MIP stops at a relative gap of 1e-4 by default; a bound must be the optimum itself.
		const options = this.integer ? { mip_rel_gap: 0 } : {};
		try {
			return await solveLp(text, options);
		} catch (error) {
			throw new Error(`HiGHS failed on ${this.describe()}: ${(error as Error).message}`, {
				cause: error
			});
		}
	}

	private async bound(sense: 'min' | 'max', variable: number): Promise<number> {
		const unbounded = sense === 'max' ? Infinity : -Infinity;
		const result = await this.solve(sense, variable);
		switch (result.Status) {
			case 'Optimal':
				return snap(result.ObjectiveValue);
			case 'Unbounded':
				return unbounded;
			case 'Infeasible':
				throw this.infeasible();
			case 'Primal infeasible or unbounded': {
				// Presolve could not tell: a problem without objective settles it.
				const feasibility = await this.solve('min', null);
				if (feasibility.Status === 'Optimal') return unbounded;
				if (feasibility.Status === 'Infeasible') throw this.infeasible();
				throw this.stopped(feasibility.Status);
			}
			default:
				throw this.stopped(result.Status);
		}
	}

	private describe(): string {
		const ids = this.component.relations.map((relation) => relation.id);
		const cells = this.component.cells.map((cell) => this.cells[cell].id);
		return `the component of relations ${quoteList(ids)} (hidden cells ${quoteList(cells)})`;
	}

	private infeasible(): Error {
		return new Error(
			`The published tables contradict each other: no ${this.integer ? 'integer ' : ''}` +
				`values of the hidden cells satisfy ${this.describe()} within their bounds`
		);
	}

	private stopped(status: string): Error {
		return new Error(`HiGHS stopped with status '${status}' on ${this.describe()}`);
	}
}

/**
 * The attacker's audit: the interval each small hidden cell can be narrowed to from the published
 * tables, and the cells left less protected than minCell.
 */
export async function auditIntervals(options: AuditOptions): Promise<AuditReport> {
	const started = performance.now();
	const { cells, relations, minCell } = options;
	const integer = options.integer ?? false;
	if (!Number.isFinite(minCell) || minCell < 1) {
		throw new Error(`minCell must be a number >= 1, not ${minCell}`);
	}
	const index = checkCells(cells);
	const reduced = reduceRelations(cells, index, relations);
	const components = splitComponents(cells.length, reduced);

	const isSensitive = (cell: AuditCell) => cell.truth >= 1 && cell.truth <= minCell - 1;
	const intervals = new Map<number, { min: number; max: number }>();
	const componentOf = new Map<number, Component>();
	for (const component of components) {
		for (const cell of component.cells) componentOf.set(cell, component);
	}

	// Sensitive hidden cells in no relation: their bounds are all the outsider has.
	cells.forEach((cell, i) => {
		if (cell.published !== null || !isSensitive(cell) || componentOf.has(i)) return;
		const lower = cell.lower ?? 0;
		const upper = cell.upper ?? Infinity;
		intervals.set(
			i,
			integer ? { min: Math.ceil(lower), max: Math.floor(upper) } : { min: lower, max: upper }
		);
	});

	let lpSolves = 0;
	for (const component of components) {
		const targets = component.cells.filter((i) => isSensitive(cells[i]));
		if (targets.length === 0) continue;
		const solver = new ComponentSolver(component, cells, integer);
		try {
			for (const i of targets) intervals.set(i, await solver.bounds(i));
		} finally {
			lpSolves += solver.lpSolves;
		}
	}

	const checked: { order: number; finding: AuditFinding }[] = [];
	let sensitiveCells = 0;
	let hiddenCells = 0;
	cells.forEach((cell, i) => {
		if (cell.published === null) hiddenCells++;
		if (!isSensitive(cell)) return;
		sensitiveCells++;
		if (cell.published !== null) {
			const finding: AuditFinding = {
				cell: cell.id,
				truth: cell.truth,
				min: cell.truth,
				max: cell.truth,
				width: 0,
				kind: 'published'
			};
			checked.push({ order: i, finding });
			return;
		}
		const interval = intervals.get(i) as { min: number; max: number };
		const width =
			Number.isFinite(interval.min) && Number.isFinite(interval.max)
				? snap(interval.max - interval.min)
				: Infinity;
		const kind = width === 0 ? 'exact' : 'interval';
		checked.push({
			order: i,
			finding: { cell: cell.id, truth: cell.truth, ...interval, width, kind }
		});
	});
	checked.sort((a, b) => a.finding.width - b.finding.width || a.order - b.order);
	const findings = checked.map((c) => c.finding).filter((finding) => finding.width < minCell);

	return {
		cellsChecked: intervals.size,
		hiddenCells,
		sensitiveCells,
		findings,
		narrowest: checked[0]?.finding ?? null,
		components: components.length,
		lpSolves,
		millis: performance.now() - started
	};
}
