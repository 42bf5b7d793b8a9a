import { annexIBit } from '../../core/contract/issuance-record';
import {
	CYCLE_EQF_LEVEL,
	DIGITAL_FORMATS,
	EQF_LEVELS,
	FUNDING_SOURCES,
	ISCED_FIELDS,
	LEARNING_SETTINGS,
	PARTICIPATION_FORMS,
	PROVIDER_TYPES,
	TOPICS
} from '../../core/contract/vocabularies';
import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import {
	EU,
	LEARNER_KEY_SQL,
	TOTAL,
	UNKNOWN,
	geoOrderSql,
	isMemberStateSql,
	quoteLiteral
} from './sql-parts';
import { suppressTable } from './suppress';
import { auditIntervals } from '../disclosure/interval-audit';
import { buildUptakeAudit } from '../disclosure/uptake-relations';
import type { TableAudit } from '../disclosure/table-audit';

// Uptake (DOMAIN.md, "Uptake"): credentials and distinct learners by country, year and one
// characteristic at a time.
//
// - ects_band: [0, 1), [1, 5), [5, 15), [15, 30), [30, ...) from ects. A record with only
//   workload_hours is 'hours_only': the contract never derives ECTS from hours, and at 25-30 hours
//   per ECTS a band boundary would depend on the factor chosen.
// - eqf_level: the level, else the level of the QF-EHEA cycle, else 'NAP' when the provider said
//   the level does not apply (element viii present), else 'UNK'.
// - topic: 'digital' and 'green' overlap (a record can carry both); 'UNK' is a record with
//   neither tag. The categories of this dimension do not add up to '_T'.
// - A category without credentials has no row (read it as 0).
// - A learner counts once per cell; the EU row counts a learner once across Member States, so it
//   can be below the sum of the countries. A record without a learner pseudonym counts as a
//   learner of its own (we cannot tell whether it is somebody already counted).
//
// Counting distinct learners per cell directly means grouping ~10 M (cell, learner) pairs for each
// of nine dimensions, which took minutes and ran out of memory. Instead each record carries, per
// dimension, a bit mask of its category; one aggregation per learner ORs them (fixed-size state),
// and the learners of a category are those whose mask has its bit, read from a histogram of the
// masks per country-year (GROUPING SETS per dimension were several times slower). Categories are
// the contract's vocabularies, which validation enforces; any other value would count as 'UNK'.

interface UptakeDimension {
	readonly dimension: string;
	/** Category codes in bit order; 'UNK' takes the next bit. */
	readonly codes: readonly string[];
	/** The record's category code, or NULL when unknown. */
	readonly code: string;
}

export const ECTS_BANDS = ['<1', '1-5', '5-15', '15-30', '>=30'] as const;
export const ECTS_HOURS_ONLY = 'hours_only';
/** Eurostat's code for "not applicable". */
export const NOT_APPLICABLE = 'NAP';

function eqfCodeSql(): string {
	const cycles = Object.entries(CYCLE_EQF_LEVEL)
		.map(([cycle, level]) => `WHEN qf_ehea_cycle = ${quoteLiteral(cycle)} THEN '${level}'`)
		.join(' ');
	return (
		`CASE WHEN eqf_level IS NOT NULL THEN CAST(eqf_level AS VARCHAR) ${cycles} ` +
		`WHEN (COALESCE(annex_i_present, 0) & ${annexIBit(8)}) <> 0 THEN '${NOT_APPLICABLE}' END`
	);
}

function ectsBandSql(): string {
	return `CASE WHEN ects IS NULL
				THEN CASE WHEN workload_hours IS NOT NULL THEN '${ECTS_HOURS_ONLY}' END
			WHEN ects < 1 THEN '<1' WHEN ects < 5 THEN '1-5' WHEN ects < 15 THEN '5-15'
			WHEN ects < 30 THEN '15-30' ELSE '>=30' END`;
}

export const UPTAKE_DIMENSIONS: readonly UptakeDimension[] = [
	{ dimension: 'provider_type', codes: PROVIDER_TYPES, code: 'provider_type' },
	{ dimension: 'learning_setting', codes: LEARNING_SETTINGS, code: 'learning_setting' },
	{
		dimension: 'eqf_level',
		codes: [...EQF_LEVELS.map(String), NOT_APPLICABLE],
		code: eqfCodeSql()
	},
	{ dimension: 'ects_band', codes: [...ECTS_BANDS, ECTS_HOURS_ONLY], code: ectsBandSql() },
	{ dimension: 'participation_form', codes: PARTICIPATION_FORMS, code: 'participation_form' },
	{ dimension: 'field', codes: ISCED_FIELDS, code: 'field' },
	{ dimension: 'topic', codes: TOPICS, code: 'topic' },
	{ dimension: 'funding', codes: FUNDING_SOURCES, code: 'funding' },
	{ dimension: 'digital_format', codes: DIGITAL_FORMATS, code: 'digital_format' }
];

function maskSql(dim: UptakeDimension): string {
	if (dim.dimension === 'topic') {
		// Tags are a ';'-separated list, and a record may carry several.
		const tagged = dim.codes
			.map(
				(t, bit) => `CASE WHEN contains(';' || topic || ';', ';${t};') THEN ${1 << bit} ELSE 0 END`
			)
			.join(' | ');
		return `CASE WHEN (${tagged}) = 0 THEN ${1 << dim.codes.length} ELSE (${tagged}) END`;
	}
	const whens = dim.codes.map((c, bit) => `WHEN ${quoteLiteral(c)} THEN ${bit}`).join(' ');
	return `1 << CASE ${dim.code} ${whens} ELSE ${dim.codes.length} END`;
}

/** Where each dimension's mask sits in the packed words: per-learner ORs run on two BIGINTs. */
function packing(): { word: number; offset: number; width: number }[] {
	let word = 0;
	let offset = 0;
	return UPTAKE_DIMENSIONS.map((dim) => {
		const width = dim.codes.length + 1;
		if (offset + width > 62) {
			word++;
			offset = 0;
		}
		const slot = { word, offset, width };
		offset += width;
		return slot;
	});
}

function packedWordsSql(): string[] {
	const slots = packing();
	const words: string[][] = [];
	UPTAKE_DIMENSIONS.forEach((dim, i) => {
		const { word, offset } = slots[i];
		(words[word] ??= []).push(`(CAST(${maskSql(dim)} AS BIGINT) << ${offset})`);
	});
	return words.map((parts) => parts.join('\n\t\t\t| '));
}

function unpackedSql(i: number): string {
	const { word, offset, width } = packing()[i];
	return `((w${word} >> ${offset}) & ${2 ** width - 1})`;
}

/**
 * Rows (geo, year, d, bit, n) from per-country-year histograms of the masks; d = -1: total. It
 * reads `from` ten times: `from` must be MATERIALIZED, or DuckDB recomputes it each time.
 */
function expandSql(from: string): string {
	const histograms = UPTAKE_DIMENSIONS.map(
		(_, i) =>
			`SELECT geo, year, ${i} AS d, unnest(map_keys(h${i})) AS mask, ` +
			`unnest(map_values(h${i})) AS n FROM ${from}`
	).join('\n\t\tUNION ALL ');
	return `SELECT geo, year, -1 AS d, -1 AS bit, total AS n FROM ${from}
	UNION ALL
	SELECT h.geo, h.year, k.d, k.bit, h.n
	FROM (
		${histograms}
	) h
	JOIN codes k ON k.d = h.d AND (h.mask & (1 << k.bit)) <> 0`;
}

/** One row per (geo, year, dimension, category), '_T' included, EU first; no growth yet. */
export function buildUptakeSql(): string {
	const masks = UPTAKE_DIMENSIONS.map((d, i) => `${maskSql(d)} AS m${i}`).join(',\n\t\t');
	const words = packedWordsSql();
	const packed = words.map((w, i) => `${w} AS w${i}`).join(',\n\t\t');
	const ors = words.map((_, i) => `bit_or(w${i}) AS w${i}`).join(', ');
	const recordHistograms = UPTAKE_DIMENSIONS.map((_, i) => `histogram(m${i}) AS h${i}`);
	const learnerHistograms = UPTAKE_DIMENSIONS.map(
		(_, i) => `histogram(${unpackedSql(i)}) AS h${i}`
	);
	const codes = UPTAKE_DIMENSIONS.flatMap((d, i) =>
		[...d.codes, UNKNOWN].map((c, bit) => `(${i}, ${bit}, ${quoteLiteral(c)})`)
	).join(', ');
	const dimensions = UPTAKE_DIMENSIONS.map((d, i) => `(${i}, '${d.dimension}')`).join(', ');
	const where = `${isMemberStateSql('issuer_country')} AND year IS NOT NULL`;
	// records and learner_records differ, so that DuckDB does not hold one shared copy of ~10 M
	// rows in memory for both.
	return `WITH records AS (
	SELECT issuer_country AS geo, year,
		${masks}
	FROM issuance
	WHERE ${where}
),
learner_records AS (
	SELECT issuer_country AS geo, year, ${LEARNER_KEY_SQL} AS learner,
		${packed}
	FROM issuance
	WHERE ${where}
),
codes AS (SELECT * FROM (VALUES ${codes}) v(d, bit, category)),
dimensions AS (SELECT * FROM (VALUES ${dimensions}) v(d, dimension)),
record_counts AS MATERIALIZED (
	SELECT geo, year, count(*) AS total, ${recordHistograms.join(', ')}
	FROM records
	GROUP BY geo, year
),
per_learner AS (
	SELECT geo, year, learner, ${ors}
	FROM learner_records
	GROUP BY GROUPING SETS ((geo, year, learner), (year, learner))
),
learner_counts AS MATERIALIZED (
	SELECT COALESCE(geo, '${EU}') AS geo, year, count(*) AS total,
		${learnerHistograms.join(',\n\t\t')}
	FROM per_learner
	GROUP BY geo, year
),
record_cells AS (
	SELECT CASE WHEN GROUPING(geo) = 1 THEN '${EU}' ELSE geo END AS geo, year, d, bit,
		sum(n) AS credentials
	FROM (${expandSql('record_counts')})
	GROUP BY GROUPING SETS ((geo, year, d, bit), (year, d, bit))
),
learner_cells AS (
	SELECT geo, year, d, bit, sum(n) AS learners
	FROM (${expandSql('learner_counts')})
	GROUP BY ALL
)
SELECT r.geo, r.year, k.dimension,
	CASE WHEN r.d = -1 THEN '${TOTAL}' ELSE code.category END AS category,
	CAST(r.credentials AS INTEGER) AS credentials,
	CAST(l.learners AS INTEGER) AS learners,
	CASE WHEN p.value > 0 THEN 1000.0 * r.credentials / p.value END
		AS credentials_per_1000_inhabitants
FROM record_cells r
JOIN learner_cells l ON l.geo = r.geo AND l.year = r.year AND l.d = r.d AND l.bit = r.bit
JOIN dimensions k ON k.d = r.d OR r.d = -1
LEFT JOIN codes code ON code.d = r.d AND code.bit = r.bit
ASOF LEFT JOIN population p ON p.geo = r.geo AND r.year >= p.year
ORDER BY ${geoOrderSql('r.geo')}, r.year, k.d, r.bit`;
}

export const UPTAKE_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State, or ${EU} (sum over Member States)` },
	{ name: 'year', type: 'int32', description: 'Year of issue' },
	{ name: 'dimension', type: 'utf8', description: 'Characteristic the categories belong to' },
	{
		name: 'category',
		type: 'utf8',
		description: `Code within the dimension; ${UNKNOWN} not given, ${TOTAL} all records`
	},
	{ name: 'credentials', type: 'int32', description: 'Micro-credentials issued' },
	{ name: 'learners', type: 'int32', description: 'Distinct learners' },
	{
		name: 'credentials_per_1000_inhabitants',
		type: 'float64',
		description:
			'Credentials per 1 000 inhabitants (total population on 1 January, all ages, latest year ' +
			'not after the year of issue; Eurostat demo_pjan)'
	},
	{
		name: 'growth_yoy',
		type: 'float64',
		description:
			'Change in credentials on the same cell a year before, in %; null when either year is ' +
			'suppressed or the year before had none'
	},
	{ name: 'flags', type: 'utf8', description: 'c = confidential' }
];

const cellKey = (row: IndicatorRow, year: number) =>
	`${row.geo}\u001f${row.dimension}\u001f${row.category}\u001f${year}`;

/** Growth from published credentials only, so that it never reveals a suppressed year. */
function withGrowth(rows: readonly IndicatorRow[]): IndicatorRow[] {
	const credentials = new Map<string, number | null>();
	for (const row of rows) {
		credentials.set(cellKey(row, row.year as number), row.credentials as number | null);
	}
	return rows.map((row) => {
		const now = row.credentials as number | null;
		const before = credentials.get(cellKey(row, (row.year as number) - 1));
		const growth =
			now !== null && before !== null && before !== undefined && before > 0
				? (100 * (now - before)) / before
				: null;
		return { ...row, growth_yoy: growth };
	});
}

export async function computeUptakeTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
	/** Runs the attacker's audit over the published table and hands over its report. */
	onAudit?: (audit: TableAudit) => void;
}): Promise<TableToPublish> {
	const raw = await options.db.all<IndicatorRow>(buildUptakeSql());
	const rows = raw.map((row): IndicatorRow => ({ ...row, growth_yoy: null, flags: '' }));
	const spec = {
		dimensions: [
			{ column: 'geo', total: EU },
			{ column: 'year' },
			{ column: 'dimension' },
			{ column: 'category', total: TOTAL }
		],
		count: 'learners',
		derived: ['credentials', 'credentials_per_1000_inhabitants', 'growth_yoy'],
		minCell: options.minCell
	};
	const suppressed = suppressTable({
		table: 'uptake',
		rows,
		spec,
		sameCell: (row) => (row.category === TOTAL ? `${row.geo}\u001f${row.year}` : null),
		derive: withGrowth
	});
	if (options.onAudit) {
		const started = performance.now();
		const report = await auditIntervals({
			...buildUptakeAudit({ truth: rows, published: suppressed }),
			minCell: options.minCell
		});
		options.onAudit({ table: 'uptake', report, millis: performance.now() - started });
	}
	return buildIndicatorTable({
		name: 'uptake',
		title: 'Micro-credentials issued and learners, by country, year and characteristic',
		alsoFrom: 'population: Eurostat demo_pjan',
		rows: suppressed,
		columns: UPTAKE_COLUMNS,
		provenance: options.provenance,
		minCell: options.minCell
	});
}
