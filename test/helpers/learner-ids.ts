import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseHeader } from '../../core/contract/normalise';
import { readCsvFile } from '../../pipelines/read/read-csv-file';
import { readCredentialsFiles } from '../../pipelines/read/read-credentials-file';

/** Every raw learner identifier in a data directory's issuance files and credentials. */
export async function collectLearnerIds(dataDir: string): Promise<Set<string>> {
	const ids = new Set<string>();
	const issuance = join(dataDir, 'issuance');
	for (const name of readdirSync(issuance)) {
		const csv = await readCsvFile({ path: join(issuance, name) });
		const index = (csv.header?.names ?? []).findIndex((h) => normaliseHeader(h) === 'learner_id');
		for await (const row of csv.rows) {
			const id = row.fields?.[index]?.trim();
			if (id) ids.add(id);
		}
	}
	const credentials = join(dataDir, 'credentials');
	const results = await readCredentialsFiles(
		readdirSync(credentials).map((f) => join(credentials, f))
	);
	for (const r of results)
		for (const i of r.imports) if (i.record.learner_id) ids.add(i.record.learner_id);
	return ids;
}

/** Identifier-like tokens of a text: what a leaked learner identifier would look like in it. */
export function tokens(text: string): Set<string> {
	return new Set(text.split(/[^A-Za-z0-9@._:+-]+/).filter((t) => t.length >= 4));
}
