// What every export of a console result carries: the citation, the query, the link that
// reproduces it, the data release, and the tables read, synthetic ones named as such. Arrow
// files keep it in their schema metadata, Parquet files in their key-value metadata, and a CSV
// file in a JSON sidecar.
import type { ManifestTable } from '$core/contract/manifest';
import { sourceNames, type DataRelease } from '$lib/kit/figure-sources';
import type { ResultView } from './result-view';

export interface ExportProvenance {
	readonly sql: string;
	/** The published tables the query read. */
	readonly tables: readonly ManifestTable[];
	readonly release: DataRelease;
	readonly citation: string;
	/** The page's link that reruns the query. */
	readonly url: string;
	/** YYYY-MM-DD */
	readonly accessed: string;
	/** The source line: sources, synthetic data, perturbation, release (translated). */
	readonly sourceLine: string;
}

export const METADATA_PREFIX = 'uptake:';

/** The provenance as key-value pairs, in a stable order. */
export function exportMetadata(provenance: ExportProvenance): [string, string][] {
	const { tables, release } = provenance;
	const synthetic = tables.filter((t) => t.kind === 'synthetic').map((t) => t.name);
	const pairs: [string, string][] = [
		['citation', provenance.citation],
		['query', provenance.sql],
		['url', provenance.url],
		['accessed', provenance.accessed],
		['pipeline_version', release.pipelineVersion],
		['generated_at', release.generatedAt],
		['tables', tables.map((t) => `${t.name} (${t.kind})`).join(', ')],
		['synthetic_tables', synthetic.join(', ')],
		['sources', sourceNames(tables).join('; ')],
		['licences', [...new Set(tables.map((t) => t.source.licence))].join('; ')],
		['source_line', provenance.sourceLine]
	];
	return pairs.map(([key, value]) => [`${METADATA_PREFIX}${key}`, value]);
}

/** The JSON sidecar of a CSV export: the file's columns and the same provenance. */
export function exportSidecar(options: {
	fileName: string;
	view: ResultView;
	provenance: ExportProvenance;
}): string {
	const { view, provenance } = options;
	const document = {
		file: options.fileName,
		format: 'text/csv; charset=utf-8; header=present',
		rows: view.rowCount,
		columns: view.columns.map((c) => ({ name: c.name, type: c.type })),
		citation: provenance.citation,
		query: provenance.sql,
		url: provenance.url,
		accessed: provenance.accessed,
		release: {
			pipelineVersion: provenance.release.pipelineVersion,
			generatedAt: provenance.release.generatedAt
		},
		tables: provenance.tables.map((t) => ({
			name: t.name,
			kind: t.kind,
			synthetic: t.kind === 'synthetic',
			publisher: t.source.publisher,
			dataset: t.source.dataset,
			title: t.source.title,
			licence: t.source.licence
		})),
		sourceLine: provenance.sourceLine
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

/** A file name for an export: the tables read and a short hash of the query, e.g. `uptake-query-supply-1a2b3c4d.parquet`. */
export function exportFileName(options: {
	sql: string;
	tables: readonly string[];
	extension: 'csv' | 'json' | 'arrow' | 'parquet';
}): string {
	const tables = options.tables.slice(0, 3).join('-');
	return `uptake-query${tables ? `-${tables}` : ''}-${fnv1a(options.sql)}.${options.extension}`;
}

/** FNV-1a, 32 bits, in hex: the same query gives the same name. */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
