import { parseDecimal } from '../../src/lib/contract/normalise';
import { isEurostatFlag } from '../../src/lib/contract/eurostat-flags';
import { readCsvObjects } from '../ingest/csv-objects';
import type { InputIssue } from '../report/input-issue';

/** One value of a long-format statistics file (`indicator_code, geo, year, breakdown, value, …`). */
export interface LongObservation {
	readonly indicator: string;
	readonly geo: string;
	readonly year: number;
	readonly breakdown: string;
	readonly value: number;
	readonly unit: string;
	readonly flags: string;
	readonly source: string;
	readonly sourceRef: string;
	/** Free-text kind of value (e.g. "EU headline target"), when the file says it. */
	readonly kind: string;
	readonly file: string;
}

const REQUIRED = ['indicator_code', 'geo', 'year', 'value'] as const;
const DESCRIPTIVE = ['breakdown', 'unit', 'flag', 'source', 'source_ref', 'note', 'kind'] as const;
/** Columns folded into the breakdown as `name=value`, as Eurostat dimensions are. */
const DIMENSIONS = ['sex', 'age', 'isced11', 'wstatus', 'deg_urb', 'isco08'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...DESCRIPTIVE, ...DIMENSIONS]);

const SYNONYMS: Record<string, string> = {
	indicator: 'indicator_code',
	time_period: 'year',
	time: 'year',
	obs_value: 'value',
	flags: 'flag',
	obs_flag: 'flag',
	source_url: 'source_ref',
	target_year: 'year'
};

export function normaliseStatisticsHeader(raw: string): string {
	const name = raw
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s.-]+/g, '_');
	return SYNONYMS[name] ?? name;
}

/** Whether a header looks like a long-format statistics file. */
export function isLongStatisticsHeader(names: readonly string[]): boolean {
	const normalised = new Set(names.map(normaliseStatisticsHeader));
	return REQUIRED.every((c) => normalised.has(c));
}

const GEO = /^[A-Z]{2}[A-Z0-9_]*$/;

export async function readLongStatistics(options: { path: string; file: string }) {
	const objects = await readCsvObjects({
		path: options.path,
		file: options.file,
		normaliseName: normaliseStatisticsHeader,
		known: KNOWN
	});
	const observations: LongObservation[] = [];
	const quarantined: InputIssue[] = [...objects.headerIssues.filter((i) => i.severity === 'error')];
	const warnings = objects.headerIssues.filter((i) => i.severity === 'warning');
	let read = 0;
	for await (const row of objects.rows) {
		read++;
		if (row.issue) {
			quarantined.push(row.issue);
			continue;
		}
		const v = row.values;
		const fail = (column: string, rule: string, message: string) =>
			quarantined.push(objects.errorAt(row.line, column, rule, message));
		const missing = REQUIRED.find((c) => (v[c] ?? '').trim() === '');
		if (missing) {
			fail(missing, `${missing}.missing`, `${missing} is empty`);
			continue;
		}
		const geo = v.geo.trim().toUpperCase();
		if (!GEO.test(geo)) {
			fail('geo', 'geo.invalid', `"${v.geo}" is not a Eurostat geo code`);
			continue;
		}
		const year = Number(v.year.trim());
		if (!Number.isInteger(year) || year < 1900 || year > 2100) {
			fail('year', 'year.invalid', `"${v.year}" is not a year`);
			continue;
		}
		const value = parseDecimal(v.value);
		if (!value.ok) {
			fail('value', 'value.invalid', `"${v.value}" is not a number`);
			continue;
		}
		const flags = (v.flag ?? '').trim().toLowerCase().replace(/\s+/g, '');
		if ([...flags].some((f) => !isEurostatFlag(f))) {
			fail('flag', 'flag.unknown', `"${v.flag}" holds an unknown flag`);
			continue;
		}
		const extra = DIMENSIONS.filter((d) => (v[d] ?? '').trim() !== '').map(
			(d) => `${d}=${v[d].trim()}`
		);
		const breakdown = [(v.breakdown ?? '').trim(), ...extra].filter((b) => b !== '').join(';');
		observations.push({
			indicator: v.indicator_code.trim(),
			geo,
			year,
			breakdown,
			value: value.value,
			unit: (v.unit ?? '').trim(),
			flags: [...new Set(flags)].sort().join(''),
			source: (v.source ?? '').trim(),
			sourceRef: (v.source_ref ?? '').trim(),
			kind: (v.kind ?? '').trim(),
			file: options.file
		});
	}
	return { observations, quarantined, warnings, read };
}
