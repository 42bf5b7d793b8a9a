// Accepted catalogue offers and registered providers as the columns the supply and Annex II
// principles SQL read (core/indicators/supply-sql.ts, annex2-principles-sql.ts), as Arrow for
// DuckDB-WASM. They describe learning opportunities and organisations, not learners.
import { Table, tableToIPC } from 'apache-arrow';
import { arrowColumn } from './arrow-columns';
import type { AcceptedOffer, AcceptedProvider } from './local-file-check';

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

/** The register columns the SQL reads; recognition_policy_published as 1, 0 or null. */
export const LOCAL_PROVIDER_COLUMNS = {
	provider_id: 'utf8',
	country: 'utf8',
	provider_type: 'utf8',
	recognition_policy_published: 'int32',
	source_line: 'int32'
} as const;

/** The providers as one Arrow IPC stream (LOCAL_PROVIDER_COLUMNS). */
export function providersBatch(providers: readonly AcceptedProvider[]): Uint8Array {
	const column = <T>(of: (provider: AcceptedProvider) => T) => providers.map(of);
	return tableToIPC(
		new Table({
			provider_id: arrowColumn(
				'utf8',
				column((p) => p.record.provider_id)
			),
			country: arrowColumn(
				'utf8',
				column((p) => p.record.country)
			),
			provider_type: arrowColumn(
				'utf8',
				column((p) => p.record.provider_type)
			),
			recognition_policy_published: arrowColumn(
				'int32',
				column((p) => flag(p.record.recognition_policy_published))
			),
			source_line: arrowColumn(
				'int32',
				column((p) => p.line)
			)
		}),
		'stream'
	);
}
