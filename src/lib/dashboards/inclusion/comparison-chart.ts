import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import type { InclusionRow } from '$core/queries/inclusion';
import { HATCH_COLOUR, MISSING_STYLE, shareState, type ShareState } from './cells';

// Rows of the inclusion table side by side (the countries for one group, or one country's
// groups): on the left each row's share of learners (bar) against the group's share of the
// population (diamond); on the right the representation ratio and the Adult Education Survey's
// participation ratio, with parity at 1. A share that is hidden or missing is a grey mark at 0
// with its reason written beside it, never an absent bar.

export interface ComparisonItem {
	readonly label: string;
	readonly row: InclusionRow;
	/** Drawn in the darker colour: the EU, or the country or group chosen. */
	readonly emphasis: boolean;
}

export interface ComparisonLabels {
	readonly share: string;
	readonly population: string;
	readonly representation: string;
	readonly aes: string;
	readonly missing: string;
	readonly shareAxis: string;
	readonly ratioAxis: string;
	readonly parity: string;
	/** Written on the right half when no row has a ratio. */
	readonly noRatio: string;
	readonly stateWord: (state: Exclude<ShareState, 'value'>) => string;
	readonly formatShare: (v: number) => string;
	readonly formatRatio: (v: number) => string;
	readonly tooltip: (item: ComparisonItem) => readonly string[];
}

export const COMPARISON_ROW_HEIGHT = 22;
const PADDING = 96;
const SHARE = '#0072B2';
const SHARE_EMPHASIS = '#003f6b';
const POPULATION = '#D55E00';
const REPRESENTATION = '#0072B2';
const AES = '#009E73';

export function comparisonHeight(items: number, top = 0): number {
	return top + PADDING + Math.max(items, 4) * COMPARISON_ROW_HEIGHT;
}

/** The top of the ratio axis: 2 or more, a whole half above the largest ratio. */
export function ratioAxisMax(items: readonly ComparisonItem[]): number {
	const ratios = items.flatMap(({ row }) =>
		[row.representation_ratio, row.aes_rate_ratio].filter((v): v is number => v !== null)
	);
	return Math.max(2, Math.ceil(Math.max(0, ...ratios) * 2) / 2);
}

interface TooltipParam {
	readonly dataIndex: number;
}

export function buildComparisonOption(options: {
	items: readonly ComparisonItem[];
	labels: ComparisonLabels;
	ariaDescription: string;
	/** Space above the chart for a mark (the synthetic subtitle), in pixels. */
	top?: number;
}): EChartsCoreOption {
	const { items, labels } = options;
	const top = (options.top ?? 0) + 52;
	const names = items.map((i) => i.label);
	const hasRatio = items.some(
		({ row }) => row.representation_ratio !== null || row.aes_rate_ratio !== null
	);
	const states = items.map(({ row }) => shareState(row));
	const tooltip = {
		formatter: (p: TooltipParam) =>
			(items[p.dataIndex] ? labels.tooltip(items[p.dataIndex]) : [])
				.map((line, i) => (i === 0 ? `<b>${escapeHtml(line)}</b>` : escapeHtml(line)))
				.join('<br/>')
	};
	const left = { xAxisIndex: 0, yAxisIndex: 0, tooltip };
	const right = { xAxisIndex: 1, yAxisIndex: 1, tooltip };
	return {
		aria: { enabled: true, label: { description: options.ariaDescription } },
		animationDuration: 300,
		legend: {
			top: options.top ?? 0,
			data: [labels.share, labels.population, labels.missing, labels.representation, labels.aes]
		},
		tooltip: { trigger: 'item' },
		grid: [
			{ left: 8, right: '40%', top, bottom: 36 },
			{ left: '63%', right: 16, top, bottom: 36 }
		],
		xAxis: [
			{
				gridIndex: 0,
				type: 'value',
				min: 0,
				name: labels.shareAxis,
				nameLocation: 'middle',
				nameGap: 22,
				axisLabel: { formatter: (v: number) => labels.formatShare(v) }
			},
			{
				gridIndex: 1,
				type: 'value',
				min: 0,
				max: ratioAxisMax(items),
				name: labels.ratioAxis,
				nameLocation: 'middle',
				nameGap: 22,
				axisLabel: { formatter: (v: number) => labels.formatRatio(v) }
			}
		],
		yAxis: [
			{ gridIndex: 0, type: 'category', data: names, inverse: true, axisTick: { show: false } },
			{
				gridIndex: 1,
				type: 'category',
				data: names,
				inverse: true,
				axisTick: { show: false },
				axisLabel: { show: false }
			}
		],
		series: [
			{
				...left,
				id: 'share',
				name: labels.share,
				type: 'bar',
				color: SHARE,
				barWidth: '60%',
				data: items.map((item, i) => ({
					value: states[i] === 'value' ? item.row.share_of_learners : null,
					itemStyle: { color: item.emphasis ? SHARE_EMPHASIS : SHARE }
				}))
			},
			{
				...left,
				id: 'population',
				name: labels.population,
				type: 'scatter',
				color: POPULATION,
				symbol: 'diamond',
				symbolSize: 12,
				data: items.map(({ row }) => row.population_share)
			},
			{
				...left,
				id: 'missing',
				name: labels.missing,
				type: 'scatter',
				color: MISSING_STYLE.hidden.fill,
				symbol: 'rect',
				symbolSize: [10, 14],
				itemStyle: { borderColor: HATCH_COLOUR, borderWidth: 1 },
				data: items.map((_, i) => {
					const state = states[i];
					if (state === 'value') return null;
					return {
						value: 0,
						label: {
							show: true,
							position: 'right',
							fontStyle: 'italic',
							fontWeight: state === 'hidden' ? 'bold' : 'normal',
							color: '#1a1a1a',
							formatter: labels.stateWord(state)
						}
					};
				})
			},
			{
				...right,
				id: 'representation',
				name: labels.representation,
				type: 'scatter',
				color: REPRESENTATION,
				symbolSize: 10,
				data: items.map(({ row }) => row.representation_ratio),
				markLine: {
					silent: true,
					symbol: 'none',
					lineStyle: { color: '#1a1a1a', type: 'dashed', width: 1.5 },
					label: { formatter: labels.parity, position: 'start' },
					data: [{ xAxis: 1 }]
				}
			},
			{
				...right,
				id: 'aes',
				name: labels.aes,
				type: 'scatter',
				color: AES,
				symbol: 'triangle',
				symbolSize: 11,
				data: items.map(({ row }) => row.aes_rate_ratio)
			}
		],
		...(hasRatio
			? {}
			: {
					graphic: [
						{
							type: 'text',
							right: 24,
							top: 'middle',
							silent: true,
							style: {
								text: labels.noRatio,
								width: 260,
								overflow: 'break',
								fontSize: 13,
								fill: '#3a3a3a'
							}
						}
					]
				})
	};
}
