/**
 * Writes linear programs in CPLEX LP format for HiGHS. Variables are named x0, x1, ... and rows
 * r0, r1, ...: no caller-supplied identifier ever reaches the LP text, so no id can break the
 * format (spaces, ':', '<', a leading digit, ...) or inject a section.
 */

/** HiGHS reads coefficients of 1e15 or more, and right-hand sides of 1e20 or more, as errors. */
export const MAX_LP_MAGNITUDE = 1e12;

export interface LpTerm {
	/** The variable's index: it is written as x<index>. */
	readonly variable: number;
	readonly coefficient: number;
}

/** sum(coefficient * variable) <sense> rhs; '=' when no sense is given. */
export interface LpEquality {
	readonly terms: readonly LpTerm[];
	readonly rhs: number;
	readonly sense?: '=' | '<=' | '>=';
}

export interface LpConstraints {
	/** Bounds of x0 .. x(n-1); -Infinity / Infinity for none. */
	readonly lower: readonly number[];
	readonly upper: readonly number[];
	readonly rows: readonly LpEquality[];
	/** Declare every variable a general integer (a MIP). */
	readonly integer: boolean;
}

/** Terms (and names in Generals) per line: HiGHS reads long lines, but other readers may not. */
const PER_LINE = 8;

/** A number as LP text; infinities as -inf / +inf. Exponents (1e-7) are read by HiGHS. */
export function lpNumber(value: number): string {
	if (value === Infinity) return '+inf';
	if (value === -Infinity) return '-inf';
	if (!Number.isFinite(value)) throw new Error(`Not a number in an LP: ${value}`);
	return Object.is(value, -0) ? '0' : String(value);
}

function lines(items: readonly string[], indent: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < items.length; i += PER_LINE) {
		out.push(indent + items.slice(i, i + PER_LINE).join(' '));
	}
	return out;
}

/**
 * The constraints, bounds and integrality of a problem: everything after the objective, up to
 * and including `End`. Written once per component and reused for each objective.
 */
export function lpConstraintsText(problem: LpConstraints): string {
	const n = problem.lower.length;
	if (problem.upper.length !== n) throw new Error('LP bounds: lower and upper differ in length');
	const out: string[] = ['Subject To'];
	problem.rows.forEach((row, r) => {
		if (row.terms.length === 0) throw new Error(`LP row r${r} has no term`);
		const terms = row.terms.map((term) => {
			if (term.variable < 0 || term.variable >= n || !Number.isInteger(term.variable)) {
				throw new Error(`LP row r${r} refers to variable x${term.variable} of ${n}`);
			}
			const sign = term.coefficient < 0 ? '-' : '+';
			return `${sign} ${lpNumber(Math.abs(term.coefficient))} x${term.variable}`;
		});
		const body = lines(terms, '   ');
		body[0] = ` r${r}: ${body[0].trimStart()}`;
		out.push(...body, `   ${row.sense ?? '='} ${lpNumber(row.rhs)}`);
	});
	out.push('Bounds');
	for (let v = 0; v < n; v++) {
		const lower = problem.lower[v];
		const upper = problem.upper[v];
		out.push(
			lower === -Infinity && upper === Infinity
				? ` x${v} free`
				: ` ${lpNumber(lower)} <= x${v} <= ${lpNumber(upper)}`
		);
	}
	if (problem.integer && n > 0) {
		out.push(
			'Generals',
			...lines(
				Array.from({ length: n }, (_, v) => `x${v}`),
				' '
			)
		);
	}
	out.push('End', '');
	return out.join('\n');
}

/** The objective section: optimise one variable, or nothing (a feasibility problem). */
export function lpObjectiveText(sense: 'min' | 'max', variable: number | null): string {
	const header = sense === 'min' ? 'Minimize' : 'Maximize';
	return `${header}\n obj:${variable === null ? '' : ` x${variable}`}\n`;
}

/** The objective section: optimise the sum of several variables (none: a feasibility problem). */
export function lpSumObjectiveText(sense: 'min' | 'max', variables: readonly number[]): string {
	const header = sense === 'min' ? 'Minimize' : 'Maximize';
	if (variables.length === 0) return `${header}\n obj:\n`;
	const body = lines(
		variables.map((v) => `+ x${v}`),
		'   '
	);
	body[0] = ` obj: ${body[0].trimStart()}`;
	return `${header}\n${body.join('\n')}\n`;
}
