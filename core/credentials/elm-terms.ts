import { isObject, type JsonObject } from './json-walk';

// Compact terms of the EDC application-profile context (elm/edc-ap-context.jsonld) and of
// the VC context that the mapping reads, with the IRIs they stand for. A credential written
// with prefixed or full IRIs as keys is renamed to these terms; no JSON-LD processor needed.
const PREFIXES: Readonly<Record<string, string>> = {
	elm: 'http://data.europa.eu/snb/model/elm/',
	dc: 'http://purl.org/dc/terms/',
	skos: 'http://www.w3.org/2004/02/skos/core#',
	foaf: 'http://xmlns.com/foaf/0.1/',
	rov: 'http://www.w3.org/ns/regorg#',
	adms: 'http://www.w3.org/ns/adms#',
	cred: 'https://www.w3.org/2018/credentials#'
};

const TERMS: readonly (readonly [string, string])[] = [
	['credentialSubject', 'cred:credentialSubject'],
	['issuer', 'cred:issuer'],
	['issuanceDate', 'cred:issuanceDate'],
	['issued', 'cred:issued'],
	['validFrom', 'cred:validFrom'],
	['proof', 'https://w3id.org/security#proof'],
	['hasClaim', 'elm:hasClaim'],
	['awardedBy', 'elm:awardedBy'],
	['awardingBody', 'elm:awardingBody'],
	['awardingDate', 'elm:awardingDate'],
	['specifiedBy', 'elm:specifiedBy'],
	['provenBy', 'elm:provenBy'],
	['influencedBy', 'elm:influencedBy'],
	['learningOutcome', 'elm:learningOutcome'],
	['learningOutcomeSummary', 'elm:learningOutcomeSummary'],
	['relatedESCOSkill', 'elm:relatedESCOSkill'],
	['relatedSkill', 'elm:relatedSkill'],
	['creditPoint', 'elm:creditPoint'],
	['framework', 'elm:framework'],
	['point', 'elm:point'],
	['volumeOfLearning', 'elm:volumeOfLearning'],
	['workload', 'elm:workload'],
	['eqfLevel', 'elm:EQFLevel'],
	['nqfLevel', 'elm:NQFLevel'],
	['mode', 'elm:mode'],
	['grade', 'elm:grade'],
	['idVerification', 'elm:idVerification'],
	['accreditation', 'elm:accreditation'],
	['entryRequirement', 'elm:entryRequirement'],
	['learningSetting', 'elm:learningSetting'],
	['isPartOf', 'elm:isPartOf'],
	['additionalNote', 'elm:additionalNote'],
	['supplementaryDocument', 'elm:supplementaryDocument'],
	['contentURL', 'elm:contentUrl'],
	['noteLiteral', 'elm:noteLiteral'],
	['nationalID', 'elm:nationalID'],
	['contactPoint', 'elm:contactPoint'],
	['emailAddress', 'elm:emailAddress'],
	['location', 'elm:location'],
	['address', 'elm:address'],
	['countryCode', 'elm:countryCode'],
	['spatialCode', 'elm:spatialCode'],
	['vatIdentifier', 'elm:vatIdentifier'],
	['eIDASIdentifier', 'elm:eidasLegalIdentifier'],
	['taxIdentifier', 'elm:taxIdentifier'],
	['schemeName', 'elm:schemeName'],
	['displayParameter', 'elm:displayParameter'],
	['title', 'dc:title'],
	['description', 'dc:description'],
	['dcType', 'dc:type'],
	['spatial', 'dc:spatial'],
	['prefLabel', 'skos:prefLabel'],
	['notation', 'skos:notation'],
	['homepage', 'foaf:homepage'],
	['legalName', 'rov:legalName'],
	['registration', 'rov:registration'],
	['identifier', 'adms:identifier'],
	['id', '@id'],
	['type', '@type']
];

function expand(iri: string): string {
	const colon = iri.indexOf(':');
	const prefix = PREFIXES[iri.slice(0, colon)];
	return prefix ? prefix + iri.slice(colon + 1) : iri;
}

const RENAME = new Map<string, string>();
for (const [term, iri] of TERMS) {
	RENAME.set(iri, term);
	RENAME.set(expand(iri), term);
}

/** A copy with prefixed and full-IRI keys renamed to compact terms; others unchanged. */
export function compactElmKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(compactElmKeys);
	if (!isObject(value)) return value;
	const out: JsonObject = {};
	for (const [key, child] of Object.entries(value)) {
		const term = RENAME.get(key) ?? key;
		if (!(term in out) || key === term) out[term] = compactElmKeys(child);
	}
	return out;
}
