// A file validated in parts by several workers (record-cuts.ts) told as one: the parts' summaries
// joined, and the credentials a later part repeats from an earlier one found among the records
// (each worker rejects the repeats within its own part; the first of a credential is kept, as in
// a file checked whole).
import { duplicateRejection, MAX_KEPT_REJECTIONS, type Rejection } from './local-validator';
import type { LocalSummary } from './messages';

/**
 * True when the parts cannot be trusted: a part before the last ended inside an open quote, so the
 * cut may have fallen inside a quoted field. The file is then checked whole.
 */
export function cutInsideQuotes(summaries: readonly LocalSummary[]): boolean {
	return summaries.some(
		(s) =>
			s.coverage !== undefined &&
			s.coverage.index < s.coverage.parts - 1 &&
			s.coverage.endsInsideQuotes
	);
}

/** The parts the summaries cover (1 when the first worker read the whole file). */
export const partsOf = (summaries: readonly LocalSummary[]): number =>
	summaries[0]?.coverage?.parts ?? 1;

/**
 * The lines of records repeating a credential (credential_id and awarding_body) of a record on an
 * earlier line, in `table` (LOCAL_RECORD_COLUMNS). Within a part there are none left.
 */
export function repeatedCredentialsSql(table: string): string {
	return `SELECT r.source_line AS line
FROM ${table} r JOIN (
	SELECT credential_id, coalesce(awarding_body, '') AS body, min(source_line) AS first
	FROM ${table} WHERE credential_id IS NOT NULL
	GROUP BY credential_id, coalesce(awarding_body, '') HAVING count(*) > 1
) d ON r.credential_id = d.credential_id AND coalesce(r.awarding_body, '') = d.body
	AND r.source_line > d.first
ORDER BY r.source_line`;
}

/** Removes the records on `lines` from `table`. */
export function deleteLinesSql(table: string, lines: readonly number[]): string {
	return `DELETE FROM ${table} WHERE source_line IN (${lines.map((l) => Math.trunc(l)).join(', ')})`;
}

/**
 * One summary of the parts' summaries (in part order): counts added, the first part's header and
 * notes, the rejection reasons in line order with the repeated credentials among them (at most
 * MAX_KEPT_REJECTIONS, the others counted), the time of the slowest part.
 */
export function joinPartSummaries(
	summaries: readonly LocalSummary[],
	repeatedLines: readonly number[] = [],
	maxKept = MAX_KEPT_REJECTIONS
): LocalSummary {
	const [first] = summaries;
	const sum = (of: (s: LocalSummary) => number) => summaries.reduce((n, s) => n + of(s), 0);
	const repeated = repeatedLines.map((line) => duplicateRejection(line, first.credentialColumn));
	const reasons: Rejection[] = [...summaries.flatMap((s) => s.rejections), ...repeated].sort(
		(a, b) => a.line - b.line
	);
	const kept = reasons.slice(0, maxKept);
	return {
		fileName: first.fileName,
		kind: first.kind,
		headerLine: first.headerLine,
		read: sum((s) => s.read),
		accepted: sum((s) => s.accepted) - repeated.length,
		rejected: sum((s) => s.rejected) + repeated.length,
		warnings: sum((s) => s.warnings),
		rejections: kept,
		droppedReasons: sum((s) => s.droppedReasons) + reasons.length - kept.length,
		credentialColumn: first.credentialColumn,
		fileNotes: first.fileNotes,
		seconds: Math.max(...summaries.map((s) => s.seconds)),
		coverage: { parts: summaries.length, index: 0, endsInsideQuotes: false }
	};
}
