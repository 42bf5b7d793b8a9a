// Seeded pseudo-random numbers. sfc32 passes PractRand and is fast in V8 because it stays in
// 32-bit integer arithmetic; Math.random() is never used so that a seed fixes every byte.

/** cyrb128: four well-mixed 32-bit words from a string. */
export function hashString(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** murmur3 finaliser: a stateless 32-bit mix, used to derive per-learner streams. */
export function mix32(value: number): number {
	let h = value | 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(a: number, b: number, c: number, d: number, warmUp = 12) {
		this.a = a | 0;
		this.b = b | 0;
		this.c = c | 0;
		this.d = d | 0;
		for (let i = 0; i < warmUp; i++) this.next();
	}

	/** Unsigned 32-bit integer. */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}

	/** Uniform in [0, 1). */
	float(): number {
		return this.next() / 4294967296;
	}

	/** Uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.float() * n);
	}

	/** Uniform integer in [min, max]. */
	range(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	chance(p: number): boolean {
		return this.float() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)];
	}

	normal(): number {
		const u = 1 - this.float();
		const v = this.float();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	logNormal(median: number, sigma: number): number {
		return median * Math.exp(sigma * this.normal());
	}

	hex(length: number): string {
		let out = '';
		while (out.length < length) out += this.next().toString(16).padStart(8, '0');
		return out.slice(0, length);
	}

	shuffle<T>(items: T[]): T[] {
		for (let i = items.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			const tmp = items[i];
			items[i] = items[j];
			items[j] = tmp;
		}
		return items;
	}
}

/** An independent stream per purpose, so adding records never changes the provider register. */
export function createRng(seed: string, stream: string): Rng {
	const [a, b, c, d] = hashString(`${seed}\u0000${stream}`);
	return new Rng(a, b, c, d);
}

/** Weighted choice by binary search over cumulative weights. */
export class Weighted<T> {
	readonly values: readonly T[];
	private readonly cumulative: Float64Array;
	private readonly total: number;

	constructor(entries: readonly (readonly [T, number])[]) {
		const kept = entries.filter(([, w]) => w > 0);
		if (kept.length === 0) throw new Error('Weighted: no positive weight');
		this.values = kept.map(([v]) => v);
		this.cumulative = new Float64Array(kept.length);
		let sum = 0;
		kept.forEach(([, w], i) => {
			sum += w;
			this.cumulative[i] = sum;
		});
		this.total = sum;
	}

	static fromRecord<K extends string>(weights: Readonly<Record<K, number>>): Weighted<K> {
		return new Weighted(Object.entries(weights) as [K, number][]);
	}

	pick(rng: Rng): T {
		const x = rng.float() * this.total;
		const c = this.cumulative;
		let lo = 0;
		let hi = c.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (c[mid] > x) hi = mid;
			else lo = mid + 1;
		}
		return this.values[lo];
	}
}
