import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CredentialImport } from '../../../../core/credentials/types';
import { sharedFile } from '../../../helpers/shared-data';

export function b64url(value: string | object): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return Buffer.from(text, 'utf8').toString('base64url');
}

/** header.payload.signature, as a signer would write it (the signature is not real). */
export function compactJws(
	payload: string | object,
	header: object = { alg: 'ES256' },
	sig = 'c2ln'
) {
	return `${b64url(header)}.${b64url(payload)}.${sig}`;
}

export async function sharedText(...parts: string[]): Promise<string> {
	return readFile(sharedFile(...parts), 'utf8');
}

export async function sharedJson(...parts: string[]): Promise<Record<string, unknown>> {
	return JSON.parse(await sharedText(...parts)) as Record<string, unknown>;
}

/** A temporary folder for files built by a test; removed by cleanup(). */
export async function scratch() {
	const dir = await mkdtemp(join(tmpdir(), 'uptake-credentials-'));
	let n = 0;
	return {
		dir,
		async write(content: string | object, name = `file-${++n}.json`): Promise<string> {
			const path = join(dir, name);
			await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
			return path;
		},
		cleanup: () => rm(dir, { recursive: true, force: true })
	};
}

/** Status and path of each element, compact enough to write expectations by hand. */
export function elementTable(item: CredentialImport): string[] {
	return item.elements.map((e) => `${e.number} ${e.status} ${e.path ?? '-'}`);
}

/** Everything the importer reports about a credential except the learner_id value itself. */
export function reportWithoutLearnerId(item: CredentialImport): string {
	return JSON.stringify({ ...item, record: { ...item.record, learner_id: undefined } });
}
