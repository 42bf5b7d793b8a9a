import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { EU, geoOrderSql, isMemberStateSql, orderOfSql, percentSql } from './sql-parts';
import { suppressTable } from './suppress';

// Annex II principles as measurable shares (DOMAIN.md, "Quality and transparency"). The base of a
// share is every unit: a record, offer or provider that does not say counts as not meeting the
// principle, since an unstated property is not transparent to the learner either.
//
// - transparency_eqf: a level given, or a QF-EHEA cycle (which has one); "not applicable" does not
//   meet it.
// - portable_digital: a structured credential a learner can keep in a wallet and share (European
//   Digital Credential, Open Badges 3.0 or 2.0); a PDF, paper or other format is not.
// - authentic_sealed: carries a signature or e-seal.

export type Annex2Basis = 'records' | 'offers' | 'providers';

interface Principle {
	readonly principle: string;
	readonly basis: Annex2Basis;
	/** Condition on one unit for it to meet the principle. */
	readonly meets: string;
}

export const ANNEX2_PRINCIPLES: readonly Principle[] = [
	{
		principle: 'quality_external_qa',
		basis: 'records',
		meets: `quality_assurance IN ('external_provider', 'accredited_programme')`
	},
	{ principle: 'transparency_ects', basis: 'records', meets: 'ects IS NOT NULL' },
	{
		principle: 'transparency_eqf',
		basis: 'records',
		meets: 'eqf_level IS NOT NULL OR qf_ehea_cycle IS NOT NULL'
	},
	{ principle: 'transparency_nqf', basis: 'records', meets: 'in_nqf' },
	{
		principle: 'valid_assessment',
		basis: 'records',
		meets: `assessment_type IS NOT NULL AND assessment_type <> 'none'`
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

function countsOf(basis: Annex2Basis, unit: string): string {
	return ANNEX2_PRINCIPLES.filter((p) => p.basis === basis)
		.map((p) => `${unit.replace('{meets}', `(${p.meets})`)} AS ${p.principle}`)
		.join(',\n\t\t');
}

function unpivot(basis: Annex2Basis, from: string): string {
	return ANNEX2_PRINCIPLES.map((p, i) => ({ ...p, ord: i }))
		.filter((p) => p.basis === basis)
		.map(
			(p) =>
				`SELECT geo, year, '${p.principle}' AS principle, '${basis}' AS basis, ${p.ord} AS ord, ` +
				`units, ${p.principle} AS meeting FROM ${from}`
		)
		.join('\n\tUNION ALL ');
}

export function buildAnnex2PrinciplesSql(): string {
	return `WITH records AS MATERIALIZED (
	SELECT COALESCE(issuer_country, '${EU}') AS geo, year, count(*) AS units,
		${countsOf('records', 'count(*) FILTER (WHERE {meets})')}
	FROM (
		SELECT * FROM issuance WHERE ${isMemberStateSql('issuer_country')} AND year IS NOT NULL
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
SELECT geo, year, principle, basis, CAST(units AS INTEGER) AS units,
	CAST(meeting AS INTEGER) AS units_meeting, ${percentSql('meeting', 'units')} AS share
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

export async function computeAnnex2PrinciplesTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<TableToPublish> {
	const raw = await options.db.all<IndicatorRow>(buildAnnex2PrinciplesSql());
	const rows = raw.map((row): IndicatorRow => ({ ...row, flags: '' }));
	// Offers and providers are not people: only the rows counting records are protected.
	const suppressed = suppressTable({
		table: 'annex2_principles',
		rows: rows.filter((row) => row.basis === 'records'),
		spec: {
			dimensions: [{ column: 'geo', total: EU }, { column: 'year' }, { column: 'principle' }],
			count: 'units',
			derived: ['units_meeting', 'share'],
			minCell: options.minCell
		},
		sameCell: (row) => `${row.geo}\u001f${row.year}`
	});
	return buildIndicatorTable({
		name: 'annex2_principles',
		title: 'Annex II principles met by records, catalogue offers and providers',
		rows: [...suppressed, ...rows.filter((row) => row.basis !== 'records')],
		columns: ANNEX2_COLUMNS,
		provenance: options.provenance,
		minCell: options.minCell
	});
}
