import type { IssuanceRecord } from '../../core/contract/issuance-record';
import { ISSUANCE_STAGING_COLUMNS } from './store-schema';
import { createRowEncoder } from './staging-writer';

/** A validated record on its way to the store, with the learner already pseudonymised. */
export interface StagedRecord {
	readonly record: IssuanceRecord;
	/** The pseudonym's text, or its ASCII bytes when the row is written before the next one. */
	readonly pseudonym: string | Uint8Array | null;
	readonly sourceFormat: string;
	/** Index of the input file in the list the staging step returns. */
	readonly sourceFileNumber: number;
	readonly sourceLine: number;
	readonly sequence: number;
}

/** The staging CSV row of a record: the learner as a pseudonym, lists joined. */
export const encodeStoreRow = createRowEncoder<StagedRecord>(ISSUANCE_STAGING_COLUMNS, {
	source: 'row.record',
	special: {
		learner_pseudonym: (row) => row.pseudonym,
		issuer_countries: (row) => row.record.issuer_country,
		source_format: (row) => row.sourceFormat,
		source_file_number: (row) => row.sourceFileNumber,
		source_line: (row) => row.sourceLine,
		source_sequence: (row) => row.sequence
	}
});
