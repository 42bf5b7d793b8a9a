import { PROVIDER_BANDS } from '$core/queries/quality';
import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { hatchGraphics, legendHatch } from '$lib/dashboards/inclusion/cells';
import type { ChartTop } from './chart-parts';

// A grid of shares (rows × columns, a share of records in each cell) as an ECharts custom series:
// each cell is drawn by the builder, so that a hidden share is a grey hatched cell labelled
// "hidden", never a blank or a 0. The colours are the bands of the providers figure (under 50 %,
// 50-75, 75-90, 90 % or more), light to dark, each with a text colour of enough contrast.

export interface ShareGridCell {
	/** Column and row indexes. */
	readonly x: number;
	readonly y: number;
	/** The share in %, null when hidden (or not published). */
	readonly value: number | null;
	readonly hidden: boolean;
	/** Text on the cell: the share, or "hidden". */
	readonly label: string;
	/** Tooltip lines, plain text (escaped when drawn); the first in bold. */
	readonly tooltip: readonly string[];
}

export interface ShareGridInput {
	readonly columns: readonly string[];
	readonly rows: readonly string[];
	readonly cells: readonly ShareGridCell[];
	readonly legend: {
		readonly title: string;
		/** The name of each band of PROVIDER_BANDS, in their order. */
		readonly bands: readonly string[];
		readonly hidden: string;
	};
	readonly top: ChartTop;
	readonly ariaDescription: string;
	/** Extra graphic elements (a message on an empty grid). */
	readonly graphic?: readonly object[];
}

/** Fill and text colour of each band of PROVIDER_BANDS, from the lowest (contrast ≥ 4.5:1). */
export const SHARE_GRID_COLOURS = [
	{ fill: '#f7fbff', text: '#1a1a1a' },
	{ fill: '#c6dbef', text: '#1a1a1a' },
	{ fill: '#6baed6', text: '#1a1a1a' },
	{ fill: '#08519c', text: '#ffffff' }
] as const;
export const SHARE_GRID_HIDDEN = '#bdbdbd';

const HEADER_HEIGHT = 28;
const LEGEND_HEIGHT = 44;
const GLYPH = 0.58;

/** The colours of a share: the band it falls in (a share below 0 is in the lowest). */
export function shareColours(value: number): (typeof SHARE_GRID_COLOURS)[number] {
	let band = 0;
	PROVIDER_BANDS.forEach((b, i) => {
		if (value >= b.min) band = i;
	});
	return SHARE_GRID_COLOURS[band];
}

interface RenderApi {
	coord(value: [number, number]): [number, number];
	size(value: [number, number]): [number, number];
}

function cellElement(cell: ShareGridCell, api: RenderApi) {
	const [cx, cy] = api.coord([cell.x, cell.y]);
	const [w, h] = api.size([1, 1]);
	const x = cx - w / 2;
	const y = cy - h / 2;
	const colours =
		cell.value !== null && !cell.hidden
			? shareColours(cell.value)
			: { fill: SHARE_GRID_HIDDEN, text: '#1a1a1a' };
	const hatch = cell.hidden ? hatchGraphics(x, y, w, h) : [];
	return {
		type: 'group',
		children: [
			{
				type: 'rect',
				shape: { x: x + 0.5, y: y + 0.5, width: w - 1, height: h - 1 },
				style: { fill: colours.fill, stroke: '#ffffff', lineWidth: 1 }
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
					fontSize: cell.hidden ? 9 : 11,
					width: w - 4,
					overflow: 'truncate',
					fontStyle: cell.hidden ? 'italic' : 'normal',
					fontWeight: cell.hidden ? 'bold' : 'normal',
					fill: colours.text,
					backgroundColor: cell.hidden ? 'rgba(255,255,255,0.85)' : undefined,
					padding: cell.hidden ? [1, 2] : undefined
				}
			}
		]
	};
}

/** The legend under the grid: the bands, then the hidden cells' mark. */
function legendGraphic(input: ShareGridInput) {
	const size = 12;
	const fontSize = 11;
	const children: object[] = [
		{
			type: 'text',
			x: 0,
			y: 0,
			style: { text: input.legend.title, fontSize, fontWeight: 'bold', fill: '#1a1a1a' }
		}
	];
	let x = input.legend.title.length * fontSize * GLYPH + 10;
	const swatch = (fill: string, label: string, extra: object[] = []) => {
		children.push(
			{
				type: 'rect',
				shape: { x, y: -1, width: size * 1.6, height: size + 2 },
				style: { fill, stroke: '#9e9e9e', lineWidth: 1 }
			},
			...extra.map((e) => ({ ...e, x, y: -1 })),
			{
				type: 'text',
				x: x + size * 1.6 + 4,
				y: 0,
				style: { text: label, fontSize, fill: '#1a1a1a' }
			}
		);
		x += size * 1.6 + 16 + label.length * fontSize * GLYPH;
	};
	input.legend.bands.forEach((label, i) => swatch(SHARE_GRID_COLOURS[i].fill, label));
	swatch(SHARE_GRID_HIDDEN, input.legend.hidden, legendHatch(size));
	return { type: 'group', left: 8, bottom: 12, silent: true, children };
}

interface TooltipParam {
	readonly data?: { tooltip?: readonly string[] };
}

export function buildShareGridOption(input: ShareGridInput): EChartsCoreOption {
	return {
		aria: { enabled: true, label: { description: input.ariaDescription } },
		animation: false,
		graphic: [...input.top.graphic, legendGraphic(input), ...(input.graphic ?? [])],
		grid: {
			left: 8,
			right: 8,
			top: input.top.gridTop + HEADER_HEIGHT,
			bottom: LEGEND_HEIGHT,
			outerBoundsMode: 'same',
			outerBoundsContain: 'axisLabel'
		},
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
			data: [...input.columns],
			splitLine: { show: false },
			axisTick: { show: false },
			axisLine: { show: false },
			axisLabel: { interval: 0, fontSize: 11 }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: [...input.rows],
			axisTick: { show: false },
			axisLine: { show: false },
			axisLabel: { interval: 0, fontSize: 11, width: 220, overflow: 'truncate' }
		},
		series: [
			{
				id: 'cells',
				type: 'custom',
				encode: { x: 0, y: 1 },
				renderItem: (params: { dataIndex: number }, api: RenderApi) =>
					cellElement(input.cells[params.dataIndex], api),
				data: input.cells.map((c) => ({ value: [c.x, c.y], tooltip: c.tooltip }))
			}
		]
	};
}
