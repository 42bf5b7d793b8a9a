import { readCsvObjects } from '../ingest/csv-objects';
import type { InputIssue } from '../report/input-issue';
import { isEurostatFlag } from '../../src/lib/contract/eurostat-flags';
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
		known: ANY_COLUMN
	});
	const dimensions = objects.columns.filter((c) => c !== '' && !RESERVED.has(c));
	const observations: StatObservation[] = [];
	const quarantined: InputIssue[] = [];
	let read = 0;
	let dataset: string | undefined;
	let lastUpdate: string | null = null;
	for await (const row of objects.rows) {
		read++;
		if (row.issue) {
			quarantined.push(row.issue);
			continue;
		}
		const v = row.values;
		const fail = (column: string, rule: string, message: string) =>
			quarantined.push(objects.errorAt(row.line, column, rule, message));
		const period = (v.time_period ?? '').trim();
		if (!/^\d{4}(?:-?(?:Q[1-4]|S[12]|M?\d{2}|W\d{2}))?$/.test(period)) {
			fail('time_period', 'time_period.invalid', `"${v.time_period}" is not a period`);
			continue;
		}
		const rawValue = (v.obs_value ?? '').trim();
		const value = rawValue === '' || rawValue === ':' ? null : Number(rawValue);
		if (value !== null && !Number.isFinite(value)) {
			fail('obs_value', 'obs_value.invalid', `"${rawValue}" is not a number`);
			continue;
		}
		const rawFlags = (v.obs_flag ?? '').trim().toLowerCase().replace(/\s+/g, '');
		if ([...rawFlags].some((f) => !isEurostatFlag(f))) {
			fail('obs_flag', 'obs_flag.unknown', `"${v.obs_flag}" holds an unknown flag`);
			continue;
		}
		const flags = [...new Set(rawFlags)].sort().join('');
		if (v.dataflow) dataset ??= datasetFromDataflow(v.dataflow);
		const updated = (v.last_update ?? '').trim().slice(0, 10);
		if (/^\d{4}-\d{2}-\d{2}$/.test(updated) && (lastUpdate === null || updated > lastUpdate))
			lastUpdate = updated;
		observations.push({ dims: dimensions.map((d) => (v[d] ?? '').trim()), period, value, flags });
	}
	return { dimensions, observations, quarantined, read, dataset, lastUpdate };
}
