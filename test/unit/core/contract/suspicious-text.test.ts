import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../generator/prng';
import { isSuspiciousText } from '../../../../core/contract/validate';

// The rule as first written, one regular expression over the whole text.
const SCRIPT_TAG = /<script|<[a-z][^>]*[\s/]on[a-z]+\s*=|javascript\s*:/i;

describe('isSuspiciousText: script markup', () => {
	it.each([
		['javascript:alert(1)', true],
		['see JavaScript :alert(1)', true],
		['JAVASCRIPT\t\u00a0: x', true],
		['urn:uuid:68b04e96-8fb0-4859-aa96-16ac8ef1b19d', false],
		['https://example.org/a:b', false],
		['java script:', false],
		['<img src=x onerror=alert(1)>', true],
		['<b>bold</b>: fine', false]
	])('%j is %s', (text, expected) => {
		expect(isSuspiciousText(text)).toBe(expected);
	});

	it('agrees with the single regular expression on random text without formulas', () => {
		const rng = createRng('suspicious-text.test.ts', 'cases');
		const next = () => rng.float();
		const parts = [
			'javascript',
			'JavaScript',
			'JAVA',
			'script',
			' ',
			'\t',
			':',
			'<',
			'a',
			'x',
			'urn'
		];
		for (let n = 0; n < 5000; n++) {
			const text =
				'x' +
				Array.from(
					{ length: Math.floor(next() * 8) },
					() => parts[Math.floor(next() * parts.length)]
				).join('');
			expect(isSuspiciousText(text), text).toBe(SCRIPT_TAG.test(text));
		}
	});
});
