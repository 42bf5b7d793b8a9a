import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
	MANIFEST_SCHEMA_VERSION,
	parseManifest,
	type Manifest,
	type ManifestTable
} from '../../core/contract/manifest';
import { encodeArrowStream, type ColumnSpec } from './arrow-table';
import { writeFileAtomic } from './atomic-write';
import { sha256 } from './sha256';
import { compareText } from './compare-text';

export interface TableToPublish extends Omit<
	ManifestTable,
	'file' | 'rows' | 'bytes' | 'sha256' | 'columns'
> {
	readonly columns: readonly ColumnSpec[];
}

export const MANIFEST_FILE = 'manifest.json';

/**
 * Writes every table as an Arrow IPC stream and then the manifest that describes them. The
 * manifest goes last, so a reader never finds a manifest that points to a file not yet written.
 */
export async function publishTables(options: {
	outDir: string;
	pipelineVersion: string;
	generatedAt: string;
	tables: readonly TableToPublish[];
}): Promise<Manifest> {
	const entries: ManifestTable[] = [];
	for (const table of [...options.tables].sort((a, b) => compareText(a.name, b.name))) {
		const bytes = encodeArrowStream(table.columns);
		const file = `${table.name}.arrows`;
		await writeFileAtomic(join(options.outDir, file), bytes);
		entries.push({
			name: table.name,
			file,
			rows: table.columns[0]?.values.length ?? 0,
			bytes: bytes.byteLength,
			sha256: sha256(bytes),
			kind: table.kind,
			columns: table.columns.map(({ name, type, description }) =>
				description ? { name, type, description } : { name, type }
			),
			source: table.source,
			flags: table.flags,
			...(table.unit ? { unit: table.unit } : {}),
			...(table.protection ? { protection: table.protection } : {})
		});
	}
	const manifest = parseManifest({
		schemaVersion: MANIFEST_SCHEMA_VERSION,
		pipelineVersion: options.pipelineVersion,
		generatedAt: options.generatedAt,
		tables: entries
	});
	await writeFileAtomic(
		join(options.outDir, MANIFEST_FILE),
		`${JSON.stringify(manifest, null, '\t')}\n`
	);
	// Tables of an earlier run that this one did not publish would be served without provenance.
	const published = new Set(entries.map((e) => e.file));
	for (const file of await readdir(options.outDir)) {
		if (file.endsWith('.arrows') && !published.has(file)) await rm(join(options.outDir, file));
	}
	return manifest;
}
