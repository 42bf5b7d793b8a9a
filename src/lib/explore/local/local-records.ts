// Accepted issuance records as the columns of the record store that the indicator SQL reads
// (pipelines/stages/store-schema.ts), the learner already a pseudonym, batched as Arrow for
// DuckDB-WASM. Only these columns leave the validating worker: no title, no free text, no raw
// identifier.
import { Table, tableToIPC } from 'apache-arrow';
import type { IssuanceRecord } from '$core/contract/issuance-record';
import { arrowColumn } from './arrow-columns';

/**
 * The store's columns the uptake and Annex I completeness SQL read, with their Arrow types, but
 * source_file: the same for every record of a file, it is added by a view (localRecordsViewSql),
 * not sent a million times.
 */
export const LOCAL_RECORD_COLUMNS = {
	learner_pseudonym: 'utf8',
	credential_id: 'utf8',
	/** With credential_id, what tells a repeated credential (across the parts of a file). */
	awarding_body: 'utf8',
	issuer_country: 'utf8',
	year: 'int32',
	annex_i_present: 'int32',
	eqf_level: 'int32',
	qf_ehea_cycle: 'utf8',
	ects: 'float64',
	workload_hours: 'float64',
	provider_type: 'utf8',
	learning_setting: 'utf8',
	participation_form: 'utf8',
	field: 'utf8',
	topic: 'utf8',
	funding: 'utf8',
	digital_format: 'utf8',
	source_line: 'int32'
} as const;

export type LocalRecordColumn = keyof typeof LOCAL_RECORD_COLUMNS;
export type LocalRecordRow = Record<LocalRecordColumn, string | number | null>;

/**
 * The store's row of a validated record: the first issuer country is the one counted (as the
 * store's issuer_country), the year is the issue date's, topics are ';'-joined.
 */
export function localRecordRow(
	record: IssuanceRecord,
	pseudonym: string | null,
	sourceLine: number
): LocalRecordRow {
	return {
		learner_pseudonym: pseudonym,
		credential_id: record.credential_id,
		awarding_body: record.awarding_body,
		issuer_country: record.issuer_country[0] ?? null,
		year: Number(record.issue_date.slice(0, 4)),
		annex_i_present: record.annex_i_present,
		eqf_level: record.eqf_level,
		qf_ehea_cycle: record.qf_ehea_cycle,
		ects: record.ects,
		workload_hours: record.workload_hours,
		provider_type: record.provider_type,
		learning_setting: record.learning_setting,
		participation_form: record.participation_form,
		field: record.field,
		topic: record.topic.length > 0 ? record.topic.join(';') : null,
		funding: record.funding,
		digital_format: record.digital_format,
		source_line: sourceLine
	};
}

const NAMES = Object.keys(LOCAL_RECORD_COLUMNS) as LocalRecordColumn[];

type Columns = { [K in LocalRecordColumn]: LocalRecordRow[K][] };

/** One empty array per column, in a literal of fixed shape (read fast, column by column). */
const emptyColumns = (): Columns => ({
	learner_pseudonym: [],
	credential_id: [],
	awarding_body: [],
	issuer_country: [],
	year: [],
	annex_i_present: [],
	eqf_level: [],
	qf_ehea_cycle: [],
	ects: [],
	workload_hours: [],
	provider_type: [],
	learning_setting: [],
	participation_form: [],
	field: [],
	topic: [],
	funding: [],
	digital_format: [],
	source_line: []
});

/** Rows gathered column by column, handed out as one Arrow IPC stream per batch. */
export class LocalRecordBatches {
	#columns = emptyColumns();
	#rows = 0;

	get rows(): number {
		return this.#rows;
	}

	/**
	 * Each column by name, not in a loop over the names: a keyed read per column made this a
	 * tenth of the worker's time for a million records.
	 */
	push(row: LocalRecordRow): void {
		const c = this.#columns;
		c.learner_pseudonym.push(row.learner_pseudonym);
		c.credential_id.push(row.credential_id);
		c.awarding_body.push(row.awarding_body);
		c.issuer_country.push(row.issuer_country);
		c.year.push(row.year);
		c.annex_i_present.push(row.annex_i_present);
		c.eqf_level.push(row.eqf_level);
		c.qf_ehea_cycle.push(row.qf_ehea_cycle);
		c.ects.push(row.ects);
		c.workload_hours.push(row.workload_hours);
		c.provider_type.push(row.provider_type);
		c.learning_setting.push(row.learning_setting);
		c.participation_form.push(row.participation_form);
		c.field.push(row.field);
		c.topic.push(row.topic);
		c.funding.push(row.funding);
		c.digital_format.push(row.digital_format);
		c.source_line.push(row.source_line);
		this.#rows++;
	}

	/** The rows pushed since the last call, as an Arrow IPC stream; empty columns afterwards. */
	take(): Uint8Array {
		const columns = this.#columns;
		this.#columns = emptyColumns();
		this.#rows = 0;
		const children = NAMES.map(
			(name) => [name, arrowColumn(LOCAL_RECORD_COLUMNS[name], columns[name])] as const
		);
		return tableToIPC(new Table(Object.fromEntries(children)), 'stream');
	}
}
