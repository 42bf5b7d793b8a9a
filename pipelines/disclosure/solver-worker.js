// A HiGHS solver in a worker thread (solver-pool.ts): it keeps integer programs by key and solves
// them with the objectives it is sent. Plain JavaScript, so that it runs the same under tsx, in
// Vitest and in plain Node: it imports nothing from the project.
//
// Messages in:
//   { op: 'build', id, key, program }  program: numCols, numRows, colLower, colUpper, rowLower,
//                                      rowUpper (Float64Array, Infinity for none), starts,
//                                      indices (Int32Array, compressed rows), values (Float64Array)
//   { op: 'solve', id, key, variables, weights, sense: 'max'|'min', maxNodes, gap, start }
//                                      optimises sum(weights[k] * x[variables[k]]) from the
//                                      starting point `start` (a feasible point, or null), within
//                                      `maxNodes` branch-and-bound nodes (a limit that does not
//                                      depend on the machine's speed, unlike a time limit)
//   { op: 'dispose', id, key }
// Messages out: { id, result } or { id, error }; a solve's result is { status, objective, values }
// with status one of 'optimal', 'node limit', 'unbounded', 'infeasible', or HiGHS's code.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import highsLoader from 'highs';

const wasm = createRequire(import.meta.url).resolve('highs/runtime');
const highs = await highsLoader({ locateFile: (file) => (file === 'highs.wasm' ? wasm : file) });
const { modelStatus, objectiveSense, variableType } = highs.constants;
const models = new Map();
const NO_NODE_LIMIT = 2 ** 31 - 1;

const finite = (values) =>
	Float64Array.from(values, (x) =>
		x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x
	);

function build({ key, program }) {
	const n = program.numCols;
	const model = highs.createModel({
		numCols: n,
		numRows: program.numRows,
		colCost: new Float64Array(n),
		colLower: finite(program.colLower),
		colUpper: finite(program.colUpper),
		rowLower: finite(program.rowLower),
		rowUpper: finite(program.rowUpper),
		matrix: {
			format: 'csr',
			numRows: program.numRows,
			numCols: n,
			starts: program.starts,
			indices: program.indices,
			values: program.values
		},
		integrality: new Int32Array(n).fill(variableType.integer)
	});
	model.options.set({ output_flag: false });
	models.set(key, { model, n, relaxationWorks: true });
	return null;
}

const STATUS = new Map([
	[modelStatus.optimal, 'optimal'],
	[modelStatus.timeLimit, 'time limit'],
	[modelStatus.solutionLimit, 'node limit'],
	[modelStatus.unbounded, 'unbounded'],
	[modelStatus.unboundedOrInfeasible, 'unbounded'],
	[modelStatus.infeasible, 'infeasible']
]);

const INTEGRAL = 1e-9;

// The programs of the audit are close to network flows: the optimum of their linear relaxation
// is most often integral, and then it is the integer optimum, found without branching (on the
// default data, several times faster than the integer program).
function relaxationIfIntegral(model, n) {
	model.clearIntegrality();
	try {
		const { modelStatus: code } = model.run();
		if (code !== modelStatus.optimal) return null;
		const values = model.getSolution().colValue;
		if (!values || values.length !== n) return null;
		if (!values.every((x) => Math.abs(x - Math.round(x)) <= INTEGRAL)) return null;
		return {
			status: 'optimal',
			objective: model.getObjectiveValue(),
			values: Float64Array.from(values)
		};
	} finally {
		model.changeColsIntegrality(
			{ kind: 'range', from: 0, to: n - 1 },
			new Int32Array(n).fill(variableType.integer)
		);
	}
}

function solve({ key, variables, weights, sense, maxNodes, gap, start }) {
	const entry = models.get(key);
	if (!entry) throw new Error(`solver worker: no program '${key}'`);
	const { model, n } = entry;
	const cost = new Float64Array(n);
	variables.forEach((v, k) => (cost[v] = weights[k]));
	model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, cost);
	model.changeObjectiveSense(sense === 'max' ? objectiveSense.maximize : objectiveSense.minimize);
	model.options.set({
		// HiGHS takes only finite option values: no limit is a limit no run reaches.
		mip_max_nodes: Number.isFinite(maxNodes) ? maxNodes : NO_NODE_LIMIT,
		mip_rel_gap: gap
	});
	// Once the relaxation of a program has come out fractional, its later objectives go straight
	// to the integer program (on sparse data the relaxation is mostly fractional).
	if (entry.relaxationWorks) {
		const relaxed = relaxationIfIntegral(model, n);
		if (relaxed) return relaxed;
		entry.relaxationWorks = false;
	}
	if (start) model.setSolution({ colValue: start });
	const { modelStatus: code } = model.run();
	const status = STATUS.get(code) ?? `HiGHS model status ${code}`;
	const values = model.getSolution().colValue;
	return {
		status,
		objective: model.getObjectiveValue(),
		values: values && values.length === n ? Float64Array.from(values) : null
	};
}

function dispose({ key }) {
	models.get(key)?.model.dispose();
	models.delete(key);
	return null;
}

const OPERATIONS = { build, solve, dispose };

parentPort.on('message', (message) => {
	try {
		const operation = OPERATIONS[message.op];
		if (!operation) throw new Error(`solver worker: unknown operation '${message.op}'`);
		parentPort.postMessage({ id: message.id, result: operation(message) });
	} catch (error) {
		parentPort.postMessage({ id: message.id, error: String(error?.stack ?? error) });
	}
});
parentPort.postMessage({ ready: true });
