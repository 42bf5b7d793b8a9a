import {
	readReportBundle,
	verifyReportBundle,
	type BundleVerification,
	type ReportBundle
} from './bundle';

/**
 * Opens a bundle's bytes and checks it in this browser: the files against their checksums, each
 * figure's SQL on this site's published tables through the one query path (DuckDB-WASM, loaded
 * on demand). Nothing leaves the browser. `opened` is told once the archive is read.
 */
export async function verifyBundleInBrowser(options: {
	bytes: Uint8Array;
	base: string;
	opened?: (bundle: ReportBundle) => void;
}): Promise<{ bundle: ReportBundle; result: BundleVerification }> {
	const bundle = readReportBundle(options.bytes);
	options.opened?.(bundle);
	const { browserDatabase, httpFiles } = await import('$lib/db/client');
	const database = browserDatabase(options.base);
	const result = await verifyReportBundle(
		bundle,
		(query) => database.query<Record<string, unknown>>(query),
		{ published: await httpFiles(options.base).manifest() }
	);
	return { bundle, result };
}
