import { parseDecimal } from '../../core/contract/normalise';
import { parseFlagLetters } from '../../core/contract/eurostat-flags';
import { parseRows, readCsvObjects } from './csv-objects';

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
	/** What the value is (valueRole): an observation, a target, a milestone, ... */
	readonly role: ValueRole;
	/** The source file's own note on the value ("rounded", "CONFLICT: ..."), or ''. */
	readonly note: string;
	readonly file: string;
}

/**
 * What an official value is, told apart explicitly: the EU 2030 target (60) and the sum of the
 * national targets (57.6) share an indicator, year and geo, as do a baseline quoted rounded by a
 * secondary source (37) and the survey's own value (37.4).
 */
export type ValueRole =
	| 'observation'
	| 'target'
	| 'national_target'
	| 'aggregate_of_national_targets'
	| 'milestone'
	| 'quoted_baseline';

export const TARGET_YEAR_OF_ROLES = 2030;

/** The role of a value from its indicator, year and the file's `kind` text. */
export function valueRole(o: { indicator: string; year: number; kind: string }): ValueRole {
	if (o.indicator.startsWith('EPSR_NATIONAL_TARGET_')) return 'national_target';
	const kind = o.kind.toLowerCase();
	if (kind === '') return 'observation';
	if (kind.includes('aggregate of member states')) return 'aggregate_of_national_targets';
	if (kind.includes('baseline')) return 'quoted_baseline';
	if (kind.includes('target')) return o.year < TARGET_YEAR_OF_ROLES ? 'milestone' : 'target';
	return 'observation';
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
		known: KNOWN,
		isHeader: isLongStatisticsHeader
	});
	const warnings = objects.headerIssues.filter((i) => i.severity === 'warning');
	const rows = await parseRows<LongObservation>(objects, (v, fail) => {
		const missing = REQUIRED.find((c) => (v[c] ?? '').trim() === '');
		if (missing) return fail(missing, `${missing}.missing`, `${missing} is empty`);
		const geo = v.geo.trim().toUpperCase();
		if (!GEO.test(geo)) return fail('geo', 'geo.invalid', `"${v.geo}" is not a Eurostat geo code`);
		const year = Number(v.year.trim());
		if (!Number.isInteger(year) || year < 1900 || year > 2100) {
			return fail('year', 'year.invalid', `"${v.year}" is not a year`);
		}
		const value = parseDecimal(v.value);
		if (!value.ok) return fail('value', 'value.invalid', `"${v.value}" is not a number`);
		const flags = parseFlagLetters(v.flag ?? '');
		if (flags === undefined)
			return fail('flag', 'flag.unknown', `"${v.flag}" holds an unknown flag`);
		const extra = DIMENSIONS.filter((d) => (v[d] ?? '').trim() !== '').map(
			(d) => `${d}=${v[d].trim()}`
		);
		const breakdown = [(v.breakdown ?? '').trim(), ...extra].filter((b) => b !== '').join(';');
		const indicator = v.indicator_code.trim();
		const kind = (v.kind ?? '').trim();
		return {
			indicator,
			geo,
			year,
			breakdown,
			value: value.value,
			unit: (v.unit ?? '').trim(),
			flags,
			source: (v.source ?? '').trim(),
			sourceRef: (v.source_ref ?? '').trim(),
			kind,
			role: valueRole({ indicator, year, kind }),
			note: (v.note ?? '').trim(),
			file: options.file
		};
	});
	const headerErrors = objects.headerIssues.filter((i) => i.severity === 'error');
	const observations = rows.parsed;
	const quarantined = [...headerErrors, ...rows.quarantined];
	const read = rows.read;
	return { observations, quarantined, warnings, read };
}
