import type { IssuanceRecord } from '../../src/lib/contract/issuance-record';
import { ISSUANCE_STORE_COLUMNS } from '../store/schema';
import { createRowEncoder } from './staging-writer';

/** A validated record on its way to the store, with the learner already pseudonymised. */
export interface StagedRecord {
	readonly record: IssuanceRecord;
	readonly pseudonym: string | null;
	readonly sourceFormat: string;
	readonly sourceFile: string;
	readonly sourceLine: number;
	readonly sequence: number;
}

/** The store's CSV row of a record: the learner as a pseudonym, lists joined. */
export const encodeStoreRow = createRowEncoder<StagedRecord>(ISSUANCE_STORE_COLUMNS, {
	source: 'row.record',
	special: {
		learner_pseudonym: (row) => row.pseudonym,
		issuer_country: (row) => row.record.issuer_country[0],
		issuer_countries: (row) => row.record.issuer_country,
		year: (row) => Number(row.record.issue_date.slice(0, 4)),
		source_format: (row) => row.sourceFormat,
		source_file: (row) => row.sourceFile,
		source_line: (row) => row.sourceLine,
		source_sequence: (row) => row.sequence
	}
});
