import { ANNEX_I_MANDATORY } from '../../../core/contract/issuance-record';
import { ALL_ELEMENTS } from '../../indicators/annex1-completeness';
import { ANNEX2_PRINCIPLES } from '../../indicators/annex2-principles';
import type { IndicatorRow } from '../../indicators/indicator-table';
import { PROVIDER_QUALITY_ELEMENT_COUNTS } from '../../indicators/provider-quality';
import { EU, TOTAL } from '../../indicators/sql-parts';
import type { AuditRelation } from '../audit-relation';
import { cellOf, groupRows, term, type AuditedTables, type RelationBuilder } from './types';

// What an outsider can verify between the true counts of the quality tables: provider_quality,
// annex2_principles (its record rows; offers and providers are published as counted) and
// credential_elements. Each relation holds on the true counts by construction of the tables'
// SQL or JS; the unit test checks every one on the fixture store.

const ANNEX1 = 'annex1_completeness';
const PROVIDER_QUALITY = 'provider_quality';
const ANNEX2 = 'annex2_principles';
const CREDENTIAL_ELEMENTS = 'credential_elements';

/** sum(parts) - total = 0, or `sense` 0. */
function sumRelation(
	id: string,
	parts: readonly string[],
	total: string | null,
	sense: AuditRelation['sense'] = '='
): AuditRelation {
	return {
		id,
		sense,
		terms: [...parts.map((cell) => term(cell)), ...(total === null ? [] : [term(total, -1)])]
	};
}

/** a - b <= 0. */
function atMost(id: string, a: string, b: string): AuditRelation {
	return { id, sense: '<=', terms: [term(a), term(b, -1)] };
}

/** The annex1_completeness rows of one element, by geo. */
function annex1RowsByGeo(tables: AuditedTables, element: string): Map<string, IndicatorRow[]> {
	const annex1 = tables.get(ANNEX1);
	if (!annex1) return new Map();
	return groupRows(
		annex1.truth.filter((row) => row.element === element),
		(row) => String(row.geo)
	);
}

/**
 * provider_quality: the providers of a country add up to its '_T' row and the EU '_T' row is the
 * sum of the Member States' (records and each element count); an element count is at most the
 * records, and the records with all eleven at most those with any one. With annex1_completeness:
 * the '_T' row of a country counts the same records as that table's rows of the country, over all
 * years (both count the records with a year).
 */
export const providerQualityRelations: RelationBuilder = (tables) => {
	const audited = tables.get(PROVIDER_QUALITY);
	if (!audited) return [];
	const cell = (row: IndicatorRow, count: string) => cellOf(tables, PROVIDER_QUALITY, row, count);
	const counts = ['records', ...PROVIDER_QUALITY_ELEMENT_COUNTS];
	const singleElements = PROVIDER_QUALITY_ELEMENT_COUNTS.filter((c) => c !== 'e_all');
	const relations: AuditRelation[] = [];
	const name = (row: IndicatorRow) => `${PROVIDER_QUALITY} ${row.geo} ${row.provider_id}`;

	for (const row of audited.truth) {
		for (const count of PROVIDER_QUALITY_ELEMENT_COUNTS) {
			relations.push(
				atMost(`${name(row)}: ${count} <= records`, cell(row, count), cell(row, 'records'))
			);
		}
		for (const count of singleElements) {
			relations.push(
				atMost(`${name(row)}: e_all <= ${count}`, cell(row, 'e_all'), cell(row, count))
			);
		}
	}

	const byGeo = groupRows(audited.truth, (row) => String(row.geo));
	const totals = new Map<string, IndicatorRow>();
	for (const [geo, rows] of byGeo) {
		const total = rows.find((row) => row.provider_id === TOTAL);
		if (total) totals.set(geo, total);
		// The EU has only its '_T' row: it is the sum of the Member States, below.
		if (geo === EU) continue;
		const providers = rows.filter((row) => row.provider_id !== TOTAL);
		for (const count of counts) {
			relations.push(
				sumRelation(
					`${PROVIDER_QUALITY} ${geo}: providers add up to ${TOTAL} (${count})`,
					providers.map((row) => cell(row, count)),
					total ? cell(total, count) : null
				)
			);
		}
	}

	const eu = totals.get(EU);
	const states = [...totals.entries()].filter(([geo]) => geo !== EU).map(([, row]) => row);
	if (eu || states.length > 0) {
		for (const count of counts) {
			relations.push(
				sumRelation(
					`${PROVIDER_QUALITY} ${EU}: Member States add up to the EU (${count})`,
					states.map((row) => cell(row, count)),
					eu ? cell(eu, count) : null
				)
			);
		}
	}

	if (tables.has(ANNEX1)) {
		const all = annex1RowsByGeo(tables, ALL_ELEMENTS);
		const perElement = new Map(
			ANNEX_I_MANDATORY.map((e) => [`e${e.number}`, annex1RowsByGeo(tables, String(e.number))])
		);
		const annex1Cell = (row: IndicatorRow, count: string) => cellOf(tables, ANNEX1, row, count);
		const geos = new Set([...totals.keys(), ...all.keys()]);
		for (const geo of geos) {
			const total = totals.get(geo);
			const same = (count: string, rows: readonly IndicatorRow[], annex1Count: string) =>
				sumRelation(
					`${PROVIDER_QUALITY} ${geo} ${TOTAL}: ${count} = sum over years of ${ANNEX1} ${annex1Count}`,
					rows.map((row) => annex1Cell(row, annex1Count)),
					total ? cell(total, count) : null
				);
			relations.push(same('records', all.get(geo) ?? [], 'records'));
			for (const count of singleElements) {
				relations.push(same(count, perElement.get(count)?.get(geo) ?? [], 'records_with_element'));
			}
			relations.push(same('e_all', all.get(geo) ?? [], 'records_with_element'));
		}
	}
	return relations;
};

/**
 * annex2_principles, record rows: the records meeting a principle are at most the records; every
 * principle of a country and year counts the same records; the EU is the sum of the Member
 * States. With annex1_completeness: those records are that table's records of the country and
 * year, and a record meeting a principle that needs an Annex I element's column carries the
 * element (ANNEX2_PRINCIPLES, carriesElement). No principle is exactly an Annex I element, and no
 * two principles meet on the same records by definition: no other equality.
 */
export const annex2Relations: RelationBuilder = (tables) => {
	const audited = tables.get(ANNEX2);
	if (!audited) return [];
	const cell = (row: IndicatorRow, count: string) => cellOf(tables, ANNEX2, row, count);
	const rows = audited.truth.filter((row) => row.basis === 'records');
	const relations: AuditRelation[] = [];
	const name = (row: IndicatorRow) => `${ANNEX2} ${row.geo} ${row.year} ${row.principle}`;

	for (const row of rows) {
		relations.push(
			atMost(`${name(row)}: units_meeting <= units`, cell(row, 'units_meeting'), cell(row, 'units'))
		);
	}

	const byGeoYear = groupRows(rows, (row) => `${row.geo}|${row.year}`);
	for (const [geoYear, group] of byGeoYear) {
		for (const other of group.slice(1)) {
			relations.push({
				id: `${ANNEX2} ${geoYear}: ${other.principle} counts the records of ${group[0].principle}`,
				terms: [term(cell(other, 'units')), term(cell(group[0], 'units'), -1)]
			});
		}
	}

	const byYearPrinciple = groupRows(rows, (row) => `${row.year}|${row.principle}`);
	for (const [key, group] of byYearPrinciple) {
		const eu = group.find((row) => row.geo === EU) ?? null;
		const states = group.filter((row) => row.geo !== EU);
		for (const count of ['units', 'units_meeting']) {
			relations.push(
				sumRelation(
					`${ANNEX2} ${key}: Member States add up to the EU (${count})`,
					states.map((row) => cell(row, count)),
					eu ? cell(eu, count) : null
				)
			);
		}
	}

	if (tables.has(ANNEX1)) {
		const annex1 = tables.get(ANNEX1)!;
		const annex1Cell = (row: IndicatorRow, count: string) => cellOf(tables, ANNEX1, row, count);
		const annex1Row = new Map(
			annex1.truth.map((row) => [`${row.geo}|${row.year}|${row.element}`, row])
		);
		const geoYears = new Set([
			...byGeoYear.keys(),
			...annex1.truth.map((row) => `${row.geo}|${row.year}`)
		]);
		for (const geoYear of geoYears) {
			const first = byGeoYear.get(geoYear)?.[0];
			const records = annex1Row.get(`${geoYear}|${ALL_ELEMENTS}`);
			relations.push(
				sumRelation(
					`${ANNEX2} ${geoYear}: the records are ${ANNEX1}'s records`,
					first ? [cell(first, 'units')] : [],
					records ? annex1Cell(records, 'records') : null
				)
			);
		}
		const carrying = new Map(
			ANNEX2_PRINCIPLES.filter((p) => p.carriesElement !== undefined).map((p) => [
				p.principle,
				p.carriesElement!
			])
		);
		for (const row of rows) {
			const element = carrying.get(String(row.principle));
			if (element === undefined) continue;
			const withElement = annex1Row.get(`${row.geo}|${row.year}|${element}`);
			relations.push({
				id: `${name(row)}: units_meeting <= ${ANNEX1} records with element ${element}`,
				sense: '<=',
				terms: [
					term(cell(row, 'units_meeting')),
					...(withElement ? [term(annex1Cell(withElement, 'records_with_element'), -1)] : [])
				]
			});
		}
	}
	return relations;
};

/**
 * credential_elements: per format and element, found + missing + not mappable = '_T' (every
 * credential has one status per element); the '_T' of a format is the same for every element; a
 * format is listed only when at least one of its credentials was read ('_T' >= 1).
 */
export const credentialElementsRelations: RelationBuilder = (tables) => {
	const audited = tables.get(CREDENTIAL_ELEMENTS);
	if (!audited) return [];
	const cell = (row: IndicatorRow) => cellOf(tables, CREDENTIAL_ELEMENTS, row, 'credentials');
	const relations: AuditRelation[] = [];
	const totalsByFormat = new Map<string, IndicatorRow[]>();

	for (const [key, rows] of groupRows(audited.truth, (row) => `${row.format}|${row.element}`)) {
		const total = rows.find((row) => row.status === TOTAL) ?? null;
		relations.push(
			sumRelation(
				`${CREDENTIAL_ELEMENTS} ${key}: found + missing + not_mappable = ${TOTAL}`,
				rows.filter((row) => row.status !== TOTAL).map(cell),
				total ? cell(total) : null
			)
		);
		if (!total) continue;
		relations.push({
			id: `${CREDENTIAL_ELEMENTS} ${key}: a listed format has a credential`,
			sense: '>=',
			terms: [term(cell(total))],
			constant: 1
		});
		const format = String(total.format);
		const list = totalsByFormat.get(format) ?? [];
		list.push(total);
		totalsByFormat.set(format, list);
	}
	for (const [format, totals] of totalsByFormat) {
		for (const other of totals.slice(1)) {
			relations.push({
				id: `${CREDENTIAL_ELEMENTS} ${format}: element ${other.element} has the credentials of element ${totals[0].element}`,
				terms: [term(cell(other)), term(cell(totals[0]), -1)]
			});
		}
	}
	return relations;
};
