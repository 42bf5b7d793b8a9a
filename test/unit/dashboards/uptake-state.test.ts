import { describe, expect, it } from 'vitest';
import { uptakeContext } from '../../../src/lib/dashboards/uptake/context';
import {
	chosenCategory,
	chosenYear,
	countryViewQuery,
	MAX_COUNTRIES,
	normaliseFilters,
	sameFigureDrawing,
	sameFigureView,
	shownGeos,
	shownYear,
	toggleCategory,
	toggleCountry,
	toggleYear,
	uptakeState,
	type UptakeState
} from '../../../src/lib/dashboards/uptake/state';

const context = uptakeContext({
	years: [2021, 2019, 2020, 2022, 2023, 2024, 2025, 2026],
	generatedAt: '2026-12-04T17:05:51.000Z'
});
const parse = (search: string) => uptakeState.parse(new URLSearchParams(search), context);
const serialise = (state: UptakeState) => uptakeState.serialise(state, context);

describe('the uptake page’s context', () => {
	it('shows the latest year that ended before the release, and says which year is incomplete', () => {
		expect(context).toEqual({
			years: [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
			latestComplete: 2025,
			incomplete: 2026,
			releaseDate: '2026-12-04'
		});
		// Released on 1 January: the year before is complete, no year is incomplete.
		expect(
			uptakeContext({ years: [2025, 2026], generatedAt: '2027-01-01T00:00:00.000Z' })
		).toMatchObject({ latestComplete: 2026, incomplete: null });
		// Only the release's own year: it is shown, and said to be incomplete.
		expect(uptakeContext({ years: [2026], generatedAt: '2026-03-01T00:00:00.000Z' })).toMatchObject(
			{ latestComplete: 2026, incomplete: 2026 }
		);
	});
});

describe('the uptake page’s URL state', () => {
	it('has a short default link and reads a pasted one back', () => {
		const defaults = uptakeState.defaults(context);
		expect(defaults).toEqual({
			filters: {},
			by: 'provider_type',
			measure: 'credentials',
			unit: 'count'
		});
		expect(serialise(defaults)).toBe('');
		const state: UptakeState = {
			filters: { geo: ['FR', 'DE'], year: ['2024'], funding: ['individual_learning_account'] },
			by: 'field',
			measure: 'learners',
			unit: 'rate'
		};
		const link = serialise(state);
		expect(decodeURIComponent(link)).toBe(
			'?filters=geo:FR|DE;year:2024;funding:individual_learning_account&by=field&measure=learners&unit=rate'
		);
		expect(parse(link.slice(1))).toEqual(state);
	});

	it('links a country profile to the page filtered on the country', () => {
		expect(countryViewQuery('FR', context)).toBe('?filters=geo:FR');
		expect(parse(countryViewQuery('EL', context).slice(1)).filters).toEqual({ geo: ['EL'] });
		expect(countryViewQuery('EU27_2020', context)).toBe('');
	});

	it('drops what it does not know and keeps one year and one category', () => {
		const state = parse(
			'filters=geo:FR|de|NO|FR|AT;year:2030;year:2019;field:06;provider_type:hei;eqf_level:9&by=FIELD&measure=people'
		);
		// Lower case and non-members dropped; a year without records dropped; the first category
		// (in the page's order of dimensions) kept, the other dropped; an unknown code dropped.
		expect(state.filters).toEqual({ geo: ['FR', 'AT'], year: ['2019'], provider_type: ['hei'] });
		expect(state.by).toBe('field');
		expect(state.measure).toBe('credentials');
		const many = parse(`filters=geo:${['BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE'].join('|')}`);
		expect(many.filters.geo).toEqual(['BE', 'BG', 'CZ', 'DK', 'DE', 'EE']);
		expect(MAX_COUNTRIES).toBe(6);
		expect(normaliseFilters({ year: ['2020', '2021'], topic: ['green', 'digital'] })).toEqual({
			year: ['2020'],
			topic: ['green']
		});
	});

	it('reads the filters as the figures need them', () => {
		const none = uptakeState.defaults(context);
		expect(shownGeos(none)).toEqual(['EU27_2020']);
		expect(shownYear(none, context)).toBe(2025);
		expect(chosenYear(none)).toBeUndefined();
		expect(chosenCategory(none)).toBeUndefined();
		const some = parse('filters=geo:SE|FI;year:2021;ects_band:>=30');
		expect(shownGeos(some)).toEqual(['SE', 'FI']);
		expect(shownYear(some, context)).toBe(2021);
		expect(chosenCategory(some)).toEqual({ dimension: 'ects_band', category: '>=30' });
	});
});

describe('changing the filters', () => {
	it('toggles countries, dropping the first chosen past the limit', () => {
		let filters = toggleCountry({}, 'FR');
		filters = toggleCountry(filters, 'DE');
		expect(filters).toEqual({ geo: ['FR', 'DE'] });
		expect(toggleCountry(filters, 'FR')).toEqual({ geo: ['DE'] });
		expect(toggleCountry({ geo: ['FR'] }, 'FR')).toEqual({});
		const full = { geo: ['BE', 'BG', 'CZ', 'DK', 'DE', 'EE'] };
		expect(toggleCountry(full, 'IE').geo).toEqual(['BG', 'CZ', 'DK', 'DE', 'EE', 'IE']);
	});

	it('makes a year clicked the year shown, and a second click takes it back', () => {
		expect(toggleYear({ geo: ['FR'] }, 2022)).toEqual({ geo: ['FR'], year: ['2022'] });
		expect(toggleYear({ year: ['2022'] }, 2023)).toEqual({ year: ['2023'] });
		expect(toggleYear({ geo: ['FR'], year: ['2022'] }, 2022)).toEqual({ geo: ['FR'] });
	});

	it('keeps one category: a category of another dimension replaces it', () => {
		const hei = toggleCategory({ geo: ['FR'], year: ['2022'] }, 'provider_type', 'hei');
		expect(hei).toEqual({ geo: ['FR'], year: ['2022'], provider_type: ['hei'] });
		expect(toggleCategory(hei, 'provider_type', 'vet')).toEqual({
			geo: ['FR'],
			year: ['2022'],
			provider_type: ['vet']
		});
		expect(toggleCategory(hei, 'field', '06')).toEqual({
			geo: ['FR'],
			year: ['2022'],
			field: ['06']
		});
		expect(toggleCategory(hei, 'provider_type', 'hei')).toEqual({ geo: ['FR'], year: ['2022'] });
	});

	it('queries a figure again only when what it reads changes', () => {
		const base = parse('filters=geo:FR');
		const year = parse('filters=geo:FR;year:2022');
		const category = parse('filters=geo:FR;provider_type:hei');
		const measure = parse('filters=geo:FR&measure=learners');
		const by = parse('filters=geo:FR&by=field');
		const other = parse('filters=geo:FR|DE');
		const figures = ['series', 'countries', 'breakdown', 'supply'] as const;
		const queried = (b: UptakeState) => figures.filter((f) => !sameFigureView[f](base, b));
		const redrawn = (b: UptakeState) =>
			(['series', 'growth', 'countries', 'breakdown', 'supply'] as const).filter(
				(f) => !sameFigureDrawing[f](base, b)
			);
		// A year: no query (the figures that show one year read them all); drawn again.
		expect(queried(year)).toEqual([]);
		expect(redrawn(year)).toEqual(['series', 'growth', 'countries', 'breakdown', 'supply']);
		// A country: the breakdown alone (the others read every place).
		expect(queried(other)).toEqual(['breakdown']);
		expect(redrawn(other)).toEqual(['series', 'growth', 'countries', 'supply']);
		// A category: one query for the series, the growth, the map and the ranking.
		expect(queried(category)).toEqual(['series', 'countries']);
		expect(figures.every((f) => sameFigureView[f](category, category))).toBe(true);
		expect(redrawn(category)).toEqual(['breakdown', 'supply']);
		// The measure: no query; the dimension of the breakdown: that figure alone.
		expect(queried(measure)).toEqual([]);
		expect(redrawn(measure)).toEqual(['series', 'countries', 'breakdown']);
		expect(queried(by)).toEqual(['breakdown']);
	});
});
