import { normaliseFlags } from '../../core/contract/eurostat-flags';
import type { NativeDuckDB } from '../stages/duckdb-native';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import {
	EU,
	LEARNER_KEY_SQL,
	cellKeySql,
	countWhereSql,
	geoOrderSql,
	isMemberStateSql,
	learnerRecordKeySql,
	quoteLiteral
} from './sql-parts';
import {
	perturbRows,
	type PerturbedCount,
	type ProtectedTable
} from '../disclosure/protected-table';
import { ratioOf, shareOf } from './derived-values';
import { GROUP_BASELINES_TABLE } from './population-baselines';

// Inclusion (DOMAIN.md, "Inclusion"): each group's share of the learners whose attribute is
// known, beside the Adult Education Survey's participation gap for the same group.
//
// A learner with several records in a country and year takes, for each attribute, the value of
// the latest record (by issue date; records of one day in an arbitrary but fixed order) that gives
// it: attributes change (a learner finds work), the latest is the learner's situation now, and a
// later record that leaves the attribute empty does not erase what an earlier one said. The EU row
// resolves the same way over all the learner's records in the Member States. A record without a
// learner pseudonym is a learner of its own.
//
// "Latest known value" is max(recency | code) in one integer: the issue date in the high bits, a
// hash of the credential id as tie-break, the attribute's code (0-3) in the two low bits. The
// state per learner is a few fixed-size maxima, which keeps 10 M records within 512 MB, and a
// country's maximum combines into the EU's. Each country-year then sums, over its per-learner
// rows, a count and a key per attribute and per group: fixed-size too.
//
// Disclosure control is cell-key perturbation (core/methods/cell-key.ts). Both counts are of
// distinct learners, and a cell's key is the sum of its learners' keys (learnerRecordKeySql of the
// learner key) modulo the modulus: the same learners give the same noise in every table. The
// learners whose attribute is known are one cell for all the groups of that attribute (unemployed
// and long_term_unemployed; older_55_64 and older_65_plus), published with one value in each of
// their rows. learners_in_group is capped at the published learners_with_known_attribute. The
// share and the representation ratio are computed from the published counts (deriveInclusion).
//
// Rows: every group for every country and year with at least one record, and the EU for each year,
// also when the group counts nobody or nobody gave the attribute. A true 0 is always published as
// 0, and a published 0 is a true 0, 1 or 2 (a count of 1 or 2 can become 0); a country-year
// without rows has no record.
//
// The population baseline (population-baselines.ts) is the group's share of the population in the
// latest year not after the year of issue; the learners are of all ages, the baselines of adults
// 25-64 (rural: all ages), which the pages say.
//
// The AES baseline is the rate excluding guided on-the-job training for adults 25-64, in the
// latest AES year that has both the group's and the total rate for the country; learners of
// micro-credentials are of all ages, so the two sides are compared as gaps, never subtracted.

export const AES_INDICATOR = 'AES_FE_NFE_X_GOJT';
export const AES_TOTAL_BREAKDOWN = 'sex=T;age=Y25-64';

interface InclusionGroup {
	readonly group: string;
	/** Column of the record holding the attribute. */
	readonly attribute: string;
	/** Values of the attribute that put a learner in the group (true for a boolean column). */
	readonly members: readonly (string | true)[];
	/** Breakdown of the group in official_long (as in aes_breakdowns.csv), when the AES has it. */
	readonly aes?: string;
}

export const INCLUSION_GROUPS: readonly InclusionGroup[] = [
	{
		group: 'low_qualified',
		attribute: 'education_level',
		members: ['low'],
		aes: 'age=Y25-64;isced11=ED0-2'
	},
	{
		group: 'unemployed',
		attribute: 'labour_status',
		members: ['unemployed', 'long_term_unemployed'],
		aes: 'age=Y25-64;wstatus=UNE'
	},
	{ group: 'long_term_unemployed', attribute: 'labour_status', members: ['long_term_unemployed'] },
	{ group: 'older_55_64', attribute: 'age_band', members: ['55-64'], aes: 'sex=T;age=Y55-64' },
	{ group: 'older_65_plus', attribute: 'age_band', members: ['65+'] },
	{ group: 'disability', attribute: 'disability', members: [true] },
	{ group: 'migrant_background', attribute: 'migrant_background', members: [true] },
	{ group: 'refugee', attribute: 'refugee', members: [true] },
	{
		group: 'rural',
		attribute: 'degree_of_urbanisation',
		members: ['rural'],
		aes: 'age=Y25-64;deg_urb=DEG3'
	},
	{ group: 'minimum_income', attribute: 'minimum_income', members: [true] },
	{ group: 'platform_worker', attribute: 'platform_worker', members: [true] }
];

/** Each attribute with the values that matter, coded 1..n; any other known value is 0. */
const ATTRIBUTES = [...new Set(INCLUSION_GROUPS.map((g) => g.attribute))].map((column) => ({
	column,
	values: [
		...new Set(INCLUSION_GROUPS.filter((g) => g.attribute === column).flatMap((g) => g.members))
	]
}));

const codeOf = (column: string, value: string | true) =>
	1 + ATTRIBUTES.find((a) => a.column === column)!.values.indexOf(value);

function attributeCodeSql(attribute: (typeof ATTRIBUTES)[number]): string {
	const { column, values } = attribute;
	if (values.length > 3) throw new Error(`inclusion: ${column} needs more than two bits`);
	const whens = values
		.map((v, i) => `WHEN ${v === true ? column : `${column} = ${quoteLiteral(v)}`} THEN ${i + 1}`)
		.join(' ');
	return `CASE WHEN ${column} IS NULL THEN NULL ${whens} ELSE 0 END`;
}

// An INTEGER keeps the per-learner state small: 15 bits of days (to 2089), 13 of tie-break, 2 of
// code. Records of one day whose tie-breaks collide resolve to the higher code: still fixed.
const DAYS_SQL = `least(greatest(date_diff('day', DATE '2000-01-01', issue_date), 0), 32767)`;
const RECENCY_SQL =
	`(CAST(${DAYS_SQL} AS INTEGER) << 15)` +
	` | (CAST(hash(COALESCE(credential_id, '')) & 8191 AS INTEGER) << 2)`;

/** Column names in the per-country-year counts: an attribute's known learners, a group's. */
const knownColumn = (attribute: string) => `known_${attribute}`;
const groupColumn = (index: number) => `group_${index}`;

/**
 * One row per (geo, year, group), EU first: the two counts of distinct learners, each followed by
 * its cell key (`x_key`: the sum of the counted learners' keys modulo the modulus), and the AES
 * rates. No derived column: computeInclusionTable derives them from the published counts.
 */
export function buildInclusionSql(): string {
	const codes = ATTRIBUTES.map((a) => `${attributeCodeSql(a)} AS ${a.column}`).join(',\n\t\t');
	const latest = ATTRIBUTES.map((a) => `max(recency | ${a.column}) AS ${a.column}`).join(', ');
	// Per country-year, a count and a key sum per attribute (known) and per group: a fixed set of
	// sums over the per-learner rows, as the histograms were.
	const cellsOf = (name: string, condition: string) =>
		`${countWhereSql(condition)} AS ${name}, ${cellKeySql('learner_key', condition)} AS ${name}_key`;
	const counts = [
		...ATTRIBUTES.map((a) => cellsOf(knownColumn(a.column), `${a.column} IS NOT NULL`)),
		...INCLUSION_GROUPS.map((g, i) => {
			const members = g.members.map((m) => codeOf(g.attribute, m)).join(', ');
			return cellsOf(groupColumn(i), `(${g.attribute} & 3) IN (${members})`);
		})
	].join(',\n\t\t');
	const unpivot = INCLUSION_GROUPS.map(
		(g, i) =>
			`SELECT geo, year, '${g.group}' AS "group", ${i} AS ord, ` +
			`${groupColumn(i)} AS in_group, ${groupColumn(i)}_key AS in_group_key, ` +
			`${knownColumn(g.attribute)} AS known, ${knownColumn(g.attribute)}_key AS known_key ` +
			`FROM counts`
	).join('\n\tUNION ALL ');
	const aesMap = INCLUSION_GROUPS.filter((g) => g.aes)
		.map((g) => `('${g.group}', '${g.aes}')`)
		.join(', ');
	return `WITH base AS (
	SELECT issuer_country AS geo, year, ${LEARNER_KEY_SQL} AS learner, ${RECENCY_SQL} AS recency,
		${codes}
	FROM issuance
	WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
),
learners AS (
	SELECT geo, year, ${learnerRecordKeySql('learner')} AS learner_key, ${latest}
	FROM base
	GROUP BY GROUPING SETS ((geo, year, learner), (year, learner))
),
counts AS MATERIALIZED (
	SELECT COALESCE(geo, '${EU}') AS geo, year,
		${counts}
	FROM learners
	GROUP BY geo, year
),
groups AS (
	${unpivot}
),
aes_groups AS (
	SELECT * FROM (VALUES ${aesMap}) v("group", breakdown)
),
aes AS (
	SELECT m."group", g.geo, g.year, g.value AS group_rate, t.value AS total_rate,
		COALESCE(g.flags, '') || COALESCE(t.flags, '') AS flags
	FROM aes_groups m
	JOIN official_long g ON g.indicator_code = '${AES_INDICATOR}' AND g.breakdown = m.breakdown
	JOIN official_long t ON t.indicator_code = '${AES_INDICATOR}'
		AND t.breakdown = '${AES_TOTAL_BREAKDOWN}' AND t.geo = g.geo AND t.year = g.year
	WHERE g.value IS NOT NULL AND t.value IS NOT NULL
	QUALIFY row_number() OVER (
		PARTITION BY m."group", g.geo ORDER BY g.year DESC, g.value, t.value, g.flags, t.flags
	) = 1
)
SELECT g.geo, g.year, g."group",
	CAST(g.known AS INTEGER) AS learners_with_known_attribute,
	g.known_key AS learners_with_known_attribute_key,
	CAST(g.in_group AS INTEGER) AS learners_in_group,
	g.in_group_key AS learners_in_group_key,
	b.share AS population_share,
	b.year AS population_year,
	b.basis AS population_basis,
	b.flags AS population_flags,
	a.group_rate AS aes_group_rate,
	a.total_rate AS aes_total_rate,
	a.year AS aes_year,
	a.flags AS aes_flags
FROM groups g
LEFT JOIN aes a ON a.geo = g.geo AND a."group" = g."group"
ASOF LEFT JOIN ${GROUP_BASELINES_TABLE} b
	ON b."group" = g."group" AND b.geo = g.geo AND g.year >= b.year
ORDER BY ${geoOrderSql('g.geo')}, g.year, g.ord`;
}

export const INCLUSION_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State, or ${EU} (all Member States)` },
	{ name: 'year', type: 'int32', description: 'Year of issue' },
	{ name: 'group', type: 'utf8', description: 'Group of learners (Recommendation para 11b, 12d)' },
	{ name: 'learners_in_group', type: 'int32', description: 'Distinct learners in the group' },
	{
		name: 'learners_with_known_attribute',
		type: 'int32',
		description: 'Distinct learners whose attribute defining the group is known'
	},
	{
		name: 'share_of_learners',
		type: 'float64',
		description: 'Learners in the group among those with the attribute known, %'
	},
	{
		name: 'population_share',
		type: 'float64',
		description:
			"Group's share of the population, % (latest year not after the year of issue): " +
			'low_qualified from Eurostat edat_lfse_03 and older_55_64 from demo_pjangroup (of adults ' +
			'25-64), rural from ilc_lvho01 (all ages); null for a group without a baseline'
	},
	{ name: 'population_year', type: 'int32', description: 'Year of the population baseline' },
	{
		name: 'population_basis',
		type: 'utf8',
		description: "Population the baseline share is of: 'Y25-64' adults 25-64, 'all_ages'"
	},
	{ name: 'population_flags', type: 'utf8', description: 'Eurostat flags of the baseline' },
	{
		name: 'representation_ratio',
		type: 'float64',
		description: 'share_of_learners / population_share (1 = parity); null without a baseline'
	},
	{
		name: 'aes_group_rate',
		type: 'float64',
		description: `Adult Education Survey participation rate of the group, % (${AES_INDICATOR})`
	},
	{
		name: 'aes_total_rate',
		type: 'float64',
		description: `Adult Education Survey participation rate of all adults 25-64, %`
	},
	{
		name: 'aes_rate_ratio',
		type: 'float64',
		description: 'aes_group_rate / aes_total_rate; null when the AES has no such group'
	},
	{ name: 'aes_year', type: 'int32', description: 'AES wave of the two rates' },
	{ name: 'aes_flags', type: 'utf8', description: 'Eurostat flags of the two AES rates' },
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

/**
 * The counts in the order they are perturbed. Neither is `present`: every group has a row for
 * each country and year with records, also when it counts nobody (a group without learners, an
 * attribute nobody gave).
 */
export const INCLUSION_COUNTS: readonly PerturbedCount[] = [
	{ count: 'learners_with_known_attribute' },
	{ count: 'learners_in_group', atMost: 'learners_with_known_attribute' }
];

/** aes_group_rate / aes_total_rate; null without both rates or when the total is not positive. */
function aesRateRatio(group: unknown, total: unknown): number | null {
	return typeof total === 'number' && total > 0 ? ratioOf(group, total) : null;
}

/**
 * Every column derived from the counts, from the counts as given (published ones, or null where
 * hidden): share_of_learners, and representation_ratio from that share. aes_rate_ratio comes from
 * the two official rates alone, and is set here too so that the true rows carry no derived column.
 */
export function deriveInclusion(rows: readonly IndicatorRow[]): IndicatorRow[] {
	return rows.map((row) => {
		const share = shareOf(row.learners_in_group, row.learners_with_known_attribute);
		return {
			...row,
			share_of_learners: share,
			representation_ratio: ratioOf(share, row.population_share),
			aes_rate_ratio: aesRateRatio(row.aes_group_rate, row.aes_total_rate)
		};
	});
}

/** Rows with true and perturbed counts; derived columns are computed from the published counts. */
export async function computeInclusionTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const raw = await options.db.all<IndicatorRow>(buildInclusionSql());
	const rows: IndicatorRow[] = raw.map((row) => ({
		...row,
		aes_flags: typeof row.aes_flags === 'string' ? normaliseFlags(row.aes_flags) : null
	}));
	const { truth, perturbed } = perturbRows('inclusion', rows, INCLUSION_COUNTS);
	return {
		name: 'inclusion',
		keyColumns: ['geo', 'year', 'group'],
		counts: INCLUSION_COUNTS,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: deriveInclusion,
		build: (published) =>
			buildIndicatorTable({
				name: 'inclusion',
				title:
					'Groups at risk among micro-credential learners, beside the Adult Education Survey gap',
				alsoFrom:
					'adult learning baseline: Eurostat Adult Education Survey ' +
					`(${AES_INDICATOR}, experimental)`,
				rows: published,
				columns: INCLUSION_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
