import { geoName } from '$core/contract/countries';
import {
	ALL_ELEMENTS,
	buildMissingElementsSql,
	type MissingElementRow
} from '$core/queries/quality';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { chartMessage } from '$lib/charts/options/chart-message';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	COUNTRY_COLOUR,
	COUNTRY_STRONG,
	countText,
	elementLabel,
	isHidden,
	niceMaximum,
	syntheticNotes,
	yearOf,
	type QualityFigureOptions
} from './chart-parts';
import { buildShareBarsOption } from './share-bars';
import type { QualityState } from './state';
import { flaggedCell } from '$lib/tables/hidden-value';

type Input = FigureInput<QualityState, MissingElementRow>;

/** "(xi) Type of quality assurance", or for 'all', "At least one element missing". */
const missingLabel = (t: Translate, element: string) =>
	element === ALL_ELEMENTS ? t('quality.missing.at_least_one') : elementLabel(t, element);

/** The eleven elements in the rows' order (most often missing first): the ranked list. */
export const rankedElements = (rows: readonly MissingElementRow[]) =>
	rows.filter((r) => r.element !== ALL_ELEMENTS);

function missingChart({ rows, state, lang }: Input, options: QualityFigureOptions) {
	const t = createTranslator(lang);
	const year = yearOf(t, rows, state.year);
	const country = geoName(state.geo, lang);
	const option = buildShareBarsOption({
		categories: rows.map((r) => missingLabel(t, r.element)),
		series: [
			{
				key: 'missing',
				name: t('quality.missing.series', { country, year }),
				colour: COUNTRY_COLOUR,
				bars: rows.map((r) => ({
					value: r.share_missing,
					flags: r.flags,
					...(r.element === ALL_ELEMENTS ? { colour: COUNTRY_STRONG } : {})
				}))
			}
		],
		axisName: t('quality.axis.records_without'),
		max: niceMaximum(rows.map((r) => r.share_missing)),
		top: chartTop({ ...options, lang, legend: true }),
		ariaDescription: t('quality.missing.aria', { country, year }),
		lang
	}) as EChartsCoreOption & { graphic: object[] };
	if (rows.length > 0) return option;
	return {
		...option,
		graphic: [...option.graphic, chartMessage(t('quality.no_data', { country, year })).graphic]
	};
}

function missingTable({ rows, state, lang }: Input): TableModel {
	const t = createTranslator(lang);
	const ranked = rankedElements(rows);
	const total = rows.filter((r) => r.element === ALL_ELEMENTS);
	return {
		caption: t('quality.missing.caption', {
			country: geoName(state.geo, lang),
			year: yearOf(t, rows, state.year)
		}),
		digits: 1,
		unit: t('quality.unit.share_without'),
		columns: [
			{ key: 'rank', label: t('quality.table.rank'), kind: 'label' },
			{ key: 'element', label: t('quality.table.element'), kind: 'label' },
			{ key: 'share_missing', label: t('quality.table.share_missing'), kind: 'value' },
			{
				key: 'records_missing',
				label: t('quality.table.records_missing'),
				kind: 'value',
				digits: 0
			},
			{ key: 'records', label: t('quality.table.records_all'), kind: 'value', digits: 0 }
		],
		rows: [...ranked, ...total].map((r, i) => [
			// Hidden shares are not ranked: they stand after the others, without a rank.
			{
				value: r.element === ALL_ELEMENTS || isHidden(r.share_missing, r.flags) ? '' : String(i + 1)
			},
			{ value: missingLabel(t, r.element) },
			flaggedCell(r.share_missing, r.flags),
			flaggedCell(r.records_missing, r.flags),
			flaggedCell(r.records, r.flags)
		])
	};
}

function listOf(lang: Lang, items: readonly string[]): string {
	return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/**
 * The ranked list in plain words, for a ministry (paragraph 20 of the Recommendation: where data
 * collection must improve): the element most often missing, the next two, the records lacking
 * at least one element. Hidden shares are not ranked and are said to be hidden.
 */
export function missingElementsFinding(input: {
	rows: readonly MissingElementRow[];
	state: QualityState;
	lang: Lang;
}): string {
	const { rows, state, lang } = input;
	const t = createTranslator(lang);
	const share = createNumberFormat(lang, 1);
	const country = geoName(state.geo, lang);
	const year = yearOf(t, rows, state.year);
	if (rows.length === 0) return t('quality.no_data', { country, year });
	const elements = rankedElements(rows);
	const shown = elements.filter((r) => r.share_missing !== null);
	const missing = shown.filter((r) => (r.share_missing ?? 0) > 0);
	const hidden = elements.length - shown.length;
	const sentences: string[] = [];
	const [first, ...others] = missing;
	if (!first) {
		sentences.push(
			shown.length > 0
				? t('quality.missing.finding.none', { country, year })
				: t('quality.missing.finding.all_hidden', { country, year })
		);
	} else {
		sentences.push(
			t('quality.missing.finding.first', {
				country,
				year,
				element: elementLabel(t, first.element),
				share: share(first.share_missing ?? 0),
				count: countText(lang, first.records_missing, first.flags)
			})
		);
		const next = others.slice(0, 2);
		if (next.length > 0)
			sentences.push(
				t('quality.missing.finding.next', {
					elements: listOf(
						lang,
						next.map((r) => `${elementLabel(t, r.element)} (${share(r.share_missing ?? 0)} %)`)
					)
				})
			);
	}
	const any = rows.find((r) => r.element === ALL_ELEMENTS);
	if (any && any.share_missing !== null && any.share_missing > 0)
		sentences.push(t('quality.missing.finding.any', { share: share(any.share_missing) }));
	if (hidden > 0 && shown.length > 0)
		sentences.push(t('quality.missing.finding.hidden', { count: hidden }));
	if (first) sentences.push(t('quality.missing.finding.para20'));
	return sentences.join(' ');
}

/**
 * The elements of the country and year chosen, ranked from the most often missing: the share of
 * records without each, with the count of records missing it.
 */
export function qualityMissingFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, MissingElementRow> {
	return {
		id: 'quality-missing',
		height: 560,
		query: (state) => buildMissingElementsSql({ geo: state.geo, year: state.year }),
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t('quality.missing.title', {
				country: geoName(state.geo, lang),
				year: state.year > 0 ? state.year : t('quality.year.latest')
			});
		},
		chart: (input) => missingChart(input, options),
		table: missingTable,
		notes(input) {
			const t = createTranslator(input.lang);
			return [
				missingElementsFinding(input),
				...syntheticNotes(t, options),
				t('quality.missing.note.method')
			];
		}
	};
}
