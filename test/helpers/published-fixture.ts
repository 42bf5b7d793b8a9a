import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnSpec } from '../../pipelines/publish/arrow-table';
import { publishTables } from '../../pipelines/publish/publish-tables';

/** Publishes small tables with the pipelines' own publisher into a fresh folder. */
export async function publishFixture(
	tables: readonly { name: string; columns: readonly ColumnSpec[] }[]
): Promise<string> {
	const outDir = mkdtempSync(join(tmpdir(), 'uptake-fixture-'));
	await publishTables({
		outDir,
		pipelineVersion: 'test',
		generatedAt: '2026-01-01T00:00:00.000Z',
		tables: tables.map((t) => ({
			name: t.name,
			kind: 'official',
			columns: t.columns,
			flags: {},
			source: {
				dataset: 'fixture',
				title: 'fixture',
				publisher: 'test',
				licence: 'test',
				attribution: 'test',
				extractionDate: null,
				inputs: []
			}
		}))
	});
	return outDir;
}
