import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { EU, TOTAL, UNKNOWN } from './sql-parts';
import { perThousand } from './derived-values';
import { ADULT_POPULATION_TABLE } from './population-baselines';
import {
	perturbRows,
	type PerturbedCount,
	type ProtectedTable
} from '../disclosure/protected-table';
import type { NativeDuckDB } from '../stages/duckdb-native';
import { buildUptakeSql } from '../../core/indicators/uptake-sql';

// Uptake (DOMAIN.md, "Uptake"): the SQL, its dimensions and its method are in
// core/indicators/uptake-sql.ts, shared with the browser's local analysis.
export {
	ECTS_BANDS,
	ECTS_HOURS_ONLY,
	NOT_APPLICABLE,
	UPTAKE_DIMENSIONS,
	buildUptakeSql
} from '../../core/indicators/uptake-sql';

export const UPTAKE_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State, or ${EU} (sum over Member States)` },
	{ name: 'year', type: 'int32', description: 'Year of issue' },
	{ name: 'dimension', type: 'utf8', description: 'Characteristic the categories belong to' },
	{
		name: 'category',
		type: 'utf8',
		description: `Code within the dimension; ${UNKNOWN} not given, ${TOTAL} all records`
	},
	{ name: 'credentials', type: 'int32', description: 'Micro-credentials issued' },
	{ name: 'learners', type: 'int32', description: 'Distinct learners' },
	{
		name: 'credentials_per_1000_adults',
		type: 'float64',
		description:
			'Credentials per 1 000 adults aged 25-64 (population on 1 January, latest year not after ' +
			'the year of issue; Eurostat demo_pjangroup; the EU: the 27 summed)'
	},
	{
		name: 'learners_per_1000_adults',
		type: 'float64',
		description: 'Distinct learners per 1 000 adults aged 25-64 (the same population)'
	},
	{
		name: 'growth_yoy',
		type: 'float64',
		description:
			'Change in credentials on the same cell a year before, in %; null when either year is ' +
			'hidden or the year before had none; from the published credentials'
	},
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

const sameCellYear = (row: IndicatorRow, year: number) =>
	`${row.geo}\u001f${row.dimension}\u001f${row.category}\u001f${year}`;

/** Growth from published credentials only: null where either year is hidden or absent. */
function withGrowth(rows: readonly IndicatorRow[]): IndicatorRow[] {
	const credentials = new Map<string, number | null>();
	for (const row of rows) {
		credentials.set(sameCellYear(row, row.year as number), row.credentials as number | null);
	}
	return rows.map((row) => {
		const now = row.credentials as number | null;
		const before = credentials.get(sameCellYear(row, (row.year as number) - 1));
		const growth =
			now !== null && before !== null && before !== undefined && before > 0
				? (100 * (now - before)) / before
				: null;
		return { ...row, growth_yoy: growth };
	});
}

/** The counts of a row, perturbed in this order: learners are capped at the credentials. */
export const UPTAKE_COUNTS: readonly PerturbedCount[] = [
	{ count: 'credentials', present: true },
	{ count: 'learners', atMost: 'credentials', present: true }
];

/**
 * Rows with true and perturbed counts; the rate and the growth are computed from the published
 * credentials (the population column they use is not published).
 */
export async function computeUptakeTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const raw = await options.db.all<IndicatorRow>(
		buildUptakeSql({ population: ADULT_POPULATION_TABLE })
	);
	const { truth, perturbed } = perturbRows('uptake', raw, UPTAKE_COUNTS);
	return {
		name: 'uptake',
		keyColumns: ['geo', 'year', 'dimension', 'category'],
		counts: UPTAKE_COUNTS,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: (rows) =>
			withGrowth(
				rows.map((row) => ({
					...row,
					credentials_per_1000_adults: perThousand(row.credentials, row.population),
					learners_per_1000_adults: perThousand(row.learners, row.population)
				}))
			),
		build: (rows) =>
			buildIndicatorTable({
				name: 'uptake',
				title: 'Micro-credentials issued and learners, by country, year and characteristic',
				alsoFrom: 'adults aged 25-64: Eurostat demo_pjangroup',
				rows,
				columns: UPTAKE_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
