// The quick chart of a console result: one column along the axis, one numeric column as bars
// or a line, for the first rows. Hidden cells (flag c) and NULLs are not drawn as zero: they are
// left out and counted in the chart's note.
import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { chartMessage } from '$lib/charts/options/chart-message';
import { SYNTHETIC_MARK_HEIGHT, syntheticMark } from '$lib/charts/options/synthetic-mark';
import { seriesColour } from '$lib/charts/palette';
import type { Lang } from '$lib/i18n/langs';
import type { ResultColumn, ResultView } from './result-view';

export type QuickChartKind = 'bar' | 'line';

/** At most this many rows are drawn (the table has them all). */
export const MAX_CHART_POINTS = 500;

export interface QuickChartChoice {
	readonly x: number;
	readonly y: number;
	readonly kind: QuickChartKind;
}

const COORDINATE = /(^|_)(year|id)$/i;
const FLAGS = /(^|_)flags$/i;

/** Columns a chart can draw as values. */
export function numericColumns(columns: readonly ResultColumn[]): number[] {
	return columns.flatMap((c, i) => (c.kind === 'number' ? [i] : []));
}

/**
 * Along the axis, the first column that names something (a text other than flags, a date, a
 * year; else the first column); as the value, the first other numeric column that is not a
 * year or an identifier. A line along dates and numbers, bars along names.
 */
export function defaultChartChoice(columns: readonly ResultColumn[]): QuickChartChoice | null {
	const axisLike = (c: ResultColumn) =>
		(c.kind === 'text' && !FLAGS.test(c.name)) ||
		c.kind === 'date' ||
		c.kind === 'timestamp' ||
		COORDINATE.test(c.name);
	const x = Math.max(0, columns.findIndex(axisLike));
	const candidates = numericColumns(columns).filter((i) => i !== x);
	// A year or an identifier is a coordinate, not a value: drawn only when nothing else is.
	const y = candidates.find((i) => !COORDINATE.test(columns[i].name)) ?? candidates[0];
	if (y === undefined) return null;
	const axis = columns[x];
	const ordered = axis.kind === 'date' || axis.kind === 'timestamp' || axis.kind === 'number';
	return { x, y, kind: ordered ? 'line' : 'bar' };
}

export interface QuickChartPoints {
	readonly labels: string[];
	readonly values: (number | null)[];
	/** Rows whose value is NULL or hidden: not drawn. */
	readonly missing: number;
	/** Rows past MAX_CHART_POINTS: not drawn. */
	readonly cut: number;
}

export function chartPoints(view: ResultView, choice: QuickChartChoice): QuickChartPoints {
	const count = Math.min(view.rowCount, MAX_CHART_POINTS);
	const labels: string[] = [];
	const values: (number | null)[] = [];
	let missing = 0;
	for (let r = 0; r < count; r++) {
		const label = view.value(r, choice.x);
		const value = view.value(r, choice.y);
		labels.push(label === null ? 'NULL' : String(label));
		const number = typeof value === 'number' && Number.isFinite(value) ? value : null;
		if (number === null) missing++;
		values.push(number);
	}
	return { labels, values, missing, cut: view.rowCount - count };
}

export function buildQuickChartOption(options: {
	view: ResultView;
	choice: QuickChartChoice;
	synthetic: boolean;
	lang: Lang;
	labels: { empty: string; description: string };
	formatValue: (value: number) => string;
}): EChartsCoreOption {
	const { view, choice, synthetic, lang } = options;
	const points = chartPoints(view, choice);
	const top = synthetic ? 24 + SYNTHETIC_MARK_HEIGHT : 24;
	const graphic = synthetic ? [syntheticMark(lang)] : [];
	if (points.values.every((v) => v === null)) {
		const message = chartMessage(options.labels.empty);
		return { ...message, graphic: [...graphic, message.graphic] };
	}
	const xName = view.columns[choice.x].name;
	const yName = view.columns[choice.y].name;
	return {
		aria: { enabled: true, label: { description: options.labels.description } },
		animation: false,
		graphic,
		grid: { left: 64, right: 24, top, bottom: 72, containLabel: false },
		tooltip: {
			trigger: 'axis',
			formatter: (params: { name: string; value: number | null }[]) => {
				const [point] = params;
				if (!point) return '';
				const value = point.value === null ? '—' : options.formatValue(point.value);
				return `${escapeHtml(xName)}: ${escapeHtml(point.name)}<br/>${escapeHtml(yName)}: ${value}`;
			}
		},
		xAxis: {
			type: 'category',
			name: xName,
			nameLocation: 'middle',
			nameGap: 52,
			data: points.labels,
			axisLabel: { hideOverlap: true, rotate: points.labels.length > 12 ? 45 : 0 }
		},
		yAxis: {
			type: 'value',
			name: yName,
			nameLocation: 'end',
			axisLabel: { formatter: (value: number) => options.formatValue(value) }
		},
		series: [
			{
				type: choice.kind,
				name: yName,
				color: seriesColour(0),
				data: points.values,
				connectNulls: false,
				symbolSize: 5
			}
		]
	};
}
