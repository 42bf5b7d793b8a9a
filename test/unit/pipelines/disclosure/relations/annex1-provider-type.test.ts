import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annex1ProviderTypeRelations } from '../../../../../pipelines/disclosure/relations/annex1-provider-type';
import { PUBLISHED_RELATIONS } from '../../../../../pipelines/disclosure/relations';
import type {
	AuditedTable,
	AuditedTables
} from '../../../../../pipelines/disclosure/relations/types';
import { cellId, type ProtectedTable } from '../../../../../pipelines/disclosure/protected-table';
import type { AuditRelation } from '../../../../../pipelines/disclosure/audit-relation';
import { computeAnnex1ByProviderTypeTable } from '../../../../../pipelines/indicators/annex1-by-provider-type';
import { computeAnnex1CompletenessTable } from '../../../../../pipelines/indicators/annex1-completeness';
import { computeProviderQualityTable } from '../../../../../pipelines/indicators/provider-quality';
import { computeUptakeTable } from '../../../../../pipelines/indicators/uptake';
import type { NativeDuckDB } from '../../../../../pipelines/stages/duckdb-native';
import { openFixtureStore, publishedOf } from '../../indicators/store-fixture';

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };
const TABLE = 'annex1_completeness_by_provider_type';

let db: NativeDuckDB;
let tables: Map<string, AuditedTable>;
let relations: AuditRelation[];

const audited = (table: ProtectedTable): AuditedTable => ({
	table,
	truth: table.truth,
	published: publishedOf(table)
});

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

/** The ids of the relations that do not hold on `counts` (an unknown cell is an error). */
function broken(rels: readonly AuditRelation[], counts: ReadonlyMap<string, number>): string[] {
	return rels
		.filter((relation) => {
			let lhs = -(relation.constant ?? 0);
			for (const { cell, coefficient } of relation.terms) {
				const value = counts.get(cell);
				if (value === undefined) throw new Error(`${relation.id}: unknown cell ${cell}`);
				lhs += coefficient * value;
			}
			const sense = relation.sense ?? '=';
			return sense === '=' ? lhs !== 0 : sense === '<=' ? lhs > 0 : lhs < 0;
		})
		.map((r) => r.id);
}

beforeAll(async () => {
	db = await openFixtureStore();
	const options = { db, minCell: 5, provenance };
	const list = [
		await computeUptakeTable(options),
		await computeAnnex1CompletenessTable(options),
		await computeAnnex1ByProviderTypeTable(options),
		await computeProviderQualityTable(options)
	];
	tables = new Map(list.map((t) => [t.name, audited(t)]));
	relations = annex1ProviderTypeRelations(tables);
});
afterAll(() => db.close());

describe('annex1ProviderTypeRelations', () => {
	it('gives nothing when the table is not audited, and is one of the published relations', () => {
		expect(annex1ProviderTypeRelations(new Map())).toEqual([]);
		expect(PUBLISHED_RELATIONS).toContain(annex1ProviderTypeRelations);
	});

	it('all hold on the true counts of the fixture store, each named once', () => {
		expect(relations.length).toBeGreaterThan(300);
		expect(broken(relations, trueCounts(tables))).toEqual([]);
		expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
	});

	it('takes the margin as annex1_completeness and the records as uptake (one cell each)', () => {
		const table = tables.get(TABLE)!.table;
		const row = (type: string, element: string) =>
			tables
				.get(TABLE)!
				.truth.find(
					(r) =>
						r.geo === 'AT' && r.year === 2023 && r.provider_type === type && r.element === element
				)!;
		expect(cellId(table, row('_T', '6'), 'records_with_element')).toBe(
			'annex1_completeness|AT|2023|6|records_with_element'
		);
		expect(cellId(table, row('vet', '6'), 'records')).toBe(
			'uptake|AT|2023|provider_type|vet|credentials'
		);
		expect(cellId(table, row('vet', '6'), 'records_with_element')).toBe(
			`${TABLE}|AT|2023|vet|6|records_with_element`
		);
	});

	it('ties the types to their margin and the Member States to the EU', () => {
		const byId = new Map(relations.map((r) => [r.id, r]));
		const cells = (id: string) =>
			byId
				.get(id)
				?.terms.map((t) => `${t.coefficient > 0 ? '+' : '-'}${t.cell}`)
				.sort();
		// AT 2023, element vi: hei + vet + employer = _T (annex1_completeness's count).
		expect(cells(`${TABLE} AT|2023|6 types add up to _T (records_with_element)`)).toEqual(
			[
				`+${TABLE}|AT|2023|hei|6|records_with_element`,
				`+${TABLE}|AT|2023|vet|6|records_with_element`,
				`+${TABLE}|AT|2023|employer|6|records_with_element`,
				'-annex1_completeness|AT|2023|6|records_with_element'
			].sort()
		);
		// The records once per country and year, on the rows of all eleven.
		expect(cells(`${TABLE} AT|2023|all types add up to _T (records)`)).toEqual(
			[
				'+uptake|AT|2023|provider_type|hei|credentials',
				'+uptake|AT|2023|provider_type|vet|credentials',
				'+uptake|AT|2023|provider_type|employer|credentials',
				'-annex1_completeness|AT|2023|all|records'
			].sort()
		);
		expect(byId.has(`${TABLE} AT|2023|6 types add up to _T (records)`)).toBe(false);
		expect(
			cells(`${TABLE} 2023|employer|6 EU = sum of Member States (records_with_element)`)
		).toEqual(
			[
				`+${TABLE}|AT|2023|employer|6|records_with_element`,
				`-${TABLE}|EU27_2020|2023|employer|6|records_with_element`
			].sort()
		);
		expect(byId.get(`${TABLE} AT|2023|employer all <= element 6`)?.sense).toBe('<=');
	});

	it('are not vacuous: a count of the table moved by one breaks them', () => {
		const counts = trueCounts(tables);
		for (const cell of [
			'uptake|AT|2023|provider_type|vet|credentials',
			`${TABLE}|AT|2023|employer|6|records_with_element`,
			'annex1_completeness|AT|2023|all|records_with_element',
			`${TABLE}|EU27_2020|2024|hei|8|records_with_element`,
			`${TABLE}|BE|2024|hei|all|records_with_element`
		]) {
			expect(counts.has(cell), cell).toBe(true);
			const moved = new Map(counts);
			moved.set(cell, counts.get(cell)! + 1);
			expect(broken(relations, moved).length, cell).toBeGreaterThan(0);
		}
	});

	it('still ties the table to itself without the other tables', () => {
		const alone = new Map([[TABLE, tables.get(TABLE)!]]);
		const own = annex1ProviderTypeRelations(alone);
		expect(own.length).toBeGreaterThan(0);
		// Its own cells, and the cells of annex1_completeness and uptake it repeats.
		const prefixes = [`${TABLE}|`, 'annex1_completeness|', 'uptake|'];
		expect(own.every((r) => r.terms.every((t) => prefixes.some((p) => t.cell.startsWith(p))))).toBe(
			true
		);
		expect(broken(own, trueCounts(alone))).toEqual([]);
	});
});
