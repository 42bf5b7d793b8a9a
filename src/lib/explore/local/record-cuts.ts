// Where a large CSV file can be cut into parts that validate in parallel, one worker each: at a
// line break outside quoted fields, so that each part starts a record. A quoted field may hold
// line breaks (learning outcomes often do), so a break is taken only where the quotes seen since
// the start of the file are even in number. That is the state of a well-formed file; a file with
// stray quotes may mislead it, and the first part's parse proves the cut (a part that ends inside
// an open quote makes the page check the file again in one piece: analyse-file.ts).

const LF = 0x0a;

/** One part of a file: bytes [start, end), whose first record starts on line `firstLine`. */
export interface FilePart {
	readonly index: number;
	readonly start: number;
	readonly end: number;
	readonly firstLine: number;
}

/**
 * Reads a file's bytes in order and finds, for each target offset, the first line break at or
 * after it that is outside quotes; counts the line breaks before it (the next part's first line).
 */
export class RecordCutScanner {
	readonly #targets: readonly number[];
	readonly #quote: number;
	readonly #cuts: { offset: number; line: number }[] = [];
	#offset = 0;
	#quotes = 0;
	#lines = 0;

	/** `targets` ascending; `quote` the quote character's byte (ASCII). */
	constructor(targets: readonly number[], quote: number) {
		this.#targets = targets;
		this.#quote = quote;
	}

	/** True when every cut is found: the rest of the file need not be read. */
	get done(): boolean {
		return this.#cuts.length === this.#targets.length;
	}

	/** The cuts found: the offset just after the line break, and the line that starts there. */
	get cuts(): readonly { readonly offset: number; readonly line: number }[] {
		return this.#cuts;
	}

	push(bytes: Uint8Array): void {
		const quote = this.#quote;
		let quotes = this.#quotes;
		let lines = this.#lines;
		let target = this.#targets[this.#cuts.length];
		for (let i = 0; i < bytes.length && target !== undefined; i++) {
			const b = bytes[i];
			if (b === quote) quotes++;
			else if (b === LF) {
				lines++;
				const offset = this.#offset + i + 1;
				if (offset > target && (quotes & 1) === 0) {
					this.#cuts.push({ offset, line: lines + 1 });
					target = this.#targets[this.#cuts.length];
				}
			}
		}
		this.#quotes = quotes;
		this.#lines = lines;
		this.#offset += bytes.length;
	}
}

/**
 * The parts of `size` bytes cut near equal shares, from the scanner's cuts: fewer parts when a
 * cut was not found (a quote left open to the end) or two cuts fell together.
 */
export function partsFromCuts(
	size: number,
	cuts: readonly { readonly offset: number; readonly line: number }[]
): FilePart[] {
	const parts: FilePart[] = [];
	let start = 0;
	let firstLine = 1;
	for (const cut of cuts) {
		if (cut.offset <= start || cut.offset >= size) continue;
		parts.push({ index: parts.length, start, end: cut.offset, firstLine });
		start = cut.offset;
		firstLine = cut.line;
	}
	parts.push({ index: parts.length, start, end: size, firstLine });
	return parts;
}

const READ_BYTES = 1 << 22;

/** A file cut into `count` parts at record boundaries (reads it up to the last cut). */
export async function cutAtRecords(file: Blob, count: number, quote: string): Promise<FilePart[]> {
	const targets = Array.from({ length: count - 1 }, (_, i) =>
		Math.floor(((i + 1) * file.size) / count)
	);
	const scanner = new RecordCutScanner(targets, quote.charCodeAt(0));
	for (let at = 0; at < file.size && !scanner.done; at += READ_BYTES) {
		scanner.push(new Uint8Array(await file.slice(at, at + READ_BYTES).arrayBuffer()));
	}
	return partsFromCuts(file.size, scanner.cuts);
}
