// Annex II principles as measurable shares: the SQL, shared by the pipelines
// (pipelines/indicators/annex2-principles.ts, where the method is described) and the browser's
// local analysis of a ministry's own catalogue and provider register (src/lib/explore/local).
import {
	EU,
	RECORD_KEY_SQL,
	cellKeySql,
	geoOrderSql,
	isMemberStateSql,
	orderOfSql
} from './sql-parts';

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

/** Tables the principles SQL reads; the defaults are the record store's. */
export interface Annex2SqlTables {
	readonly issuance?: string;
	readonly catalogue?: string;
	readonly providers?: string;
	/** The bases to count (default all): the browser's local analysis has no record columns. */
	readonly bases?: readonly Annex2Basis[];
}

/**
 * One row per unit of geo, year (records only) and principle. Record rows carry `units_key` and
 * `units_meeting_key`; offer and provider rows have null keys (they are not perturbed).
 */
export function buildAnnex2PrinciplesSql(tables: Annex2SqlTables = {}): string {
	const bases = tables.bases ?? BASES;
	const ctes: string[] = [];
	const shares: string[] = [];
	if (bases.includes('records')) {
		ctes.push(`records AS MATERIALIZED (
	SELECT COALESCE(issuer_country, '${EU}') AS geo, year, count(*) AS units,
		${cellKeySql('record_key')} AS units_key,
		${countsOf('records', 'count(*) FILTER (WHERE {meets})')},
		${recordKeysOf()}
	FROM (
		SELECT *, ${RECORD_KEY_SQL} AS record_key
		FROM ${tables.issuance ?? 'issuance'} WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
	)
	GROUP BY GROUPING SETS ((issuer_country, year), (year))
)`);
		shares.push(unpivot('records', 'records'));
	}
	if (bases.includes('offers')) {
		ctes.push(`offers AS MATERIALIZED (
	SELECT COALESCE(country, '${EU}') AS geo, CAST(NULL AS INTEGER) AS year,
		count(DISTINCT offer_id) AS units,
		${countsOf('offers', 'count(DISTINCT offer_id) FILTER (WHERE {meets})')}
	FROM ${tables.catalogue ?? 'catalogue'}
	WHERE ${isMemberStateSql('country')}
	GROUP BY GROUPING SETS ((country), ())
	HAVING count(*) > 0
)`);
		shares.push(unpivot('offers', 'offers'));
	}
	if (bases.includes('providers')) {
		ctes.push(`register AS (
	SELECT provider_id, min(country) AS country,
		bool_or(recognition_policy_published) AS recognition_policy_published
	FROM ${tables.providers ?? 'providers'}
	GROUP BY provider_id
),
provider_counts AS MATERIALIZED (
	SELECT COALESCE(country, '${EU}') AS geo, CAST(NULL AS INTEGER) AS year, count(*) AS units,
		${countsOf('providers', 'count(*) FILTER (WHERE {meets})')}
	FROM register
	WHERE ${isMemberStateSql('country')}
	GROUP BY GROUPING SETS ((country), ())
	HAVING count(*) > 0
)`);
		shares.push(unpivot('providers', 'provider_counts'));
	}
	return `WITH ${ctes.join(',\n')},
shares AS (
	${shares.join('\n\tUNION ALL ')}
)
SELECT geo, year, principle, basis, CAST(units AS INTEGER) AS units, units_key,
	CAST(meeting AS INTEGER) AS units_meeting, meeting_key AS units_meeting_key
FROM shares
ORDER BY ${orderOfSql('basis', BASES)}, ${geoOrderSql('geo')}, year, ord`;
}
