import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { chartMessage } from '$lib/charts/options/chart-message';
import { SYNTHETIC_MARK_HEIGHT, syntheticMark } from '$lib/charts/options/synthetic-mark';
import type { Lang } from '$lib/i18n/langs';

// What every chart of the uptake page shares: the lines written on the chart itself (synthetic
// data, what the view cannot show), the mark of a hidden value, and bars a reader can click.

const NOTE_COLOUR = '#3a3a3a';
const NOTE_LINE = 16;
export const HIDDEN_COLOUR = '#8c8c8c';

/**
 * The option with the synthetic mark in its top left corner (the kit's, as on every page), the
 * view's own lines under it (the category it is cut by, or what it cannot be cut by), and a
 * sentence in the middle when the chart has nothing to draw. They are part of the chart, so the
 * images downloaded carry them. Stacked, they never run into each other on a narrow screen.
 */
export function withMarks(
	option: EChartsCoreOption,
	options: {
		lang: Lang;
		lines: readonly string[];
		message?: string;
		/** The map's own legend is in the top left corner: its marks go to the right. */
		right?: boolean;
	}
): EChartsCoreOption {
	const mark = syntheticMark(options.lang);
	// On the right, `right` places each text's box; the texts keep their own (left) alignment.
	const side = options.right ? { right: 4 } : { left: 0 };
	// Over the series: the map's areas must not cover them. An italic text's box is measured
	// upright: on the right, the mark keeps room for its slant.
	const placed = {
		...mark,
		left: undefined,
		...side,
		...(options.right ? { right: 12 } : {}),
		z: 100
	};
	const lines = options.lines.map((text, i) => ({
		type: 'text',
		...side,
		top: SYNTHETIC_MARK_HEIGHT + i * NOTE_LINE,
		silent: true,
		z: 100,
		style: { text, fontSize: 12, fill: NOTE_COLOUR }
	}));
	const own = option.graphic ? [option.graphic].flat() : [];
	const centre = options.message ? [chartMessage(options.message).graphic] : [];
	return { ...option, graphic: [...own, placed, ...lines, ...centre] };
}

/** The room the marks take above a chart: where its legend goes. */
export const marksHeight = (lines: readonly unknown[]) =>
	SYNTHETIC_MARK_HEIGHT + lines.length * NOTE_LINE + (lines.length > 0 ? 4 : 0);

export interface Bar {
	/** The code a click on the bar filters on (a country, a category, a year). */
	readonly code: string;
	readonly value: number | null;
	/** Hidden (flag c): drawn as a grey mark with its flag, never as 0. */
	readonly hidden: boolean;
	/** A colour of its own (the EU, a country chosen), else the series'. */
	readonly colour?: string;
	/** Drawn pale: not the category chosen. */
	readonly dim?: boolean;
}

export interface BarSeries {
	readonly key: string;
	readonly name: string;
	readonly colour: string;
	/** One bar per category, in the order of the categories. */
	readonly bars: readonly Bar[];
	readonly stack?: string;
}

interface BarParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly name: string;
	readonly data: { value: number | null; hidden?: boolean } | undefined;
}

/**
 * Bars of categories (horizontal: categories down the side, the first at the top; vertical:
 * along the bottom), one series per group. A hidden value is a grey square with its flag on the
 * axis and "hidden" in the tooltip; bars carry their code for a click.
 */
export function buildBarsOption(options: {
	categories: readonly string[];
	series: readonly BarSeries[];
	horizontal: boolean;
	axisName: string;
	format: (value: number) => string;
	formatAxis: (value: number) => string;
	ariaDescription: string;
	hiddenLabel: string;
	/** Where the legend goes: under the marks (marksHeight). */
	top: number;
	/** Lines across the value axis (the EU's value), with their label. */
	references?: readonly { value: number; label: string; colour: string }[];
}): EChartsCoreOption {
	const { categories, series, horizontal } = options;
	const valueAxis = {
		type: 'value',
		name: options.axisName,
		nameLocation: horizontal ? 'middle' : 'end',
		nameGap: horizontal ? 28 : 12,
		...(horizontal ? {} : { nameTextStyle: { align: 'left' } }),
		axisLabel: { formatter: (v: number) => options.formatAxis(v) }
	};
	const categoryAxis = {
		type: 'category',
		data: categories,
		...(horizontal ? { inverse: true } : {}),
		axisTick: { show: false },
		// Every category named: a long one cut short down the side, every year along the bottom.
		axisLabel: horizontal ? { width: 220, overflow: 'truncate' } : { interval: 0 }
	};
	const hidden = series.flatMap((s) =>
		s.bars.flatMap((bar, i) => (bar.hidden ? [{ name: s.name, category: categories[i] }] : []))
	);
	const point = (value: number, category: string) =>
		horizontal ? [value, category] : [category, value];
	const bars = series.map((s, index) => ({
		id: s.key,
		name: s.name,
		type: 'bar',
		color: s.colour,
		...(s.stack ? { stack: s.stack } : {}),
		barMaxWidth: 28,
		data: s.bars.map((bar) => ({
			value: bar.hidden ? null : bar.value,
			code: bar.code,
			hidden: bar.hidden,
			itemStyle: {
				color: bar.colour ?? s.colour,
				...(bar.dim ? { opacity: 0.35 } : {})
			}
		})),
		...(index === 0 && options.references?.length
			? {
					markLine: {
						silent: true,
						symbol: 'none',
						data: options.references.map((r) => ({
							[horizontal ? 'xAxis' : 'yAxis']: r.value,
							lineStyle: { color: r.colour, type: 'dashed', width: 2 },
							// On a category axis drawn top down, the line's start is its top.
							label: {
								formatter: r.label,
								color: r.colour,
								position: horizontal ? 'start' : 'end'
							}
						}))
					}
				}
			: {})
	}));
	const hiddenMarks =
		hidden.length > 0
			? [
					{
						id: '__hidden',
						name: options.hiddenLabel,
						type: 'scatter',
						color: HIDDEN_COLOUR,
						symbol: 'rect',
						symbolSize: [12, 12],
						itemStyle: { color: '#ffffff', borderColor: HIDDEN_COLOUR, borderWidth: 2 },
						label: {
							show: true,
							position: horizontal ? 'right' : 'top',
							formatter: 'c',
							color: NOTE_COLOUR
						},
						tooltip: { formatter: (p: { data: { name: string } }) => escapeHtml(p.data.name) },
						data: hidden.map((h) => ({
							value: point(0, h.category),
							name: `${h.category}, ${h.name}: ${options.hiddenLabel}`
						}))
					}
				]
			: [];
	return {
		aria: { enabled: true, label: { description: options.ariaDescription } },
		animationDuration: 300,
		// The legend under the marks, the plot under the legend (and a value axis's name).
		grid: {
			left: 16,
			right: 32,
			top: options.top + (horizontal ? 30 : 44),
			bottom: 40,
			containLabel: true
		},
		legend: {
			type: 'scroll',
			top: options.top,
			left: 0,
			data: [...series.map((s) => s.name), ...(hidden.length > 0 ? [options.hiddenLabel] : [])]
		},
		tooltip: {
			trigger: 'item',
			formatter: (p: BarParam) =>
				p.data?.value === null || p.data?.value === undefined
					? `<b>${escapeHtml(p.name)}</b><br/>${p.marker}${escapeHtml(p.seriesName)}: ${escapeHtml(options.hiddenLabel)}`
					: `<b>${escapeHtml(p.name)}</b><br/>${p.marker}${escapeHtml(p.seriesName)}: <b>${escapeHtml(options.format(p.data.value))}</b>`
		},
		xAxis: horizontal ? valueAxis : categoryAxis,
		yAxis: horizontal ? categoryAxis : valueAxis,
		series: [...bars, ...hiddenMarks]
	};
}

/** A colour (#rrggbb) mixed with white: `amount` 0 keeps it, 1 is white. */
export function tint(colour: string, amount: number): string {
	const channel = (i: number) => {
		const value = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
		return Math.round(value + (255 - value) * amount)
			.toString(16)
			.padStart(2, '0');
	};
	return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** The code of the bar a reader clicked, if the click was on a bar that has one. */
export function clickedCode(item: { data?: unknown }): string | undefined {
	const data = item.data as { code?: unknown } | null | undefined;
	return typeof data?.code === 'string' ? data.code : undefined;
}
