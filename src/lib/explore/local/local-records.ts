// Accepted issuance records as the columns of the record store that the indicator SQL reads
// (pipelines/stages/store-schema.ts), the learner already a pseudonym, batched as Arrow for
// DuckDB-WASM. Only these columns leave the validating worker: no title, no free text, no raw
// identifier.
import { Table, tableToIPC } from 'apache-arrow';
import type { IssuanceRecord } from '$core/contract/issuance-record';
import { arrowColumn } from './arrow-columns';

/** The store's columns the uptake and Annex I completeness SQL read, with their Arrow types. */
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
	source_file: 'utf8',
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
	sourceFile: string,
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
		source_file: sourceFile,
		source_line: sourceLine
	};
}

const NAMES = Object.keys(LOCAL_RECORD_COLUMNS) as LocalRecordColumn[];

/** Rows gathered column by column, handed out as one Arrow IPC stream per batch. */
export class LocalRecordBatches {
	readonly #columns: (string | number | null)[][] = NAMES.map(() => []);
	#rows = 0;

	get rows(): number {
		return this.#rows;
	}

	push(row: LocalRecordRow): void {
		for (let c = 0; c < NAMES.length; c++) this.#columns[c].push(row[NAMES[c]]);
		this.#rows++;
	}

	/** The rows pushed since the last call, as an Arrow IPC stream; empty columns afterwards. */
	take(): Uint8Array {
		const children = NAMES.map((name, c) => {
			const vector = arrowColumn(LOCAL_RECORD_COLUMNS[name], this.#columns[c]);
			this.#columns[c] = [];
			return [name, vector] as const;
		});
		this.#rows = 0;
		return tableToIPC(new Table(Object.fromEntries(children)), 'stream');
	}
}
