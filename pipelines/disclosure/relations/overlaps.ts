import type { IndicatorRow } from '../../indicators/indicator-table';
import type { AuditRelation } from '../audit-relation';
import { cellOf, groupRows, term, type DerivedCellBuilder } from './types';

// Overlapping categories: a credential can be tagged both 'digital' and 'green', and 'UNK' has
// neither tag, so in each country and year
//
//   digital + green + UNK - _T = credentials tagged both,
//
// a count the tables do not publish but an outsider can compute. It is audited as a cell of its
// own (the learners of the intersection cannot be computed: learners do not add up).

const UPTAKE = 'uptake';
const TOPIC = 'topic';
const TOTAL = '_T';

export const topicOverlapCells: DerivedCellBuilder = (tables) => {
	const uptake = tables.get(UPTAKE);
	if (!uptake) return { cells: [], relations: [] };
	const cells: { id: string; truth: number }[] = [];
	const relations: AuditRelation[] = [];
	const topics = uptake.truth.filter((row) => row.dimension === TOPIC);
	for (const [key, rows] of groupRows(topics, (r) => `${r.geo}|${r.year}`)) {
		const total = rows.find((r) => r.category === TOTAL);
		const parts = rows.filter((r) => r.category !== TOTAL);
		if (!total) continue;
		const id = (row: IndicatorRow) => cellOf(tables, UPTAKE, row, 'credentials');
		const both =
			parts.reduce((n, r) => n + (r.credentials as number), 0) - (total.credentials as number);
		const cell = `${UPTAKE}|${key}|topic|digital and green|credentials`;
		cells.push({ id: cell, truth: both });
		relations.push({
			id: `${UPTAKE} ${key} topic overlap = parts - total`,
			terms: [...parts.map((r) => term(id(r))), term(id(total), -1), term(cell, -1)]
		});
	}
	return { cells, relations };
};
