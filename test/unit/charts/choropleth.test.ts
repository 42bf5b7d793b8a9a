import { describe, expect, it } from 'vitest';
import {
	buildChoroplethOption,
	choroplethPaths,
	classIndex,
	equalIntervalClasses,
	NON_MEMBER_COLOUR,
	SEQUENTIAL_BLUES,
	type ChoroplethArea,
	type ChoroplethInput
} from '../../../src/lib/charts/choropleth';
import { renderChartToSvg } from '../../../src/lib/charts/echarts';

const fmt = (v: number) => v.toFixed(0);

describe('equalIntervalClasses', () => {
	it('uses one class per colour with round bounds when the values need them all', () => {
		const classes = equalIntervalClasses([0, 13, 27, 50], SEQUENTIAL_BLUES, fmt);
		expect(classes.map((c) => [c.from, c.to, c.label])).toEqual([
			[0, 10, '0–10'],
			[10, 20, '10–20'],
			[20, 30, '20–30'],
			[30, 40, '30–40'],
			[40, 50, '40–50']
		]);
		expect(classes.map((c) => c.colour)).toEqual([...SEQUENTIAL_BLUES]);
	});

	it('leaves out empty top classes and spreads the colours over the ramp', () => {
		const classes = equalIntervalClasses([12.3, 47.9, 30], SEQUENTIAL_BLUES, fmt);
		expect(classes.map((c) => c.label)).toEqual(['10–20', '20–30', '30–40', '40–50']);
		expect(classes[0].colour).toBe(SEQUENTIAL_BLUES[0]);
		expect(classes[3].colour).toBe(SEQUENTIAL_BLUES[4]);
		expect(new Set(classes.map((c) => c.colour)).size).toBe(4);
	});

	it('gives exact decimal bounds (steps of 2.5 and of tenths)', () => {
		const quarters = equalIntervalClasses([0, 12], SEQUENTIAL_BLUES, (v) => v.toFixed(1));
		expect(quarters.map((c) => c.to)).toEqual([2.5, 5, 7.5, 10, 12.5]);
		expect(quarters[1].label).toBe('2.5–5.0');
		const tenths = equalIntervalClasses([0.1, 0.9], SEQUENTIAL_BLUES, (v) => v.toFixed(1));
		expect(tenths.map((c) => c.from)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
		expect(tenths[4].to).toBe(1);
	});

	it('covers negative values and a single value', () => {
		const classes = equalIntervalClasses([-7, 3], SEQUENTIAL_BLUES, (v) => String(v));
		expect(classes[0].from).toBeLessThanOrEqual(-7);
		expect(classes[classes.length - 1].to).toBeGreaterThanOrEqual(3);
		const one = equalIntervalClasses([35], SEQUENTIAL_BLUES, fmt);
		expect(one).toEqual([{ from: 30, to: 40, colour: SEQUENTIAL_BLUES[2], label: '30–40' }]);
		expect(equalIntervalClasses([], SEQUENTIAL_BLUES, fmt)).toEqual([]);
		expect(equalIntervalClasses([Number.NaN], SEQUENTIAL_BLUES, fmt)).toEqual([]);
	});

	it('puts a value on a bound in the upper class, the top bound in the last class', () => {
		const classes = equalIntervalClasses([0, 50], SEQUENTIAL_BLUES, fmt);
		expect(classIndex(0, classes)).toBe(0);
		expect(classIndex(9.999, classes)).toBe(0);
		expect(classIndex(10, classes)).toBe(1);
		expect(classIndex(40, classes)).toBe(4);
		expect(classIndex(50, classes)).toBe(4);
		expect(classIndex(-1, classes)).toBe(0);
		expect(classIndex(null, classes)).toBe(-1);
		expect(classIndex(Number.NaN, classes)).toBe(-1);
	});
});

/** A square of side `size` km with its south-west corner at (x, y), y north. */
const square = (x: number, y: number, size = 100) =>
	JSON.stringify([
		[
			[
				[x, y],
				[x + size, y],
				[x + size, y + size],
				[x, y + size],
				[x, y]
			]
		]
	]);

const areas: ChoroplethArea[] = [
	{ geo: 'AA', name: 'Aland <b>', geometry: square(0, 0), member: true, value: 12, flags: 'b' },
	{ geo: 'BB', name: 'Beland', geometry: square(100, 0), member: true, value: null, flags: '' },
	{ geo: 'CC', name: 'Celand', geometry: square(0, 100), member: false, value: 45, flags: '' }
];

const classes = equalIntervalClasses([0, 50], SEQUENTIAL_BLUES, fmt);

const input: ChoroplethInput = {
	areas,
	classes,
	noDataLabel: 'No data',
	formatValue: (v) => `${v.toFixed(1)} %`,
	ariaDescription: 'Participation by Member State',
	selected: 'AA'
};

/** The drawn areas of the SVG (series 0), by data index. */
function areaPaths(svg: string): Map<number, string> {
	const paths = new Map<number, string>();
	for (const [tag] of svg.matchAll(/<path [^>]*ecmeta_series_index="0"[^>]*>/g)) {
		paths.set(Number(/ecmeta_data_index="(\d+)"/.exec(tag)![1]), tag);
	}
	return paths;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('buildChoroplethOption rendered to SVG (SSR)', () => {
	const svg = renderChartToSvg(buildChoroplethOption(input), { width: 400, height: 300 });
	const paths = areaPaths(svg);

	it('draws one path per area in its class colour, hatching a Member State without a value', () => {
		expect([...paths.keys()].sort()).toEqual([0, 1, 2]);
		expect(attr(paths.get(0)!, 'fill')).toBe(SEQUENTIAL_BLUES[1]); // 12 is in 10–20
		const hatch = attr(paths.get(1)!, 'fill')!;
		expect(hatch).toMatch(/^url\(#(.+)\)$/);
		const id = /^url\(#(.+)\)$/.exec(hatch)![1];
		expect(svg).toContain(`<pattern`);
		expect(svg).toMatch(new RegExp(`<pattern [^>]*id="${id}"`));
	});

	it('draws a non-member pale grey, silent (no tooltip)', () => {
		expect(attr(paths.get(2)!, 'fill')).toBe(NON_MEMBER_COLOUR);
		expect(attr(paths.get(2)!, 'ecmeta_silent')).toBe('true');
		expect(attr(paths.get(0)!, 'ecmeta_silent')).toBeUndefined();
	});

	it('outlines the selected area thick and dark, the others thin and white', () => {
		expect(attr(paths.get(0)!, 'stroke')).toBe('#1a1a1a');
		expect(Number(attr(paths.get(0)!, 'stroke-width'))).toBeGreaterThanOrEqual(2);
		expect(attr(paths.get(1)!, 'stroke')).toBe('#ffffff');
		expect(Number(attr(paths.get(1)!, 'stroke-width'))).toBeLessThan(1);
		// Drawn last, so that no neighbour covers its outline.
		expect(svg.indexOf(paths.get(0)!)).toBeGreaterThan(svg.indexOf(paths.get(1)!));
	});

	it('fits the map in the chart, keeping the aspect ratio, north up', () => {
		const points = (tag: string) =>
			[...attr(tag, 'd')!.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [+m[1], +m[2]]);
		const all = [...paths.values()].flatMap(points);
		const xs = all.map((p) => p[0]);
		const ys = all.map((p) => p[1]);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(400);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...ys)).toBeLessThanOrEqual(300);
		// The map is 200 × 200 km: square on screen, as tall as the chart less the margins.
		const width = Math.max(...xs) - Math.min(...xs);
		const height = Math.max(...ys) - Math.min(...ys);
		expect(width).toBeCloseTo(height, 0);
		expect(height).toBeGreaterThan(270);
		// CC lies north of AA: above it on screen.
		const top = (i: number) => Math.min(...points(paths.get(i)!).map((p) => p[1]));
		expect(top(2)).toBeLessThan(top(0));
	});

	it('draws the legend: every class and "no data"', () => {
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts).toEqual([...classes.map((c) => c.label), 'No data']);
		for (const c of classes) expect(svg).toMatch(new RegExp(`fill="${c.colour}"`));
	});

	it('renders nothing but the legend without areas', () => {
		const empty = renderChartToSvg(buildChoroplethOption({ ...input, areas: [] }), {
			width: 400,
			height: 300
		});
		expect(areaPaths(empty).size).toBe(0);
		expect(empty).toContain('No data');
	});
});

describe('choroplethPaths (the map drawn by the page)', () => {
	it('gives the same paths and colours as the chart, context first, in an order the selection does not change', () => {
		const svg = renderChartToSvg(buildChoroplethOption(input), { width: 400, height: 300 });
		const drawn = areaPaths(svg);
		const paths = choroplethPaths(input, { width: 400, height: 300 });
		expect(paths.map((p) => [p.geo, p.member, p.selected])).toEqual([
			[input.areas[2].geo, false, false],
			[input.areas[0].geo, true, true],
			[input.areas[1].geo, true, false]
		]);
		expect(paths.map((p) => p.fill)).toEqual([NON_MEMBER_COLOUR, SEQUENTIAL_BLUES[1], null]);
		const other = choroplethPaths(
			{ ...input, selected: input.areas[1].geo },
			{ width: 400, height: 300 }
		);
		expect(other.map((p) => p.geo)).toEqual(paths.map((p) => p.geo));
		// The same outline, point for point, as ECharts draws it.
		const numbers = (d: string) => [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
		for (const [i, p] of [2, 0, 1].entries())
			expect(numbers(paths[i].d)).toEqual(numbers(attr(drawn.get(p)!, 'd')!));
	});
});

describe('buildChoroplethOption', () => {
	const option = buildChoroplethOption(input) as {
		aria: unknown;
		tooltip: { formatter: (p: { dataIndex: number; seriesId: string }) => string };
	};
	const tip = (dataIndex: number, seriesId = 'choropleth-areas') =>
		option.tooltip.formatter({ dataIndex, seriesId });

	it('describes the chart for assistive technology', () => {
		expect(option.aria).toEqual({
			enabled: true,
			label: { description: 'Participation by Member State' }
		});
	});

	it('shows a Member State’s value and flags in the tooltip, its name escaped', () => {
		expect(tip(0)).toBe('<strong>Aland &#60;b&#62;</strong><br/>12.0 % <em>b</em>');
		expect(tip(1)).toBe('<strong>Beland</strong><br/>No data');
		expect(tip(2)).toBe('');
		expect(tip(0, 'choropleth-legend')).toBe('');
	});

	it('names the area whose geometry is not readable', () => {
		expect(() =>
			buildChoroplethOption({ ...input, areas: [{ ...areas[0], geometry: '[[[1, 2]' }] })
		).toThrow(/AA/);
		expect(() =>
			buildChoroplethOption({ ...input, areas: [{ ...areas[0], geometry: '[[["a"]]]' }] })
		).toThrow(/AA/);
	});
});
