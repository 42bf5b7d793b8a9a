import { EU_AGGREGATE } from '../../../core/contract/countries';
import type { IndicatorRow } from '../../indicators/indicator-table';
import type { AuditRelation } from '../audit-relation';
import { cellOf, groupRows, term, type RelationBuilder } from './types';

// What an outsider can verify on `annex1_completeness` alone: every element row of a country and
// year repeats its records; records with all eleven elements are at most those with any one; the
// EU is the sum of the Member States. (records_with_element <= records comes with the cap.)

const TABLE = 'annex1_completeness';
const ALL = 'all';

export const annex1Relations: RelationBuilder = (tables) => {
	const audited = tables.get(TABLE);
	if (!audited) return [];
	const id = (row: IndicatorRow, count: string) => cellOf(tables, TABLE, row, count);
	const relations: AuditRelation[] = [];

	for (const [key, rows] of groupRows(audited.truth, (r) => `${r.geo}|${r.year}`)) {
		for (const row of rows.slice(1)) {
			relations.push({
				id: `${TABLE} ${key} records repeated (element ${row.element})`,
				terms: [term(id(row, 'records')), term(id(rows[0], 'records'), -1)]
			});
		}
		const all = rows.find((r) => r.element === ALL);
		if (!all) continue;
		for (const row of rows) {
			if (row === all) continue;
			relations.push({
				id: `${TABLE} ${key} all <= element ${row.element}`,
				terms: [term(id(all, 'records_with_element')), term(id(row, 'records_with_element'), -1)],
				sense: '<='
			});
		}
	}

	for (const [key, rows] of groupRows(audited.truth, (r) => `${r.year}|${r.element}`)) {
		const eu = rows.find((r) => r.geo === EU_AGGREGATE);
		const states = rows.filter((r) => r.geo !== EU_AGGREGATE);
		if (!eu) continue;
		for (const count of ['records', 'records_with_element']) {
			relations.push({
				id: `${TABLE} ${key} EU = sum of Member States (${count})`,
				terms: [term(id(eu, count), -1), ...states.map((r) => term(id(r, count)))]
			});
		}
	}
	return relations;
};
