import { isObject, typesOf, type JsonObject } from './json-walk';
import type { CredentialEnvelope } from './types';

export interface JwtClaims {
	sub?: string;
	jti?: string;
	/** NumericDate (seconds). */
	nbf?: number;
	iat?: number;
}

export type Unwrapped =
	| { ok: true; doc: JsonObject; envelope?: CredentialEnvelope; claims?: JwtClaims }
	| { ok: false; kind: 'bad_jws' | 'unknown_format'; reason: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const COMPACT = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){2,4}$/;
// A JOSE header is a JSON object, so its base64url form starts with 'eyJ' ('{"').
const COMPACT_JSON_HEADER = /^eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){2,4}$/;
const WRAPPER_FIELDS = [
	'jws',
	'jwt',
	'vc',
	'credential',
	'verifiableCredential',
	'signedCredential'
];

const DAMAGED = /^eyJ[A-Za-z0-9_-]*\.\S*$/;

/**
 * Dotted base64url segments, or a token whose JSON header is followed by damaged parts (to
 * report it as a bad JWS). `strict` asks for a header that decodes to '{"'.
 */
export function looksLikeCompactJws(text: string, strict = false): boolean {
	const t = text.trim();
	return strict ? COMPACT_JSON_HEADER.test(t) : COMPACT.test(t) || DAMAGED.test(t);
}

function decodeBase64url(part: string): string | undefined {
	if (!BASE64URL.test(part) || part.length % 4 === 1) return undefined;
	const binary = atob(part.replaceAll('-', '+').replaceAll('_', '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return UTF8.decode(bytes);
}

const UTF8 = new TextDecoder();

function parseObject(text: string | undefined): JsonObject | undefined {
	if (text === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(text);
		return isObject(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

function isSigned(header: JsonObject, signature: unknown): boolean {
	return typeof signature === 'string' && signature.length > 0 && header.alg !== 'none';
}

type Decoded =
	{ ok: true; payload: JsonObject; envelope: CredentialEnvelope } | { ok: false; reason: string };

export function decodeCompactJws(token: string): Decoded {
	const parts = token.trim().split('.');
	if (parts.length === 5) return { ok: false, reason: 'encrypted JWE, not a signed JWS' };
	if (parts.length !== 3) return { ok: false, reason: 'a compact JWS has three parts' };
	const [head, body, signature] = parts;
	const header = parseObject(decodeBase64url(head));
	if (!header) return { ok: false, reason: 'JWS header is not base64url-encoded JSON' };
	if (body === '') return { ok: false, reason: 'JWS has a detached payload: no credential' };
	const payload = parseObject(header.b64 === false ? body : decodeBase64url(body));
	if (!payload) return { ok: false, reason: 'JWS payload is not a base64url-encoded JSON object' };
	return {
		ok: true,
		payload,
		envelope: {
			type: 'jws_compact',
			algorithm: typeof header.alg === 'string' ? header.alg : undefined,
			signed: isSigned(header, signature),
			vcClaim: false
		}
	};
}

/** JWS JSON serialisation, general or flattened; EDC seals use it with an unencoded payload. */
export function isJwsJson(value: JsonObject): boolean {
	return (
		typeof value.payload === 'string' &&
		(Array.isArray(value.signatures) || typeof value.protected === 'string')
	);
}

export function decodeJwsJson(value: JsonObject): Decoded {
	const first = Array.isArray(value.signatures) ? value.signatures[0] : value;
	if (!isObject(first) || typeof first.protected !== 'string') {
		return { ok: false, reason: 'JWS JSON has no protected header' };
	}
	const header = parseObject(decodeBase64url(first.protected));
	if (!header) return { ok: false, reason: 'JWS header is not base64url-encoded JSON' };
	const body = value.payload as string;
	const unencoded = header.b64 === false || body.trimStart().startsWith('{');
	const payload = parseObject(unencoded ? body : decodeBase64url(body));
	if (!payload) return { ok: false, reason: 'JWS payload is not a JSON object' };
	return {
		ok: true,
		payload,
		envelope: {
			type: 'jws_json',
			algorithm: typeof header.alg === 'string' ? header.alg : undefined,
			signed: isSigned(header, first.signature),
			vcClaim: false
		}
	};
}

function numericDate(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A JWT claims set carries the credential in its 'vc' claim (VC-JWT, Open Badges 3.0 JWT). */
function fromPayload(payload: JsonObject, envelope?: CredentialEnvelope): Unwrapped {
	if (!isObject(payload.vc) || typesOf(payload).length > 0) {
		return { ok: true, doc: payload, envelope };
	}
	const claims: JwtClaims = {
		sub: typeof payload.sub === 'string' ? payload.sub : undefined,
		jti: typeof payload.jti === 'string' ? payload.jti : undefined,
		nbf: numericDate(payload.nbf),
		iat: numericDate(payload.iat)
	};
	return {
		ok: true,
		doc: payload.vc,
		envelope: envelope && { ...envelope, vcClaim: true },
		claims
	};
}

function fromDecoded(decoded: Decoded, field?: string): Unwrapped {
	if (!decoded.ok) return { ok: false, kind: 'bad_jws', reason: decoded.reason };
	return fromPayload(decoded.payload, field ? { ...decoded.envelope, field } : decoded.envelope);
}

function wrapperField(value: JsonObject): string | undefined {
	if (typesOf(value).length > 0 || '@context' in value) return undefined;
	const keys = [...WRAPPER_FIELDS.filter((k) => k in value), ...Object.keys(value)];
	return keys.find((k) => {
		const v = value[k];
		return typeof v === 'string' && looksLikeCompactJws(v, true);
	});
}

/**
 * The credential inside one top-level value: a plain object, a compact JWS string, a JWS
 * JSON object, an object with a JWS in one of its fields, or a JWT claims set.
 */
export function unwrapItem(value: unknown): Unwrapped {
	if (typeof value === 'string') {
		if (looksLikeCompactJws(value)) return fromDecoded(decodeCompactJws(value));
		return { ok: false, kind: 'unknown_format', reason: 'a string that is not a compact JWS' };
	}
	if (!isObject(value)) {
		return { ok: false, kind: 'unknown_format', reason: 'not a JSON object' };
	}
	if (isJwsJson(value)) return fromDecoded(decodeJwsJson(value));
	const field = wrapperField(value);
	if (field !== undefined) return fromDecoded(decodeCompactJws(value[field] as string), field);
	return fromPayload(value);
}
