import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import {
	hatchGraphics,
	legendHatch,
	MISSING_STYLE,
	RATIO_CLASSES,
	ratioClass,
	type CellState,
	type RatioClass
} from './cells';

// The country × group heat map as an ECharts custom series: every cell drawn by the builder, so
// that a hidden cell is hatched and labelled "hidden", a cell without a baseline says so, and
// nothing is ever an empty square. The colours are classes around parity (cells.ts).

export interface HeatmapCell {
	/** Column (group) and row (country) indexes. */
	readonly x: number;
	readonly y: number;
	readonly value: number | null;
	readonly state: CellState;
	/** Drawn with the AES marker: the value is the AES participation ratio. */
	readonly aes: boolean;
	/** Text on the cell: the number, or why there is none. */
	readonly label: string;
	/** Tooltip lines, plain text (escaped when drawn). */
	readonly tooltip: readonly string[];
}

export interface HeatmapInput {
	readonly columns: readonly string[];
	readonly rows: readonly string[];
	readonly cells: readonly HeatmapCell[];
	/** The column and row drawn in bold, and their cell outlined. */
	readonly selectedColumn: number;
	readonly selectedRow: number;
	readonly legend: {
		readonly title: string;
		readonly classLabel: (c: RatioClass) => string;
		readonly states: readonly { state: Exclude<CellState, 'value'>; label: string }[];
		/** What the AES marker means. */
		readonly aes: string;
	};
	readonly ariaDescription: string;
	/** Space above the grid for a mark (the synthetic subtitle), in pixels. */
	readonly top?: number;
}

export const HEATMAP_ROW_HEIGHT = 22;
const HEADER_HEIGHT = 78;
const LEGEND_HEIGHT = 70;
/** Where a legend row wraps: the figure's width at build time, less the margins. */
const LEGEND_WIDTH = 860;
const SELECTED_STROKE = '#1a1a1a';
const CELL_STROKE = '#ffffff';
const GLYPH = 0.58;

/** The chart's height for a number of rows, with the header and the legend. */
export function heatmapHeight(rows: number, top = 0): number {
	return top + HEADER_HEIGHT + rows * HEATMAP_ROW_HEIGHT + LEGEND_HEIGHT;
}

interface RenderApi {
	coord(value: [number, number]): [number, number];
	size(value: [number, number]): [number, number];
}

function cellElement(cell: HeatmapCell, api: RenderApi, selected: boolean) {
	const [cx, cy] = api.coord([cell.x, cell.y]);
	const [w, h] = api.size([1, 1]);
	const x = cx - w / 2;
	const y = cy - h / 2;
	const colours =
		cell.value !== null && cell.state === 'value'
			? ratioClass(cell.value)
			: { colour: MISSING_STYLE[cell.state as Exclude<CellState, 'value'>].fill, text: '#1a1a1a' };
	const hatch = cell.state === 'hidden' ? hatchGraphics(x, y, w, h) : [];
	return {
		type: 'group',
		children: [
			{
				type: 'rect',
				shape: { x: x + 0.5, y: y + 0.5, width: w - 1, height: h - 1 },
				style: {
					fill: colours.colour,
					stroke: selected
						? SELECTED_STROKE
						: cell.state === 'no_baseline'
							? '#9e9e9e'
							: CELL_STROKE,
					lineWidth: selected ? 2 : 1,
					lineDash: cell.state === 'no_baseline' || cell.aes ? [3, 2] : null
				}
			},
			...hatch,
			{
				type: 'text',
				silent: true,
				x: cx,
				y: cy,
				style: {
					text: cell.label,
					align: 'center',
					verticalAlign: 'middle',
					fontSize: cell.state === 'value' ? 11 : 9,
					// A reason longer than the cell ("keine Bezugsgröße") goes on two lines.
					width: w - 4,
					overflow: 'break',
					lineHeight: 10,
					fontStyle: cell.state === 'value' ? 'normal' : 'italic',
					fontWeight: cell.state === 'hidden' ? 'bold' : 'normal',
					fill: colours.text,
					backgroundColor: cell.state === 'hidden' ? 'rgba(255,255,255,0.85)' : undefined,
					padding: cell.state === 'hidden' ? [1, 2] : undefined
				}
			}
		]
	};
}

/** The legend under the grid: the classes, then the cells without a number and the AES mark. */
function legendGraphic(input: HeatmapInput) {
	const { legend } = input;
	const size = 12;
	const fontSize = 11;
	const children: object[] = [
		{
			type: 'text',
			x: 0,
			y: 0,
			style: { text: legend.title, fontSize, fontWeight: 'bold', fill: '#1a1a1a' }
		}
	];
	let x = legend.title.length * fontSize * GLYPH + 10;
	let row = 0;
	const swatch = (fill: string, label: string, extra: object[] = [], dash = false) => {
		const width = size * 1.6 + 4 + label.length * fontSize * GLYPH;
		if (x > 0 && x + width > LEGEND_WIDTH) {
			x = 0;
			row++;
		}
		const y = row * 20;
		children.push(
			{
				type: 'rect',
				shape: { x, y: y - 1, width: size * 1.6, height: size + 2 },
				style: { fill, stroke: '#9e9e9e', lineWidth: 1, lineDash: dash ? [3, 2] : null }
			},
			...extra.map((e) => ({ ...e, x, y: y - 1 })),
			{ type: 'text', x: x + size * 1.6 + 4, y, style: { text: label, fontSize, fill: '#1a1a1a' } }
		);
		x += width + 12;
	};
	for (const c of RATIO_CLASSES) swatch(c.colour, legend.classLabel(c));
	x = 0;
	row++;
	for (const { state, label } of legend.states) {
		const hatch = state === 'hidden' ? legendHatch(size) : [];
		swatch(MISSING_STYLE[state].fill, label, hatch, state === 'no_baseline');
	}
	swatch('#ffffff', legend.aes, [], true);
	return { type: 'group', left: 8, bottom: 6, silent: true, children };
}

interface TooltipParam {
	readonly data?: { tooltip?: readonly string[] };
}

export function buildHeatmapOption(input: HeatmapInput): EChartsCoreOption {
	const top = (input.top ?? 0) + HEADER_HEIGHT;
	const bold = (selected: boolean, text: string) => (selected ? `{b|${text}}` : text);
	return {
		aria: { enabled: true, label: { description: input.ariaDescription } },
		animation: false,
		grid: { left: 8, right: 8, top, bottom: LEGEND_HEIGHT },
		tooltip: {
			trigger: 'item',
			formatter: (p: TooltipParam) =>
				(p.data?.tooltip ?? [])
					.map((line, i) => (i === 0 ? `<b>${escapeHtml(line)}</b>` : escapeHtml(line)))
					.join('<br/>')
		},
		xAxis: {
			type: 'category',
			position: 'top',
			data: input.columns,
			splitLine: { show: false },
			axisTick: { show: false },
			axisLine: { show: false },
			axisLabel: {
				interval: 0,
				fontSize: 10,
				width: 60,
				overflow: 'break',
				lineHeight: 12,
				// Not bold: a bold name would not fit the column and break inside a word.
				formatter: (value: string, index: number) =>
					index === input.selectedColumn ? `{s|${value}}` : value,
				rich: { s: { fontSize: 10, color: '#002266', backgroundColor: '#dbe7f5' } }
			}
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: input.rows,
			axisTick: { show: false },
			axisLine: { show: false },
			axisLabel: {
				interval: 0,
				fontSize: 11,
				formatter: (value: string, index: number) => bold(index === input.selectedRow, value),
				rich: { b: { fontWeight: 'bold', fontSize: 11 } }
			}
		},
		graphic: [legendGraphic(input)],
		series: [
			{
				id: 'cells',
				type: 'custom',
				encode: { x: 0, y: 1 },
				renderItem: (params: { dataIndex: number }, api: RenderApi) => {
					const cell = input.cells[params.dataIndex];
					const selected = cell.x === input.selectedColumn && cell.y === input.selectedRow;
					return cellElement(cell, api, selected);
				},
				data: input.cells.map((c) => ({ value: [c.x, c.y], tooltip: c.tooltip }))
			}
		]
	};
}
