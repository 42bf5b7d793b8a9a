import { open } from 'node:fs/promises';
import {
	credentialItemsOfText,
	fileError,
	importCredentialTexts,
	type LoadedCredentials
} from '../../core/credentials/read-credentials';
import { isObject } from '../../core/credentials/json-walk';
import {
	MAX_CREDENTIAL_FILE_BYTES,
	type CredentialFileResult,
	type ReadCredentialsOptions
} from '../../core/credentials/types';

const MIB = 1024 * 1024;

function errorCode(cause: unknown): string {
	const code = isObject(cause) ? cause.code : undefined;
	return typeof code === 'string' ? code : 'I/O error';
}

async function loadItems(file: string, maxBytes: number): Promise<LoadedCredentials> {
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
	return credentialItemsOfText(file, text);
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
	const files: { file: string; loaded: LoadedCredentials }[] = [];
	for (const file of paths) files.push({ file, loaded: await loadItems(file, maxBytes) });
	return importCredentialTexts(files);
}

/** One file; Open Badges 2.0 references resolve only against documents in the same file. */
export async function readCredentialsFile(
	file: string,
	options: ReadCredentialsOptions = {}
): Promise<CredentialFileResult> {
	const [result] = await readCredentialsFiles([file], options);
	return result;
}
