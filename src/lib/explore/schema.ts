import type { Manifest, ManifestTable } from '$core/contract/manifest';
import { checkConsoleSql } from '$core/queries/console-guard';
import type { DataRelease } from '$lib/kit/figure-sources';
import { EXAMPLE_QUERIES, type ExampleQuery } from './examples';

/**
 * What the console page needs from the manifest, read at build time: every published table
 * (its list of input files left out, the page does not show them) and the release.
 */
export interface ConsoleSchema {
	readonly tables: readonly ManifestTable[];
	readonly release: DataRelease;
	/** The example queries whose tables this build published. */
	readonly examples: readonly ExampleQuery[];
}

export function consoleSchema(manifest: Manifest): ConsoleSchema {
	const tables = manifest.tables.map((table) => ({
		...table,
		source: { ...table.source, inputs: [] }
	}));
	const names = tables.map((t) => t.name);
	return {
		tables,
		release: { pipelineVersion: manifest.pipelineVersion, generatedAt: manifest.generatedAt },
		examples: EXAMPLE_QUERIES.filter((example) => {
			const check = checkConsoleSql(example.sql, { tables: names });
			return check.ok && check.tables.length > 0;
		})
	};
}
