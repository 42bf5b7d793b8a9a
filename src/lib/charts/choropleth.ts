import { doubleSignedArea } from '$core/geo/ring-area';
import { escapeHtml } from './escape-html';
import type { EChartsCoreOption } from './echarts-types';

export interface ChoroplethArea {
	readonly geo: string;
	readonly name: string;
	/** JSON text of number[][][][] (polygons → rings → [x, y]), projected km, y north. */
	readonly geometry: string;
	/** An EU Member State: coloured by its value; the others are grey context. */
	readonly member: boolean;
	readonly value: number | null;
	readonly flags: string;
}

export interface ChoroplethClass {
	readonly from: number;
	readonly to: number;
	readonly colour: string;
	readonly label: string;
}

export interface ChoroplethInput {
	readonly areas: readonly ChoroplethArea[];
	/** A value belongs to the class with from ≤ value < to; the last class includes its `to`. */
	readonly classes: readonly ChoroplethClass[];
	readonly noDataLabel: string;
	/** Colour of the hatching of Member States without a value. */
	readonly noDataColour?: string;
	readonly formatValue: (v: number) => string;
	readonly ariaDescription: string;
	/** The geo (or geos) drawn with a thick outline. */
	readonly selected?: string | readonly string[];
}

/** Five blues, light to dark; each step has a contrast ratio of at least 1.45 with the next. */
export const SEQUENTIAL_BLUES: readonly string[] = [
	'#c6dbef',
	'#85bcdc',
	'#4292c6',
	'#1c64ad',
	'#08306b'
];

export const NON_MEMBER_COLOUR = '#eeeeee';
export const DEFAULT_NO_DATA_COLOUR = '#8c8c8c';
const BORDER_COLOUR = '#ffffff';
const SELECTED_COLOUR = '#1a1a1a';
const TEXT_COLOUR = '#333333';
/** Space kept free around the map, in pixels. */
const MARGIN = 8;
const SWATCH = 14;
const LEGEND_ROW = 20;
const LEGEND_PADDING = 6;
const HATCH_SIZE = 6;

type Ring = readonly (readonly [number, number])[];
type Polygon = readonly Ring[];

// -- classes ---------------------------------------------------------------------------------

/**
 * The class a value falls in: from ≤ value < to, the last class including its `to`. A value below
 * the first class or above the last is put in that class; -1 for no value or no classes.
 */
export function classIndex(value: number | null, classes: readonly ChoroplethClass[]): number {
	if (value === null || !Number.isFinite(value) || classes.length === 0) return -1;
	for (let i = 0; i < classes.length - 1; i++) {
		if (value < classes[i].to) return i;
	}
	return classes.length - 1;
}

const NICE = [1, 2, 2.5, 5] as const;

/** A nice step as mantissa × 10^exponent, so that bounds are computed without float drift. */
interface Step {
	readonly mantissa: number;
	readonly exponent: number;
}

const stepValue = (s: Step) =>
	s.exponent >= 0 ? s.mantissa * 10 ** s.exponent : s.mantissa / 10 ** -s.exponent;

/** The smallest nice step not below `raw` (> 0). */
function niceStep(raw: number): Step {
	let exponent = Math.floor(Math.log10(raw));
	for (;;) {
		for (const mantissa of NICE) {
			if (stepValue({ mantissa, exponent }) >= raw * (1 - 1e-12)) return { mantissa, exponent };
		}
		exponent++;
	}
}

function nextStep(s: Step): Step {
	const i = NICE.indexOf(s.mantissa as (typeof NICE)[number]);
	return i + 1 < NICE.length
		? { mantissa: NICE[i + 1], exponent: s.exponent }
		: { mantissa: NICE[0], exponent: s.exponent + 1 };
}

/** `count` colours spread over the whole ramp, its two ends included. */
function spread(colours: readonly string[], count: number): string[] {
	if (count >= colours.length) return [...colours];
	if (count === 1) return [colours[Math.floor((colours.length - 1) / 2)]];
	return Array.from(
		{ length: count },
		(_, i) => colours[Math.round((i * (colours.length - 1)) / (count - 1))]
	);
}

/**
 * Classes of equal width with round bounds (steps of 1, 2, 2.5 or 5 times a power of ten) that
 * cover the values: at most one class per colour, labelled "from–to" with `format`. When the
 * values need fewer classes than there are colours, the empty top classes are left out and the
 * colours are taken evenly from the whole ramp, so that the classes stay easy to tell apart.
 */
export function equalIntervalClasses(
	values: readonly number[],
	colours: readonly string[],
	format: (v: number) => string
): ChoroplethInput['classes'] {
	const finite = values.filter((v) => Number.isFinite(v));
	const n = colours.length;
	if (n === 0 || finite.length === 0) return [];
	const min = Math.min(...finite);
	const max = Math.max(...finite);
	const span = max - min || Math.abs(max) || 1;
	let step = niceStep(span / n);
	const start = (s: Step) => Math.floor(min / stepValue(s) + 1e-9);
	while ((start(step) + n) * stepValue(step) < max - 1e-9 * Math.abs(max)) step = nextStep(step);
	const first = start(step);
	const decimals = Math.max(0, -step.exponent) + (step.mantissa === 2.5 ? 1 : 0);
	const bound = (k: number) => Number((k * stepValue(step)).toFixed(decimals)) + 0;
	// Classes up to the one holding the largest value (the last class includes its upper bound).
	let count = 1;
	while (count < n && bound(first + count) < max) count++;
	const palette = spread(colours, count);
	return palette.map((colour, i) => {
		const from = bound(first + i);
		const to = bound(first + i + 1);
		return { from, to, colour, label: `${format(from)}–${format(to)}` };
	});
}

// -- geometry --------------------------------------------------------------------------------

function isPoint(p: unknown): p is [number, number] {
	return (
		Array.isArray(p) &&
		p.length >= 2 &&
		typeof p[0] === 'number' &&
		typeof p[1] === 'number' &&
		Number.isFinite(p[0]) &&
		Number.isFinite(p[1])
	);
}

/**
 * The polygons of an area, outer rings counter-clockwise and holes clockwise (y north), so that
 * the holes stay empty under the nonzero fill rule whatever the order of the input.
 */
function parseGeometry(area: ChoroplethArea): Polygon[] {
	const known = parsedGeometries.get(area.geometry);
	if (known) return known;
	const polygons = parseGeometryText(area);
	parsedGeometries.set(area.geometry, polygons);
	return polygons;
}

// A map is drawn again whenever another country is chosen; its shapes never change.
const parsedGeometries = new Map<string, Polygon[]>();

function parseGeometryText(area: ChoroplethArea): Polygon[] {
	let json: unknown;
	try {
		json = JSON.parse(area.geometry);
	} catch {
		throw new Error(`choropleth: the geometry of ${area.geo} is not JSON`);
	}
	const valid =
		Array.isArray(json) &&
		json.every(
			(polygon) =>
				Array.isArray(polygon) &&
				polygon.every((ring) => Array.isArray(ring) && ring.length >= 3 && ring.every(isPoint))
		);
	if (!valid) throw new Error(`choropleth: the geometry of ${area.geo} is not number[][][][]`);
	return (json as [number, number][][][]).map((polygon) =>
		polygon.map((ring, i) => {
			const area = doubleSignedArea(ring);
			return area >= 0 === (i === 0) ? ring : [...ring].reverse();
		})
	);
}

interface Bounds {
	minX: number;
	maxX: number;
	minY: number;
	maxY: number;
}

function boundsOf(shapes: readonly Polygon[][]): Bounds | undefined {
	const b = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
	for (const polygons of shapes)
		for (const polygon of polygons)
			for (const [x, y] of polygon[0] ?? []) {
				if (x < b.minX) b.minX = x;
				if (x > b.maxX) b.maxX = x;
				if (y < b.minY) b.minY = y;
				if (y > b.maxY) b.maxY = y;
			}
	return b.minX <= b.maxX ? b : undefined;
}

/** The transform from km (y north) to pixels (y down) that fits `bounds` into the chart. */
function fit(bounds: Bounds, width: number, height: number) {
	const w = Math.max(bounds.maxX - bounds.minX, 1e-9);
	const h = Math.max(bounds.maxY - bounds.minY, 1e-9);
	const scale = Math.max(0, Math.min((width - 2 * MARGIN) / w, (height - 2 * MARGIN) / h));
	const left = (width - w * scale) / 2;
	const top = (height - h * scale) / 2;
	return (x: number, y: number): [number, number] => [
		left + (x - bounds.minX) * scale,
		top + (bounds.maxY - y) * scale
	];
}

const px = (v: number) => String(Math.round(v * 10) / 10 + 0);

/** One SVG path of all the rings of an area, points that fall on the same 0.1 px left out. */
function pathData(polygons: readonly Polygon[], toPixel: ReturnType<typeof fit>): string {
	const parts: string[] = [];
	for (const polygon of polygons) {
		for (const ring of polygon) {
			let previous = '';
			const points: string[] = [];
			for (const [x, y] of ring) {
				const [sx, sy] = toPixel(x, y);
				const point = `${px(sx)} ${px(sy)}`;
				if (point !== previous) points.push(point);
				previous = point;
			}
			if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
		}
	}
	return parts.join('');
}

// -- styles ----------------------------------------------------------------------------------

/** Diagonal lines in `colour` on white: a pattern that works in the SVG renderer and in SSR. */
function hatch(colour: string) {
	const s = HATCH_SIZE;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}">` +
		`<rect width="${s}" height="${s}" fill="#ffffff"/>` +
		`<path d="M-1 1L1 -1M0 ${s}L${s} 0M${s - 1} ${s + 1}L${s + 1} ${s - 1}" ` +
		`stroke="${colour}" stroke-width="1.2"/></svg>`;
	return {
		image: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
		repeat: 'repeat',
		imageWidth: s,
		imageHeight: s
	};
}

/** An area's class colour, the grey of the context, or null for a Member State without a value. */
function areaFill(area: ChoroplethArea, classes: readonly ChoroplethClass[]): string | null {
	if (!area.member) return NON_MEMBER_COLOUR;
	return classes[classIndex(area.value, classes)]?.colour ?? null;
}

// -- option ----------------------------------------------------------------------------------

function isSelected(geo: string, selected: ChoroplethInput['selected']): boolean {
	return typeof selected === 'string' ? geo === selected : (selected?.includes(geo) ?? false);
}

interface RenderApi {
	getWidth(): number;
	getHeight(): number;
}

interface RenderParams {
	readonly dataIndex: number;
}

interface TooltipParams {
	readonly dataIndex: number;
	readonly seriesId?: string;
}

const MAP_SERIES = 'choropleth-areas';
const LEGEND_SERIES = 'choropleth-legend';

/**
 * A choropleth of projected areas (member_state_shapes): Member States coloured by class, those
 * without a value hatched, other countries pale grey context without a tooltip, a legend of the
 * classes and of "no data" in the top left corner (the Atlantic on the European projection).
 * Custom series only, so the prerendered SVG (renderChartToSvg) holds the whole map and legend.
 */
export function buildChoroplethOption(input: ChoroplethInput): EChartsCoreOption {
	const { areas, classes } = input;
	const noData = hatch(input.noDataColour ?? DEFAULT_NO_DATA_COLOUR);
	const shapes = areas.map(parseGeometry);
	const bounds = boundsOf(shapes);
	const fills = areas.map((a) => areaFill(a, classes) ?? noData);

	const renderArea = (params: RenderParams, api: RenderApi) => {
		const i = params.dataIndex;
		const area = areas[i];
		if (!bounds || !area) return null;
		const toPixel = fit(bounds, api.getWidth(), api.getHeight());
		const selected = isSelected(area.geo, input.selected);
		return {
			type: 'path',
			name: area.geo,
			shape: { pathData: pathData(shapes[i], toPixel) },
			style: {
				fill: fills[i],
				stroke: selected ? SELECTED_COLOUR : BORDER_COLOUR,
				lineWidth: selected ? 2 : 0.6,
				lineJoin: 'round'
			},
			// Context first, Member States over it, the selected one on top (its outline whole).
			z2: selected ? 3 : area.member ? 2 : 1,
			silent: !area.member,
			...(area.member && !selected
				? { emphasis: { style: { stroke: SELECTED_COLOUR, lineWidth: 1.5 } } }
				: {})
		};
	};

	const legendRows = [
		...classes.map((c) => ({ fill: c.colour as unknown, label: c.label })),
		{ fill: noData as unknown, label: input.noDataLabel }
	];
	const renderLegend = () => {
		const longest = Math.max(...legendRows.map((r) => r.label.length));
		const width = LEGEND_PADDING * 2 + SWATCH + 6 + longest * 7;
		const height = LEGEND_PADDING * 2 + legendRows.length * LEGEND_ROW - (LEGEND_ROW - SWATCH);
		return {
			type: 'group',
			x: MARGIN,
			y: MARGIN,
			silent: true,
			children: [
				{
					type: 'rect',
					shape: { x: 0, y: 0, width, height, r: 2 },
					style: { fill: 'rgba(255,255,255,0.85)', stroke: null }
				},
				...legendRows.flatMap((row, i) => [
					{
						type: 'rect',
						shape: {
							x: LEGEND_PADDING,
							y: LEGEND_PADDING + i * LEGEND_ROW,
							width: SWATCH,
							height: SWATCH
						},
						style: { fill: row.fill, stroke: '#999999', lineWidth: 0.5 }
					},
					{
						type: 'text',
						x: LEGEND_PADDING + SWATCH + 6,
						y: LEGEND_PADDING + i * LEGEND_ROW + SWATCH / 2,
						style: {
							text: row.label,
							fill: TEXT_COLOUR,
							fontSize: 12,
							verticalAlign: 'middle',
							align: 'left'
						}
					}
				])
			]
		};
	};

	const tooltipFormatter = (params: TooltipParams) => {
		const area = areas[params.dataIndex];
		if (params.seriesId !== MAP_SERIES || !area || !area.member) return '';
		const value =
			area.value === null
				? escapeHtml(input.noDataLabel)
				: escapeHtml(input.formatValue(area.value)) +
					(area.flags ? ` <em>${escapeHtml(area.flags)}</em>` : '');
		return `<strong>${escapeHtml(area.name)}</strong><br/>${value}`;
	};

	return {
		aria: { enabled: true, label: { description: input.ariaDescription } },
		tooltip: { trigger: 'item', confine: true, formatter: tooltipFormatter },
		series: [
			{
				id: MAP_SERIES,
				type: 'custom',
				coordinateSystem: 'none',
				renderItem: renderArea,
				data: areas.map((a, i) => ({ name: a.name, value: i })),
				animation: false
			},
			{
				id: LEGEND_SERIES,
				type: 'custom',
				coordinateSystem: 'none',
				renderItem: renderLegend,
				data: [0],
				silent: true,
				tooltip: { show: false },
				z: 3,
				animation: false
			}
		]
	};
}

/** One area of the map as an SVG path, for a map drawn in the page itself (links, keyboard). */
export interface ChoroplethPath {
	readonly geo: string;
	readonly name: string;
	readonly member: boolean;
	readonly value: number | null;
	readonly flags: string;
	/** Path data in pixels of a `width` × `height` box, y down. */
	readonly d: string;
	/** The class colour, the grey of the context, or null for a Member State without a value. */
	readonly fill: string | null;
	readonly selected: boolean;
}

/**
 * The areas of a choropleth fitted into a box exactly as buildChoroplethOption draws them, the
 * context first, then the Member States, each group in the order given. The order does not
 * depend on the selection: a page whose areas are links keeps them (and the keyboard's focus)
 * in place, and draws the selected one's outline over them.
 */
export function choroplethPaths(
	input: Pick<ChoroplethInput, 'areas' | 'classes' | 'selected'>,
	size: { width: number; height: number }
): ChoroplethPath[] {
	const shapes = input.areas.map(parseGeometry);
	const bounds = boundsOf(shapes);
	if (!bounds) return [];
	const toPixel = fit(bounds, size.width, size.height);
	const layer = (p: ChoroplethPath) => (p.member ? 1 : 0);
	return input.areas
		.map((a, i) => ({
			geo: a.geo,
			name: a.name,
			member: a.member,
			value: a.value,
			flags: a.flags,
			d: pathData(shapes[i], toPixel),
			fill: areaFill(a, input.classes),
			selected: isSelected(a.geo, input.selected)
		}))
		.sort((a, b) => layer(a) - layer(b));
}
