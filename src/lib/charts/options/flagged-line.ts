import { escapeHtml } from '../escape-html';
import type { EChartsCoreOption } from '../echarts-types';
import { seriesColour } from '../palette';

export interface FlaggedPoint {
	readonly x: number;
	readonly value: number | null;
	readonly flags: string;
}

export interface FlaggedSeries {
	readonly key: string;
	readonly name: string;
	readonly points: readonly FlaggedPoint[];
	/** Drawn thicker: the reference line (the EU). */
	readonly emphasis?: boolean;
}

export interface FlaggedLineLabels {
	readonly xAxis: string;
	readonly yAxis: string;
	/** Legend entry for the marker of a break in series. */
	readonly breakLegend: string;
	readonly flagMeaning: (flag: string) => string;
	readonly formatValue: (value: number) => string;
	readonly formatAxis: (value: number) => string;
	readonly notAvailable: string;
}

const BREAK_SYMBOL = 'triangle';
const BREAK_SIZE = 11;
const POINT_SIZE = 5;

interface TooltipParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly data: { value: [number, number | null]; flags: string } | undefined;
	readonly axisValue: number | string;
}

/**
 * A line chart of yearly values where flagged observations stay visible: a break in series is a
 * triangle on the line, named in the legend and explained in the tooltip.
 */
export function buildFlaggedLineOption(options: {
	series: readonly FlaggedSeries[];
	labels: FlaggedLineLabels;
	ariaDescription: string;
}): EChartsCoreOption {
	const { series, labels } = options;
	const hasBreak = series.some((s) => s.points.some((p) => p.flags.includes('b')));
	const lines = series.map((s, i) => ({
		id: s.key,
		name: s.name,
		type: 'line',
		color: seriesColour(i),
		symbol: 'circle',
		symbolSize: POINT_SIZE,
		connectNulls: false,
		lineStyle: { width: s.emphasis ? 3.5 : 2 },
		data: s.points.map((p) => ({
			value: [p.x, p.value],
			flags: p.flags,
			...(p.flags.includes('b') ? { symbol: BREAK_SYMBOL, symbolSize: BREAK_SIZE } : {})
		}))
	}));
	const breakLegend = hasBreak
		? [
				{
					id: '__break',
					name: labels.breakLegend,
					type: 'line',
					color: '#333333',
					symbol: BREAK_SYMBOL,
					symbolSize: BREAK_SIZE,
					lineStyle: { opacity: 0 },
					data: [],
					silent: true,
					tooltip: { show: false }
				}
			]
		: [];
	return {
		aria: { enabled: true, label: { description: options.ariaDescription } },
		animationDuration: 300,
		grid: { left: 48, right: 16, top: 56, bottom: 40, containLabel: true },
		legend: {
			type: 'scroll',
			top: 0,
			data: [
				...series.map((s) => s.name),
				...(hasBreak ? [{ name: labels.breakLegend, icon: BREAK_SYMBOL }] : [])
			]
		},
		tooltip: {
			trigger: 'axis',
			formatter: (params: TooltipParam[]) => {
				const rows = params
					.filter((p) => p.data)
					.map((p) => {
						const [, value] = p.data!.value;
						const flags = p.data!.flags;
						const shown = value === null ? labels.notAvailable : labels.formatValue(value);
						const notes = [...flags].map((f) => `${f}: ${labels.flagMeaning(f)}`).join('; ');
						return `${p.marker}${escapeHtml(p.seriesName)}: <b>${shown}${flags ? ` ${flags}` : ''}</b>${notes ? `<br/><small>${escapeHtml(notes)}</small>` : ''}`;
					});
				return [`<b>${params[0]?.axisValue ?? ''}</b>`, ...rows].join('<br/>');
			}
		},
		xAxis: {
			type: 'value',
			name: labels.xAxis,
			nameLocation: 'middle',
			nameGap: 28,
			minInterval: 1,
			min: 'dataMin',
			max: 'dataMax',
			axisLabel: { formatter: (v: number) => String(v) }
		},
		yAxis: {
			type: 'value',
			name: labels.yAxis,
			nameLocation: 'end',
			// The axis name starts at the axis, so a long one is not cut at the chart's left edge.
			nameTextStyle: { align: 'left' },
			min: 0,
			axisLabel: { formatter: (v: number) => labels.formatAxis(v) }
		},
		series: [...lines, ...breakLegend]
	};
}
