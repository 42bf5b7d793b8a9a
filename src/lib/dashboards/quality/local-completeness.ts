// The reader's own data on the quality page: the Annex I completeness of the local table that the
// explore page computed in this browser (src/lib/explore/local), per country and year of the file.
import { COMPLETENESS_ELEMENTS } from '$core/queries/quality';
import { formatInteger } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import { shareText } from './chart-parts';

/** One Annex I element (or all eleven) of one country and year; null when not in the table. */
export interface LocalElementShare {
	readonly element: string;
	readonly recordsWithElement: number | null;
	/** % of the records carrying it; null when not in the table or when there is no record. */
	readonly share: number | null;
}

export interface LocalCompleteness {
	readonly geo: string;
	readonly year: number;
	readonly records: number;
	/** The eleven elements in Annex I order, then all eleven at once. */
	readonly elements: readonly LocalElementShare[];
	readonly source: string;
}

const numberOrNull = (value: unknown): number | null => {
	if (value === null || value === undefined || value === '') return null;
	const number = Number(value);
	return Number.isFinite(number) ? number : null;
};

/**
 * One entry per country and year of `local_annex1_completeness`: its records and, for each
 * element in Annex I order then all eleven, the records carrying it and their share. By country,
 * latest year first. Elements the table does not know are left out.
 */
export function localCompleteness(rows: readonly Record<string, unknown>[]): LocalCompleteness[] {
	const byGeoYear = new Map<
		string,
		{
			geo: string;
			year: number;
			records: number;
			source: string;
			rows: Map<string, LocalElementShare>;
		}
	>();
	for (const row of rows) {
		const element = String(row.element);
		const year = numberOrNull(row.year);
		if (!COMPLETENESS_ELEMENTS.includes(element) || year === null || row.geo == null) continue;
		const geo = String(row.geo);
		const key = `${geo}\u001f${year}`;
		let entry = byGeoYear.get(key);
		if (!entry) {
			entry = {
				geo,
				year,
				records: numberOrNull(row.records) ?? 0,
				source: String(row.source),
				rows: new Map()
			};
			byGeoYear.set(key, entry);
		}
		const records = numberOrNull(row.records) ?? 0;
		entry.rows.set(element, {
			element,
			recordsWithElement: numberOrNull(row.records_with_element),
			share: records > 0 ? numberOrNull(row.share) : null
		});
	}
	return [...byGeoYear.values()]
		.map(({ rows: shares, ...entry }) => ({
			...entry,
			elements: COMPLETENESS_ELEMENTS.map(
				(element) => shares.get(element) ?? { element, recordsWithElement: null, share: null }
			)
		}))
		.sort((a, b) => a.geo.localeCompare(b.geo) || b.year - a.year);
}

/** "81.4 % (57)", as the quality page formats a share; "not available" without one. */
export function localShareText(
	lang: Lang,
	cell: Pick<LocalElementShare, 'share' | 'recordsWithElement'>
): string {
	const share = shareText(lang, cell.share, '');
	if (cell.share === null || cell.recordsWithElement === null) return share;
	return createTranslator(lang)('explore.local.quality.cell', {
		share,
		count: formatInteger(lang, cell.recordsWithElement)
	});
}

/** One row of local_annex2_principles: a principle met by a share of offers or providers. */
export interface LocalPrinciple {
	readonly geo: string;
	readonly principle: string;
	readonly basis: string;
	readonly units: number;
	/** The units meeting it and their share, read as a completeness cell is. */
	readonly meeting: Pick<LocalElementShare, 'share' | 'recordsWithElement'>;
}

/** The rows of local_annex2_principles in its order (offers, then providers; by country). */
export function localPrinciples(rows: readonly Record<string, unknown>[]): LocalPrinciple[] {
	return rows.map((row) => ({
		geo: String(row.geo),
		principle: String(row.principle),
		basis: String(row.basis),
		units: Number(row.units),
		meeting: {
			share: row.share === null ? null : Number(row.share),
			recordsWithElement: row.units_meeting === null ? null : Number(row.units_meeting)
		}
	}));
}
