import type { ManifestTable } from '$core/contract/manifest';
import type { PublishedQuery } from '$core/queries/sql-query';
import type { DataRelease } from '$lib/kit/figure-sources';
import { buildDatabase, readManifest } from './build-database';

export interface PrerenderedPage {
	/** The manifest entries of the tables the page reads, in the order asked. */
	readonly tables: ManifestTable[];
	/** Tables the page needs that this build did not publish (the page says so). */
	readonly missing: string[];
	readonly release: DataRelease;
}

/**
 * What every dashboard page needs at build time: its tables' provenance and the release. The
 * page works without an `optional` table (it leaves out the figure that reads it).
 */
export function prerenderPage(options: {
	tables: readonly string[];
	optional?: readonly string[];
}): PrerenderedPage {
	const manifest = readManifest();
	const byName = new Map(manifest.tables.map((t) => [t.name, t]));
	return {
		tables: [...options.tables, ...(options.optional ?? [])].flatMap(
			(name) => byName.get(name) ?? []
		),
		missing: options.tables.filter((name) => !byName.has(name)),
		release: { pipelineVersion: manifest.pipelineVersion, generatedAt: manifest.generatedAt }
	};
}

/** A query run at build time through the same engine as the browser's (choices, code lists). */
export function queryAtBuild<Row>(query: PublishedQuery): Promise<Row[]> {
	return buildDatabase().query<Row>(query);
}

/** The manifest of the published tables, for pages that list them. */
export { readManifest };
