import { POPULATION_DATASETS, type InclusionRow } from '$core/queries/inclusion';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import type { TableModel } from '$lib/tables/table-model';
import { HIDDEN_FLAG, representationState, shareState } from './cells';
import { buildComparisonOption, comparisonHeight, type ComparisonItem } from './comparison-chart';
import {
	missingText,
	populationName,
	stateWord,
	SYNTHETIC_MARK_HEIGHT,
	withSyntheticMark,
	type InclusionFigureOptions
} from './labels';
import { rowDetails } from './row-text';

// The chart and the table of rows side by side, shared by the group comparison (the countries for
// one group) and the country profile (one country's groups).

export function comparisonChart(options: {
	items: readonly ComparisonItem[];
	lang: Lang;
	ariaDescription: string;
	figure: InclusionFigureOptions;
}): EChartsCoreOption {
	const { items, lang, figure } = options;
	const t = createTranslator(lang);
	const option = buildComparisonOption({
		items,
		labels: {
			share: t('inclusion.series.share'),
			population: t('inclusion.series.population'),
			representation: t('inclusion.basis.population'),
			aes: t('inclusion.basis.aes'),
			missing: t('inclusion.series.missing'),
			shareAxis: t('inclusion.axis.share'),
			ratioAxis: t('inclusion.axis.ratio'),
			parity: t('inclusion.axis.parity'),
			noRatio: t('inclusion.comparison.no_ratio'),
			stateWord: (state) => stateWord(t, state),
			formatShare: createNumberFormat(lang, 0),
			formatRatio: createNumberFormat(lang, 1),
			tooltip: (item) => [item.label, ...rowDetails(t, lang, item.row)]
		},
		ariaDescription: options.ariaDescription,
		top: figure.synthetic ? SYNTHETIC_MARK_HEIGHT : 0
	});
	return withSyntheticMark(option, { synthetic: figure.synthetic, lang });
}

export function comparisonFigureHeight(items: number, figure: InclusionFigureOptions): number {
	return comparisonHeight(items, figure.synthetic ? SYNTHETIC_MARK_HEIGHT : 0);
}

/** Where a row's population share comes from: "edat_lfse_03, 2021, adults aged 25-64". */
export function baselineText(t: Translate, row: InclusionRow): string {
	if (row.population_share === null) return stateWord(t, 'no_baseline');
	const dataset = POPULATION_DATASETS[row.group];
	return [dataset, row.population_year, populationName(t, row.population_basis)]
		.filter((part) => part !== undefined && part !== null && part !== '')
		.join(', ');
}

/** The numbers behind the chart, one row per item, every missing value saying why. */
export function comparisonTable(options: {
	items: readonly ComparisonItem[];
	lang: Lang;
	caption: string;
	firstColumn: string;
	/** A column with each row's year (a series over time). */
	withYear?: boolean;
}): TableModel {
	const { items, lang } = options;
	const t = createTranslator(lang);
	return {
		caption: options.caption,
		digits: 1,
		unit: t('inclusion.unit.comparison'),
		columns: [
			{ key: 'item', label: options.firstColumn, kind: 'label' },
			...(options.withYear
				? [{ key: 'year', label: t('inclusion.table.year'), kind: 'label' as const }]
				: []),
			{ key: 'learners_in_group', label: t('inclusion.table.in_group'), kind: 'value', digits: 0 },
			{ key: 'learners_known', label: t('inclusion.table.known'), kind: 'value', digits: 0 },
			{ key: 'share', label: t('inclusion.table.share'), kind: 'value' },
			{ key: 'population', label: t('inclusion.table.population'), kind: 'value' },
			{ key: 'baseline', label: t('inclusion.table.baseline'), kind: 'label' },
			{ key: 'ratio', label: t('inclusion.basis.population'), kind: 'value', digits: 2 },
			{ key: 'aes_ratio', label: t('inclusion.basis.aes'), kind: 'value', digits: 2 },
			{ key: 'aes_year', label: t('inclusion.table.aes_year'), kind: 'label' }
		],
		rows: items.map(({ label, row }) => {
			const share = shareState(row);
			const countMissing = share === 'hidden' || share === 'no_records' ? share : 'value';
			const count = (value: number | null) => ({
				value: countMissing === 'value' ? value : null,
				flags: share === 'hidden' ? HIDDEN_FLAG : '',
				missing: missingText(t, countMissing)
			});
			const ratio = representationState(row);
			return [
				{ value: label },
				...(options.withYear ? [{ value: row.year === null ? null : String(row.year) }] : []),
				count(row.learners_in_group),
				count(row.learners_with_known_attribute),
				{
					value: share === 'value' ? row.share_of_learners : null,
					flags: share === 'hidden' ? HIDDEN_FLAG : '',
					missing: missingText(t, share)
				},
				{
					value: row.population_share,
					flags: row.population_flags,
					missing: row.published ? missingText(t, 'no_baseline') : missingText(t, 'no_records')
				},
				{ value: row.published ? baselineText(t, row) : stateWord(t, 'no_records') },
				{
					value: ratio === 'value' ? row.representation_ratio : null,
					flags: ratio === 'hidden' ? HIDDEN_FLAG : ratio === 'value' ? row.population_flags : '',
					missing: missingText(t, ratio)
				},
				{
					value: row.aes_rate_ratio,
					flags: row.aes_flags,
					missing: row.published ? missingText(t, 'no_baseline') : missingText(t, 'no_records')
				},
				{ value: row.aes_year === null ? null : String(row.aes_year) }
			];
		})
	};
}
