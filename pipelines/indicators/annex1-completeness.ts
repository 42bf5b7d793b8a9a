import type { NativeDuckDB } from '../stages/duckdb-native';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { EU } from './sql-parts';
import { perturbRows, type ProtectedTable } from '../disclosure/protected-table';
import { shareOf } from './derived-values';
import {
	ALL_ELEMENTS,
	buildAnnex1CompletenessSql
} from '../../core/indicators/annex1-completeness-sql';

// Annex I completeness (DOMAIN.md, "Quality and transparency"): the SQL is in
// core/indicators/annex1-completeness-sql.ts, shared with the browser's local analysis.
export {
	ALL_ELEMENTS,
	PRESENT_SQL,
	buildAnnex1CompletenessSql,
	elementCountsSql,
	unpivotElementsSql
} from '../../core/indicators/annex1-completeness-sql';

export const ANNEX1_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State, or ${EU} (all Member States)` },
	{ name: 'year', type: 'int32', description: 'Year of issue' },
	{
		name: 'element',
		type: 'utf8',
		description: `Mandatory Annex I element, 1-11 (i-xi), or '${ALL_ELEMENTS}' for all eleven`
	},
	{ name: 'records', type: 'int32', description: 'Issuance records' },
	{ name: 'records_with_element', type: 'int32', description: 'Records carrying the element' },
	{ name: 'share', type: 'float64', description: 'records_with_element / records, %' },
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

/** Rows with true and perturbed counts; derived columns are computed from the published counts. */
export async function computeAnnex1CompletenessTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const raw = await options.db.all<IndicatorRow>(buildAnnex1CompletenessSql());
	const counts = [
		{ count: 'records', present: true },
		{ count: 'records_with_element', atMost: 'records' }
	];
	const { truth, perturbed } = perturbRows('annex1_completeness', raw, counts);
	return {
		name: 'annex1_completeness',
		keyColumns: ['geo', 'year', 'element'],
		counts,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: (rows) =>
			rows.map((row) => ({ ...row, share: shareOf(row.records_with_element, row.records) })),
		build: (rows) =>
			buildIndicatorTable({
				name: 'annex1_completeness',
				title: 'Issuance records carrying each mandatory Annex I element, by country and year',
				rows,
				columns: ANNEX1_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
