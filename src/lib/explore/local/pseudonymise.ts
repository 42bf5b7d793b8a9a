// Learner identifiers replaced in the browser by a keyed hash, before anything is kept: the
// pipelines' pseudonym ('p_' and the first 128 bits of an HMAC-SHA-256, in hex, of the identifier
// canonicalised by the same rule, core/contract/learner-identifier.ts), under a key of this
// browser. The root key is a random WebCrypto key that no script can read out (non-extractable);
// each file's hashing key is derived from it by WebCrypto (HMAC of a fixed label), and the
// identifiers are hashed under that key by the pipelines' JavaScript HMAC
// (core/methods/hmac-sha256.ts): one WebCrypto call per identifier cost 25-45 µs in Chromium,
// half a minute for a million records. The same learner gets the same pseudonym in every file
// dropped in this browser, and a pseudonym cannot be traced back without the key.
import {
	canonicalLearnerIdentifier,
	PSEUDONYM_HEX_DIGITS,
	PSEUDONYM_PREFIX
} from '$core/contract/learner-identifier';
import { createHmacSha256 } from '$core/methods/hmac-sha256';

/** What the root key signs to give the hashing key. */
export const HASH_KEY_LABEL = 'uptake local learner pseudonym key v1';

/** A new random HMAC-SHA-256 key that no script can export. */
export function generateLocalKey(): Promise<CryptoKey> {
	return crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);
}

/** The hashing key of the root key: 32 bytes, kept in the validating worker's memory only. */
export async function deriveHashKey(rootKey: CryptoKey): Promise<Uint8Array> {
	const label = new TextEncoder().encode(HASH_KEY_LABEL);
	return new Uint8Array(await crypto.subtle.sign('HMAC', rootKey, label));
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const WORDS = PSEUDONYM_HEX_DIGITS / 8;

/** 'p_' and the first words of a digest (big-endian 32-bit words) in hex. */
export function pseudonymText(words: Int32Array): string {
	let hex = PSEUDONYM_PREFIX;
	for (let i = 0; i < WORDS; i++) {
		const v = words[i];
		hex += HEX[(v >>> 24) & 0xff] + HEX[(v >>> 16) & 0xff] + HEX[(v >>> 8) & 0xff] + HEX[v & 0xff];
	}
	return hex;
}

/**
 * The pseudonym of each identifier under `hashKey`. Null (no identifier) stays null; so does an
 * identifier blank after trimming.
 */
export function createLocalPseudonymiser(hashKey: Uint8Array) {
	const hmac = createHmacSha256(hashKey);
	return (identifier: string | null): string | null => {
		if (identifier === null) return null;
		const canonical = canonicalLearnerIdentifier(identifier);
		return canonical === '' ? null : pseudonymText(hmac.digestText(canonical));
	};
}
