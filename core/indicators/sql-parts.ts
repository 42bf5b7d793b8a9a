// Fragments shared by the indicator SQL builders. Every identifier and literal in them is fixed
// here; nothing comes from input.
import { EU_AGGREGATE, MEMBER_STATES } from '../contract/countries';

/**
 * The learner of an issuance record, as a 64-bit hash of the pseudonym: smaller group keys than
 * the 64-character pseudonym. Two of 10 M learners share a hash with a chance of about 3 in a
 * million, which would lower one count by one. A record without a pseudonym is a learner of its
 * own (we cannot tell whether it is somebody already counted), keyed by where it was read from.
 */
export const LEARNER_KEY_SQL =
	'CASE WHEN learner_pseudonym IS NOT NULL THEN hash(learner_pseudonym) ' +
	"ELSE hash('unnamed', source_file, source_line, credential_id) END";

/** Code of the margin of a coded dimension (Eurostat's total code). */
export const TOTAL = '_T';
/** Code of a missing value. */
export const UNKNOWN = 'UNK';
export const EU = EU_AGGREGATE;

const MEMBER_STATE_LIST = MEMBER_STATES.map((c) => `'${c.geo}'`).join(', ');

/** True for Member States: the EU aggregate is their sum, so other countries stay out. */
export function isMemberStateSql(column: string): string {
	return `${column} IN (${MEMBER_STATE_LIST})`;
}

export function quoteLiteral(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** `CASE expr WHEN 'a' THEN 0 WHEN 'b' THEN 1 ... END`: a fixed sort order for codes. */
export function orderOfSql(expr: string, codes: readonly string[]): string {
	const whens = codes.map((code, i) => `WHEN ${quoteLiteral(code)} THEN ${i}`).join(' ');
	return `CASE ${expr} ${whens} ELSE ${codes.length} END`;
}

/** The aggregate as the first geo, then Member States by code. */
export function geoOrderSql(column: string): string {
	return `${column} <> '${EU}', ${column}`;
}

/** A share in percent, null when the base is empty. */
export function percentSql(part: string, whole: string): string {
	return `CASE WHEN ${whole} > 0 THEN 100.0 * ${part} / ${whole} END`;
}

/** Rows meeting a condition; 0, never null, when none does (count_if gives null on all-null). */
export function countWhereSql(condition: string): string {
	return `count(*) FILTER (WHERE ${condition})`;
}

// Cell keys (core/methods/cell-key.ts). A record key is a hash of the record's identity within
// the store (where it was read from, its credential id, the learner's keyed pseudonym), reduced
// modulo CELL_KEY_MODULUS; a learner's key is a hash of the learner key. Neither is published.
// A count column `x` is followed by `x_key`, the sum of the keys of the units it counts modulo the
// modulus: protected-table.ts reads the pair and publishes the perturbed count.
const MODULUS = 65536; // CELL_KEY_MODULUS; a test checks they agree

/** The record key of an issuance record, an integer in [0, CELL_KEY_MODULUS). */
export const RECORD_KEY_SQL =
	`CAST(hash('uptake-record', source_file, source_line, credential_id, learner_pseudonym) ` +
	`% ${MODULUS} AS INTEGER)`;

/** The key of a learner given its learner key (LEARNER_KEY_SQL), in [0, CELL_KEY_MODULUS). */
export function learnerRecordKeySql(learnerKey: string): string {
	return `CAST(hash('uptake-learner', ${learnerKey}) % ${MODULUS} AS INTEGER)`;
}

/** The cell key of the units where `condition` holds (all units when it is omitted). */
export function cellKeySql(key: string, condition?: string): string {
	const sum = condition ? `sum(${key}) FILTER (WHERE ${condition})` : `sum(${key})`;
	return `CAST(COALESCE(${sum}, 0) % ${MODULUS} AS INTEGER)`;
}

export const CELL_KEY_SQL_MODULUS = MODULUS;
