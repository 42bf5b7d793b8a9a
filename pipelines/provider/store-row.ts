import type { IssuanceRecord } from '../../src/lib/contract/issuance-record';
import type { Pseudonymise } from '../pseudonymise/pseudonymise';

export type StoreRow = Record<string, string | number | boolean | null | readonly string[]>;

/** A validated record as the store keeps it: the learner as a pseudonym, lists joined. */
export function toStoreRow(options: {
	record: IssuanceRecord;
	pseudonymise: Pseudonymise;
	sourceFormat: string;
	sourceFile: string;
	sourceLine: number;
	sequence: number;
}): StoreRow {
	const { record } = options;
	const { learner_id, issuer_country, ...rest } = record;
	return {
		...rest,
		learner_pseudonym: learner_id === null ? null : options.pseudonymise(learner_id),
		issuer_country: issuer_country[0],
		issuer_countries: issuer_country,
		year: Number(record.issue_date.slice(0, 4)),
		source_format: options.sourceFormat,
		source_file: options.sourceFile,
		source_line: options.sourceLine,
		source_sequence: options.sequence
	};
}
