import { describe, expect, it } from 'vitest';
import {
	DEFAULT_VIEW,
	isDefaultView,
	MAX_GEOS,
	parseParticipationView,
	serialiseParticipationView
} from '../../../src/lib/state/participation-view';

const AVAILABLE = new Set([
	'EU27_2020',
	'EA20',
	'BE',
	'DE',
	'FR',
	'IT',
	'ES',
	'PL',
	'SE',
	'FI',
	'AT',
	'NL',
	'DK',
	'PT',
	'CZ'
]);
const parse = (query: string) => parseParticipationView(new URLSearchParams(query), AVAILABLE);

describe('participation view in the URL', () => {
	it('falls back to the default view', () => {
		expect(parse('')).toEqual(DEFAULT_VIEW);
		expect(parse('geo=')).toEqual(DEFAULT_VIEW);
		expect(parse('geo=XX,YY')).toEqual(DEFAULT_VIEW);
	});

	it('keeps the chosen order, drops unknown and repeated codes, accepts lower case', () => {
		expect(parse('geo=EU27_2020,FR,DE')).toEqual({ geos: ['EU27_2020', 'FR', 'DE'], sex: 'T' });
		expect(parse('geo=fr,XX,FR,de')).toEqual({ geos: ['FR', 'DE'], sex: 'T' });
		expect(parse('geo=FR&sex=f')).toEqual({ geos: ['FR'], sex: 'F' });
		expect(parse('geo=FR&sex=Q')).toEqual({ geos: ['FR'], sex: 'T' });
	});

	it(`keeps at most ${MAX_GEOS} countries`, () => {
		expect(parse(`geo=${[...AVAILABLE].join(',')}`).geos).toHaveLength(MAX_GEOS);
	});

	it('round-trips through the query string, with a short URL for the default view', () => {
		expect(serialiseParticipationView(DEFAULT_VIEW)).toBe('');
		expect(isDefaultView(parse(''))).toBe(true);
		const view = { geos: ['EU27_2020', 'FR', 'DE'], sex: 'M' as const };
		const query = serialiseParticipationView(view);
		expect(query).toBe('?geo=EU27_2020,FR,DE&sex=M');
		expect(parse(query.slice(1))).toEqual(view);
		expect(serialiseParticipationView({ geos: ['FR'], sex: 'T' })).toBe('?geo=FR');
	});
});
