import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import {
	CONTAIN_LABELS,
	flagsTooltip,
	HIDDEN_DECAL,
	HIDDEN_FILL,
	isHidden,
	shareText,
	type ChartTop
} from './chart-parts';

/** One bar: a share in %, its flags, and a colour of its own (the EU, the country chosen). */
export interface ShareBar {
	readonly value: number | null;
	readonly flags: string;
	readonly colour?: string;
}

export interface ShareBarSeries {
	readonly key: string;
	readonly name: string;
	readonly colour: string;
	/** One bar per category, in the categories' order. */
	readonly bars: readonly ShareBar[];
}

interface BarDatum {
	readonly value: number | null;
	readonly flags: string;
	readonly hidden: boolean;
}

interface TooltipParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly axisValue: string;
	readonly data: BarDatum | undefined;
}

/**
 * Horizontal bars of shares (categories down the side, read from the top), one series beside the
 * other. A hidden share is a grey hatched bar across the whole axis, labelled as hidden and named
 * in the legend: never a bar of 0, never left blank.
 */
export function buildShareBarsOption(options: {
	categories: readonly string[];
	series: readonly ShareBarSeries[];
	axisName: string;
	/** The axis maximum (100 for shares of records, less for rare absences). */
	max: number;
	top: ChartTop;
	ariaDescription: string;
	lang: Lang;
	/** Room for the category names, in pixels (longer ones are cut, the table has them whole). */
	labelWidth?: number;
}): EChartsCoreOption {
	const { lang, top } = options;
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, 1);
	const anyHidden = options.series.some((s) => s.bars.some((b) => isHidden(b.value, b.flags)));
	const hiddenName = t('quality.hidden');
	const bars = options.series.map((s) => ({
		id: s.key,
		name: s.name,
		type: 'bar',
		color: s.colour,
		barMaxWidth: 18,
		barGap: '10%',
		barCategoryGap: '25%',
		label: {
			show: true,
			position: 'right',
			fontSize: 11,
			color: '#1a1a1a',
			formatter: (p: { data: BarDatum }) =>
				p.data.hidden
					? ''
					: p.data.value === null
						? ''
						: `${format(p.data.value)}${p.data.flags ? ` ${p.data.flags}` : ''}`
		},
		data: s.bars.map((b) => {
			const hidden = isHidden(b.value, b.flags);
			return {
				value: hidden ? options.max : b.value,
				flags: b.flags,
				hidden,
				itemStyle: hidden
					? { color: HIDDEN_FILL, decal: HIDDEN_DECAL, borderColor: '#6b6b6b', borderWidth: 1 }
					: { color: b.colour ?? s.colour },
				...(hidden
					? {
							label: {
								show: true,
								position: 'insideLeft',
								color: '#1a1a1a',
								backgroundColor: '#ffffff',
								padding: [1, 4],
								formatter: hiddenName
							}
						}
					: {})
			};
		})
	}));
	// The legend's entry for hidden marks: a series without bars, in the hidden style.
	const hiddenLegend = anyHidden
		? [
				{
					id: '__hidden',
					name: hiddenName,
					type: 'bar',
					color: HIDDEN_FILL,
					itemStyle: { color: HIDDEN_FILL, decal: HIDDEN_DECAL, borderColor: '#6b6b6b' },
					data: [],
					silent: true,
					tooltip: { show: false }
				}
			]
		: [];
	return {
		aria: { enabled: true, label: { description: options.ariaDescription } },
		animationDuration: 300,
		graphic: [...top.graphic],
		grid: { left: 8, right: 56, top: top.gridTop, bottom: 40, ...CONTAIN_LABELS },
		legend: {
			top: top.legendTop,
			left: 0,
			type: 'scroll',
			data: [...options.series.map((s) => s.name), ...(anyHidden ? [hiddenName] : [])]
		},
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: TooltipParam[]) =>
				[
					`<b>${escapeHtml(params[0]?.axisValue ?? '')}</b>`,
					...params
						.filter((p) => p.data)
						.map((p) => {
							const d = p.data!;
							const value = d.hidden ? null : d.value;
							return `${p.marker}${escapeHtml(p.seriesName)}: <b>${escapeHtml(shareText(lang, value, d.flags))}</b>${flagsTooltip(t, d.flags)}`;
						})
				].join('<br/>')
		},
		xAxis: {
			type: 'value',
			name: options.axisName,
			nameLocation: 'middle',
			nameGap: 26,
			min: 0,
			max: options.max,
			axisLabel: { formatter: (v: number) => createNumberFormat(lang, 0)(v) }
		},
		yAxis: {
			type: 'category',
			data: [...options.categories],
			inverse: true,
			axisTick: { show: false },
			axisLabel: { width: options.labelWidth ?? 260, overflow: 'truncate', lineHeight: 14 }
		},
		series: [...bars, ...hiddenLegend]
	};
}
