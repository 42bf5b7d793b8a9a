import { describe, expect, it } from 'vitest';
import {
	inclusionState,
	sameFigureDrawing,
	sameFigureView
} from '../../../src/lib/dashboards/inclusion/state';

const context = { years: [2019, 2020, 2025] };
const parse = (query: string) => inclusionState.parse(new URLSearchParams(query), context);

describe('the inclusion page URL', () => {
	it('defaults to the latest year, low-qualified adults, the EU and the representation ratio', () => {
		expect(inclusionState.defaults(context)).toEqual({
			year: 2025,
			group: 'low_qualified',
			geo: 'EU27_2020',
			metric: 'ratio'
		});
		expect(inclusionState.defaults({ years: [] }).year).toBe(0);
		expect(inclusionState.serialise(inclusionState.defaults(context), context)).toBe('');
	});

	it('reads and writes every parameter, and a written link reads back the same view', () => {
		const state = parse('year=2020&group=rural&geo=pt&metric=AES');
		expect(state).toEqual({ year: 2020, group: 'rural', geo: 'PT', metric: 'aes' });
		const query = inclusionState.serialise(state, context);
		expect(query).toBe('?year=2020&group=rural&geo=PT&metric=aes');
		expect(parse(query.slice(1))).toEqual(state);
	});

	it('drops what it does not know: a year not published, a group, a country outside the EU', () => {
		expect(parse('year=2021').year).toBe(2025);
		expect(parse('year=20x5').year).toBe(2025);
		expect(parse('group=women').group).toBe('low_qualified');
		expect(parse('geo=NO').geo).toBe('EU27_2020');
		expect(parse('geo=EU27_2020&metric=share')).toMatchObject({
			geo: 'EU27_2020',
			metric: 'ratio'
		});
	});

	it('queries a figure again only when what it reads changes', () => {
		const a = parse('');
		expect(sameFigureView.heatmap(a, { ...a, group: 'rural', geo: 'FR', metric: 'aes' })).toBe(
			true
		);
		expect(sameFigureView.heatmap(a, { ...a, year: 2019 })).toBe(false);
		expect(sameFigureView.group(a, { ...a, geo: 'FR' })).toBe(true);
		expect(sameFigureView.group(a, { ...a, group: 'rural' })).toBe(false);
		expect(sameFigureView.country(a, { ...a, year: 2019, group: 'rural' })).toBe(true);
		expect(sameFigureView.country(a, { ...a, geo: 'FR' })).toBe(false);
		// …and draws it again when what it highlights changes.
		expect(sameFigureDrawing.heatmap(a, { ...a, metric: 'aes' })).toBe(false);
		expect(sameFigureDrawing.group(a, { ...a, geo: 'FR' })).toBe(false);
		expect(sameFigureDrawing.country(a, { ...a, group: 'rural' })).toBe(false);
	});
});
