import type { MeasureRow } from '$core/queries/national-measures';
import { MEASURE_STATUSES, PARAGRAPHS } from '$core/contract/vocabularies';

/** The paragraphs of the Recommendation addressed to Member States: 6 to 15. */
export const REPORTED_PARAGRAPHS: readonly number[] = [
	...new Set(PARAGRAPHS.map((p) => Number.parseInt(p, 10)))
];

export interface ParagraphMeasures {
	/** 6 … 15 */
	readonly paragraph: number;
	/** The measures under this paragraph (any of its lettered points), in the rows' order. */
	readonly measures: readonly MeasureRow[];
	/** How many measures have each status, in MEASURE_STATUSES order. */
	readonly byStatus: readonly { readonly status: string; readonly count: number }[];
}

/**
 * Every paragraph 6 to 15 with its measures, including those with none: a report says plainly
 * that nothing was reported under a paragraph. A row under a paragraph outside 6-15 is left out.
 */
export function measuresByParagraph(rows: readonly MeasureRow[]): ParagraphMeasures[] {
	return REPORTED_PARAGRAPHS.map((paragraph) => {
		const measures = rows.filter((r) => Number.parseInt(r.paragraph, 10) === paragraph);
		return {
			paragraph,
			measures,
			byStatus: MEASURE_STATUSES.map((status) => ({
				status,
				count: measures.filter((m) => m.status === status).length
			}))
		};
	});
}
