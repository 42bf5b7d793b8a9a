// Accepted catalogue offers as the columns the supply SQL reads (core/indicators/supply-sql.ts),
// as Arrow for DuckDB-WASM. Offers describe providers, not learners: no pseudonym is needed.
import { Table, tableToIPC } from 'apache-arrow';
import { arrowColumn } from './arrow-columns';
import type { AcceptedOffer } from './local-file-check';

/** The catalogue columns the supply SQL reads; in_public_catalogue as 1, 0 or null. */
export const LOCAL_OFFER_COLUMNS = {
	offer_id: 'utf8',
	provider_id: 'utf8',
	provider_type: 'utf8',
	country: 'utf8',
	in_public_catalogue: 'int32',
	source_line: 'int32'
} as const;

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

/** The offers as one Arrow IPC stream (LOCAL_OFFER_COLUMNS). */
export function offersBatch(offers: readonly AcceptedOffer[]): Uint8Array {
	const column = <T>(of: (offer: AcceptedOffer) => T) => offers.map(of);
	return tableToIPC(
		new Table({
			offer_id: arrowColumn(
				'utf8',
				column((o) => o.record.offer_id)
			),
			provider_id: arrowColumn(
				'utf8',
				column((o) => o.record.provider_id)
			),
			provider_type: arrowColumn(
				'utf8',
				column((o) => o.record.provider_type)
			),
			country: arrowColumn(
				'utf8',
				column((o) => o.record.country)
			),
			in_public_catalogue: arrowColumn(
				'int32',
				column((o) => flag(o.record.in_public_catalogue))
			),
			source_line: arrowColumn(
				'int32',
				column((o) => o.line)
			)
		}),
		'stream'
	);
}
