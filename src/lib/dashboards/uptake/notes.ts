import { EU_AGGREGATE } from '$core/contract/countries';
import {
	OVERLAPPING_BREAKDOWNS,
	type UptakeBreakdown,
	type UptakeCategory,
	type UptakeValues
} from '$core/queries/uptake';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import { dimensionLabel } from '$lib/i18n/vocabulary';
import type { UptakeContext } from './context';
import { categoryText } from './labels';
import { HIDDEN_FLAG } from './values';

// The notes under the figures of the uptake page: what every reader of a figure must know
// beside it (synthetic data, what is hidden, how learners are counted, what a view cannot cut).

export function syntheticNote(t: Translate): string {
	return t('uptake.note.synthetic');
}

export function hiddenNote(rows: readonly Pick<UptakeValues, 'flags'>[], t: Translate): string[] {
	return rows.some((r) => r.flags.includes(HIDDEN_FLAG)) ? [t('uptake.note.hidden')] : [];
}

/** How learners are counted where several places are shown, or the EU. */
export function learnerNotes(geos: readonly string[], t: Translate): string[] {
	return [
		...(geos.includes(EU_AGGREGATE) ? [t('uptake.note.eu_learners')] : []),
		...(geos.length > 1 ? [t('uptake.note.not_added')] : [])
	];
}

export function incompleteNote(context: UptakeContext, t: Translate): string[] {
	return context.incomplete === null
		? []
		: [t('uptake.note.incomplete', { year: context.incomplete, date: context.releaseDate })];
}

export function overlapNote(dimension: UptakeBreakdown | undefined, t: Translate): string[] {
	return dimension && OVERLAPPING_BREAKDOWNS.includes(dimension)
		? [t('uptake.note.overlap', { dimension: dimensionLabel(t, dimension) })]
		: [];
}

/** The figure is not cut by the category chosen: the table has one characteristic at a time. */
export function notCutText(category: UptakeCategory, t: Translate): string {
	return t('uptake.not_cut', { filter: categoryText(t, category) });
}

/** The notes of the series and the growth figures. */
export function seriesNotes(
	rows: readonly UptakeValues[],
	view: {
		geos: readonly string[];
		category?: UptakeCategory;
		context: UptakeContext;
	},
	lang: Lang,
	figure: 'series' | 'growth' = 'series'
): string[] {
	const t = createTranslator(lang);
	return [
		syntheticNote(t),
		...(view.category
			? [t('uptake.note.category', { category: categoryText(t, view.category) })]
			: []),
		...overlapNote(view.category?.dimension, t),
		figure === 'growth' ? t('uptake.note.growth') : t('uptake.note.rates'),
		...learnerNotes(view.geos, t),
		...incompleteNote(view.context, t),
		...hiddenNote(rows, t)
	];
}
