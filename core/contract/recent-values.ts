import { detachString } from './detach-string';

/** Characters hashed at each end of a longer string. */
const HASHED_END = 12;

/**
 * A hash of a string computed in JavaScript. V8 hashes a string once and keeps the hash in it,
 * but every field read from a file is a new string, and a Map lookup with a new string cost
 * ten times the lookup itself. Short strings are hashed whole; longer ones by length and ends.
 */
function quickHash(s: string): number {
	const n = s.length;
	let h = n;
	if (n <= 2 * HASHED_END) {
		for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
	} else {
		for (let i = 0; i < HASHED_END; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
		for (let i = n - HASHED_END; i < n; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
	}
	return h ^ (h >>> 15);
}

/**
 * A direct-mapped cache of string keys: one slot per hash, a new key replaces the old one. A
 * lookup is a hash over a few characters and one string comparison, and memory is fixed.
 */
export class RecentValues<T> {
	readonly #keys: (string | undefined)[];
	readonly #values: (T | undefined)[];
	readonly #mask: number;

	/** `slots` is rounded up to a power of two. */
	constructor(slots: number) {
		const size = 2 ** Math.ceil(Math.log2(Math.max(1, slots)));
		this.#keys = new Array<string | undefined>(size).fill(undefined);
		this.#values = new Array<T | undefined>(size).fill(undefined);
		this.#mask = size - 1;
	}

	get(key: string): T | undefined {
		const slot = quickHash(key) & this.#mask;
		return this.#keys[slot] === key ? this.#values[slot] : undefined;
	}

	set(key: string, value: T): void {
		const slot = quickHash(key) & this.#mask;
		// A key cut from a large decoded chunk would keep the whole chunk alive.
		this.#keys[slot] = detachString(key);
		this.#values[slot] = value;
	}
}
