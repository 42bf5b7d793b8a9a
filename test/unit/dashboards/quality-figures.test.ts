import { describe, expect, it } from 'vitest';
import type {
	CompletenessRow,
	CredentialElementRow,
	MissingElementRow,
	PrincipleRow,
	ProviderBandRow
} from '../../../core/queries/quality';
import {
	COUNTRY_STRONG,
	EU_COLOUR,
	HIDDEN_FILL,
	niceMaximum,
	shareText
} from '../../../src/lib/dashboards/quality/chart-parts';
import { createQualityFigures } from '../../../src/lib/dashboards/quality/figures';
import { missingElementsFinding } from '../../../src/lib/dashboards/quality/missing-figure';
import { principleCategory } from '../../../src/lib/dashboards/quality/principles-figure';
import {
	allElementsHeadline,
	qualityCountryQuery,
	qualityProfileFigure
} from '../../../src/lib/dashboards/quality/profile';
import { shownBands, topBandSentence } from '../../../src/lib/dashboards/quality/providers-figure';
import { buildShareBarsOption } from '../../../src/lib/dashboards/quality/share-bars';
import {
	qualityState,
	sameFigureDrawing,
	sameFigureView,
	type QualityState
} from '../../../src/lib/dashboards/quality/state';
import { createTranslator } from '../../../src/lib/i18n/translate';

const EU = 'EU27_2020';
const t = createTranslator('en');
const figures = createQualityFigures({ synthetic: true });
const official = createQualityFigures({ synthetic: false });
const state = (change: Partial<QualityState> = {}): QualityState => ({
	...qualityState.defaults(),
	...change
});
const completeness = (
	geo: string,
	element: string,
	share: number | null,
	more: Partial<CompletenessRow> = {}
): CompletenessRow => ({
	geo,
	year: 2026,
	element,
	records: 200,
	records_with_element: share === null ? null : share * 2,
	share,
	flags: share === null ? 'c' : '',
	...more
});
const missing = (
	element: string,
	share: number | null,
	records_missing: number | null
): MissingElementRow => ({
	geo: 'FR',
	year: 2026,
	element,
	records: 1000,
	records_missing,
	share_missing: share,
	flags: share === null ? 'c' : ''
});

interface Series {
	id: string;
	stack?: string;
	name: string;
	data: { value: number | null; hidden?: boolean; itemStyle: { color: string; decal?: object } }[];
}
type Option = {
	series: Series[];
	legend: { data: string[] };
	graphic: { style?: { text: string } }[];
	xAxis: { max: number };
};

describe('the quality page state', () => {
	it('reads the country, year and element from a link and writes back only what differs', () => {
		const parse = (query: string) => qualityState.parse(new URLSearchParams(query));
		expect(parse('')).toEqual({ geo: EU, year: 0, element: 'all' });
		expect(parse('geo=fr&year=2024&element=6')).toEqual({ geo: 'FR', year: 2024, element: '6' });
		// Not a Member State, a year out of bounds, an element that is not one: the default.
		expect(parse('geo=NO&year=-1&element=12')).toEqual({ geo: EU, year: 0, element: 'all' });
		expect(parse('year=2100').year).toBe(2100);
		expect(parse('year=2101').year).toBe(0);
		expect(qualityState.serialise(state({ geo: 'DE', element: '11' }))).toBe('?geo=DE&element=11');
		expect(qualityState.serialise(state())).toBe('');
		expect(qualityCountryQuery('PT')).toBe('?geo=PT');
	});

	it('queries a figure again only when what it reads changes', () => {
		const a = state({ geo: 'FR' });
		expect(sameFigureView.elements(a, { ...a, element: '3' })).toBe(true);
		expect(sameFigureView.elements(a, { ...a, year: 2024 })).toBe(false);
		expect(sameFigureView.trend(a, { ...a, year: 2024 })).toBe(true);
		expect(sameFigureView.trend(a, { ...a, element: '3' })).toBe(false);
		expect(sameFigureView.countries(a, { ...a, geo: 'DE' })).toBe(true);
		expect(sameFigureDrawing.countries(a, { ...a, geo: 'DE' })).toBe(false);
		expect(sameFigureView.providers(a, { ...a, year: 2020, element: '1' })).toBe(true);
		expect(sameFigureView.credentials(a, { ...a, geo: 'DE', year: 2020 })).toBe(true);
	});
});

describe('shares as bars', () => {
	const top = { graphic: [], legendTop: 0, gridTop: 40 };
	const option = (hidden: boolean) =>
		buildShareBarsOption({
			categories: ['a', 'b'],
			series: [
				{
					key: 'country',
					name: 'France',
					colour: '#0072B2',
					bars: [
						{ value: 40, flags: '' },
						hidden ? { value: null, flags: 'c' } : { value: null, flags: '' }
					]
				}
			],
			axisName: '%',
			max: 50,
			top,
			ariaDescription: 'x',
			lang: 'en'
		}) as unknown as Option;

	it('draws a hidden share as a grey hatched bar across the axis, named in the legend', () => {
		const drawn = option(true);
		const [bars, legend] = drawn.series;
		expect(bars.data[0]).toMatchObject({ value: 40, hidden: false });
		expect(bars.data[1]).toMatchObject({ value: 50, hidden: true });
		expect(bars.data[1].itemStyle.color).toBe(HIDDEN_FILL);
		expect(bars.data[1].itemStyle.decal).toBeDefined();
		expect(legend).toMatchObject({ name: 'hidden (c)', data: [] });
		expect(drawn.legend.data).toEqual(['France', 'hidden (c)']);
		expect(drawn.xAxis.max).toBe(50);
	});

	it('leaves a share that is only not available without a bar, and no hidden legend', () => {
		const drawn = option(false);
		expect(drawn.series).toHaveLength(1);
		expect(drawn.series[0].data[1]).toMatchObject({ value: null, hidden: false });
		expect(drawn.legend.data).toEqual(['France']);
	});

	it('reads shares as text: value with flags, hidden, not available', () => {
		expect(shareText('en', 81.375, '')).toBe('81.4 %');
		expect(shareText('fr', 81.375, 'e')).toBe('81,4 % e');
		expect(shareText('en', null, 'c')).toBe('hidden (c)');
		expect(shareText('en', null, '')).toBe('not available');
	});

	it('rounds the axis of rare absences up to 5, 10, 20, 25, 50 or 100', () => {
		expect(niceMaximum([])).toBe(5);
		expect(niceMaximum([null, 0])).toBe(5);
		expect(niceMaximum([5])).toBe(5);
		expect(niceMaximum([5.01])).toBe(10);
		expect(niceMaximum([20])).toBe(20);
		expect(niceMaximum([20.1, null])).toBe(25);
		expect(niceMaximum([50.5])).toBe(100);
		expect(niceMaximum([130])).toBe(100);
	});
});

describe('the completeness figures', () => {
	const rows = [
		completeness('FR', '1', 90),
		completeness('FR', 'all', null),
		completeness(EU, '1', 95),
		completeness(EU, 'all', 70)
	];

	it('says on the chart itself that the data are synthetic, and only then', () => {
		const input = { rows, state: state({ geo: 'FR' }), lang: 'en' as const };
		const drawn = figures.elements.chart(input) as unknown as Option;
		expect(drawn.graphic[0].style?.text).toBe('Synthetic data, not real records');
		expect(figures.elements.notes?.(input)[0]).toMatch(/^Synthetic data:/);
		const real = official.elements.chart(input) as unknown as Option;
		expect(real.graphic).toEqual([]);
		expect(official.elements.notes?.(input).join(' ')).not.toMatch(/Synthetic/);
	});

	it('tables the country then the EU for every element, hidden cells as null with their flag', () => {
		const table = figures.elements.table({ rows, state: state({ geo: 'FR' }), lang: 'en' });
		expect(table.caption).toBe(
			'Share of issuance records carrying each mandatory Annex I element, and all eleven at once: France, European Union (27), 2026'
		);
		expect(table.columns.map((c) => c.key)).toEqual([
			'element',
			'country_share',
			'country_with',
			'country_records',
			'eu_share',
			'eu_with',
			'eu_records'
		]);
		expect(table.rows).toHaveLength(12);
		expect(table.rows[0]).toEqual([
			{ value: '(i) Identification of the learner' },
			{ value: 90, flags: '' },
			{ value: 180, flags: '' },
			{ value: 200, flags: '' },
			{ value: 95, flags: '' },
			{ value: 190, flags: '' },
			{ value: 200, flags: '' }
		]);
		// (ii) has no row: not available, without a flag; all eleven is hidden: null with c.
		expect(table.rows[1][1]).toEqual({ value: null, flags: '' });
		expect(table.rows[11][0]).toEqual({ value: 'All eleven elements' });
		expect(table.rows[11][1]).toEqual({ value: null, flags: 'c' });
		expect(table.rows[11][2]).toEqual({ value: null, flags: 'c' });
		// Its records are published: they carry no c, which would say they are hidden.
		expect(table.rows[11][3]).toEqual({ value: 200, flags: '' });
		// The EU alone when it is the country chosen.
		const eu = figures.elements.table({ rows, state: state(), lang: 'en' });
		expect(eu.columns).toHaveLength(4);
	});

	it('draws all eleven darker, and says so when the country has no records', () => {
		const drawn = figures.elements.chart({
			rows,
			state: state({ geo: 'FR' }),
			lang: 'en'
		}) as unknown as Option;
		const [country, eu] = drawn.series;
		expect(country.name).toBe('France, 2026');
		expect(country.data[11].hidden).toBe(true);
		expect(eu.data[11].itemStyle.color).toBe('#8F3F00');
		const empty = figures.elements.chart({
			rows: rows.filter((r) => r.geo === EU),
			state: state({ geo: 'FR', year: 2019 }),
			lang: 'en'
		}) as unknown as Option;
		expect(empty.graphic.map((g) => g.style?.text)).toContain('No records for France in 2026.');
	});

	it('ranks the countries with the EU and the country chosen in their own colours', () => {
		const ranked = [completeness(EU, 'all', 80), completeness('FR', 'all', 70)];
		const drawn = figures.countries.chart({
			rows: ranked,
			state: state({ geo: 'FR' }),
			lang: 'de'
		}) as unknown as Option;
		expect(drawn.series[0].data.map((d) => d.itemStyle.color)).toEqual([EU_COLOUR, COUNTRY_STRONG]);
		const table = figures.countries.table({ rows: ranked, state: state(), lang: 'de' });
		expect(table.rows.map((r) => r[0].value)).toEqual(['Europäische Union (27)', 'Frankreich']);
	});
});

describe('the ranked list of missing elements and its sentence (paragraph 20)', () => {
	const rows = [
		missing('11', 8.25, 83),
		missing('6', 4.75, 48),
		missing('9', 3, 30),
		missing('1', 1, 10),
		missing('2', 0, 0),
		missing('all', 18.6, 186)
	];
	const input = { rows, state: state({ geo: 'FR' }), lang: 'en' as const };

	it('names the element most often missing with its share and count, then the next two', () => {
		expect(missingElementsFinding(input)).toBe(
			'France, 2026: the Annex I element most often missing is (xi) Type of quality assurance; ' +
				'8.3 % of issuance records (83) do not carry it. ' +
				'Next come (vi) Learning outcomes (4.8 %) and (ix) Type of assessment (3.0 %). ' +
				'18.6 % of records lack at least one of the eleven elements. ' +
				'Paragraph 20 of the Recommendation asks for better data collection: this is where it should start.'
		);
		expect(missingElementsFinding({ ...input, lang: 'fr' })).toContain(
			'Viennent ensuite (vi) Acquis d’apprentissage (4,8 %) et (ix) Type d’évaluation (3,0 %).'
		);
	});

	it('says when nothing is missing, when shares are hidden, and when there are no records', () => {
		expect(
			missingElementsFinding({ ...input, rows: [missing('1', 0, 0), missing('all', 0, 0)] })
		).toBe('France, 2026: every issuance record carries all eleven mandatory elements.');
		expect(
			missingElementsFinding({
				...input,
				rows: [missing('1', null, null), missing('all', null, null)]
			})
		).toBe('France, 2026: the shares of records without each element are hidden (c).');
		const withHidden = missingElementsFinding({
			...input,
			rows: [missing('6', 2, 20), missing('1', null, null), missing('all', 5, 50)]
		});
		expect(withHidden).toContain('(vi) Learning outcomes; 2.0 % of issuance records (20)');
		expect(withHidden).toContain('The share of 1 element(s) is hidden (c) and not ranked.');
		expect(withHidden).not.toContain('Next come');
		expect(
			missingElementsFinding({ ...input, rows: [], state: state({ geo: 'FR', year: 2020 }) })
		).toBe('No records for France in 2020.');
	});

	it('tables the ranks, hidden elements without one, and the records missing at least one last', () => {
		const table = figures.missing.table({
			...input,
			rows: [missing('6', 2, 20), missing('1', null, null), missing('all', 5, 50)]
		});
		expect(table.rows.map((r) => [r[0].value, r[1].value, r[2].value, r[3].value])).toEqual([
			['1', '(vi) Learning outcomes', 2, 20],
			['', '(i) Identification of the learner', null, null],
			['', 'At least one element missing', 5, 50]
		]);
		expect(table.rows[1][2].flags).toBe('c');
		expect(table.rows[1][4]).toEqual({ value: 1000, flags: '' });
		expect(figures.missing.notes?.(input)[0]).toBe(missingElementsFinding(input));
	});
});

describe('the Annex II principles, the credentials and the providers', () => {
	it('names each principle with the units it counts', () => {
		const row = (basis: PrincipleRow['basis'], year: number | null): PrincipleRow => ({
			geo: 'FR',
			year,
			principle: 'recognition_policy',
			basis,
			units: 10,
			units_meeting: 5,
			share: 50,
			flags: ''
		});
		expect(principleCategory(t, row('providers', null))).toBe(
			'Recognition: policy published\n(providers)'
		);
		expect(principleCategory(t, row('records', 2024))).toBe(
			'Recognition: policy published\n(records, 2024)'
		);
	});

	it('draws one panel per format, statuses stacked, and marks hidden counts', () => {
		const rows: CredentialElementRow[] = [
			{ format: 'edc', element: 1, status: '_T', credentials: 9, flags: '' },
			{ format: 'edc', element: 1, status: 'found', credentials: 9, flags: '' },
			{ format: 'edc', element: 6, status: 'missing', credentials: null, flags: 'c' },
			{ format: 'open_badges_3', element: 7, status: 'not_mappable', credentials: 10, flags: '' }
		];
		const input = { rows, state: state(), lang: 'en' as const };
		const drawn = figures.credentials.chart(input) as unknown as Option & {
			grid: unknown[];
			series: Series[];
		};
		expect(drawn.grid).toHaveLength(2);
		const ids = drawn.series.map((s) => s.id);
		expect(ids).toContain('edc-found');
		expect(ids).toContain('open_badges_3-not_mappable');
		expect(ids).toContain('edc-hidden');
		expect(ids).not.toContain('open_badges_3-hidden');
		const found = drawn.series.find((s) => s.id === 'edc-found')!;
		expect(found.stack).toBe('edc');
		expect(found.data[0].value).toBe(9);
		const table = figures.credentials.table(input);
		expect(table.rows).toHaveLength(22);
		expect(table.columns.map((c) => c.label)).toEqual([
			'Format',
			'Annex I element',
			'All credentials',
			'found',
			'missing',
			'no place in the format'
		]);
		expect(table.rows[5][4]).toEqual({ value: null, flags: 'c' });
		expect(figures.credentials.notes?.(input)).toContain(
			'Credentials imported: European Digital Credentials (ELM): 9; Open Badges 3.0: not available.'
		);
	});

	const band = (
		name: ProviderBandRow['band'],
		providers: number,
		share: number | null,
		records: number | null
	): ProviderBandRow => ({
		band: name,
		providers,
		share_of_providers: share,
		records,
		flags: records === null ? 'c' : ''
	});

	it('counts the providers at 90 % or more, and shows the hidden band only when it holds one', () => {
		const rows = [
			band('0-50', 49, 26.4865, 5842),
			band('50-75', 42, 22.7027, 7185),
			band('75-90', 38, 20.5405, 6820),
			band('90-100', 56, 30.2703, 10126),
			band('hidden', 0, 0, 0)
		];
		expect(topBandSentence(rows, 'en')).toBe(
			'56 of 185 providers (30.3 %) carry all eleven elements in at least 90 % of their records.'
		);
		expect(shownBands(rows).map((r) => r.band)).toEqual(['0-50', '50-75', '75-90', '90-100']);
		const withHidden = [...rows.slice(0, 4), band('hidden', 2, 1, null)];
		expect(shownBands(withHidden)).toHaveLength(5);
		expect(
			topBandSentence(
				rows.map((r) => ({ ...r, providers: 0 })),
				'en'
			)
		).toBeUndefined();
		const notes = figures.providers.notes?.({ rows, state: state(), lang: 'en' }) ?? [];
		expect(notes.join(' ')).toContain('Completeness per provider type is in the figure');
		expect(notes.join(' ')).toContain('counts in each');
		const table = figures.providers.table({ rows: withHidden, state: state(), lang: 'en' });
		expect(table.rows[4]).toEqual([
			{ value: 'hidden (c)' },
			{ value: 2 },
			{ value: 1 },
			{ value: null, flags: 'c' }
		]);
	});
});

describe('what the landing page and the country profiles take from the quality page', () => {
	it('states the latest share of records with all eleven elements, or why not', () => {
		const row = completeness(EU, 'all', 81.375);
		expect(allElementsHeadline(row, 'en')).toBe(
			'81.4 % of issuance records in 2026 carry all eleven mandatory Annex I elements (European Union (27)).'
		);
		expect(allElementsHeadline(completeness('MT', 'all', null), 'en')).toBe(
			'The share of records carrying all eleven elements is hidden (c) for Malta in 2026.'
		);
		expect(allElementsHeadline(null, 'de')).toBe(
			'Keine Ausstellungsdatensätze, um die Vollständigkeit nach Anhang I zu messen.'
		);
	});

	it('gives a figure with the country fixed, whatever the state of the page showing it', () => {
		const profile = qualityProfileFigure<{ tab: string }>({ synthetic: true, geo: 'SI' });
		expect(profile.id).toBe('quality-profile');
		expect(profile.query({ tab: 'a' })).toEqual(
			figures.elements.query(state({ geo: 'SI', year: 0 }))
		);
		expect(profile.title({ state: { tab: 'b' }, lang: 'fr' })).toBe(
			'Enregistrements portant chaque élément obligatoire de l’annexe I : Slovénie, dernière année'
		);
		const rows = [completeness('SI', 'all', 50), completeness(EU, 'all', 70)];
		expect(profile.table({ rows, state: { tab: 'c' }, lang: 'en' }).columns).toHaveLength(7);
		expect(profile.notes?.({ rows, state: { tab: 'c' }, lang: 'en' })[0]).toMatch(/^Synthetic/);
	});
});
