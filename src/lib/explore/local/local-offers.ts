// Accepted catalogue offers and registered providers as the columns the supply and Annex II
// principles SQL read (core/indicators/supply-sql.ts, annex2-principles-sql.ts), as Arrow for
// DuckDB-WASM. They describe learning opportunities and organisations, not learners.
import { Table, tableToIPC } from 'apache-arrow';
import { arrowColumn, type ArrowColumnType } from './arrow-columns';
import type { AcceptedOffer, AcceptedProvider } from './local-file-check';

type Value = string | number | null;
type Columns<Row> = Readonly<Record<string, { type: ArrowColumnType; of: (row: Row) => Value }>>;

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

/** The catalogue columns the SQL reads; in_public_catalogue as 1, 0 or null. */
const OFFER_COLUMNS: Columns<AcceptedOffer> = {
	offer_id: { type: 'utf8', of: (o) => o.record.offer_id },
	provider_id: { type: 'utf8', of: (o) => o.record.provider_id },
	provider_type: { type: 'utf8', of: (o) => o.record.provider_type },
	country: { type: 'utf8', of: (o) => o.record.country },
	in_public_catalogue: { type: 'int32', of: (o) => flag(o.record.in_public_catalogue) },
	source_line: { type: 'int32', of: (o) => o.line }
};

/** The register columns the SQL reads; recognition_policy_published as 1, 0 or null. */
const PROVIDER_COLUMNS: Columns<AcceptedProvider> = {
	provider_id: { type: 'utf8', of: (p) => p.record.provider_id },
	country: { type: 'utf8', of: (p) => p.record.country },
	provider_type: { type: 'utf8', of: (p) => p.record.provider_type },
	recognition_policy_published: {
		type: 'int32',
		of: (p) => flag(p.record.recognition_policy_published)
	},
	source_line: { type: 'int32', of: (p) => p.line }
};

/** Rows as one Arrow IPC stream of the given columns. */
function batchOf<Row>(columns: Columns<Row>, rows: readonly Row[]): Uint8Array {
	const vectors = Object.entries(columns).map(
		([name, { type, of }]) => [name, arrowColumn(type, rows.map(of))] as const
	);
	return tableToIPC(new Table(Object.fromEntries(vectors)), 'stream');
}

/** The offers as one Arrow IPC stream (LOCAL_OFFER_ROWS_TABLE's columns). */
export const offersBatch = (offers: readonly AcceptedOffer[]) => batchOf(OFFER_COLUMNS, offers);

/** The providers as one Arrow IPC stream (LOCAL_PROVIDER_ROWS_TABLE's columns). */
export const providersBatch = (providers: readonly AcceptedProvider[]) =>
	batchOf(PROVIDER_COLUMNS, providers);
