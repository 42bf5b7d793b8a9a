// Attacks on the published tables, one per weakness of the per-table suppression that protection
// replaced (issue #9). Each builds a record store in which the weakness discloses a small count,
// then:
//
// - protection switched off (every count published as it is, the small cell and whatever the
//   old method would have hidden left out): the attacker's audit must recover the cell exactly,
//   which shows that its relations know the weakness;
// - protection on (the pipeline's protectTables): publishing succeeds, the audit finds nothing,
//   and the cell is among the small counts it proved not recoverable.
import { afterEach, describe, expect, it } from 'vitest';
import { auditExactness } from '../../pipelines/disclosure/exactness-audit';
import { auditSystem, protectTables } from '../../pipelines/disclosure/protect-tables';
import { cellId, type ProtectedTable } from '../../pipelines/disclosure/protected-table';
import { DERIVED_CELLS, PUBLISHED_RELATIONS } from '../../pipelines/disclosure/relations';
import type { AuditedTable } from '../../pipelines/disclosure/relations/types';
import { computeIndicatorTables } from '../../pipelines/indicators/compute-indicators';
import type { NativeDuckDB } from '../../pipelines/stages/duckdb-native';
import { issuance, openStoreWith } from '../unit/pipelines/indicators/store-fixture';

const MIN_CELL = 5;
const ALL_ELEMENTS = 2047;
const WITHOUT_ELEMENT_7 = ALL_ELEMENTS & ~(1 << 6);
const WITHOUT_ELEMENT_6 = ALL_ELEMENTS & ~(1 << 5);

type Values = ReturnType<typeof issuance>;

/** Thirty ordinary records in AT and twenty in BE in 2023, so that most cells are large. */
function background(): Values[] {
	const rows: Values[] = [];
	for (let i = 0; i < 30; i++)
		rows.push(issuance(`at${i}`, 'AT', '2023-03-01', { provider_id: 'AT-1' }));
	for (let i = 0; i < 20; i++)
		rows.push(issuance(`be${i}`, 'BE', '2023-03-01', { provider_id: 'BE-1' }));
	for (let i = 0; i < 12; i++)
		rows.push(issuance(`at2${i}`, 'AT', '2023-04-01', { provider_id: 'AT-2' }));
	return rows;
}

interface Attack {
	readonly weakness: string;
	readonly records: () => Values[];
	/** Cells the old method left out of the publication, besides the target. */
	readonly alsoHidden: readonly string[];
	/** The small count the weakness gives away. */
	readonly target: string;
}

const ATTACKS: readonly Attack[] = [
	{
		weakness: 'two hidden cells in a line sum to 2, and each is at least 1',
		records: () => [
			...background(),
			issuance('x1', 'AT', '2023-05-01', { provider_id: 'AT-1', eqf_level: 4 }),
			issuance('x2', 'AT', '2023-05-01', { provider_id: 'AT-1', eqf_level: 5 })
		],
		alsoHidden: [
			'uptake|AT|2023|eqf_level|5|credentials',
			'uptake|EU27_2020|2023|eqf_level|4|credentials',
			'uptake|EU27_2020|2023|eqf_level|5|credentials'
		],
		target: 'uptake|AT|2023|eqf_level|4|credentials'
	},
	{
		weakness: 'a count repeated in another table (element vii = the ECTS bands)',
		records: () => [
			...background(),
			issuance('y1', 'AT', '2023-05-01', { provider_id: 'AT-1', ects: null, workload_hours: 20 }),
			...['y2', 'y3', 'y4'].map((l) =>
				issuance(l, 'AT', '2023-05-01', {
					provider_id: 'AT-1',
					ects: null,
					workload_hours: null,
					annex_i_present: WITHOUT_ELEMENT_7
				})
			)
		],
		// Per table, the old method hid the small band with a complement in its line (UNK, 3),
		// and the EU copies: within uptake the pair only sums to 4.
		alsoHidden: [
			'uptake|AT|2023|ects_band|UNK|credentials',
			'uptake|EU27_2020|2023|ects_band|hours_only|credentials',
			'uptake|EU27_2020|2023|ects_band|UNK|credentials'
		],
		target: 'uptake|AT|2023|ects_band|hours_only|credentials'
	},
	{
		weakness: "a provider with one record, next to its country's total",
		records: () => [
			...background(),
			issuance('z1', 'AT', '2023-05-01', { provider_id: 'AT-SOLO' })
		],
		alsoHidden: [],
		target: 'provider_quality|AT-SOLO|AT|records'
	},
	{
		weakness: 'overlapping categories (digital + green + neither - all = both)',
		records: () => [
			...background(),
			...['w1', 'w2'].map((l) =>
				issuance(l, 'AT', '2023-05-01', { provider_id: 'AT-1', topic: 'digital;green' })
			)
		],
		alsoHidden: [],
		target: 'uptake|AT|2023|topic|digital and green|credentials'
	},
	{
		weakness: 'a zero: the categories without a row are 0, so a lone hidden cell is the total',
		records: () => [
			...background(),
			...['v1', 'v2', 'v3'].map((l) =>
				issuance(l, 'AT', '2024-02-01', { provider_id: 'AT-1', participation_form: 'blended' })
			)
		],
		alsoHidden: [],
		target: 'uptake|AT|2024|participation_form|blended|credentials'
	},
	{
		weakness:
			"a provider type's records with an element, by subtraction from the country's (annex1_completeness)",
		records: () => [
			...background(),
			issuance('t1', 'AT', '2023-05-01', { provider_id: 'AT-V', provider_type: 'vet' }),
			issuance('t2', 'AT', '2023-05-01', {
				provider_id: 'AT-V',
				provider_type: 'vet',
				learning_outcomes: null,
				annex_i_present: WITHOUT_ELEMENT_6
			})
		],
		// The EU's vet row is the same count (Belgium has no vet records).
		alsoHidden: ['annex1_completeness_by_provider_type|EU27_2020|2023|vet|6|records_with_element'],
		target: 'annex1_completeness_by_provider_type|AT|2023|vet|6|records_with_element'
	},
	{
		weakness: "a shared denominator read from a sibling group's row",
		records: () => [
			...background(),
			...['u1', 'u2', 'u3'].map((l) =>
				issuance(l, 'AT', '2024-02-01', { provider_id: 'AT-1', labour_status: 'unemployed' })
			)
		],
		alsoHidden: ['inclusion|AT|2024|unemployed|learners_in_group'],
		target: 'inclusion|AT|2024|unemployed|learners_with_known_attribute'
	}
];

let db: NativeDuckDB | undefined;
afterEach(() => {
	db?.close();
	db = undefined;
});

async function tablesFor(attack: Attack): Promise<ProtectedTable[]> {
	db = await openStoreWith(attack.records());
	const indicators = await computeIndicatorTables({
		db,
		minCell: MIN_CELL,
		kind: 'synthetic',
		inputs: []
	});
	return indicators.protected;
}

/** Every count published as it is, except the listed cells (null, as suppression left them). */
function unprotected(tables: readonly ProtectedTable[], hidden: ReadonlySet<string>) {
	const audited = new Map<string, AuditedTable>();
	for (const table of tables) {
		const rows = table.truth.map((row) => {
			const copy: Record<string, unknown> = { ...row, flags: '' };
			for (const { count } of table.counts) {
				if (hidden.has(cellId(table, row, count))) copy[count] = null;
			}
			return copy;
		});
		audited.set(table.name, { table, truth: table.truth, published: table.derive(rows) });
	}
	return audited;
}

async function attack(tables: readonly ProtectedTable[], hidden: ReadonlySet<string>) {
	const { cells, relations } = auditSystem(unprotected(tables, hidden), {
		relations: PUBLISHED_RELATIONS,
		derived: DERIVED_CELLS,
		as: 'true counts'
	});
	return auditExactness({ cells, relations, minCell: MIN_CELL });
}

describe.each(ATTACKS)('attack: $weakness', (scenario) => {
	it('recovers the small count exactly when protection is off', async () => {
		const tables = await tablesFor(scenario);
		const hidden = new Set([scenario.target, ...scenario.alsoHidden]);
		const all = new Set(
			tables.flatMap((t) => t.truth.flatMap((row) => t.counts.map((c) => cellId(t, row, c.count))))
		);
		for (const cell of hidden) {
			if (!scenario.target.includes('digital and green')) expect(all, cell).toContain(cell);
		}
		const report = await attack(tables, hidden);
		const finding = report.findings.find((f) => f.cell === scenario.target);
		// A finding: recovered exactly ('exact', when the audit could take in the cell's whole
		// component) or at least not provably safe ('unproved'): never published as it stands.
		expect(finding, `${scenario.target} should be caught`).toBeDefined();
		expect(['exact', 'unproved']).toContain(finding!.kind);
		expect(finding!.truth).toBeGreaterThanOrEqual(1);
		expect(finding!.truth).toBeLessThan(MIN_CELL);
	});

	it('cannot recover it from the protected tables', async () => {
		const tables = await tablesFor(scenario);
		const result = await protectTables({
			tables,
			relations: PUBLISHED_RELATIONS,
			derived: DERIVED_CELLS,
			minCell: MIN_CELL
		});
		expect(result.summary.audit.findings).toBe(0);
		const proved = result.proved.find((i) => i.cell === scenario.target);
		expect(proved, `${scenario.target} should be proved not exact`).toBeDefined();
		expect(proved!.max).toBeGreaterThan(proved!.min);
	});
});
