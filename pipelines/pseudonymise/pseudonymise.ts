import { createHash } from 'node:crypto';
import { createHmacSha256 } from './hmac-sha256';

/** Hex digits kept from the HMAC-SHA-256: 128 bits, collision-free at any realistic scale. */
const PSEUDONYM_WORDS = 4;
const BLOCK = 64;

export type Pseudonymise = (identifier: string) => string;

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function wordHex(v: number): string {
	return HEX[v >>> 24] + HEX[(v >>> 16) & 0xff] + HEX[(v >>> 8) & 0xff] + HEX[v & 0xff];
}

/**
 * Keyed hash of a learner identifier: HMAC-SHA-256 (RFC 2104), the first 128 bits in hex after
 * 'p_'. Identifiers are trimmed and compared case-insensitively for e-mail-like values only, so
 * "Ana@Example.org" and "ana@example.org" are one learner. The hash runs in JavaScript
 * (hmac-sha256.ts): per-call native contexts (createHmac) held hundreds of megabytes waiting for
 * the garbage collector at ten million records, and one-shot native hashes cost four times more.
 */
export function createPseudonymiser(key: Buffer): Pseudonymise {
	const block = key.length > BLOCK ? createHash('sha256').update(key).digest() : key;
	const hmac = createHmacSha256(block);
	return (identifier) => {
		const trimmed = identifier.trim();
		const digest = hmac.digestText(trimmed.includes('@') ? trimmed.toLowerCase() : trimmed);
		let hex = 'p_';
		for (let i = 0; i < PSEUDONYM_WORDS; i++) hex += wordHex(digest[i]);
		return hex;
	};
}
