// The uptake indicator's SQL, shared by the pipelines (pipelines/indicators/uptake.ts, over the
// record store) and the browser (a ministry's own file analysed locally, src/lib/explore/local).
import { annexIBit } from '../contract/issuance-record';
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
} from '../contract/vocabularies';
import {
	EU,
	LEARNER_KEY_SQL,
	RECORD_KEY_SQL,
	TOTAL,
	UNKNOWN,
	cellKeySql,
	geoOrderSql,
	isMemberStateSql,
	learnerRecordKeySql,
	quoteLiteral
} from './sql-parts';

/** The record store's table of adults aged 25-64 per country and year (geo, year, value). */
export const ADULT_POPULATION_TABLE = 'adult_population';

/** Tables the uptake SQL reads; the defaults are the record store's. */
export interface UptakeSqlTables {
	/** Issuance records with the store's columns (pipelines/stages/store-schema.ts). */
	readonly issuance?: string;
	/** Adults aged 25-64: geo, year, value. */
	readonly population?: string;
}

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
// - Both counts are perturbed by their cell key (core/methods/cell-key.ts): credentials_key is the
//   sum of the record keys of the cell's records, learners_key the sum of the learner keys of its
//   distinct learners (the EU's: each learner once). The same units give the same key wherever
//   they are counted ('_T' in every dimension, a category holding every record of its line, the
//   EU of a year with one Member State), so the same published count. The rates per 1 000
//   adults aged 25-64 and the growth are computed from the published counts.
//
// Counting distinct learners per cell directly means grouping ~10 M (cell, learner) pairs for each
// of nine dimensions, which took minutes and ran out of memory. Instead each record carries, per
// dimension, a bit mask of its category; one aggregation per learner ORs them (fixed-size state),
// and the learners of a category are those whose mask has its bit. Records and learners are then
// grouped by (country, year, mask) for each dimension in one pass (GROUPING SETS), counting them
// and summing their keys, and each group goes to every category whose bit its mask has. Categories
// are the contract's vocabularies, which validation enforces; any other value would count as 'UNK'.

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
 * Rows (geo, year, d, mask, n, key_sum) of `from` (columns geo, year, unit_key, mask0 ..): for each
 * dimension d, the units of a country and year grouped by their mask in it, with their count and
 * the sum of their keys; d = -1 (mask -1, every bit): all of them. One pass over `from`.
 */
function maskGroupsSql(from: string): string {
	const sets = ['(geo, year)', ...UPTAKE_DIMENSIONS.map((_, i) => `(geo, year, mask${i})`)];
	const whens = UPTAKE_DIMENSIONS.map((_, i) => `WHEN GROUPING(mask${i}) = 0 THEN ${i}`).join(' ');
	const masks = UPTAKE_DIMENSIONS.map((_, i) => `mask${i}`).join(', ');
	return `SELECT geo, year, CASE ${whens} ELSE -1 END AS d, COALESCE(${masks}, -1) AS mask,
		count(*) AS n, sum(unit_key) AS key_sum
	FROM ${from}
	GROUP BY GROUPING SETS (${sets.join(', ')})`;
}

/**
 * Rows (geo, year, d, bit, n, key_sum): every mask group counted in each category whose bit it
 * has; d = -1, bit = -1: the total.
 */
function expandSql(groups: string): string {
	return `SELECT g.geo, g.year, k.d, k.bit, g.n, g.key_sum
	FROM (${groups}) g
	JOIN codes k ON k.d = g.d AND (g.mask & k.mask) <> 0`;
}

/**
 * One row per (geo, year, dimension, category), '_T' included, EU first, with each count's cell
 * key (credentials_key, learners_key) and the population the rate is computed on; no derived
 * column.
 */
export function buildUptakeSql(tables: UptakeSqlTables = {}): string {
	const issuance = tables.issuance ?? 'issuance';
	const population = tables.population ?? ADULT_POPULATION_TABLE;
	const masks = UPTAKE_DIMENSIONS.map((d, i) => `${maskSql(d)} AS mask${i}`).join(',\n\t\t');
	const words = packedWordsSql();
	const packed = words.map((w, i) => `${w} AS w${i}`).join(',\n\t\t');
	const ors = words.map((_, i) => `bit_or(w${i}) AS w${i}`).join(', ');
	const unpacked = UPTAKE_DIMENSIONS.map((_, i) => `${unpackedSql(i)} AS mask${i}`).join(',\n\t\t');
	const codes = [
		`(-1, -1, -1, '${TOTAL}')`,
		...UPTAKE_DIMENSIONS.flatMap((d, i) =>
			[...d.codes, UNKNOWN].map((c, bit) => `(${i}, ${bit}, ${2 ** bit}, ${quoteLiteral(c)})`)
		)
	].join(', ');
	const dimensions = UPTAKE_DIMENSIONS.map((d, i) => `(${i}, '${d.dimension}')`).join(', ');
	const where = `${isMemberStateSql('issuer_country')} AND year IS NOT NULL`;
	// records and learner_records differ, so that DuckDB does not hold one shared copy of ~10 M
	// rows in memory for both.
	return `WITH records AS (
	SELECT issuer_country AS geo, year, ${RECORD_KEY_SQL} AS unit_key,
		${masks}
	FROM ${issuance}
	WHERE ${where}
),
learner_records AS (
	SELECT issuer_country AS geo, year, ${LEARNER_KEY_SQL} AS learner,
		${packed}
	FROM ${issuance}
	WHERE ${where}
),
codes AS (SELECT * FROM (VALUES ${codes}) v(d, bit, mask, category)),
dimensions AS (SELECT * FROM (VALUES ${dimensions}) v(d, dimension)),
per_learner AS (
	SELECT CASE WHEN GROUPING(geo) = 1 THEN '${EU}' ELSE geo END AS geo, year, learner, ${ors}
	FROM learner_records
	GROUP BY GROUPING SETS ((geo, year, learner), (year, learner))
),
learners AS (
	SELECT geo, year, ${learnerRecordKeySql('learner')} AS unit_key,
		${unpacked}
	FROM per_learner
),
record_cells AS (
	SELECT CASE WHEN GROUPING(geo) = 1 THEN '${EU}' ELSE geo END AS geo, year, d, bit,
		sum(n) AS credentials, ${cellKeySql('key_sum')} AS credentials_key
	FROM (${expandSql(maskGroupsSql('records'))})
	GROUP BY GROUPING SETS ((geo, year, d, bit), (year, d, bit))
),
learner_cells AS (
	SELECT geo, year, d, bit, sum(n) AS learners, ${cellKeySql('key_sum')} AS learners_key
	FROM (${expandSql(maskGroupsSql('learners'))})
	GROUP BY geo, year, d, bit
)
SELECT r.geo, r.year, k.dimension, code.category,
	CAST(r.credentials AS INTEGER) AS credentials, r.credentials_key,
	CAST(l.learners AS INTEGER) AS learners, l.learners_key,
	p.value AS population
FROM record_cells r
JOIN learner_cells l ON l.geo = r.geo AND l.year = r.year AND l.d = r.d AND l.bit = r.bit
JOIN dimensions k ON k.d = r.d OR r.d = -1
JOIN codes code ON code.d = r.d AND code.bit = r.bit
ASOF LEFT JOIN ${population} p ON p.geo = r.geo AND r.year >= p.year
ORDER BY ${geoOrderSql('r.geo')}, r.year, k.d, r.bit`;
}
