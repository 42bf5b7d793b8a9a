import { validateIssuanceRow } from '../contract/validate';
import { readCountry } from './concepts';
import {
	RECORD_COLUMNS,
	type AnnexElement,
	type AnnexElementNumber,
	type CredentialRecord,
	type CredentialWarningRule,
	type ElementStatus,
	type MappingWarning,
	type RecordColumn
} from './types';

/** The column that carries each mandatory element (ANNEX_I_MANDATORY in the contract). */
export const ELEMENT_COLUMNS: Readonly<Record<AnnexElementNumber, RecordColumn>> = {
	1: 'learner_id',
	2: 'title',
	3: 'issuer_country',
	4: 'awarding_body',
	5: 'issue_date',
	6: 'learning_outcomes',
	7: 'ects',
	8: 'eqf_level',
	9: 'assessment_type',
	10: 'participation_form',
	11: 'quality_assurance'
};

/** The credential names issuer countries but none inside the coverage: it cannot be counted. */
export interface Uncounted {
	path: string;
	value: string;
	message: string;
}

export interface Mapped {
	record: CredentialRecord;
	elements: AnnexElement[];
	warnings: MappingWarning[];
	/** Set when the credential cannot be counted; the reader quarantines it with this reason. */
	uncounted?: Uncounted;
}

export function emptyRecord(): CredentialRecord {
	return Object.fromEntries(RECORD_COLUMNS.map((c) => [c, ''])) as CredentialRecord;
}

/** A country value found in a credential, in the order the mapper prefers them. */
export interface CountryHit {
	/** A country concept id (EU authority URI), an ISO or Eurostat code, or a name. */
	value: string;
	path: string;
	/** Why this place was read (reported on element 3 when the credential is counted here). */
	note?: string;
}

const ECHOED_VALUE_MAX = 200;

function echoed(value: string | undefined): string | undefined {
	const text = value?.replace(/\s+/g, ' ').trim();
	if (!text) return undefined;
	return text.length <= ECHOED_VALUE_MAX ? text : `${text.slice(0, ECHOED_VALUE_MAX)}…`;
}

// The columns that decide whether a credential can be counted at all: an unreadable country or
// date quarantines it (in the validator), so they are never blanked here.
const COUNTING_COLUMNS: ReadonlySet<string> = new Set(['issuer_country', 'issue_date']);
const RECORD_COLUMN_SET: ReadonlySet<string> = new Set(RECORD_COLUMNS);

/** Collects a record and the element report while a mapper reads one credential. */
export class ImportBuilder {
	readonly record = emptyRecord();
	private readonly elements = new Map<AnnexElementNumber, AnnexElement>();
	private readonly warnings: MappingWarning[] = [];
	/** Where each column's value was read. */
	private readonly paths = new Map<RecordColumn, string>();
	private uncounted?: Uncounted;

	set(column: RecordColumn, value: string | undefined, path?: string): void {
		if (value === undefined || value === '') return;
		this.record[column] = value;
		if (path !== undefined) this.paths.set(column, path);
	}

	private report(
		number: AnnexElementNumber,
		status: ElementStatus,
		path: string | undefined,
		note: string | undefined,
		column: RecordColumn = ELEMENT_COLUMNS[number]
	): void {
		const element: AnnexElement = { number, column, status };
		if (path !== undefined) element.path = path;
		if (note !== undefined) element.note = note;
		this.elements.set(number, element);
	}

	/** A warning naming the column, the path and (except for the learner) the value. */
	warn(
		rule: CredentialWarningRule,
		column: RecordColumn,
		path: string,
		rawValue: string | undefined,
		what: string
	): void {
		const value = column === 'learner_id' ? undefined : echoed(rawValue);
		const quoted = value === undefined ? '' : ` ('${value}')`;
		const warning: MappingWarning = {
			rule,
			column,
			path,
			message: `${column} at ${path}${quoted}: ${what}`
		};
		if (value !== undefined) warning.value = value;
		this.warnings.push(warning);
	}

	/** Sets the element's column (or the given one) and reports it found. */
	found(
		number: AnnexElementNumber,
		value: string,
		path: string,
		options: { note?: string; column?: RecordColumn } = {}
	): void {
		const column = options.column ?? ELEMENT_COLUMNS[number];
		this.set(column, value, path);
		this.report(number, 'found', path, options.note, column);
	}

	/**
	 * Present but not readable (a value outside the vocabulary, a reference, free text): the
	 * column stays empty, i.e. unknown, and a warning names the path and the value.
	 */
	notMappable(number: AnnexElementNumber, path: string, note: string, value?: string): void {
		this.report(number, 'not_mappable', path, note);
		const column = ELEMENT_COLUMNS[number];
		this.warn('credential.not_mappable', column, path, value, `${note}; kept as unknown`);
	}

	missing(number: AnnexElementNumber, note?: string): void {
		this.report(number, 'missing', undefined, note);
	}

	/** An optional or context column whose value cannot be read: left empty, with a warning. */
	unknown(column: RecordColumn, path: string, value: string | undefined, why: string): void {
		this.warn('credential.unknown_value', column, path, value, `${why}; kept as unknown`);
	}

	note(column: RecordColumn, path: string, message: string): void {
		this.warn('credential.mapping_note', column, path, undefined, message);
	}

	/**
	 * Element 3 from the issuer countries found, in order of preference. The credential is
	 * counted under the first country inside the coverage; every other country named is a
	 * warning. When countries are named but none is inside the coverage, the credential cannot
	 * be counted (`uncounted`).
	 */
	issuerCountries(hits: readonly CountryHit[]): void {
		if (hits.length === 0) return this.missing(3);
		const read = hits.map((hit) => {
			const reading = readCountry(hit.value);
			const key = reading.status === 'unreadable' ? `?${hit.value.trim()}` : reading.geo;
			return { ...hit, reading, key };
		});
		const chosen = read.find((h) => h.reading.status === 'covered');
		if (!chosen || chosen.reading.status !== 'covered') {
			const first = read[0];
			const reason =
				first.reading.status === 'outside'
					? `${first.reading.geo} is outside the countries covered`
					: 'not a country code or name';
			const more = new Set(read.map((h) => h.key)).size - 1;
			const others = more > 0 ? ` (and ${more} more, none covered)` : '';
			const value = echoed(first.value) ?? '';
			this.uncounted = {
				path: first.path,
				value,
				message:
					`issuer country at ${first.path} ('${value}'): ${reason}${others}; ` +
					'the credential cannot be counted'
			};
			return this.report(3, 'not_mappable', first.path, reason);
		}
		const geo = chosen.reading.geo;
		this.found(3, geo, chosen.path, chosen.note === undefined ? {} : { note: chosen.note });
		const seen = new Set([geo]);
		for (const hit of read) {
			if (seen.has(hit.key)) continue;
			seen.add(hit.key);
			const what =
				hit.reading.status === 'covered'
					? `the issuer also names ${hit.reading.geo}; counted under ${geo} only`
					: hit.reading.status === 'outside'
						? `${hit.reading.geo} is outside the countries covered; counted under ${geo}`
						: `not a country code or name; counted under ${geo}`;
			this.warn('credential.other_country', 'issuer_country', hit.path, hit.value, what);
		}
	}

	/**
	 * The contract's validator is the last word on every value: a value it would reject in a
	 * column that does not decide whether the credential can be counted (all but the country and
	 * the date) is left unknown with a warning, instead of quarantining the whole credential.
	 */
	private keepOnlyValidValues(): void {
		const { issues } = validateIssuanceRow(this.record);
		const done = new Set<string>();
		for (const issue of issues) {
			const column = issue.column as RecordColumn;
			if (issue.severity !== 'error' || done.has(column)) continue;
			if (!RECORD_COLUMN_SET.has(column) || COUNTING_COLUMNS.has(column)) continue;
			done.add(column);
			const raw = this.record[column];
			const path = this.paths.get(column) ?? '';
			this.record[column] = '';
			const what = issue.message.replace(/\.$/, '');
			const element = [...this.elements.values()].find(
				(e) => e.column === column && e.status === 'found'
			);
			if (!element) {
				this.unknown(column, path, raw, what);
				continue;
			}
			const hours = this.record.workload_hours;
			if (element.number === 7 && column === 'ects' && hours !== '') {
				this.report(7, 'found', this.paths.get('workload_hours'), undefined, 'workload_hours');
				this.unknown(column, path, raw, what);
				continue;
			}
			this.report(element.number, 'not_mappable', element.path, what);
			this.warn('credential.not_mappable', column, path, raw, `${what}; kept as unknown`);
		}
	}

	finish(): Mapped {
		this.keepOnlyValidValues();
		const elements: AnnexElement[] = [];
		for (let n = 1; n <= 11; n++) {
			const number = n as AnnexElementNumber;
			elements.push(
				this.elements.get(number) ?? { number, column: ELEMENT_COLUMNS[number], status: 'missing' }
			);
		}
		const mapped: Mapped = { record: this.record, elements, warnings: this.warnings };
		if (this.uncounted) mapped.uncounted = this.uncounted;
		return mapped;
	}
}
