import type { NativeDuckDB } from '../stages/duckdb-native';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { EU } from './sql-parts';
import { shareOf } from './derived-values';
import {
	perturbRows,
	type PerturbedCount,
	type ProtectedTable
} from '../disclosure/protected-table';

// Annex II principles as measurable shares (DOMAIN.md, "Quality and transparency"). The base of a
// share is every unit: a record, offer or provider that does not say counts as not meeting the
// principle, since an unstated property is not transparent to the learner either.
//
// - transparency_eqf: a level given, or a QF-EHEA cycle (which has one); "not applicable" does not
//   meet it.
// - portable_digital: a structured credential a learner can keep in a wallet and share (European
//   Digital Credential, Open Badges 3.0 or 2.0); a PDF, paper or other format is not.
// - authentic_sealed: carries a signature or e-seal.
//
// Disclosure control is cell-key perturbation (core/methods/cell-key.ts) of every count of
// records: `units` and `units_meeting` of the rows whose basis is 'records', each with the cell
// key of the records it counts, and the share computed from the published counts. The records of
// a country and year are the same records as annex1_completeness's `records` (same filter, same
// record keys): the two tables publish the same value for them.
//
// The rows counting catalogue offers and registered providers are published as counted. Neither
// counts persons nor issuance records: an offer is a learning opportunity in a catalogue, and a
// provider is an organisation in the register (one unit per provider id, whatever its records).
// They are not in the protected rows (truth / perturbed) and are appended when the table is built.

export {
	ANNEX2_PRINCIPLES,
	buildAnnex2PrinciplesSql,
	type Annex2Basis
} from '../../core/indicators/annex2-principles-sql';
import { buildAnnex2PrinciplesSql } from '../../core/indicators/annex2-principles-sql';

export const ANNEX2_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State, or ${EU} (all Member States)` },
	{
		name: 'year',
		type: 'int32',
		description: 'Year of issue; null for principles measured on offers or providers'
	},
	{ name: 'principle', type: 'utf8', description: 'Annex II principle, as a measurable property' },
	{ name: 'basis', type: 'utf8', description: 'Unit counted: records, offers or providers' },
	{ name: 'units', type: 'int32', description: 'Records, catalogue offers or providers' },
	{ name: 'units_meeting', type: 'int32', description: 'Units meeting the principle' },
	{ name: 'share', type: 'float64', description: 'units_meeting / units, %' },
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

/** The counts of the record rows: the records (a row exists only with one), those meeting it. */
export const ANNEX2_COUNTS: readonly PerturbedCount[] = [
	{ count: 'units', present: true },
	{ count: 'units_meeting', atMost: 'units' }
];

const withShare = (row: IndicatorRow): IndicatorRow => ({
	...row,
	share: shareOf(row.units_meeting, row.units)
});

/**
 * The record rows with true and perturbed counts (the share is computed from the published
 * counts); the offer and provider rows, published as counted, are appended by `build`.
 */
export async function computeAnnex2PrinciplesTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const raw = await options.db.all<IndicatorRow>(buildAnnex2PrinciplesSql());
	const { truth, perturbed } = perturbRows(
		'annex2_principles',
		raw.filter((row) => row.basis === 'records'),
		ANNEX2_COUNTS
	);
	// Not counts of persons or records (see the head of this file): published as counted.
	const unprotected = raw
		.filter((row) => row.basis !== 'records')
		.map(({ units_key: _units, units_meeting_key: _meeting, ...row }) =>
			withShare({ ...row, flags: '' })
		);
	return {
		name: 'annex2_principles',
		keyColumns: ['geo', 'year', 'principle'],
		counts: ANNEX2_COUNTS,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: (rows) => rows.map(withShare),
		build: (rows) =>
			buildIndicatorTable({
				name: 'annex2_principles',
				title: 'Annex II principles met by records, catalogue offers and providers',
				rows: [...rows, ...unprotected],
				columns: ANNEX2_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
