import { describe, expect, it } from 'vitest';
import {
	DEFAULT_GEOS,
	MAX_GEOS,
	participationState
} from '../../../src/lib/dashboards/participation/state';

const available = new Set([
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
const context = { available };
const parse = (query: string) => participationState.parse(new URLSearchParams(query), context);
const DEFAULT = { geo: [...DEFAULT_GEOS], sex: 'T' };

describe('participation view in the URL', () => {
	it('falls back to the default view', () => {
		expect(parse('')).toEqual(DEFAULT);
		expect(parse('geo=')).toEqual(DEFAULT);
		expect(parse('geo=XX,YY')).toEqual(DEFAULT);
	});

	// Every link form the page has ever written (version 1, no `v`) restores its view.
	it('keeps the chosen order, drops unknown and repeated codes, accepts lower case', () => {
		expect(parse('geo=EU27_2020,FR,DE')).toEqual({ geo: ['EU27_2020', 'FR', 'DE'], sex: 'T' });
		expect(parse('geo=fr,XX,FR,de')).toEqual({ geo: ['FR', 'DE'], sex: 'T' });
		expect(parse('geo=FR&sex=f')).toEqual({ geo: ['FR'], sex: 'F' });
		expect(parse('geo=FR&sex=Q')).toEqual({ geo: ['FR'], sex: 'T' });
		expect(parse('geo=EU27_2020%2CFR&sex=M&utm=x')).toEqual({ geo: ['EU27_2020', 'FR'], sex: 'M' });
		expect(parse('v=1&geo=FR')).toEqual({ geo: ['FR'], sex: 'T' });
	});

	it(`keeps at most ${MAX_GEOS} countries`, () => {
		expect(parse(`geo=${[...available].join(',')}`).geo).toHaveLength(MAX_GEOS);
	});

	it('round-trips through the query string, with a short URL for the default view', () => {
		expect(participationState.serialise(participationState.defaults(context), context)).toBe('');
		expect(participationState.isDefault(parse(''), context)).toBe(true);
		const view = { geo: ['EU27_2020', 'FR', 'DE'], sex: 'M' as const };
		const query = participationState.serialise(view, context);
		expect(query).toBe('?geo=EU27_2020,FR,DE&sex=M');
		expect(parse(query.slice(1))).toEqual(view);
		expect(participationState.serialise({ geo: ['FR'], sex: 'T' }, context)).toBe('?geo=FR');
	});
});
