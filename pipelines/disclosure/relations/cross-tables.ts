import type { IndicatorRow } from '../../indicators/indicator-table';
import type { AuditRelation } from '../audit-relation';
import { cellOf, groupRows, term, type RelationBuilder } from './types';

// The same records counted in `uptake` and in `annex1_completeness` under other names:
//
// - the records of a country and year are uptake's '_T' credentials;
// - records with element vii (workload) are the records in a known ECTS band ('hours_only'
//   included), element viii (level) those with a known EQF level ('NAP' included: the provider
//   said the level does not apply), element x (form of participation) those with a known form.
//
// Each is checked on the true counts by the audit, so a change in either table that breaks one
// fails loudly rather than leaving a relation unchecked.

const UPTAKE = 'uptake';
const ANNEX1 = 'annex1_completeness';
const UNKNOWN = 'UNK';
const TOTAL = '_T';

/** Element of Annex I -> the uptake dimension whose known categories add up to it. */
export const ELEMENT_BREAKDOWNS: Readonly<Record<string, string>> = {
	'7': 'ects_band',
	'8': 'eqf_level',
	'10': 'participation_form'
};

export const annex1UptakeRelations: RelationBuilder = (tables) => {
	const uptake = tables.get(UPTAKE);
	const annex1 = tables.get(ANNEX1);
	if (!uptake || !annex1) return [];
	const relations: AuditRelation[] = [];
	const lines = groupRows(uptake.truth, (r) => `${r.geo}|${r.year}|${r.dimension}`);
	const up = (row: IndicatorRow) => cellOf(tables, UPTAKE, row, 'credentials');
	const a1 = (row: IndicatorRow, count: string) => cellOf(tables, ANNEX1, row, count);

	for (const row of annex1.truth) {
		const key = `${row.geo}|${row.year}`;
		const element = String(row.element);
		if (element === '1') {
			const total = lines.get(`${key}|provider_type`)?.find((r) => r.category === TOTAL);
			if (!total) throw new Error(`relations: uptake has no '_T' row for ${key}`);
			relations.push({
				id: `${ANNEX1} ${key} records = uptake _T credentials`,
				terms: [term(a1(row, 'records')), term(up(total), -1)]
			});
		}
		const dimension = ELEMENT_BREAKDOWNS[element];
		if (!dimension) continue;
		const known = (lines.get(`${key}|${dimension}`) ?? []).filter(
			(r) => r.category !== TOTAL && r.category !== UNKNOWN
		);
		relations.push({
			id: `${ANNEX1} ${key} element ${element} = uptake ${dimension} known categories`,
			terms: [term(a1(row, 'records_with_element'), -1), ...known.map((r) => term(up(r)))]
		});
	}
	return relations;
};
