import { describe, expect, it } from 'vitest';
import { detachString } from '../../../../core/contract/detach-string';

describe('detachString', () => {
	it('keeps the characters, short and long', () => {
		for (const s of ['', 'BE', 'accredited_programme', 'é'.repeat(40), 'x'.repeat(10_000)]) {
			expect(detachString(s)).toBe(s);
		}
	});
});
