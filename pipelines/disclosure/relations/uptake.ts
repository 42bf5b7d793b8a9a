import type { IndicatorRow } from '../../indicators/indicator-table';
import type { AuditRelation } from '../audit-relation';
import { cellOf, groupRows, term, type RelationBuilder } from './types';

// What an outsider can verify between the true counts of the published `uptake` table
// (pipelines/indicators/uptake.ts). Each row has two counts: credentials (records: additive) and
// learners (distinct persons: not additive). A category without credentials has no row: its
// counts are 0, and left out of every sum.
//
// - Credentials: the categories of a dimension add up to '_T', except 'topic', whose categories
//   overlap (a record tagged digital and green is in both; UNK is a record with neither): there
//   the categories add up to at least '_T', and each is at most '_T'. The EU row is the sum of
//   the Member States. '_T' is the same count in every dimension.
// - Learners: a learner has at least one credential, so learners <= credentials in every cell; a
//   category's learners are at most its line's '_T', and the categories' learners add up to at
//   least '_T' (a learner with records in two categories counts in both). The EU counts a learner
//   once across Member States: at most their sum, at least each one. '_T' is the same count in
//   every dimension.
//
// Growth and the rate per 1 000 inhabitants are computed from the published counts (and a
// published population), so they tell nothing about the true counts beyond them.

const TABLE = 'uptake';
const TOTAL = '_T';
const EU = 'EU27_2020';
/** The dimension whose categories overlap. */
const TOPIC = 'topic';

type Count = 'credentials' | 'learners';

const label = (row: IndicatorRow) => `${row.geo} ${row.year} ${row.dimension} ${row.category}`;

export const uptakeRelations: RelationBuilder = (tables) => {
	const audited = tables.get(TABLE);
	if (!audited) return [];
	const rows = audited.truth;
	const cell = (row: IndicatorRow, count: Count) => cellOf(tables, TABLE, row, count);
	const relations: AuditRelation[] = [];

	// Learners of a cell are at most its credentials.
	for (const row of rows) {
		relations.push({
			id: `${TABLE} ${label(row)}: learners <= credentials`,
			sense: '<=',
			terms: [term(cell(row, 'learners')), term(cell(row, 'credentials'), -1)]
		});
	}

	// The categories of each line against its '_T'.
	const lines = groupRows(rows, (row) => `${row.geo}\u001f${row.year}\u001f${row.dimension}`);
	for (const line of lines.values()) {
		const total = line.find((row) => row.category === TOTAL);
		const parts = line.filter((row) => row.category !== TOTAL);
		const { geo, year, dimension } = line[0];
		const id = `${TABLE} ${geo} ${year} ${dimension}`;
		if (!total) throw new Error(`uptake relations: ${id} has no ${TOTAL} row`);
		const sumOfParts = (count: Count) => parts.map((row) => term(cell(row, count)));
		if (dimension === TOPIC) {
			relations.push({
				id: `${id}: categories cover ${TOTAL} (credentials)`,
				sense: '>=',
				terms: [...sumOfParts('credentials'), term(cell(total, 'credentials'), -1)]
			});
			for (const part of parts) {
				relations.push({
					id: `${TABLE} ${label(part)}: within ${TOTAL} (credentials)`,
					sense: '<=',
					terms: [term(cell(part, 'credentials')), term(cell(total, 'credentials'), -1)]
				});
			}
		} else {
			relations.push({
				id: `${id}: categories = ${TOTAL} (credentials)`,
				terms: [...sumOfParts('credentials'), term(cell(total, 'credentials'), -1)]
			});
		}
		relations.push({
			id: `${id}: categories cover ${TOTAL} (learners)`,
			sense: '>=',
			terms: [...sumOfParts('learners'), term(cell(total, 'learners'), -1)]
		});
		for (const part of parts) {
			relations.push({
				id: `${TABLE} ${label(part)}: within ${TOTAL} (learners)`,
				sense: '<=',
				terms: [term(cell(part, 'learners')), term(cell(total, 'learners'), -1)]
			});
		}
	}

	// '_T' is one count under the label of every dimension: different cell ids, equal counts.
	const totals = groupRows(
		rows.filter((row) => row.category === TOTAL),
		(row) => `${row.geo}\u001f${row.year}`
	);
	for (const [first, ...others] of totals.values()) {
		for (const other of others) {
			for (const count of ['credentials', 'learners'] as const) {
				relations.push({
					id: `${TABLE} ${first.geo} ${first.year}: ${TOTAL} of ${other.dimension} = ${TOTAL} of ${first.dimension} (${count})`,
					terms: [term(cell(other, count)), term(cell(first, count), -1)]
				});
			}
		}
	}

	// The EU and its Member States, cell by cell.
	const sameCell = (row: IndicatorRow) => `${row.year}\u001f${row.dimension}\u001f${row.category}`;
	const memberStates = groupRows(
		rows.filter((row) => row.geo !== EU),
		sameCell
	);
	for (const eu of rows.filter((row) => row.geo === EU)) {
		const countries = memberStates.get(sameCell(eu)) ?? [];
		const id = `${TABLE} ${label(eu)}`;
		relations.push({
			id: `${id}: EU = sum of Member States (credentials)`,
			terms: [
				...countries.map((row) => term(cell(row, 'credentials'))),
				term(cell(eu, 'credentials'), -1)
			]
		});
		relations.push({
			id: `${id}: EU at most the sum of Member States (learners)`,
			sense: '>=',
			terms: [
				...countries.map((row) => term(cell(row, 'learners'))),
				term(cell(eu, 'learners'), -1)
			]
		});
		for (const country of countries) {
			relations.push({
				id: `${TABLE} ${label(country)}: within the EU (learners)`,
				sense: '<=',
				terms: [term(cell(country, 'learners')), term(cell(eu, 'learners'), -1)]
			});
		}
	}
	return relations;
};
