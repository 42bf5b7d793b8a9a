// Digital credentials dropped in (European Digital Credentials, Open Badges 3.0 and 2.0, JSON or
// JWS): read by the pipelines' own importer (core/credentials/read-credentials.ts), mapped to the
// issuance record's columns, then checked by the same contract as a CSV row. A credential is
// located by its position in the file (its "line": 1 for a single credential, n for the n-th of
// an array), as the pipelines locate it.
import { importCredentialTexts, credentialItemsOfText } from '$core/credentials/read-credentials';
import { RECORD_COLUMNS } from '$core/credentials/types';
import type { IssuanceRecord } from '$core/contract/issuance-record';
import type { AcceptedIssuance } from './local-file-check';
import { LocalValidator } from './local-validator';
import type { LocalSummary } from './messages';

/** Whether a file is one of credentials rather than a CSV: its name, or its first character. */
export function looksLikeCredentials(fileName: string, start: string): boolean {
	if (/\.(json|jsonld|jws|jwt)$/i.test(fileName)) return true;
	const first = start.replace(/^\uFEFF/, '').trimStart()[0];
	return first === '{' || first === '[';
}

const HEADER = [...RECORD_COLUMNS, 'credential_id'];

export function checkCredentialText(
	fileName: string,
	text: string,
	today?: string
): { accepted: AcceptedIssuance[]; summary: LocalSummary } {
	const [result] = importCredentialTexts([
		{ file: fileName, loaded: credentialItemsOfText(fileName, text) }
	]);
	const validator = new LocalValidator({ kind: 'issuance', header: HEADER, headerLine: 0, today });
	for (const error of result.errors) {
		validator.rejectRow({
			line: error.index === undefined ? (error.line ?? 0) : error.index + 1,
			column: error.column ?? 0,
			columnName: '',
			rule: `credential.${error.kind}`,
			message: error.message
		});
	}
	const accepted: AcceptedIssuance[] = [];
	for (const imported of result.imports) {
		const line = imported.index + 1;
		const row: Record<string, string> = {
			...imported.record,
			credential_id: imported.credentialId ?? ''
		};
		const record = validator.check(
			HEADER.map((name) => row[name] ?? ''),
			line
		);
		if (record !== undefined) accepted.push({ record: record as IssuanceRecord, line });
	}
	return {
		accepted,
		summary: {
			fileName,
			kind: 'issuance',
			headerLine: 0,
			read: result.errors.length + result.imports.length,
			accepted: validator.accepted,
			rejected: validator.rejected,
			warnings: validator.warnings,
			rejections: validator.rejections,
			droppedReasons: validator.dropped,
			credentialColumn: 0,
			fileNotes: [],
			seconds: 0
		}
	};
}
