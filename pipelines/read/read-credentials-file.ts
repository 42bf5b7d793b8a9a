import { open } from 'node:fs/promises';
import { detectFormat } from '../../core/credentials/detect-format';
import type { Mapped } from '../../core/credentials/import-builder';
import { parseJsonText } from '../../core/credentials/json-text';
import { isObject, textOf, type JsonObject } from '../../core/credentials/json-walk';
import { mapElm } from '../../core/credentials/map-elm';
import { mapOpenBadge2, mapOpenBadge3 } from '../../core/credentials/map-open-badges';
import { looksLikeCompactJws, unwrapItem } from '../../core/credentials/unwrap-jws';
import { looksLikeXml, xmlKind, xmlRefusal } from '../../core/credentials/xml-kind';
import {
	MAX_CREDENTIAL_FILE_BYTES,
	type CredentialErrorKind,
	type CredentialFileError,
	type CredentialFileResult,
	type CredentialFormat,
	type CredentialImport,
	type ReadCredentialsOptions
} from '../../core/credentials/types';

type Loaded =
	{ ok: true; items: unknown[]; isArray: boolean } | { ok: false; error: CredentialFileError };

const MIB = 1024 * 1024;

function fileError(
	file: string,
	kind: CredentialErrorKind,
	message: string,
	extra: Partial<CredentialFileError> = {}
): { ok: false; error: CredentialFileError } {
	return { ok: false, error: { kind, file, message, ...extra } };
}

function errorCode(cause: unknown): string {
	const code = isObject(cause) ? cause.code : undefined;
	return typeof code === 'string' ? code : 'I/O error';
}

async function loadItems(file: string, maxBytes: number): Promise<Loaded> {
	let text: string;
	try {
		const handle = await open(file, 'r');
		try {
			const stats = await handle.stat();
			if (!stats.isFile()) return fileError(file, 'unreadable', 'not a regular file');
			if (stats.size > maxBytes) {
				const size = (stats.size / MIB).toFixed(1);
				const limit = (maxBytes / MIB).toFixed(1);
				return fileError(file, 'too_large', `${size} MiB, over the ${limit} MiB limit; not read`);
			}
			text = await handle.readFile('utf8');
		} finally {
			await handle.close();
		}
	} catch (cause) {
		return fileError(file, 'unreadable', `cannot read the file (${errorCode(cause)})`);
	}
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
 * Reads credential files as one batch: an Open Badges 2.0 assertion whose BadgeClass or
 * Issuer is given by URL is resolved against the BadgeClass and Issuer documents found in
 * any file of the batch (never fetched). Results come in the order of `paths`.
 */
export async function readCredentialsFiles(
	paths: readonly string[],
	options: ReadCredentialsOptions = {}
): Promise<CredentialFileResult[]> {
	const maxBytes = options.maxBytes ?? MAX_CREDENTIAL_FILE_BYTES;
	const resources = new Map<string, JsonObject>();
	type Slot = () => CredentialImport | CredentialFileError;
	const results: { result: CredentialFileResult; slots: Slot[] }[] = [];

	for (const file of paths) {
		const result: CredentialFileResult = { file, imports: [], errors: [], resources: [] };
		const slots: Slot[] = [];
		results.push({ result, slots });
		const loaded = await loadItems(file, maxBytes);
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

/** One file; Open Badges 2.0 references resolve only against documents in the same file. */
export async function readCredentialsFile(
	file: string,
	options: ReadCredentialsOptions = {}
): Promise<CredentialFileResult> {
	const [result] = await readCredentialsFiles([file], options);
	return result;
}
