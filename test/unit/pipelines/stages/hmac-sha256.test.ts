import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../generator/prng';
import { createHmacSha256 } from '../../../../pipelines/stages/hmac-sha256';

const hex = (words: Int32Array) =>
	Array.from(words, (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');

describe('createHmacSha256', () => {
	it('matches node:crypto at every length around the padding and block boundaries', () => {
		const key = Buffer.from('uptake-test-key');
		const hmac = createHmacSha256(key);
		for (let length = 0; length <= 200; length++) {
			const text = 'abcdefghij'.repeat(21).slice(0, length);
			expect(hex(hmac.digestText(text)), `length ${length}`).toBe(
				createHmac('sha256', key).update(text, 'utf8').digest('hex')
			);
		}
	});

	it('matches node:crypto on random keys and texts, ASCII or not', () => {
		const rng = createRng('hmac-sha256.test.ts', 'cases');
		const next = () => rng.float();
		const alphabet = 'aZ09-_@. éü学\u{1F600}\u0000';
		for (let n = 0; n < 300; n++) {
			const key = Buffer.from(Array.from({ length: Math.floor(next() * 65) }, () => next() * 256));
			const chars = Array.from(alphabet);
			const text = Array.from(
				{ length: Math.floor(next() * 90) },
				() => chars[Math.floor(next() * chars.length)]
			).join('');
			expect(hex(createHmacSha256(key).digestText(text))).toBe(
				createHmac('sha256', key).update(text, 'utf8').digest('hex')
			);
		}
	});

	it('asks for keys longer than a block to be hashed first', () => {
		expect(() => createHmacSha256(Buffer.alloc(65))).toThrow(RangeError);
	});

	it('gives the same digest for the same text after a long one grew its buffer', () => {
		const hmac = createHmacSha256(Buffer.from('k'));
		const before = hex(hmac.digestText('L-1'));
		hmac.digestText('x'.repeat(10_000));
		expect(hex(hmac.digestText('L-1'))).toBe(before);
	});
});
