import { describe, expect, it } from 'vitest';
import { buildFlaggedLineOption } from '../../../src/lib/charts/options/flagged-line';

const labels = {
	xAxis: 'Year',
	yAxis: '%',
	breakLegend: 'Break in series (b)',
	flagMeaning: (f: string) => ({ b: 'break in time series', u: 'low reliability' })[f] ?? f,
	formatValue: (v: number) => v.toFixed(1),
	formatAxis: (v: number) => v.toFixed(0),
	notAvailable: 'not available'
};

type Series = {
	id: string;
	name: string;
	data: { value: [number, number | null]; flags: string; symbol?: string }[];
	lineStyle?: { width: number };
};

describe('buildFlaggedLineOption', () => {
	const option = buildFlaggedLineOption({
		ariaDescription: 'desc',
		labels,
		series: [
			{
				key: 'EU27_2020',
				name: 'EU',
				emphasis: true,
				points: [
					{ x: 2000, value: null, flags: '' },
					{ x: 2001, value: 5.3, flags: 'b' }
				]
			},
			{ key: 'FR', name: 'France', points: [{ x: 2000, value: 2.8, flags: 'u' }] }
		]
	}) as {
		series: Series[];
		legend: { data: unknown[] };
		tooltip: { formatter: (p: unknown[]) => string };
	};

	it('marks a break in series on the line and names it in the legend', () => {
		const [eu, fr, legend] = option.series;
		expect(eu.data[1]).toMatchObject({ value: [2001, 5.3], flags: 'b', symbol: 'triangle' });
		expect(eu.data[0]).toEqual({ value: [2000, null], flags: '' });
		expect(fr.data[0].symbol).toBeUndefined();
		expect(legend).toMatchObject({ id: '__break', name: 'Break in series (b)', data: [] });
		expect(option.legend.data).toEqual([
			'EU',
			'France',
			{ name: 'Break in series (b)', icon: 'triangle' }
		]);
		expect(eu.lineStyle!.width).toBeGreaterThan(fr.lineStyle!.width);
	});

	it('explains the flags and missing values in the tooltip, escaping names', () => {
		const html = option.tooltip.formatter([
			{ seriesName: 'EU <b>', marker: '', data: option.series[0].data[1], axisValue: 2001 },
			{
				seriesName: 'France',
				marker: '',
				data: { value: [2001, null], flags: '' },
				axisValue: 2001
			}
		]);
		expect(html).toContain('EU &#60;b&#62;: <b>5.3 b</b>');
		expect(html).toContain('b: break in time series');
		expect(html).toContain('France: <b>not available</b>');
	});

	it('has no break legend when nothing is broken', () => {
		const plain = buildFlaggedLineOption({
			ariaDescription: 'd',
			labels,
			series: [{ key: 'FR', name: 'France', points: [{ x: 2000, value: 1, flags: '' }] }]
		}) as { series: Series[] };
		expect(plain.series.map((s) => s.id)).toEqual(['FR']);
	});
});
