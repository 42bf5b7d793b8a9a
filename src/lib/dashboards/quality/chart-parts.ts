import { escapeHtml } from '$lib/charts/escape-html';
import { SYNTHETIC_MARK_HEIGHT, syntheticMark } from '$lib/charts/options/synthetic-mark';
import { createNumberFormat, formatInteger } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, flagMeaning, type Translate } from '$lib/i18n/translate';
import { codeLabel } from '$lib/i18n/vocabulary';
import { isHidden } from '$lib/tables/hidden-value';

/** What a quality figure needs to know about its tables beyond its rows. */
export interface QualityFigureOptions {
	/** The tables are synthetic (manifest kind): every chart and its notes say so. */
	readonly synthetic: boolean;
}

// Okabe-Ito, 3:1 against white: the country chosen in blue, the EU in vermilion; a darker shade
// marks the bar a figure is about (all eleven elements, the country chosen among the others).
export const COUNTRY_COLOUR = '#0072B2';
export const COUNTRY_STRONG = '#004A75';
export const EU_COLOUR = '#D55E00';
export const EU_STRONG = '#8F3F00';
export const OTHER_COLOUR = '#56B4E9';
/** A hidden cell: a grey, hatched mark, never a bar of 0. */
export const HIDDEN_FILL = '#d9d9d9';
export const HIDDEN_DECAL = {
	symbol: 'rect',
	symbolSize: 1,
	dashArrayX: [1, 0],
	dashArrayY: [2, 4],
	rotation: Math.PI / 4,
	color: '#6b6b6b'
};

export { HIDDEN_FLAG, isHidden } from '$lib/tables/hidden-value';

/** The name of an Annex I element ('1'-'11', 'all') in the reader's language. */
export const elementLabel = (t: Translate, element: string | number): string =>
	codeLabel(t, 'annex1', String(element));

/** "81.4 %", "hidden (c)" or "not available": a share as every tooltip and sentence reads it. */
export function shareText(lang: Lang, value: number | null, flags: string): string {
	const t = createTranslator(lang);
	if (isHidden(value, flags)) return t('quality.hidden');
	if (value === null) return t('flags.na');
	return `${createNumberFormat(lang, 1)(value)} %${flags ? ` ${flags}` : ''}`;
}

/** A count as a sentence reads it, or "hidden (c)". */
export function countText(lang: Lang, value: number | null, flags: string): string {
	const t = createTranslator(lang);
	if (value === null) return isHidden(value, flags) ? t('quality.hidden') : t('flags.na');
	return formatInteger(lang, value);
}

/** The flags of a value explained, for a tooltip ("c: confidential"). */
export function flagsTooltip(t: Translate, flags: string): string {
	if (!flags) return '';
	const meaning = [...flags].map((f) => `${f}: ${flagMeaning(t, f)}`).join('; ');
	return `<br/><small>${escapeHtml(meaning)}</small>`;
}

/** The plot keeps its axis labels inside the chart (ECharts 6's form of `containLabel`). */
export const CONTAIN_LABELS = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;

/** The top of a chart: the subtitle (synthetic data), then the legend, then the plot. */
export interface ChartTop {
	readonly graphic: readonly object[];
	readonly legendTop: number;
	readonly gridTop: number;
}

/**
 * A chart built from synthetic tables says so on the chart itself, in its first line: a reader
 * of a downloaded image or a screenshot sees it without the page around it.
 */
export function chartTop(
	options: QualityFigureOptions & { lang: Lang; legend: boolean }
): ChartTop {
	const subtitle = options.synthetic ? SYNTHETIC_MARK_HEIGHT : 0;
	return {
		graphic: options.synthetic ? [syntheticMark(options.lang)] : [],
		legendTop: subtitle,
		gridTop: subtitle + (options.legend ? 40 : 16)
	};
}

/** The note every figure from synthetic tables carries (and its downloads with it). */
export function syntheticNotes(t: Translate, options: QualityFigureOptions): string[] {
	return options.synthetic ? [t('quality.notes.synthetic')] : [];
}

/** The year a figure shows: the rows', or the one asked for, or "latest year". */
export function yearOf(
	t: Translate,
	rows: readonly { readonly year: number | null }[],
	asked: number
): string {
	const year = rows.find((r) => r.year !== null)?.year ?? (asked > 0 ? asked : null);
	return year === null ? t('quality.year.latest') : String(year);
}

/** A round axis maximum above the largest value (5, 10, 20, 25, 50 or 100). */
export function niceMaximum(values: readonly (number | null)[]): number {
	const largest = Math.max(0, ...values.filter((v): v is number => v !== null));
	return [5, 10, 20, 25, 50, 100].find((step) => largest <= step) ?? 100;
}
