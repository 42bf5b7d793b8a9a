import { describe, expect, it } from 'vitest';
import {
	defineUrlState,
	enumParam,
	integerParam,
	listParam,
	type UrlState
} from '../../../src/lib/kit/url-state';

function parse<S>(spec: UrlState<S, void>, query: string): S {
	return spec.parse(new URLSearchParams(query));
}

describe('enumParam', () => {
	const sex = enumParam({ values: ['T', 'F', 'M'] as const, defaultValue: 'T' });
	it('matches without regard to case and drops anything else', () => {
		expect(sex.parse('f')).toBe('F');
		expect(sex.parse(' M ')).toBe('M');
		expect(sex.parse('X')).toBeUndefined();
		expect(sex.parse('')).toBeUndefined();
	});
});

describe('integerParam', () => {
	const year = integerParam({ min: 2000, max: 2030, defaultValue: 2000 });
	it('keeps whole numbers within the limits, both limits included', () => {
		expect(year.parse('2000')).toBe(2000);
		expect(year.parse('2030')).toBe(2030);
		expect(year.parse('1999')).toBeUndefined();
		expect(year.parse('2031')).toBeUndefined();
		expect(year.parse('2010.5')).toBeUndefined();
		expect(year.parse('1e3')).toBeUndefined();
		expect(year.parse('')).toBeUndefined();
	});
});

describe('listParam', () => {
	const codes = listParam({
		normalise: (raw) => raw.trim().toUpperCase(),
		accept: (code) => /^[A-Z]{2}$/.test(code),
		max: 3,
		defaultValue: () => ['EU']
	});
	it('keeps order, drops unknown and repeated codes, cuts at the limit', () => {
		expect(codes.parse('fr, de ,FR,xyz,it,es')).toEqual(['FR', 'DE', 'IT']);
		expect(codes.parse('xyz')).toBeUndefined();
		expect(codes.parse(',,')).toBeUndefined();
	});
	it('compares lists in order', () => {
		expect(codes.equal(['FR', 'DE'], ['FR', 'DE'])).toBe(true);
		expect(codes.equal(['FR', 'DE'], ['DE', 'FR'])).toBe(false);
		expect(codes.equal(['FR'], ['FR', 'DE'])).toBe(false);
	});
});

describe('defineUrlState', () => {
	// Version 1 said `country=FR` and `gender=women`; version 2 says `geo=FR` and `sex=F`;
	// version 3 counts years from `from` instead of `since`.
	const state = defineUrlState({
		version: 3,
		params: {
			geo: listParam({ accept: () => true, max: 5, defaultValue: () => ['EU'] }),
			sex: enumParam({ values: ['T', 'F', 'M'] as const, defaultValue: 'T' }),
			from: integerParam({ min: 2000, max: 2030, defaultValue: 2000 })
		},
		migrations: {
			1: (search) => {
				const next = new URLSearchParams(search);
				const country = next.get('country');
				if (country !== null) next.set('geo', country);
				const gender = next.get('gender');
				if (gender !== null) next.set('sex', { women: 'F', men: 'M' }[gender] ?? 'T');
				next.delete('country');
				next.delete('gender');
				return next;
			},
			2: (search) => {
				const next = new URLSearchParams(search);
				const since = next.get('since');
				if (since !== null) next.set('from', since);
				next.delete('since');
				return next;
			}
		}
	});

	it('carries links of every earlier version forward', () => {
		const expected = { geo: ['FR'], sex: 'F', from: 2010 };
		expect(parse(state, 'country=FR&gender=women&since=2010')).toEqual(expected);
		expect(parse(state, 'v=2&geo=FR&sex=F&since=2010')).toEqual(expected);
		expect(parse(state, 'v=3&geo=FR&sex=F&from=2010')).toEqual(expected);
	});

	it('does not migrate a current link again, and treats a nonsense version as version 1', () => {
		expect(parse(state, 'v=3&since=2010&country=DE')).toEqual({
			geo: ['EU'],
			sex: 'T',
			from: 2000
		});
		expect(parse(state, 'v=abc&country=DE')).toEqual({ geo: ['DE'], sex: 'T', from: 2000 });
	});

	it('drops unknown values instead of failing', () => {
		expect(parse(state, 'v=3&sex=Z&from=1900&other=1')).toEqual(state.defaults());
	});

	it('writes only what differs from the default, with the version', () => {
		expect(state.serialise(state.defaults())).toBe('');
		expect(state.serialise({ geo: ['FR', 'DE'], sex: 'T', from: 2015 })).toBe(
			'?geo=FR,DE&from=2015&v=3'
		);
		const link = state.serialise({ geo: ['FR'], sex: 'M', from: 2000 });
		expect(parse(state, link.slice(1))).toEqual({ geo: ['FR'], sex: 'M', from: 2000 });
	});

	it('tells the default state', () => {
		expect(state.isDefault(parse(state, ''))).toBe(true);
		expect(state.isDefault(parse(state, 'v=3&from=2001'))).toBe(false);
		expect(state.equal(parse(state, 'geo=FR'), parse(state, 'geo=fr'))).toBe(false);
	});
});
