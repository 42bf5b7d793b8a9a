import type { ImportBuilder } from './import-builder';
import { generalise, isObject, join, literal, textOf, type Node } from './json-walk';
import type { JwtClaims } from './unwrap-jws';

export interface MapContext {
	claims?: JwtClaims;
}

export const ESCO_SKILL = /^https?:\/\/data\.europa\.eu\/esco\/skill\//;

export const VALID_FROM_NOTE = 'no explicit issuing date: validFrom (start of validity) used';

// EDC tools give every person node a document-local id ('urn:epass:person:1' in every
// credential); as a learner id it would merge all learners into one pseudonym.
const LOCAL_ID = /^(?:urn:epass:|_:)/i;

export function isLocalId(id: string): boolean {
	return LOCAL_ID.test(id);
}

export function unique(values: (string | undefined)[]): string[] {
	return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}

/** The path that names every item of a list: 'a.b[0].c[1]' -> 'a.b[*].c'. */
export function listPath(path: string): string {
	return generalise(path).replace(/\[\*\]$/, '');
}

/** ISO 8601 text of a date given as Unix seconds (a number or a string of digits). */
export function unixDate(value: unknown): string | undefined {
	const seconds = typeof value === 'string' && /^\d{9,11}$/.test(value) ? Number(value) : value;
	if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return undefined;
	return new Date(seconds * 1000).toISOString();
}

function dateText(value: unknown): string | undefined {
	return unixDate(value) ?? textOf(value);
}

/**
 * Element 5 from the first of `keys` on `node`; validFrom last, reported as an inference;
 * then the JWT claims. Raw strings: a UTC timestamp may fall on another calendar day locally.
 */
export function mapIssueDate(
	b: ImportBuilder,
	node: Node,
	keys: readonly string[],
	claims: JwtClaims | undefined
): void {
	for (const key of keys) {
		const value = isObject(node.value) ? dateText(node.value[key]) : undefined;
		if (value) return b.found(5, value, join(node.path, key));
	}
	const validFrom = literal(node, 'validFrom');
	if (validFrom)
		return b.found(5, validFrom, join(node.path, 'validFrom'), { note: VALID_FROM_NOTE });
	for (const key of ['nbf', 'iat'] as const) {
		const value = unixDate(claims?.[key]);
		if (value) {
			return b.found(5, value, `jwt.${key}`, {
				note: 'from the JWT claims; the credential has no date'
			});
		}
	}
	b.missing(5);
}
