// Credentials read from their text, shared by the pipelines (pipelines/read/read-credentials-file.ts
// reads the files) and the browser (a file dropped on the explore page): the documents found,
// mapped to issuance-record columns, with what could not be imported.
import { detectFormat } from './detect-format';
import type { Mapped } from './import-builder';
import { parseJsonText } from './json-text';
import { isObject, textOf, type JsonObject } from './json-walk';
import { mapElm } from './map-elm';
import { mapOpenBadge2, mapOpenBadge3 } from './map-open-badges';
import { looksLikeCompactJws, unwrapItem } from './unwrap-jws';
import { looksLikeXml, xmlKind, xmlRefusal } from './xml-kind';
import type {
	CredentialErrorKind,
	CredentialFileError,
	CredentialFileResult,
	CredentialFormat,
	CredentialImport
} from './types';

export type LoadedCredentials =
	{ ok: true; items: unknown[]; isArray: boolean } | { ok: false; error: CredentialFileError };

export function fileError(
	file: string,
	kind: CredentialErrorKind,
	message: string,
	extra: Partial<CredentialFileError> = {}
): { ok: false; error: CredentialFileError } {
	return { ok: false, error: { kind, file, message, ...extra } };
}

/** The credentials of one file's text: a JSON document or array, or a compact JWS. */
export function credentialItemsOfText(file: string, text: string): LoadedCredentials {
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const trimmed = text.trim();
	if (trimmed === '')
		return fileError(file, 'invalid_json', 'the file is empty', { line: 1, column: 1 });
	if (looksLikeCompactJws(trimmed)) return { ok: true, items: [trimmed], isArray: false };
	if (looksLikeXml(trimmed)) {
		const { kind, message } = xmlRefusal(xmlKind(trimmed));
		return fileError(file, kind, message);
	}
	const parsed = parseJsonText(text);
	if (!parsed.ok) {
		const { line, column, reason } = parsed;
		return fileError(file, 'invalid_json', `invalid JSON: ${reason}`, { line, column });
	}
	return Array.isArray(parsed.value)
		? { ok: true, items: parsed.value, isArray: true }
		: { ok: true, items: [parsed.value], isArray: false };
}

const UNSUPPORTED: Readonly<Record<string, string>> = {
	presentation: 'a verifiable presentation; import the credentials it contains one by one',
	ob3_other: 'an Open Badges 3.0 document that is not an achievement credential',
	unknown: 'not a European Digital Credential nor an Open Badges 2.0 or 3.0 credential'
};

const JSONLD_CONTEXT =
	'a JSON-LD context document: it defines the terms credentials use and holds no credential';

function hasProof(doc: JsonObject): boolean {
	const proof = doc.proof;
	return Array.isArray(proof) ? proof.length > 0 : isObject(proof);
}

/**
 * Imports the credentials of files already read, as one batch: an Open Badges 2.0 assertion
 * whose BadgeClass or Issuer is given by URL is resolved against the BadgeClass and Issuer
 * documents found in any file of the batch (never fetched). Results come in the order of `files`.
 */
export function importCredentialTexts(
	files: readonly { readonly file: string; readonly loaded: LoadedCredentials }[]
): CredentialFileResult[] {
	const resources = new Map<string, JsonObject>();
	type Slot = () => CredentialImport | CredentialFileError;
	const results: { result: CredentialFileResult; slots: Slot[] }[] = [];

	for (const { file, loaded } of files) {
		const result: CredentialFileResult = { file, imports: [], errors: [], resources: [] };
		const slots: Slot[] = [];
		results.push({ result, slots });
		if (!loaded.ok) {
			result.errors.push(loaded.error);
			continue;
		}
		loaded.items.forEach((item, index) => {
			const where = loaded.isArray ? { index } : {};
			const unwrapped = unwrapItem(item);
			if (!unwrapped.ok) {
				result.errors.push({ kind: unwrapped.kind, file, ...where, message: unwrapped.reason });
				return;
			}
			const { doc, envelope, claims } = unwrapped;
			const kind = detectFormat(doc);
			if (kind === 'ob2_badge_class' || kind === 'ob2_issuer') {
				const id = typeof doc.id === 'string' ? doc.id : undefined;
				result.resources.push(id === undefined ? { index, kind } : { index, kind, id });
				if (id !== undefined) resources.set(id, doc);
				return;
			}
			if (kind === 'jsonld_context') {
				result.errors.push({ kind: 'not_a_credential', file, ...where, message: JSONLD_CONTEXT });
				return;
			}
			if (kind !== 'edc' && kind !== 'open_badges_3' && kind !== 'open_badges_2') {
				const message = UNSUPPORTED[kind ?? 'unknown'];
				result.errors.push({ kind: 'unknown_format', file, ...where, message });
				return;
			}
			const build = (
				mapped: Mapped,
				resolved: string[] = []
			): CredentialImport | CredentialFileError => {
				const { uncounted, warnings, ...rest } = mapped;
				if (uncounted) {
					const { message, path } = uncounted;
					return { kind: 'country_not_covered', file, ...where, message, path };
				}
				rest.record.digital_format = kind;
				rest.record.sealed = String((envelope?.signed ?? false) || hasProof(doc));
				const credentialId = textOf(doc.id) ?? claims?.jti;
				return {
					file,
					index,
					format: kind satisfies CredentialFormat,
					...(credentialId === undefined ? {} : { credentialId }),
					...(envelope === undefined ? {} : { envelope }),
					...rest,
					warnings: warnings.map((w) => ({ file, index, ...w })),
					resolved
				};
			};
			if (kind === 'open_badges_2') {
				// Deferred: the batch's BadgeClass and Issuer documents may come in later files.
				slots.push(() => {
					const { resolved, ...mapped } = mapOpenBadge2(doc, {
						claims,
						resolve: (id) => resources.get(id)
					});
					return build(mapped, resolved);
				});
			} else {
				const mapped = kind === 'edc' ? mapElm(doc, { claims }) : mapOpenBadge3(doc, { claims });
				const made = build(mapped);
				slots.push(() => made);
			}
		});
	}
	return results.map(({ result, slots }) => {
		const imports: CredentialImport[] = [];
		const errors = [...result.errors];
		for (const slot of slots) {
			const made = slot();
			if ('kind' in made) errors.push(made);
			else imports.push(made);
		}
		// In the file's order: errors found at mapping (country_not_covered) were added last.
		errors.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
		return { ...result, imports, errors };
	});
}
