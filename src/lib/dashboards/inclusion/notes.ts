import type { InclusionRow } from '$core/queries/inclusion';
import type { Translate } from '$lib/i18n/translate';
import { isHidden } from './cells';
import type { InclusionFigureOptions } from './labels';

// The notes under the inclusion figures (and in their images): what the numbers are, where the
// baselines come from (Eurostat dataset codes), and what a reader must not read into them.

/** The AES waves the rows' ratios come from, oldest first. */
export function aesYears(rows: readonly InclusionRow[]): number[] {
	return [...new Set(rows.flatMap((r) => (r.aes_year === null ? [] : [r.aes_year])))].sort();
}

/** Notes every inclusion figure carries: synthetic data, the measures, the baselines' sources. */
export function measureNotes(
	t: Translate,
	rows: readonly InclusionRow[],
	options: InclusionFigureOptions
): string[] {
	const years = aesYears(rows);
	const hidden = rows.filter(isHidden).length;
	return [
		...(options.synthetic ? [t('inclusion.notes.synthetic')] : []),
		t('inclusion.notes.ratio'),
		t('inclusion.notes.baselines'),
		...(years.length > 0 ? [t('inclusion.notes.aes', { years: years.join(', ') })] : []),
		t('inclusion.notes.perturbed'),
		...(hidden === 1 ? [t('inclusion.notes.hidden_one')] : []),
		...(hidden > 1 ? [t('inclusion.notes.hidden', { count: hidden })] : [])
	];
}
