import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { seriesColour } from '$lib/charts/palette';
import { HATCH_COLOUR, MISSING_STYLE } from './cells';

// One country's groups over time, in two panels sharing the years: above, each group's share of
// the learners (%); below, the representation ratio of the groups with a population baseline,
// with parity at 1. The group chosen is drawn thick, the others thin. A hidden share is a grey
// mark on the axis of its year, never a gap that reads as no data.

export interface CountryLine {
	readonly key: string;
	readonly name: string;
	/** Index of the group: its colour, the same in both panels. */
	readonly colour: number;
	readonly emphasis: boolean;
	readonly shares: readonly (readonly [year: number, value: number | null])[];
	/** Empty for a group without a population baseline. */
	readonly ratios: readonly (readonly [year: number, value: number | null])[];
}

export interface CountryChartInput {
	readonly lines: readonly CountryLine[];
	/** Points whose share is hidden: [year, group name]. */
	readonly hidden: readonly (readonly [year: number, name: string])[];
	readonly labels: {
		readonly year: string;
		readonly share: string;
		readonly ratio: string;
		readonly parity: string;
		readonly hidden: string;
		readonly formatShare: (v: number) => string;
		readonly formatRatio: (v: number) => string;
	};
	readonly ariaDescription: string;
	readonly top?: number;
}

interface TooltipParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly seriesId: string;
	readonly value: [number, number | null];
	readonly data: { value: [number, number | null]; name?: string };
}

export function buildCountryOption(input: CountryChartInput): EChartsCoreOption {
	const { lines, labels } = input;
	const top = (input.top ?? 0) + 96;
	const line = (l: CountryLine, panel: 0 | 1) => ({
		id: `${panel === 0 ? 'share' : 'ratio'}-${l.key}`,
		name: l.name,
		type: 'line',
		xAxisIndex: panel,
		yAxisIndex: panel,
		color: seriesColour(l.colour),
		symbol: 'circle',
		symbolSize: l.emphasis ? 7 : 4,
		connectNulls: false,
		z: l.emphasis ? 3 : 2,
		lineStyle: { width: l.emphasis ? 3.5 : 1.5, opacity: l.emphasis ? 1 : 0.6 },
		itemStyle: { opacity: l.emphasis ? 1 : 0.6 },
		data: (panel === 0 ? l.shares : l.ratios).map(([x, y]) => [x, y]),
		...(panel === 1 && l === lines.find((c) => c.ratios.length > 0)
			? {
					markLine: {
						silent: true,
						symbol: 'none',
						lineStyle: { color: '#1a1a1a', type: 'dashed', width: 1.5 },
						label: { formatter: labels.parity, position: 'insideEndTop' },
						data: [{ yAxis: 1 }]
					}
				}
			: {})
	});
	const withRatio = lines.filter((l) => l.ratios.length > 0);
	const axis = (index: 0 | 1) => ({
		type: 'value',
		gridIndex: index,
		minInterval: 1,
		min: 'dataMin',
		max: 'dataMax',
		name: index === 1 ? labels.year : '',
		nameLocation: 'middle',
		nameGap: 26,
		axisLabel: { formatter: (v: number) => String(v) }
	});
	return {
		aria: { enabled: true, label: { description: input.ariaDescription } },
		animationDuration: 300,
		legend: { top: input.top ?? 0, data: [...lines.map((l) => l.name), labels.hidden] },
		tooltip: {
			trigger: 'item',
			formatter: (p: TooltipParam) => {
				const [year, value] = p.data.value;
				if (p.seriesId === 'hidden')
					return `<b>${year}</b><br/>${escapeHtml(p.data.name ?? '')}: <b>${escapeHtml(labels.hidden)}</b>`;
				const shown =
					value === null
						? ''
						: p.seriesId.startsWith('share')
							? `${labels.formatShare(value)} %`
							: labels.formatRatio(value);
				const what = p.seriesId.startsWith('share') ? labels.share : labels.ratio;
				return `<b>${year}</b><br/>${p.marker}${escapeHtml(p.seriesName)}<br/>${escapeHtml(what)}: <b>${shown}</b>`;
			}
		},
		grid: [
			{ left: 48, right: 24, top, height: '34%' },
			{ left: 48, right: 24, bottom: 44, height: '28%' }
		],
		xAxis: [axis(0), axis(1)],
		yAxis: [
			{
				type: 'value',
				gridIndex: 0,
				min: 0,
				name: labels.share,
				nameLocation: 'end',
				nameTextStyle: { align: 'left' },
				axisLabel: { formatter: (v: number) => labels.formatShare(v) }
			},
			{
				type: 'value',
				gridIndex: 1,
				min: 0,
				name: labels.ratio,
				nameLocation: 'end',
				nameTextStyle: { align: 'left' },
				axisLabel: { formatter: (v: number) => labels.formatRatio(v) }
			}
		],
		series: [
			...lines.map((l) => line(l, 0)),
			...withRatio.map((l) => line(l, 1)),
			{
				id: 'hidden',
				name: labels.hidden,
				type: 'scatter',
				xAxisIndex: 0,
				yAxisIndex: 0,
				color: MISSING_STYLE.hidden.fill,
				symbol: 'rect',
				symbolSize: [8, 12],
				itemStyle: { borderColor: HATCH_COLOUR, borderWidth: 1 },
				data: input.hidden.map(([year, name]) => ({ value: [year, 0], name }))
			}
		]
	};
}
