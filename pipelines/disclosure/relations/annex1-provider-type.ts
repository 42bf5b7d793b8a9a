import { ANNEX1_BY_PROVIDER_TYPE_TABLE } from '../../indicators/annex1-by-provider-type';
import { ALL_ELEMENTS } from '../../indicators/annex1-completeness';
import type { IndicatorRow } from '../../indicators/indicator-table';
import { EU, TOTAL } from '../../indicators/sql-parts';
import type { AuditRelation } from '../audit-relation';
import { cellOf, groupRows, term, type AuditedTables, type RelationBuilder } from './types';

// What an outsider can verify between the true counts of annex1_completeness_by_provider_type
// (pipelines/indicators/annex1-by-provider-type.ts) and the other published tables.
//
// Its margin rows ('_T') are annex1_completeness's counts, and a type's records are uptake's
// credentials of that provider type: the table says so (sameCellAs), so the audit takes each as
// one cell and the copies need no relation. Besides, the records with all eleven elements are at
// most those with any one; the types of a country and year add up to its '_T' row (records once,
// and element by element); the EU is the sum of the Member States. (records_with_element <=
// records comes with the cap.) Each relation holds on the true counts; the audit checks that.
//
// Not declared: no published table gives a provider's type, so provider_quality (per provider,
// all years) is not tied to the provider types. An outsider who tells a provider's type from its
// name could add its providers' counts up and set them against a type's counts summed over the
// years; uptake's credentials per provider type already allowed that for the records. Declaring
// it ties every year and table together: the audit of the default data went from seconds to
// many minutes, and hid thousands of counts.

const TABLE = ANNEX1_BY_PROVIDER_TYPE_TABLE;
const COUNTS = ['records', 'records_with_element'] as const;

/** sum(plus) - sum(minus) `sense` 0. */
function balance(
	id: string,
	plus: readonly string[],
	minus: readonly string[],
	sense: AuditRelation['sense'] = '='
): AuditRelation {
	return {
		id,
		sense,
		terms: [...plus.map((cell) => term(cell)), ...minus.map((cell) => term(cell, -1))]
	};
}

function withinTable(tables: AuditedTables, rows: readonly IndicatorRow[]): AuditRelation[] {
	const cell = (row: IndicatorRow, count: string) => cellOf(tables, TABLE, row, count);
	const relations: AuditRelation[] = [];

	for (const [key, group] of groupRows(rows, (r) => `${r.geo}|${r.year}|${r.provider_type}`)) {
		const all = group.find((r) => r.element === ALL_ELEMENTS);
		if (!all) continue;
		for (const row of group) {
			if (row === all) continue;
			relations.push(
				balance(
					`${TABLE} ${key} all <= element ${row.element}`,
					[cell(all, 'records_with_element')],
					[cell(row, 'records_with_element')],
					'<='
				)
			);
		}
	}

	// The records are the same cell in every element's row: summed once, on the rows of 'all'.
	const sums = (
		label: string,
		key: (r: IndicatorRow) => string,
		isTotal: (r: IndicatorRow) => boolean
	) => {
		for (const [name, group] of groupRows(rows, key)) {
			const total = group.find(isTotal);
			const parts = group.filter((r) => !isTotal(r));
			for (const count of COUNTS) {
				if (count === 'records' && group[0].element !== ALL_ELEMENTS) continue;
				relations.push(
					balance(
						`${TABLE} ${name} ${label} (${count})`,
						parts.map((r) => cell(r, count)),
						total ? [cell(total, count)] : []
					)
				);
			}
		}
	};
	sums(
		`types add up to ${TOTAL}`,
		(r) => `${r.geo}|${r.year}|${r.element}`,
		(r) => r.provider_type === TOTAL
	);
	sums(
		'EU = sum of Member States',
		(r) => `${r.year}|${r.provider_type}|${r.element}`,
		(r) => r.geo === EU
	);
	return relations;
}

export const annex1ProviderTypeRelations: RelationBuilder = (tables) => {
	const audited = tables.get(TABLE);
	if (!audited) return [];
	return withinTable(tables, audited.truth);
};
