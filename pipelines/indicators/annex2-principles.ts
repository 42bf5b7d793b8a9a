import type { NativeDuckDB } from '../stages/duckdb-native';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import {
	EU,
	RECORD_KEY_SQL,
	cellKeySql,
	geoOrderSql,
	isMemberStateSql,
	orderOfSql
} from './sql-parts';
import { shareOf } from './derived-values';
import {
	perturbRows,
	type PerturbedCount,
	type ProtectedTable
} from '../disclosure/protected-table';

// Annex II principles as measurable shares (DOMAIN.md, "Quality and transparency"). The base of a
// share is every unit: a record, offer or provider that does not say counts as not meeting the
// principle, since an unstated property is not transparent to the learner either.
//
// - transparency_eqf: a level given, or a QF-EHEA cycle (which has one); "not applicable" does not
//   meet it.
// - portable_digital: a structured credential a learner can keep in a wallet and share (European
//   Digital Credential, Open Badges 3.0 or 2.0); a PDF, paper or other format is not.
// - authentic_sealed: carries a signature or e-seal.
//
// Disclosure control is cell-key perturbation (core/methods/cell-key.ts) of every count of
// records: `units` and `units_meeting` of the rows whose basis is 'records', each with the cell
// key of the records it counts, and the share computed from the published counts. The records of
// a country and year are the same records as annex1_completeness's `records` (same filter, same
// record keys): the two tables publish the same value for them.
//
// The rows counting catalogue offers and registered providers are published as counted. Neither
// counts persons nor issuance records: an offer is a learning opportunity in a catalogue, and a
// provider is an organisation in the register (one unit per provider id, whatever its records).
// They are not in the protected rows (truth / perturbed) and are appended when the table is built.

export type Annex2Basis = 'records' | 'offers' | 'providers';

interface Principle {
	readonly principle: string;
	readonly basis: Annex2Basis;
	/** Condition on one unit for it to meet the principle. */
	readonly meets: string;
	/**
	 * A record meeting the principle carries this mandatory Annex I element: its column is given,
	 * which sets the element's bit at validation (core/contract/validate.ts, annexIPresent). Not an
	 * equality (the element is also met by workload hours, "not applicable", an assessment 'none',
	 * internal quality assurance), so units_meeting <= annex1 records_with_element: a relation an
	 * outsider reading the definitions can write, and the audit is given it.
	 */
	readonly carriesElement?: number;
}

export const ANNEX2_PRINCIPLES: readonly Principle[] = [
	{
		principle: 'quality_external_qa',
		basis: 'records',
		meets: `quality_assurance IN ('external_provider', 'accredited_programme')`,
		carriesElement: 11
	},
	{
		principle: 'transparency_ects',
		basis: 'records',
		meets: 'ects IS NOT NULL',
		carriesElement: 7
	},
	{
		principle: 'transparency_eqf',
		basis: 'records',
		meets: 'eqf_level IS NOT NULL OR qf_ehea_cycle IS NOT NULL',
		carriesElement: 8
	},
	{ principle: 'transparency_nqf', basis: 'records', meets: 'in_nqf' },
	{
		principle: 'valid_assessment',
		basis: 'records',
		meets: `assessment_type IS NOT NULL AND assessment_type <> 'none'`,
		carriesElement: 9
	},
	{
		principle: 'learning_pathways_stackable',
		basis: 'records',
		meets: `stackability = 'stackable'`
	},
	{
		principle: 'portable_digital',
		basis: 'records',
		meets: `digital_format IN ('edc', 'open_badges_3', 'open_badges_2')`
	},
	{ principle: 'authentic_sealed', basis: 'records', meets: 'sealed' },
	{ principle: 'information_public_catalogue', basis: 'offers', meets: 'in_public_catalogue' },
	{ principle: 'recognition_policy', basis: 'providers', meets: 'recognition_policy_published' }
];

const BASES: readonly Annex2Basis[] = ['records', 'offers', 'providers'];

/** `unit` with {meets} replaced by each principle's condition, for the principles of a basis. */
function countsOf(basis: Annex2Basis, unit: string): string {
	return ANNEX2_PRINCIPLES.filter((p) => p.basis === basis)
		.map((p) => `${unit.replace('{meets}', `(${p.meets})`)} AS ${p.principle}`)
		.join(',\n\t\t');
}

/** The cell key of the records meeting each record principle, as `<principle>_key`. */
function recordKeysOf(): string {
	return ANNEX2_PRINCIPLES.filter((p) => p.basis === 'records')
		.map((p) => `${cellKeySql('record_key', `(${p.meets})`)} AS ${p.principle}_key`)
		.join(',\n\t\t');
}

function unpivot(basis: Annex2Basis, from: string): string {
	const keyed = basis === 'records';
	return ANNEX2_PRINCIPLES.map((p, i) => ({ ...p, ord: i }))
		.filter((p) => p.basis === basis)
		.map(
			(p) =>
				`SELECT geo, year, '${p.principle}' AS principle, '${basis}' AS basis, ${p.ord} AS ord, ` +
				`units, ${keyed ? 'units_key' : 'CAST(NULL AS INTEGER)'} AS units_key, ` +
				`${p.principle} AS meeting, ` +
				`${keyed ? `${p.principle}_key` : 'CAST(NULL AS INTEGER)'} AS meeting_key FROM ${from}`
		)
		.join('\n\tUNION ALL ');
}

/**
 * One row per unit of geo, year (records only) and principle. Record rows carry `units_key` and
 * `units_meeting_key`; offer and provider rows have null keys (they are not perturbed).
 */
export function buildAnnex2PrinciplesSql(): string {
	return `WITH records AS MATERIALIZED (
	SELECT COALESCE(issuer_country, '${EU}') AS geo, year, count(*) AS units,
		${cellKeySql('record_key')} AS units_key,
		${countsOf('records', 'count(*) FILTER (WHERE {meets})')},
		${recordKeysOf()}
	FROM (
		SELECT *, ${RECORD_KEY_SQL} AS record_key
		FROM issuance WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
	)
	GROUP BY GROUPING SETS ((issuer_country, year), (year))
),
offers AS MATERIALIZED (
	SELECT COALESCE(country, '${EU}') AS geo, CAST(NULL AS INTEGER) AS year,
		count(DISTINCT offer_id) AS units,
		${countsOf('offers', 'count(DISTINCT offer_id) FILTER (WHERE {meets})')}
	FROM catalogue
	WHERE ${isMemberStateSql('country')}
	GROUP BY GROUPING SETS ((country), ())
	HAVING count(*) > 0
),
register AS (
	SELECT provider_id, min(country) AS country,
		bool_or(recognition_policy_published) AS recognition_policy_published
	FROM providers
	GROUP BY provider_id
),
provider_counts AS MATERIALIZED (
	SELECT COALESCE(country, '${EU}') AS geo, CAST(NULL AS INTEGER) AS year, count(*) AS units,
		${countsOf('providers', 'count(*) FILTER (WHERE {meets})')}
	FROM register
	WHERE ${isMemberStateSql('country')}
	GROUP BY GROUPING SETS ((country), ())
	HAVING count(*) > 0
),
shares AS (
	${unpivot('records', 'records')}
	UNION ALL ${unpivot('offers', 'offers')}
	UNION ALL ${unpivot('providers', 'provider_counts')}
)
SELECT geo, year, principle, basis, CAST(units AS INTEGER) AS units, units_key,
	CAST(meeting AS INTEGER) AS units_meeting, meeting_key AS units_meeting_key
FROM shares
ORDER BY ${orderOfSql('basis', BASES)}, ${geoOrderSql('geo')}, year, ord`;
}

export const ANNEX2_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State, or ${EU} (all Member States)` },
	{
		name: 'year',
		type: 'int32',
		description: 'Year of issue; null for principles measured on offers or providers'
	},
	{ name: 'principle', type: 'utf8', description: 'Annex II principle, as a measurable property' },
	{ name: 'basis', type: 'utf8', description: 'Unit counted: records, offers or providers' },
	{ name: 'units', type: 'int32', description: 'Records, catalogue offers or providers' },
	{ name: 'units_meeting', type: 'int32', description: 'Units meeting the principle' },
	{ name: 'share', type: 'float64', description: 'units_meeting / units, %' },
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

/** The counts of the record rows: the records (a row exists only with one), those meeting it. */
export const ANNEX2_COUNTS: readonly PerturbedCount[] = [
	{ count: 'units', present: true },
	{ count: 'units_meeting', atMost: 'units' }
];

const withShare = (row: IndicatorRow): IndicatorRow => ({
	...row,
	share: shareOf(row.units_meeting, row.units)
});

/**
 * The record rows with true and perturbed counts (the share is computed from the published
 * counts); the offer and provider rows, published as counted, are appended by `build`.
 */
export async function computeAnnex2PrinciplesTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<ProtectedTable> {
	const raw = await options.db.all<IndicatorRow>(buildAnnex2PrinciplesSql());
	const { truth, perturbed } = perturbRows(
		'annex2_principles',
		raw.filter((row) => row.basis === 'records'),
		ANNEX2_COUNTS
	);
	// Not counts of persons or records (see the head of this file): published as counted.
	const unprotected = raw
		.filter((row) => row.basis !== 'records')
		.map(({ units_key: _units, units_meeting_key: _meeting, ...row }) =>
			withShare({ ...row, flags: '' })
		);
	return {
		name: 'annex2_principles',
		keyColumns: ['geo', 'year', 'principle'],
		counts: ANNEX2_COUNTS,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: (rows) => rows.map(withShare),
		build: (rows) =>
			buildIndicatorTable({
				name: 'annex2_principles',
				title: 'Annex II principles met by records, catalogue offers and providers',
				rows: [...rows, ...unprotected],
				columns: ANNEX2_COLUMNS,
				provenance: options.provenance,
				minCell: options.minCell
			})
	};
}
