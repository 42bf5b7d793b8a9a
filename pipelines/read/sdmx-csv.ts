import { parseRows, readCsvObjects } from './csv-objects';
import { parseFlagLetters } from '../../core/contract/eurostat-flags';
import type { StatObservation } from './stat-table';

/** Every column of an SDMX-CSV file is meaningful: the dimensions vary by dataset. */
const ANY_COLUMN: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

const RESERVED = new Set([
	'dataflow',
	'last_update',
	'time_period',
	'obs_value',
	'obs_flag',
	'conf_status',
	'structure',
	'structure_id',
	'action'
]);

function normaliseName(raw: string): string {
	return raw
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s.-]+/g, '_');
}

export function isSdmxCsvHeader(names: readonly string[]): boolean {
	const normalised = new Set(names.map(normaliseName));
	return normalised.has('time_period') && normalised.has('obs_value');
}

/** `ESTAT:TRNG_LFSE_04(1.0)` → `trng_lfse_04`. */
export function datasetFromDataflow(dataflow: string): string | undefined {
	const match = /^(?:[A-Z0-9_]+:)?([A-Za-z0-9_]+)(?:\([^)]*\))?$/.exec(dataflow.trim());
	return match ? match[1].toLowerCase() : undefined;
}

/**
 * Reads Eurostat SDMX-CSV (one observation per line: DATAFLOW, LAST UPDATE, dimensions,
 * TIME_PERIOD, OBS_VALUE, OBS_FLAG). Dimensions are every other column, in file order.
 */
export async function readSdmxCsv(options: { path: string; file: string }) {
	const objects = await readCsvObjects({
		path: options.path,
		file: options.file,
		normaliseName,
		known: ANY_COLUMN,
		isHeader: isSdmxCsvHeader
	});
	const dimensions = objects.columns.filter((c) => c !== '' && !RESERVED.has(c));
	let dataset: string | undefined;
	let lastUpdate: string | null = null;
	const rows = await parseRows<StatObservation>(objects, (v, fail) => {
		const period = (v.time_period ?? '').trim();
		if (!/^\d{4}(?:-?(?:Q[1-4]|S[12]|M?\d{2}|W\d{2}))?$/.test(period)) {
			return fail('time_period', 'time_period.invalid', `"${v.time_period}" is not a period`);
		}
		const rawValue = (v.obs_value ?? '').trim();
		const value = rawValue === '' || rawValue === ':' ? null : Number(rawValue);
		if (value !== null && !Number.isFinite(value)) {
			return fail('obs_value', 'obs_value.invalid', `"${rawValue}" is not a number`);
		}
		const flags = parseFlagLetters(v.obs_flag ?? '');
		if (flags === undefined) {
			return fail('obs_flag', 'obs_flag.unknown', `"${v.obs_flag}" holds an unknown flag`);
		}
		if (v.dataflow) dataset ??= datasetFromDataflow(v.dataflow);
		const updated = (v.last_update ?? '').trim().slice(0, 10);
		if (/^\d{4}-\d{2}-\d{2}$/.test(updated) && (lastUpdate === null || updated > lastUpdate)) {
			lastUpdate = updated;
		}
		return { dims: dimensions.map((d) => (v[d] ?? '').trim()), period, value, flags };
	});
	const { parsed: observations, quarantined, read } = rows;
	return { dimensions, observations, quarantined, read, dataset, lastUpdate };
}
