// Settings every DuckDB-WASM instance of the site opens with, in the browser and at build time,
// so that both give the same rows.

/** Counts come back as numbers, decimals as doubles: rows are plain JSON values. */
export const DUCKDB_OPEN_CONFIG = {
	query: { castBigIntToDouble: true, castDecimalToDouble: true }
} as const;

/** Offline by design: never reach for an extension repository on the internet. */
export const DUCKDB_OFFLINE_SETTINGS = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
] as const;
