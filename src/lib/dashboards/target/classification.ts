import { escapeHtml } from '$lib/charts/escape-html';
import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import { SCOREBOARD_CATEGORIES } from '$core/methods/classification';
import {
	buildClassificationSql,
	type ClassificationRow
} from '$core/queries/participation-targets';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { seriesColour } from '$lib/charts/palette';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type MessageKey, type Translate } from '$lib/i18n/translate';
import type { FigureSpec } from '$lib/kit/figure';
import type { TargetState } from './state';

/** The category in words; a row the method could not classify says so. */
export function categoryLabel(t: Translate, category: string | null): string | null {
	if (category === null) return null;
	return (SCOREBOARD_CATEGORIES as readonly string[]).includes(category)
		? t(`target.category.${category}` as MessageKey)
		: t('target.category.unclassified');
}

/** The cut-offs of the method (DOMAIN.md): scores of ±0.5 and ±1 on both axes. */
const CUT_OFFS = [-1, -0.5, 0.5, 1];

interface ScatterParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly data: { value: [number, number]; name: string };
}

/**
 * The Social Scoreboard's chart: each Member State's level score against its change score, one
 * colour per category, with the cut-off lines of the method.
 */
export function buildClassificationOption(
	rows: readonly ClassificationRow[],
	lang: Lang
): EChartsCoreOption {
	const t = createTranslator(lang);
	const score = createNumberFormat(lang, 2);
	const classified = rows.filter((r) => r.level_score !== null && r.change_score !== null);
	const categories = SCOREBOARD_CATEGORIES.filter((c) =>
		classified.some((r) => r.scoreboard_category === c)
	);
	const line = (axis: 'xAxis' | 'yAxis', value: number) => ({
		[axis]: value,
		lineStyle: { color: Math.abs(value) === 1 ? '#555555' : '#999999', type: 'dashed' },
		label: { show: false }
	});
	return {
		aria: { enabled: true, label: { description: t('target.classification.aria') } },
		animationDuration: 300,
		grid: { left: 24, right: 24, top: 56, bottom: 40, containLabel: true },
		legend: { top: 0, type: 'scroll', data: categories.map((c) => categoryLabel(t, c)) },
		tooltip: {
			trigger: 'item',
			formatter: (p: ScatterParam) =>
				`${p.marker}<b>${escapeHtml(p.data.name)}</b><br/>${escapeHtml(p.seriesName)}<br/>` +
				`${escapeHtml(t('target.classification.level_score'))}: ${score(p.data.value[0])}<br/>` +
				`${escapeHtml(t('target.classification.change_score'))}: ${score(p.data.value[1])}`
		},
		xAxis: {
			type: 'value',
			name: t('target.classification.level_score'),
			nameLocation: 'middle',
			nameGap: 28,
			min: -3,
			max: 3
		},
		yAxis: {
			type: 'value',
			name: t('target.classification.change_score'),
			nameLocation: 'end',
			nameTextStyle: { align: 'left' },
			min: -3,
			max: 3
		},
		series: categories.map((category, i) => ({
			id: category,
			name: categoryLabel(t, category),
			type: 'scatter',
			color: seriesColour(i),
			symbolSize: 11,
			label: { show: true, position: 'right', formatter: '{b}', fontSize: 10 },
			data: classified
				.filter((r) => r.scoreboard_category === category)
				.map((r) => ({ name: r.geo, value: [r.level_score, r.change_score] })),
			...(i === 0
				? {
						markLine: {
							silent: true,
							symbol: 'none',
							data: [
								...CUT_OFFS.map((v) => line('xAxis', v)),
								...CUT_OFFS.map((v) => line('yAxis', v))
							]
						}
					}
				: {})
		}))
	};
}

/** Level, change, scores and category of every Member State. */
export const targetClassificationFigure: FigureSpec<TargetState, ClassificationRow> = {
	id: 'target-classification',
	height: 560,
	query: () => buildClassificationSql({ eu: EU_AGGREGATE }),
	title({ lang }) {
		return createTranslator(lang)('target.classification.title');
	},
	chart: ({ rows, lang }) => buildClassificationOption(rows, lang),
	table({ rows, lang }) {
		const t = createTranslator(lang);
		const first = rows[0];
		const years = { from: first?.baseline_year ?? '', to: first?.latest_year ?? '' };
		return {
			caption: t('target.classification.caption', years),
			digits: 2,
			unit: t('target.classification.unit'),
			columns: [
				{ key: 'geo', label: t('target.table.country'), kind: 'label' },
				{ key: 'level', label: t('target.table.latest', { year: years.to }), kind: 'value' },
				{ key: 'change', label: t('target.classification.change', years), kind: 'value' },
				{ key: 'level_score', label: t('target.classification.level_score'), kind: 'value' },
				{ key: 'change_score', label: t('target.classification.change_score'), kind: 'value' },
				{ key: 'category', label: t('target.classification.category'), kind: 'label' }
			],
			rows: rows.map((r) => [
				{ value: geoName(r.geo, lang) },
				{ value: r.latest_value, flags: r.latest_flags },
				{ value: r.change_pp },
				{ value: r.level_score },
				{ value: r.change_score },
				{
					value:
						r.scoreboard_exception === true
							? `${categoryLabel(t, r.scoreboard_category)} (${t('target.classification.exception')})`
							: categoryLabel(t, r.scoreboard_category)
				}
			])
		};
	}
};
