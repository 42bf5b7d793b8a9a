// XML documents that reach the credential importer. The importer reads JSON only (ELM v3 JSON-LD,
// Open Badges); an XML file is named for what it is, so that the refusal says what to do.
//
// Decision: ELM v2 / EDCI XML credentials are refused, not imported. Reading them needs an XML
// parser (a new dependency) and a second mapping for a format the Commission replaced with ELM v3
// JSON-LD; the one sample (EDC_WileECoyote_Simple.v2.xml) carries only a title, an issuer and a
// date. The message names the format and the conversion.

export type XmlKind =
	| { kind: 'elm_v2_credential'; root: string }
	| { kind: 'qdr_learning_opportunities'; root: string }
	| { kind: 'qdr_accreditations'; root: string }
	| { kind: 'other_xml'; root: string };

// The XML declaration, processing instructions, comments and a DOCTYPE before the root element.
const PROLOG = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?>)*/;
/** Only the start of a file is looked at: the patterns stay linear on a hostile one. */
const HEAD_CHARS = 64 * 1024;
const ROOT = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)([^>]*)>/;
const DEFAULT_NAMESPACE = /\sxmlns\s*=\s*["']([^"']*)["']/;

/** Whether a file's text (BOM removed) is XML rather than JSON. */
export function looksLikeXml(text: string): boolean {
	return text.trimStart().startsWith('<');
}

/** What an XML document is, from its root element and default namespace. */
export function xmlKind(text: string): XmlKind {
	const rest = text.slice(0, HEAD_CHARS).replace(PROLOG, '');
	const root = ROOT.exec(rest);
	const name = root?.[1] ?? '';
	const local = name.split(':').pop() ?? '';
	const namespace = (root && DEFAULT_NAMESPACE.exec(root[2])?.[1]) ?? '';
	if (/^europass\w*Credential$/i.test(local) || namespace === 'http://data.europa.eu/snb') {
		return { kind: 'elm_v2_credential', root: name };
	}
	if (/\/loq-constraints\/?$/.test(namespace))
		return { kind: 'qdr_learning_opportunities', root: name };
	if (/\/ams-constraints\/?$/.test(namespace)) return { kind: 'qdr_accreditations', root: name };
	return { kind: 'other_xml', root: name };
}

const TO_ELM_V3 =
	'convert it to ELM v3 JSON-LD (the EDC application profile, ' +
	"context 'http://data.europa.eu/snb/model/context/edc-ap'), for example by issuing it again " +
	'with the European Digital Credentials for Learning tools, and import that file';

/** The refusal: which format the file is and what to do with it. */
export function xmlRefusal(found: XmlKind): {
	kind: 'unsupported_format' | 'not_a_credential' | 'unknown_format';
	message: string;
} {
	const root = found.root ? `<${found.root}>` : 'no root element';
	switch (found.kind) {
		case 'elm_v2_credential':
			return {
				kind: 'unsupported_format',
				message:
					`ELM v2 / EDCI XML (Europass Digital Credentials v2, root ${root}) is not imported; ` +
					TO_ELM_V3
			};
		case 'qdr_learning_opportunities':
			return {
				kind: 'not_a_credential',
				message:
					'a Qualification Dataset Register (QDR) export of learning opportunities and ' +
					`qualifications (ELM LOQ XML, root ${root}): it describes offers, not credentials ` +
					'awarded to learners, so nothing is counted'
			};
		case 'qdr_accreditations':
			return {
				kind: 'not_a_credential',
				message:
					'a Qualification Dataset Register (QDR) export of accreditations (ELM AMS XML, root ' +
					`${root}): it describes the quality assurance of providers and programmes, not ` +
					'credentials awarded to learners, so nothing is counted'
			};
		case 'other_xml':
			return {
				kind: 'unknown_format',
				message:
					`an XML document (root ${root}), not a credential format the importer reads ` +
					'(ELM v3 JSON-LD, Open Badges 2.0 or 3.0 JSON)'
			};
	}
}
