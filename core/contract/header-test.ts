// How a reader tells a file's header from the title or comment lines an export may put above it:
// shared by the pipelines (pipelines/read/validated-csv.ts) and the browser's local analysis.
import { INPUT_COLUMNS, normaliseHeader, type InputKind } from './normalise';

/** Contract columns a header must name, at least, to be told from a title or comment line. */
export const HEADER_MIN_COLUMNS = 2;

/** Whether a record names at least HEADER_MIN_COLUMNS distinct columns of the contract. */
export function contractHeaderTest(kind: InputKind): (names: readonly string[]) => boolean {
	const contract = new Set(INPUT_COLUMNS[kind].map((c) => c.name));
	return (names) => {
		const found = new Set<string>();
		for (const name of names) {
			const column = normaliseHeader(name, kind);
			if (contract.has(column)) found.add(column);
		}
		return found.size >= HEADER_MIN_COLUMNS;
	};
}
