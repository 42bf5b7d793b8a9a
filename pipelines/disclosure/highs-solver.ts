/**
 * HiGHS (the LP/MIP solver of the University of Edinburgh) compiled to WebAssembly, from the npm
 * package `highs`: loaded once per process, offline.
 *
 * The package's ES loader would find `highs.wasm` next to itself (`new URL('highs.wasm',
 * import.meta.url)`, read with `fs` in Node), which breaks as soon as the loader is bundled and
 * its `import.meta.url` moves. We therefore resolve the binary through the package's own export
 * `highs/runtime` (-> build/highs.wasm) and hand its path to `locateFile`: a file on disk, never
 * a network fetch.
 */
import highsLoader, { type Highs, type LegacyHighsOptions, type LegacyHighsSolution } from 'highs';
import { createRequire } from 'node:module';

export type HighsSolution = LegacyHighsSolution;

let loading: Promise<Highs> | undefined;

/** The path of `highs.wasm` on disk, as the package exports it. */
export function highsWasmPath(): string {
	return createRequire(import.meta.url).resolve('highs/runtime');
}

/** The HiGHS module, compiled and instantiated on the first call only (a memoised promise). */
export function loadHighs(): Promise<Highs> {
	loading ??= highsLoader({
		locateFile: (file) => (file === 'highs.wasm' ? highsWasmPath() : file)
	}).catch((error: unknown) => {
		// A failed load is not cached: the next call tries again.
		loading = undefined;
		throw error;
	});
	return loading;
}

/**
 * Solves one problem in CPLEX LP format. An optimisation outcome (optimal, infeasible,
 * unbounded, ...) is in the result's `Status`; a problem HiGHS cannot read or run throws. After
 * such a throw the module is dropped, so that a later call starts from a fresh instance.
 */
export async function solveLp(
	lpText: string,
	options: LegacyHighsOptions = {}
): Promise<HighsSolution> {
	const highs = await loadHighs();
	try {
		return highs.solve(lpText, { output_flag: false, ...options });
	} catch (error) {
		loading = undefined;
		throw error;
	}
}
