import { escapeHtml } from '$lib/charts/escape-html';
import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import type { TargetRow } from '$core/queries/participation-targets';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';

const LEVEL = '#0072B2';
const LEVEL_EU = '#332288';
const TARGET = '#D55E00';

interface TooltipParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly value: number | null;
	readonly axisValue: string;
}

/**
 * Each country's latest level as a bar, its national 2030 target as a diamond, and the other
 * value the sources give for a disputed target as an empty diamond: the distance to the target
 * is the space between them.
 */
export function buildTargetOption(rows: readonly TargetRow[], lang: Lang): EChartsCoreOption {
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, 1);
	const names = rows.map((r) => geoName(r.geo, lang));
	const year = rows.find((r) => r.latest_value !== null)?.latest_year ?? '';
	const hasAlternative = rows.some((r) => r.alternative_target_value !== null);
	const level = t('target.series.level', { year });
	const target = t('target.series.target');
	const alternative = t('target.series.alternative');
	return {
		aria: {
			enabled: true,
			label: { description: t('target.chart.aria', { year }) }
		},
		animationDuration: 300,
		grid: { left: 16, right: 24, top: 48, bottom: 32, containLabel: true },
		legend: { top: 0, data: [level, target, ...(hasAlternative ? [alternative] : [])] },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: TooltipParam[]) =>
				[
					`<b>${escapeHtml(params[0]?.axisValue ?? '')}</b>`,
					...params
						.filter((p) => p.value !== null && p.value !== undefined)
						.map((p) => `${p.marker}${escapeHtml(p.seriesName)}: <b>${format(p.value!)} %</b>`)
				].join('<br/>')
		},
		xAxis: {
			type: 'value',
			name: t('target.axis.value'),
			nameLocation: 'middle',
			nameGap: 24,
			min: 0,
			max: 80,
			axisLabel: { formatter: (v: number) => createNumberFormat(lang, 0)(v) }
		},
		yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
		series: [
			{
				id: 'level',
				name: level,
				type: 'bar',
				color: LEVEL,
				barWidth: '55%',
				data: rows.map((r) => ({
					value: r.latest_value,
					itemStyle: { color: r.geo === EU_AGGREGATE ? LEVEL_EU : LEVEL }
				}))
			},
			{
				id: 'target',
				name: target,
				type: 'scatter',
				color: TARGET,
				symbol: 'diamond',
				symbolSize: 13,
				data: rows.map((r) => r.target_value)
			},
			...(hasAlternative
				? [
						{
							id: 'alternative',
							name: alternative,
							type: 'scatter',
							color: TARGET,
							symbol: 'emptyDiamond',
							symbolSize: 13,
							data: rows.map((r) => r.alternative_target_value)
						}
					]
				: [])
		]
	};
}
