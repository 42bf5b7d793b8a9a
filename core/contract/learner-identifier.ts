// A learner identifier as it is hashed into a pseudonym: the same rule in the pipelines
// (pipelines/stages/pseudonymise.ts) and in the browser (src/lib/explore/local/pseudonymise.ts).

/** A pseudonym is this prefix and the first 128 bits of the HMAC-SHA-256, in hex. */
export const PSEUDONYM_PREFIX = 'p_';
export const PSEUDONYM_HEX_DIGITS = 32;

/**
 * Trimmed, and lower-cased when it looks like an e-mail address: "Ana@Example.org" and
 * "ana@example.org" are one learner.
 */
export function canonicalLearnerIdentifier(identifier: string): string {
	const trimmed = identifier.trim();
	return trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
}
