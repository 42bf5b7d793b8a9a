import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAnnex1CompletenessTable } from '../../../../pipelines/indicators/annex1-completeness';
import { computeAnnex2PrinciplesTable } from '../../../../pipelines/indicators/annex2-principles';
import { computeProviderQualityTable } from '../../../../pipelines/indicators/provider-quality';
import { credentialElementsTable } from '../../../../pipelines/stages/provider-tables';
import { cellId, type ProtectedTable } from '../../../../pipelines/disclosure/protected-table';
import type { AuditRelation } from '../../../../pipelines/disclosure/audit-relation';
import type { AuditedTable, AuditedTables } from '../../../../pipelines/disclosure/relations/types';
import {
	annex2Relations,
	credentialElementsRelations,
	providerQualityRelations
} from '../../../../pipelines/disclosure/relations/quality';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { openFixtureStore, publishedOf } from '../indicators/store-fixture';
import { fixtureElementCounts } from '../stages/credential-fixture';

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let tables: Map<string, AuditedTable>;

const audited = (table: ProtectedTable): AuditedTable => ({
	table,
	truth: table.truth,
	published: publishedOf(table)
});

beforeAll(async () => {
	db = await openFixtureStore();
	const options = { db, minCell: 5, provenance };
	const list = [
		await computeAnnex1CompletenessTable(options),
		await computeProviderQualityTable(options),
		await computeAnnex2PrinciplesTable(options),
		credentialElementsTable({
			elements: fixtureElementCounts(),
			kind: 'synthetic',
			minCell: 5,
			inputs: []
		})
	];
	tables = new Map(list.map((t) => [t.name, audited(t)]));
});
afterAll(() => db.close());

/** Every true count of the audited tables by cell id. */
function trueCounts(from: AuditedTables): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { table, truth } of from.values()) {
		for (const row of truth) {
			for (const { count } of table.counts)
				counts.set(cellId(table, row, count), row[count] as number);
		}
	}
	return counts;
}

/** The relations that do not hold on `counts` (a term on an unknown cell is an error). */
function broken(relations: readonly AuditRelation[], counts: ReadonlyMap<string, number>) {
	return relations.filter((relation) => {
		let lhs = -(relation.constant ?? 0);
		for (const { cell, coefficient } of relation.terms) {
			const value = counts.get(cell);
			if (value === undefined) throw new Error(`${relation.id}: unknown cell ${cell}`);
			lhs += coefficient * value;
		}
		const sense = relation.sense ?? '=';
		return sense === '=' ? Math.abs(lhs) > 1e-9 : sense === '<=' ? lhs > 1e-9 : lhs < -1e-9;
	});
}

const all = (from: AuditedTables) => [
	...providerQualityRelations(from),
	...annex2Relations(from),
	...credentialElementsRelations(from)
];

describe('relations of the quality tables', () => {
	it('all hold on the true counts of the fixture store', () => {
		const relations = all(tables);
		expect(relations.length).toBeGreaterThan(300);
		expect(broken(relations, trueCounts(tables)).map((r) => r.id)).toEqual([]);
		expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
	});

	it('are not vacuous: a count moved by one breaks them', () => {
		const relations = all(tables);
		const counts = trueCounts(tables);
		for (const cell of [
			'provider_quality|AT-V1|AT|records',
			'provider_quality|AT-E1|AT|e6',
			'provider_quality|_T|EU27_2020|e_all',
			'annex2_principles|BE|2023|transparency_eqf|units_meeting',
			'annex2_principles|AT|2024|portable_digital|units',
			'credential_elements|edc|6|not_mappable|credentials'
		]) {
			const moved = new Map(counts);
			expect(moved.has(cell), cell).toBe(true);
			moved.set(cell, moved.get(cell)! + 1);
			expect(broken(relations, moved).length, cell).toBeGreaterThan(0);
		}
	});

	it('provider_quality: providers add up to _T, the EU to the Member States, _T to annex1 over years', () => {
		const ids = providerQualityRelations(tables).map((r) => r.id);
		expect(ids).toContain('provider_quality AT: providers add up to _T (records)');
		expect(ids).toContain('provider_quality BE: providers add up to _T (e7)');
		expect(ids).toContain('provider_quality EU27_2020: Member States add up to the EU (e_all)');
		expect(ids).toContain('provider_quality AT AT-H1: e3 <= records');
		expect(ids).toContain('provider_quality AT AT-H1: e_all <= e11');
		for (const geo of ['AT', 'BE', 'EU27_2020']) {
			expect(ids).toContain(
				`provider_quality ${geo} _T: records = sum over years of annex1_completeness records`
			);
			expect(ids).toContain(
				`provider_quality ${geo} _T: e6 = sum over years of annex1_completeness records_with_element`
			);
		}
		const at = providerQualityRelations(tables).find(
			(r) =>
				r.id === 'provider_quality AT _T: records = sum over years of annex1_completeness records'
		)!;
		// AT: 3 + 19 + 15 records in 2022-2024 = 37.
		expect(at.terms).toEqual([
			{ cell: 'annex1_completeness|AT|2022|all|records', coefficient: 1 },
			{ cell: 'annex1_completeness|AT|2023|all|records', coefficient: 1 },
			{ cell: 'annex1_completeness|AT|2024|all|records', coefficient: 1 },
			{ cell: 'provider_quality|_T|AT|records', coefficient: -1 }
		]);
	});

	it('annex2: meeting within the records, one count of records per country-year, tied to annex1', () => {
		const relations = annex2Relations(tables);
		const ids = relations.map((r) => r.id);
		expect(ids).toContain('annex2_principles AT 2023 valid_assessment: units_meeting <= units');
		expect(ids).toContain(
			'annex2_principles AT|2023: authentic_sealed counts the records of quality_external_qa'
		);
		expect(ids).toContain(
			'annex2_principles 2023|transparency_nqf: Member States add up to the EU (units_meeting)'
		);
		expect(ids).toContain(
			"annex2_principles BE|2024: the records are annex1_completeness's records"
		);
		for (const [principle, element] of [
			['quality_external_qa', 11],
			['transparency_ects', 7],
			['transparency_eqf', 8],
			['valid_assessment', 9]
		]) {
			expect(ids).toContain(
				`annex2_principles BE 2023 ${principle}: units_meeting <= annex1_completeness records with element ${element}`
			);
		}
		// Nothing ties a principle to an offer or a provider count: they are not audited.
		expect(
			relations.every((r) => r.terms.every((t) => !/catalogue|recognition/.test(t.cell)))
		).toBe(true);
	});

	it('credential_elements: the statuses add up to _T, one _T per format', () => {
		const relations = credentialElementsRelations(tables);
		const ids = relations.map((r) => r.id);
		expect(ids).toContain('credential_elements edc|6: found + missing + not_mappable = _T');
		expect(ids).toContain(
			'credential_elements open_badges_3: element 11 has the credentials of element 1'
		);
		const listed = relations.find(
			(r) => r.id === 'credential_elements edc|1: a listed format has a credential'
		);
		expect(listed).toMatchObject({ sense: '>=', constant: 1 });
		// 2 formats x 11 elements: a sum and a lower bound each; 10 equalities per format.
		expect(relations).toHaveLength(2 * 11 * 2 + 2 * 10);
	});

	it('give nothing for a table that is not audited, and no annex1 link without annex1', () => {
		const empty: AuditedTables = new Map();
		expect(all(empty)).toEqual([]);
		const withoutAnnex1 = new Map([...tables].filter(([name]) => name !== 'annex1_completeness'));
		const relations = all(withoutAnnex1);
		expect(relations.length).toBeGreaterThan(0);
		expect(
			relations.some((r) => r.terms.some((t) => t.cell.startsWith('annex1_completeness')))
		).toBe(false);
		expect(broken(relations, trueCounts(withoutAnnex1))).toEqual([]);
	});
});
