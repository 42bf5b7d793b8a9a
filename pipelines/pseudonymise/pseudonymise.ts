import { createHash, hash } from 'node:crypto';

/** Hex digits kept from the HMAC-SHA-256: 128 bits, collision-free at any realistic scale. */
const PSEUDONYM_HEX = 32;
const BLOCK = 64;

export type Pseudonymise = (identifier: string) => string;

/**
 * Keyed hash of a learner identifier: HMAC-SHA-256 (RFC 2104), written out with one-shot hashes.
 * createHmac allocates a native context per call, and ten million of them waiting for the garbage
 * collector held hundreds of megabytes; this allocates only buffers. Identifiers are trimmed and
 * compared case-insensitively for e-mail-like values only, so "Ana@Example.org" and
 * "ana@example.org" are one learner.
 */
export function createPseudonymiser(key: Buffer): Pseudonymise {
	const block = Buffer.alloc(BLOCK);
	(key.length > BLOCK ? createHash('sha256').update(key).digest() : key).copy(block);
	const inner = Buffer.from(block.map((b) => b ^ 0x36));
	const outer = Buffer.from(block.map((b) => b ^ 0x5c));
	return (identifier) => {
		const trimmed = identifier.trim();
		const canonical = trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
		const innerDigest = hash(
			'sha256',
			Buffer.concat([inner, Buffer.from(canonical, 'utf8')]),
			'buffer'
		);
		const digest = hash('sha256', Buffer.concat([outer, innerDigest]), 'hex');
		return `p_${digest.slice(0, PSEUDONYM_HEX)}`;
	};
}
