import { createHash } from 'node:crypto';
import { createHmacSha256 } from './hmac-sha256';
import {
	canonicalLearnerIdentifier,
	PSEUDONYM_HEX_DIGITS,
	PSEUDONYM_PREFIX
} from '../../core/contract/learner-identifier';

/** Hex digits kept from the HMAC-SHA-256: 128 bits, collision-free at any realistic scale. */
const PSEUDONYM_WORDS = PSEUDONYM_HEX_DIGITS / 8;
const BLOCK = 64;

export interface Pseudonymise {
	/** The pseudonym: 'p_' and 32 hex digits. */
	(identifier: string): string;
	/**
	 * The same pseudonym as ASCII bytes, in an array that the next call overwrites: for writers
	 * that copy it at once (the staging file), without a string per record.
	 */
	bytes(identifier: string): Uint8Array;
}

const PREFIX = PSEUDONYM_PREFIX;
/** ASCII codes of the hex digits. */
const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

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
	const pseudonym = Buffer.from(PREFIX + '0'.repeat(PSEUDONYM_WORDS * 8), 'latin1');
	const bytes = (identifier: string) => {
		const digest = hmac.digestText(canonicalLearnerIdentifier(identifier));
		let at = PREFIX.length;
		for (let i = 0; i < PSEUDONYM_WORDS; i++) {
			const v = digest[i];
			for (let shift = 28; shift >= 0; shift -= 4) {
				pseudonym[at++] = HEX_DIGITS[(v >>> shift) & 0xf];
			}
		}
		return pseudonym;
	};
	// The text is decoded from the bytes in one step: concatenating 16 hex pieces made a rope
	// that every later use had to flatten first.
	const text = (identifier: string) => bytes(identifier).toString('latin1');
	return Object.assign(text, { bytes });
}
