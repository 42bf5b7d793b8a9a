import { asArray, isObject, typesOf, type JsonObject } from './json-walk';
import type { CredentialFormat } from './types';

export type DetectedKind =
	| CredentialFormat
	| 'ob2_badge_class'
	| 'ob2_issuer'
	| 'presentation'
	| 'ob3_other'
	| 'jsonld_context';

function contexts(doc: JsonObject): string[] {
	return asArray(doc['@context']).filter((c): c is string => typeof c === 'string');
}

/** What a parsed (unwrapped) document is, or undefined when it is none of the supported kinds. */
export function detectFormat(doc: JsonObject): DetectedKind | undefined {
	const types = typesOf(doc);
	// A context document (such as the EDC application profile's edc-ap-context.jsonld) defines
	// the terms credentials use: an object under @context and nothing else.
	if (isObject(doc['@context']) && Object.keys(doc).every((k) => k === '@context')) {
		return 'jsonld_context';
	}
	const ctx = contexts(doc);
	const inContext = (fragment: string) => ctx.some((c) => c.includes(fragment));

	if (types.includes('VerifiablePresentation') || types.includes('EuropeanDigitalPresentation')) {
		return 'presentation';
	}
	if (
		types.includes('EuropeanDigitalCredential') ||
		inContext('data.europa.eu/snb/model/context/edc')
	) {
		return 'edc';
	}
	if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) {
		return 'open_badges_3';
	}
	if (inContext('purl.imsglobal.org/spec/ob/v3p0')) {
		// An EndorsementCredential is a VerifiableCredential too, but awards nothing.
		const subject = doc.credentialSubject;
		return isObject(subject) && 'achievement' in subject ? 'open_badges_3' : 'ob3_other';
	}
	const ob2 = inContext('w3id.org/openbadges') || inContext('openbadgespec.org');
	if (types.includes('Assertion') && (ob2 || ('recipient' in doc && 'badge' in doc))) {
		return 'open_badges_2';
	}
	if (types.includes('BadgeClass')) return 'ob2_badge_class';
	if (ob2 && (types.includes('Issuer') || types.includes('Profile'))) return 'ob2_issuer';
	// Open Badges 1.x assertions have no type; their shape is the same as 2.0 for our columns.
	if (types.length === 0 && 'recipient' in doc && 'badge' in doc && 'issuedOn' in doc) {
		return 'open_badges_2';
	}
	return undefined;
}
