import { EU_AGGREGATE } from '../../../core/contract/countries';
import { INCLUSION_GROUPS } from '../../indicators/inclusion';
import type { IndicatorRow } from '../../indicators/indicator-table';
import type { AuditRelation } from '../audit-relation';
import { cellOf, groupRows, term, type DerivedCellBuilder, type RelationBuilder } from './types';

// What an outsider can verify between the true counts of `inclusion` (distinct learners, so not
// additive), and with `uptake`:
//
// - the groups of one attribute count among the same learners, those whose attribute is known:
//   their learners_with_known_attribute is one count (equalities);
// - a group whose values are within another's (long_term_unemployed within unemployed) has at
//   most its learners; groups of one attribute without a value in common (older_55_64 and
//   older_65_plus) together have at most the learners whose attribute is known;
// - the EU counts a learner once, with the latest value over all his records in the Member States,
//   which is his latest value in one of them: the EU's learners of a group are at most the sum of
//   the Member States', and likewise for those outside the group (known - in group); the EU's
//   known learners are at least each Member State's. The EU's learners of a group are NOT at least
//   each Member State's (a learner low-qualified in Austria may be high-qualified in Belgium
//   later): what a Member State has more than the EU is at most the learners outside the group in
//   the other Member States (and the same with in and outside swapped);
// - with uptake: the known learners of a country and year are at most its learners, uptake's row
//   (provider_type, '_T').
//
// learners_in_group <= learners_with_known_attribute comes with the cap (protect-tables.ts).
// Relations on the known count are written for the first group of each attribute only: the
// equalities carry them to the others.

const TABLE = 'inclusion';
const UPTAKE = 'uptake';
const KNOWN = 'learners_with_known_attribute';
const IN_GROUP = 'learners_in_group';
/** The uptake row holding a country-year's learners. */
const UPTAKE_DIMENSION = 'provider_type';
const UPTAKE_TOTAL = '_T';

interface GroupShape {
	readonly group: string;
	readonly attribute: string;
	readonly members: ReadonlySet<string | true>;
}

const SHAPES: ReadonlyMap<string, GroupShape> = new Map(
	INCLUSION_GROUPS.map((g) => [
		g.group,
		{ group: g.group, attribute: g.attribute, members: new Set(g.members) }
	])
);

const within = (a: GroupShape, b: GroupShape) =>
	a.members.size < b.members.size && [...a.members].every((m) => b.members.has(m));

const disjoint = (a: GroupShape, b: GroupShape) => [...a.members].every((m) => !b.members.has(m));

/** Groups of one attribute, in table order. */
const BY_ATTRIBUTE: ReadonlyMap<string, readonly GroupShape[]> = groupRows(
	[...SHAPES.values()],
	(g) => g.attribute
);

/** The first group of each attribute: the one the known-count relations are written on. */
const FIRST_OF_ATTRIBUTE: ReadonlySet<string> = new Set(
	[...BY_ATTRIBUTE.values()].map((groups) => groups[0].group)
);

/** Pairs (inner, outer) of groups of one attribute, inner's values within outer's. */
export const NESTED_GROUPS: readonly (readonly [string, string])[] = [
	...BY_ATTRIBUTE.values()
].flatMap((groups) =>
	groups.flatMap((a) => groups.filter((b) => within(a, b)).map((b) => [a.group, b.group] as const))
);

/** Maximal families (two groups or more) of groups of one attribute without a value in common. */
export const DISJOINT_FAMILIES: readonly (readonly string[])[] = [...BY_ATTRIBUTE.values()].flatMap(
	(groups) => {
		const families: GroupShape[][] = [];
		// Groups per attribute are few: every subset.
		for (let mask = 1; mask < 2 ** groups.length; mask++) {
			const family = groups.filter((_, i) => (mask & (2 ** i)) !== 0);
			if (family.length < 2) continue;
			if (family.every((a, i) => family.slice(i + 1).every((b) => disjoint(a, b)))) {
				families.push(family);
			}
		}
		const maximal = families.filter(
			(f) => !families.some((g) => g.length > f.length && f.every((x) => g.includes(x)))
		);
		return maximal.map((f) => f.map((g) => g.group));
	}
);

function shapeOf(row: IndicatorRow): GroupShape {
	const shape = SHAPES.get(String(row.group));
	if (!shape) throw new Error(`relations: inclusion has an unknown group ${String(row.group)}`);
	return shape;
}

export const inclusionRelations: RelationBuilder = (tables) => {
	const audited = tables.get(TABLE);
	if (!audited) return [];
	const id = (row: IndicatorRow, count: string) => cellOf(tables, TABLE, row, count);
	const relations: AuditRelation[] = [];

	// Within a country and year.
	for (const [key, rows] of groupRows(audited.truth, (r) => `${r.geo}|${r.year}`)) {
		const byGroup = new Map(rows.map((r) => [String(r.group), r]));
		for (const [attribute, groups] of BY_ATTRIBUTE) {
			const present = groups.map((g) => byGroup.get(g.group)).filter((r) => r !== undefined);
			for (const row of present.slice(1)) {
				relations.push({
					id: `${TABLE} ${key} ${attribute}: same known learners (${present[0].group}, ${row.group})`,
					terms: [term(id(row, KNOWN)), term(id(present[0], KNOWN), -1)]
				});
			}
		}
		for (const [inner, outer] of NESTED_GROUPS) {
			const a = byGroup.get(inner);
			const b = byGroup.get(outer);
			if (!a) continue;
			// A group without a row counts nobody: its inner group neither.
			relations.push({
				id: `${TABLE} ${key} ${inner} within ${outer}`,
				terms: [term(id(a, IN_GROUP)), ...(b ? [term(id(b, IN_GROUP), -1)] : [])],
				sense: '<='
			});
		}
		for (const family of DISJOINT_FAMILIES) {
			const members = family.map((g) => byGroup.get(g)).filter((r) => r !== undefined);
			if (members.length === 0) continue;
			// The known count is the same in every row of the attribute: take it from any.
			relations.push({
				id: `${TABLE} ${key} ${family.join(' + ')} <= known`,
				terms: [...members.map((r) => term(id(r, IN_GROUP))), term(id(members[0], KNOWN), -1)],
				sense: '<='
			});
		}
	}

	// The EU and the Member States.
	for (const [key, rows] of groupRows(audited.truth, (r) => `${r.year}|${r.group}`)) {
		const eu = rows.find((r) => r.geo === EU_AGGREGATE);
		const states = rows.filter((r) => r.geo !== EU_AGGREGATE);
		if (!eu) continue;
		if (FIRST_OF_ATTRIBUTE.has(shapeOf(eu).group)) {
			relations.push({
				id: `${TABLE} ${key} EU <= sum of Member States (known)`,
				terms: [term(id(eu, KNOWN)), ...states.map((r) => term(id(r, KNOWN), -1))],
				sense: '<='
			});
			for (const state of states) {
				relations.push({
					id: `${TABLE} ${key} EU >= ${state.geo} (known)`,
					terms: [term(id(eu, KNOWN)), term(id(state, KNOWN), -1)],
					sense: '>='
				});
			}
		}
		relations.push({
			id: `${TABLE} ${key} EU <= sum of Member States (in group)`,
			terms: [term(id(eu, IN_GROUP)), ...states.map((r) => term(id(r, IN_GROUP), -1))],
			sense: '<='
		});
		// Outside the group: known - in group.
		relations.push({
			id: `${TABLE} ${key} EU <= sum of Member States (outside the group)`,
			terms: [
				term(id(eu, KNOWN)),
				term(id(eu, IN_GROUP), -1),
				...states.flatMap((r) => [term(id(r, KNOWN), -1), term(id(r, IN_GROUP))])
			],
			sense: '<='
		});
		for (const state of states) {
			const others = states.filter((r) => r !== state);
			// in(M) - in(EU) <= sum over the others of (known - in).
			relations.push({
				id: `${TABLE} ${key} ${state.geo} - EU <= others outside the group`,
				terms: [
					term(id(state, IN_GROUP)),
					term(id(eu, IN_GROUP), -1),
					...others.flatMap((r) => [term(id(r, KNOWN), -1), term(id(r, IN_GROUP))])
				],
				sense: '<='
			});
			// out(M) - out(EU) <= sum over the others of in, with out = known - in.
			relations.push({
				id: `${TABLE} ${key} ${state.geo} - EU outside the group <= others in it`,
				terms: [
					term(id(state, KNOWN)),
					term(id(state, IN_GROUP), -1),
					term(id(eu, KNOWN), -1),
					term(id(eu, IN_GROUP)),
					...others.map((r) => term(id(r, IN_GROUP), -1))
				],
				sense: '<='
			});
		}
	}

	// With uptake: known learners <= the country-year's learners.
	const uptake = tables.get(UPTAKE);
	if (uptake) {
		const totals = new Map<string, IndicatorRow>();
		for (const row of uptake.truth) {
			if (row.dimension === UPTAKE_DIMENSION && row.category === UPTAKE_TOTAL) {
				totals.set(`${row.geo}|${row.year}`, row);
			}
		}
		for (const row of audited.truth) {
			if (!FIRST_OF_ATTRIBUTE.has(shapeOf(row).group)) continue;
			const key = `${row.geo}|${row.year}`;
			const total = totals.get(key);
			// No uptake row: no learner there, as far as an outsider can tell.
			relations.push({
				id: `${TABLE} ${key} ${row.group} known <= uptake learners`,
				terms: [
					term(id(row, KNOWN)),
					...(total ? [term(cellOf(tables, UPTAKE, total, 'learners'), -1)] : [])
				],
				sense: '<='
			});
		}
	}
	return relations;
};

// Counts an outsider can compute from one country-year's rows without a column of their own: the
// learners whose attribute is known but who are outside a group (known - in group: "everyone but
// a few" tells who the few are), those of a group outside a group nested in it (unemployed, not
// long-term), and those in none of a family of disjoint groups (known - the sum: under 55).

export const inclusionDerivedCells: DerivedCellBuilder = (tables) => {
	const audited = tables.get(TABLE);
	if (!audited) return { cells: [], relations: [] };
	const id = (row: IndicatorRow, count: string) => cellOf(tables, TABLE, row, count);
	const count = (row: IndicatorRow, column: string) => row[column] as number;
	const cells: { id: string; truth: number }[] = [];
	const relations: AuditRelation[] = [];

	for (const [key, rows] of groupRows(audited.truth, (r) => `${r.geo}|${r.year}`)) {
		const byGroup = new Map(rows.map((r) => [String(r.group), r]));
		for (const row of rows) {
			const cell = `${TABLE}|${key}|${row.group}|learners_outside_group`;
			cells.push({ id: cell, truth: count(row, KNOWN) - count(row, IN_GROUP) });
			relations.push({
				id: `${TABLE} ${key} ${row.group} outside = known - in group`,
				terms: [term(id(row, KNOWN)), term(id(row, IN_GROUP), -1), term(cell, -1)]
			});
		}
		for (const [inner, outer] of NESTED_GROUPS) {
			const a = byGroup.get(inner);
			const b = byGroup.get(outer);
			if (!a || !b) continue;
			const cell = `${TABLE}|${key}|${outer} not ${inner}|learners_in_group`;
			cells.push({ id: cell, truth: count(b, IN_GROUP) - count(a, IN_GROUP) });
			relations.push({
				id: `${TABLE} ${key} ${outer} not ${inner} = ${outer} - ${inner}`,
				terms: [term(id(b, IN_GROUP)), term(id(a, IN_GROUP), -1), term(cell, -1)]
			});
		}
		for (const family of DISJOINT_FAMILIES) {
			const members = family.map((g) => byGroup.get(g));
			if (members.some((r) => r === undefined)) continue;
			const present = members as IndicatorRow[];
			const cell = `${TABLE}|${key}|none of ${family.join(', ')}|learners_in_group`;
			const inAny = present.reduce((n, r) => n + count(r, IN_GROUP), 0);
			cells.push({ id: cell, truth: count(present[0], KNOWN) - inAny });
			relations.push({
				id: `${TABLE} ${key} none of ${family.join(', ')} = known - the groups`,
				terms: [
					term(id(present[0], KNOWN)),
					...present.map((r) => term(id(r, IN_GROUP), -1)),
					term(cell, -1)
				]
			});
		}
	}
	return { cells, relations };
};
