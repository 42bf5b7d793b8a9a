import { describe, expect, it } from 'vitest';
import { RecentValues } from '../../../../core/contract/recent-values';

describe('RecentValues', () => {
	it('finds a key by its content, not by identity', () => {
		const cache = new RecentValues<number>(16);
		cache.set('2024-03-01', 1);
		const sameText = ['2024', '03', '01'].join('-');
		expect(cache.get(sameText)).toBe(1);
		expect(cache.get('2024-03-02')).toBeUndefined();
	});

	it('keeps one value per slot: a colliding key replaces the older one', () => {
		const cache = new RecentValues<string>(1);
		cache.set('a', 'first');
		cache.set('b', 'second');
		expect(cache.get('a')).toBeUndefined();
		expect(cache.get('b')).toBe('second');
	});

	it('tells long keys apart that share their ends but not their middle or length', () => {
		const cache = new RecentValues<number>(1024);
		const a = `${'x'.repeat(12)}AAAA${'y'.repeat(12)}`;
		const b = `${'x'.repeat(12)}BBBB${'y'.repeat(12)}`;
		cache.set(a, 1);
		// Same hash (same ends and length): the slot holds a, and b is not mistaken for it.
		expect(cache.get(b)).toBeUndefined();
		cache.set(b, 2);
		expect(cache.get(b)).toBe(2);
		expect(cache.get(`${a}z`)).toBeUndefined();
	});

	it('never returns a value for a key it was not given, over many random keys', () => {
		const cache = new RecentValues<string>(64);
		const keys = Array.from({ length: 2000 }, (_, i) => `k${(i * 7919) % 3001}`);
		for (const key of keys) {
			cache.set(key, key.toUpperCase());
			expect(cache.get(key)).toBe(key.toUpperCase());
		}
		for (const key of keys) {
			const value = cache.get(key);
			if (value !== undefined) expect(value).toBe(key.toUpperCase());
		}
	});
});
