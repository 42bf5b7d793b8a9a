import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeUptakeTable } from '../../../../../pipelines/indicators/uptake';
import { uptakeRelations } from '../../../../../pipelines/disclosure/relations/uptake';
import type { AuditedTables } from '../../../../../pipelines/disclosure/relations/types';
import { cellId, type ProtectedTable } from '../../../../../pipelines/disclosure/protected-table';
import type { AuditRelation } from '../../../../../pipelines/disclosure/audit-relation';
import type { IndicatorRow } from '../../../../../pipelines/indicators/indicator-table';
import type { NativeDuckDB } from '../../../../../pipelines/stages/duckdb-native';
import { openFixtureStore, publishedOf } from '../../indicators/store-fixture';

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let table: ProtectedTable;
let relations: AuditRelation[];

function audited(truth: readonly IndicatorRow[]): AuditedTables {
	return new Map([['uptake', { table, truth, published: publishedOf(table) }]]);
}

/** Every cell's true value, by cell id. */
function truthByCell(truth: readonly IndicatorRow[]): Map<string, number> {
	const values = new Map<string, number>();
	for (const row of truth) {
		for (const { count } of table.counts)
			values.set(cellId(table, row, count), row[count] as number);
	}
	return values;
}

/** The relations that do not hold on these values. */
function broken(rels: readonly AuditRelation[], values: ReadonlyMap<string, number>): string[] {
	return rels
		.filter((relation) => {
			const lhs = relation.terms.reduce((sum, { cell, coefficient }) => {
				const value = values.get(cell);
				if (value === undefined) throw new Error(`${relation.id}: unknown cell ${cell}`);
				return sum + coefficient * value;
			}, 0);
			const constant = relation.constant ?? 0;
			const sense = relation.sense ?? '=';
			return sense === '=' ? lhs !== constant : sense === '<=' ? lhs > constant : lhs < constant;
		})
		.map((relation) => relation.id);
}

beforeAll(async () => {
	db = await openFixtureStore();
	table = await computeUptakeTable({ db, minCell: 5, provenance });
	relations = uptakeRelations(audited(table.truth));
});
afterAll(() => db.close());

describe('uptakeRelations', () => {
	it('gives nothing when uptake is not audited', () => {
		expect(uptakeRelations(new Map())).toEqual([]);
	});

	it('holds on the true counts, every relation over cells of the table', () => {
		expect(relations.length).toBeGreaterThan(0);
		expect(broken(relations, truthByCell(table.truth))).toEqual([]);
		expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
	});

	it('writes each kind of relation', () => {
		const find = (id: string) => {
			const found = relations.filter((r) => r.id === id);
			expect(found, id).toHaveLength(1);
			return found[0];
		};
		const cell = (row: string, count: string) => `uptake|${row}|${count}`;
		expect(find('uptake AT 2023 provider_type: categories = _T (credentials)')).toMatchObject({
			terms: expect.arrayContaining([
				{ cell: cell('AT|2023|provider_type|hei', 'credentials'), coefficient: 1 },
				{ cell: cell('AT|2023|provider_type|_T', 'credentials'), coefficient: -1 }
			])
		});
		expect(
			find('uptake AT 2023 provider_type: categories = _T (credentials)').sense
		).toBeUndefined();
		// hei, vet, employer and the total: categories without a row are left out.
		expect(find('uptake AT 2023 provider_type: categories = _T (credentials)').terms).toHaveLength(
			4
		);
		expect(find('uptake AT 2023 topic: categories cover _T (credentials)').sense).toBe('>=');
		expect(find('uptake AT 2023 topic green: within _T (credentials)').sense).toBe('<=');
		expect(find('uptake AT 2023 provider_type: categories cover _T (learners)').sense).toBe('>=');
		expect(find('uptake AT 2023 provider_type vet: within _T (learners)').sense).toBe('<=');
		expect(find('uptake BE 2024 field 06: learners <= credentials').terms).toEqual([
			{ cell: cell('BE|2024|field|06', 'learners'), coefficient: 1 },
			{ cell: cell('BE|2024|field|06', 'credentials'), coefficient: -1 }
		]);
		expect(find('uptake AT 2023: _T of topic = _T of provider_type (learners)').terms).toEqual([
			{ cell: cell('AT|2023|topic|_T', 'learners'), coefficient: 1 },
			{ cell: cell('AT|2023|provider_type|_T', 'learners'), coefficient: -1 }
		]);
		expect(
			find('uptake EU27_2020 2024 provider_type hei: EU = sum of Member States (credentials)').terms
		).toEqual([
			{ cell: cell('AT|2024|provider_type|hei', 'credentials'), coefficient: 1 },
			{ cell: cell('BE|2024|provider_type|hei', 'credentials'), coefficient: 1 },
			{ cell: cell('EU27_2020|2024|provider_type|hei', 'credentials'), coefficient: -1 }
		]);
		expect(
			find(
				'uptake EU27_2020 2024 provider_type hei: EU at most the sum of Member States (learners)'
			).sense
		).toBe('>=');
		expect(find('uptake BE 2024 provider_type hei: within the EU (learners)').sense).toBe('<=');
		// 8 country-years, 8 other dimensions each, two counts.
		expect(relations.filter((r) => r.id.includes(': _T of '))).toHaveLength(8 * 8 * 2);
	});

	it('leans on facts that the true counts need: the EU counts x1 once, topic overlaps', () => {
		// Each would be broken if the relation were an equality.
		const values = truthByCell(table.truth);
		const v = (row: string, count: string) => values.get(`uptake|${row}|${count}`) as number;
		expect(v('EU27_2020|2024|provider_type|hei', 'learners')).toBeLessThan(
			v('AT|2024|provider_type|hei', 'learners') + v('BE|2024|provider_type|hei', 'learners')
		);
		const topics = ['digital', 'green', 'UNK'].reduce(
			(sum, t) => sum + v(`AT|2023|topic|${t}`, 'credentials'),
			0
		);
		expect(topics).toBeGreaterThan(v('AT|2023|topic|_T', 'credentials'));
	});

	it('fails on counts that break them (the check above can fail)', () => {
		const wrong = table.truth.map((row) =>
			row.geo === 'BE' && row.year === 2023 && row.dimension === 'field' && row.category === '06'
				? { ...row, credentials: (row.credentials as number) + 1, learners: 1 }
				: row
		);
		const ids = broken(relations, truthByCell(wrong));
		expect(ids).toContain('uptake BE 2023 field: categories = _T (credentials)');
		expect(ids).toContain(
			'uptake EU27_2020 2023 field 06: EU = sum of Member States (credentials)'
		);
		expect(ids).not.toContain('uptake BE 2023 field 06: learners <= credentials');
	});
});
