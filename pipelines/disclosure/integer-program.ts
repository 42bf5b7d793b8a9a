/**
 * The restricted integer programs of the audit (exactness-audit.ts): the free cells are the
 * variables (x0, x1, ... in the order given), every other cell keeps its true count, and the
 * relations touching the free cells are the rows, with the fixed cells moved to the right-hand
 * side. Every solution of such a program, with the fixed cells at their truth, is an integer
 * point of the outsider's whole system.
 *
 * Built as arrays (compressed rows) for HiGHS in a worker (solver-pool.ts): no LP text is written
 * or parsed (on the default data, parsing the text of one table's program took as long as
 * solving it).
 */

/** '=' by default; see AuditRelation. */
export type RelationSense = '=' | '<=' | '>=';

/** A relation over cell indices: sum(coefficients[k] * cell[cells[k]]) <sense> constant. */
export interface IndexedRelation {
	readonly id: string;
	readonly cells: Int32Array;
	readonly coefficients: Float64Array;
	readonly constant: number;
	readonly sense: RelationSense;
}

/** What the audit knows of a cell (exactness-audit.ts BoxedCell). */
export interface CellBox {
	readonly truth: number;
	readonly lower: number;
	/** Infinity when nothing bounds it from above. */
	readonly upper: number;
}

/** An integer program as plain arrays (every variable a general integer). */
export interface ProgramArrays {
	readonly numCols: number;
	readonly numRows: number;
	readonly colLower: Float64Array;
	readonly colUpper: Float64Array;
	readonly rowLower: Float64Array;
	readonly rowUpper: Float64Array;
	readonly starts: Int32Array;
	readonly indices: Int32Array;
	readonly values: Float64Array;
}

export interface RestrictedProgram {
	readonly program: ProgramArrays;
	/** Cell index -> variable. */
	readonly variableOf: ReadonlyMap<number, number>;
	/** The true counts of the free cells: a feasible point to start from. */
	readonly truth: Float64Array;
}

export function restrictedProgram(
	free: readonly number[],
	cells: readonly CellBox[],
	relations: readonly IndexedRelation[],
	touching: readonly number[]
): RestrictedProgram {
	const variableOf = new Map<number, number>();
	free.forEach((cell, v) => variableOf.set(cell, v));
	const starts: number[] = [0];
	const indices: number[] = [];
	const values: number[] = [];
	const rowLower: number[] = [];
	const rowUpper: number[] = [];
	for (const r of touching) {
		const relation = relations[r];
		let rhs = relation.constant;
		const before = indices.length;
		relation.cells.forEach((cell, k) => {
			const v = variableOf.get(cell);
			if (v === undefined) rhs -= relation.coefficients[k] * cells[cell].truth;
			else {
				indices.push(v);
				values.push(relation.coefficients[k]);
			}
		});
		if (indices.length === before) continue;
		starts.push(indices.length);
		rowLower.push(relation.sense === '<=' ? -Infinity : rhs);
		rowUpper.push(relation.sense === '>=' ? Infinity : rhs);
	}
	return {
		program: {
			numCols: free.length,
			numRows: rowLower.length,
			colLower: Float64Array.from(free, (cell) => cells[cell].lower),
			colUpper: Float64Array.from(free, (cell) => cells[cell].upper),
			rowLower: Float64Array.from(rowLower),
			rowUpper: Float64Array.from(rowUpper),
			starts: Int32Array.from(starts),
			indices: Int32Array.from(indices),
			values: Float64Array.from(values)
		},
		variableOf,
		truth: Float64Array.from(free, (cell) => cells[cell].truth)
	};
}
