import { createHmac } from 'node:crypto';

/** Hex digits kept from the HMAC-SHA-256: 128 bits, collision-free at any realistic scale. */
const PSEUDONYM_HEX = 32;

export type Pseudonymise = (identifier: string) => string;

/**
 * Keyed hash of a learner identifier. Identifiers are trimmed and compared case-insensitively for
 * e-mail-like values only, so "Ana@Example.org" and "ana@example.org" are one learner.
 */
export function createPseudonymiser(key: Buffer): Pseudonymise {
	return (identifier) => {
		const trimmed = identifier.trim();
		const canonical = trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
		return `p_${createHmac('sha256', key).update(canonical, 'utf8').digest('hex').slice(0, PSEUDONYM_HEX)}`;
	};
}
