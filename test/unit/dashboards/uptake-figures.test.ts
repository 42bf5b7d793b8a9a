import { describe, expect, it } from 'vitest';
import type {
	SupplyRow,
	UptakeBreakdownRow,
	UptakeCountryRow,
	UptakeSeriesRow,
	UptakeValues
} from '../../../core/queries/uptake';
import { renderChartToSvg } from '../../../src/lib/charts/echarts';
import { breakdownCut } from '../../../src/lib/dashboards/uptake/breakdown-figure';
import { clickedCode, tint } from '../../../src/lib/dashboards/uptake/chart-parts';
import { uptakeContext } from '../../../src/lib/dashboards/uptake/context';
import { countriesMapInput } from '../../../src/lib/dashboards/uptake/countries-figure';
import { createUptakeFigures } from '../../../src/lib/dashboards/uptake/figures';
import { headlineSentences } from '../../../src/lib/dashboards/uptake/headline';
import { chipLabel } from '../../../src/lib/dashboards/uptake/labels';
import { uptakeCountrySeriesFigure } from '../../../src/lib/dashboards/uptake/series-figure';
import { uptakeState, type UptakeState } from '../../../src/lib/dashboards/uptake/state';
import {
	growthCell,
	hiddenFlag,
	measureValue,
	valueCell
} from '../../../src/lib/dashboards/uptake/values';
import { createTranslator } from '../../../src/lib/i18n/translate';

const EU = 'EU27_2020';
const t = createTranslator('en');
const context = uptakeContext({ years: [2023, 2024, 2025], generatedAt: '2025-06-30T00:00:00Z' });
const figures = createUptakeFigures(context, []);
const state = (search = ''): UptakeState => uptakeState.parse(new URLSearchParams(search), context);

const values = (
	credentials: number | null,
	learners: number | null,
	more: Partial<UptakeValues> = {}
): UptakeValues => ({
	credentials,
	learners,
	credentials_per_1000_adults: credentials === null ? null : credentials / 1000,
	learners_per_1000_adults: learners === null ? null : learners / 1000,
	growth_yoy: null,
	flags: credentials === null || learners === null ? 'c' : '',
	...more
});
const hidden = { value: null, flags: 'c', missing: 'hidden' };

interface Option {
	series: { id: string; name: string; data: Record<string, unknown>[]; markLine?: unknown }[];
	graphic: { style: { text: string } }[];
	legend: { data: string[] };
}
const marks = (option: unknown) => (option as Option).graphic.map((g) => g.style.text);
const series = (option: unknown, id: string) => (option as Option).series.find((s) => s.id === id);

describe('the values of the uptake table', () => {
	it('shows a hidden count as hidden with its flag, never as 0, and only where it is missing', () => {
		expect(hiddenFlag(null, 'c')).toBe('c');
		// A row flagged c may show one count: the flag goes with the missing one only.
		expect(hiddenFlag(115, 'c')).toBe('');
		expect(hiddenFlag(null, '')).toBe('');
		expect(valueCell(null, 'c', t)).toEqual(hidden);
		expect(valueCell(0, '', t)).toEqual({ value: 0, flags: '' });
		expect(valueCell(115, 'c', t)).toEqual({ value: 115, flags: '' });
		expect(measureValue(values(10, 8), 'learners', 'rate')).toBe(0.008);
	});

	it('hides a growth when this year or the year before is hidden, not when there is nothing before', () => {
		const now = values(120, 100, { growth_yoy: 20 });
		expect(growthCell(now, values(100, 90), t)).toEqual({ value: 20, flags: '' });
		expect(growthCell({ ...now, growth_yoy: null }, values(null, null), t)).toEqual(hidden);
		expect(growthCell(values(null, null), values(100, 90), t)).toEqual(hidden);
		expect(growthCell(values(12, 10), undefined, t)).toEqual({ value: null, flags: '' });
	});
});

describe('the series and growth figures', () => {
	const rows: UptakeSeriesRow[] = [
		{ geo: 'FR', year: 2023, ...values(null, null) },
		{ geo: 'FR', year: 2024, ...values(50, 45) },
		{ geo: 'FR', year: 2025, ...values(60, 50, { growth_yoy: 20 }) },
		{ geo: 'DE', year: 2023, ...values(10, 9) },
		{ geo: 'DE', year: 2024, ...values(20, 18, { growth_yoy: 100 }) },
		{ geo: 'DE', year: 2025, ...values(0, 0) }
	];
	const view = state('filters=geo:FR|DE;provider_type:hei');

	it('tables every year and country, hidden years hidden, the incomplete year said so', () => {
		const table = figures.series.table({ rows, state: view, lang: 'en' });
		expect(table.columns.map((c) => c.key)).toEqual([
			'year',
			'geo',
			'credentials',
			'learners',
			'credentials_rate',
			'learners_rate',
			'growth'
		]);
		expect(table.rows[0].slice(0, 4)).toEqual([
			{ value: '2023' },
			{ value: 'France' },
			hidden,
			hidden
		]);
		// 2024's growth compares with a hidden 2023: hidden too.
		expect(table.rows[1][6]).toEqual(hidden);
		expect(table.rows[2][0]).toEqual({ value: '2025 (up to 2025-06-30)' });
		expect(table.rows[5][2]).toEqual({ value: 0, flags: '' });
		expect(table.caption).toBe(
			'Credentials and learners by year: France, Germany; Provider type: Higher education institution'
		);
		expect(figures.series.title({ state: view, lang: 'en' })).toBe(
			'Micro-credentials issued over the years: France, Germany (Provider type: Higher education institution)'
		);
	});

	it('draws a line per country, hidden years as grey marks, the incomplete year hollow', () => {
		const option = figures.series.chart({ rows, state: view, lang: 'en' });
		expect(marks(option)).toEqual([
			'Synthetic data, not real records',
			'Provider type: Higher education institution'
		]);
		const france = series(option, 'FR')!;
		expect(france.data.map((d) => (d.value as number[])[1])).toEqual([null, 50, 60]);
		expect(france.data.map((d) => d.code)).toEqual(['2023', '2024', '2025']);
		expect(france.data[2].symbol).toBe('emptyCircle');
		expect(france.markLine).toMatchObject({ data: [{ xAxis: 2024 }] });
		expect(series(option, '__hidden')!.data).toEqual([{ value: [2023, 0], name: 'France, 2023' }]);
		expect((option as unknown as Option).legend.data).toContain('Hidden (c)');
		const notes = figures.series.notes!({ rows, state: view, lang: 'en' });
		expect(notes[0]).toMatch(/^Synthetic data/);
		expect(notes).toContain(
			'Only the credentials of one category: Provider type: Higher education institution.'
		);
		expect(notes.some((n) => n.startsWith('Each country is shown on its own'))).toBe(true);
		expect(notes.some((n) => n.startsWith('2025 is not complete'))).toBe(true);
		expect(notes.some((n) => n.startsWith('Hidden (c)'))).toBe(true);
		// The chart draws without a DOM, as at build time.
		expect(renderChartToSvg(option, { width: 880, height: 420 })).toContain('France');
	});

	it('draws the growth per year, the incomplete year pale, the year chosen standing out', () => {
		const option = figures.growth.chart({
			rows,
			state: state('filters=geo:FR|DE;year:2024'),
			lang: 'en'
		});
		const germany = series(option, 'DE')!;
		expect(germany.data.map((d) => [d.code, d.value])).toEqual([
			['2024', 100],
			['2025', null]
		]);
		expect(germany.data.map((d) => (d.itemStyle as { opacity?: number }).opacity)).toEqual([
			undefined,
			0.35
		]);
		// France's 2024 growth is hidden (its 2023 is).
		expect(series(option, '__hidden')!.data).toHaveLength(1);
		const table = figures.growth.table({ rows, state: view, lang: 'en' });
		expect(table.rows.map((r) => r[0].value)).toEqual([
			'2024',
			'2025 (up to 2025-06-30)',
			'2024',
			'2025 (up to 2025-06-30)'
		]);
	});

	it('gives a country profile its credentials and learners, the country fixed', () => {
		const figure = uptakeCountrySeriesFigure<{ anything: number }>({ geo: 'DE', context });
		expect(figure.query({ anything: 1 })).toEqual(figure.query({ anything: 2 }));
		expect(figure.query({ anything: 1 }).params).toContain('DE');
		expect(figure.title({ state: { anything: 1 }, lang: 'fr' })).toBe(
			'Microcertifications et apprenants au fil des années : Allemagne'
		);
		const option = figure.chart({ rows, state: { anything: 1 }, lang: 'en' });
		expect((option as unknown as Option).series.map((s) => s.id)).toEqual([
			'credentials',
			'learners'
		]);
		expect(series(option, 'credentials')!.data.map((d) => (d.value as number[])[1])).toEqual([
			10, 20, 0
		]);
		expect(marks(option)[0]).toBe('Synthetic data, not real records');
	});
});

describe('the Member States figures', () => {
	const rows: UptakeCountryRow[] = [
		{ geo: EU, year: 2024, ...values(300, 250) },
		{ geo: 'AT', year: 2024, ...values(10, 9) },
		{ geo: 'BE', year: 2024, ...values(30, 25) },
		{ geo: 'BG', year: 2024, ...values(null, null) },
		{ geo: 'CY', year: 2024, ...values(20, null) },
		// Another year: the figures show the year shown only (2024, the latest complete).
		{ geo: 'AT', year: 2023, ...values(999, 999) }
	];

	it('ranks by the rate, hidden last, the countries chosen in orange, the EU as a line', () => {
		const option = figures.ranking.chart({
			rows,
			state: state('filters=geo:AT&measure=learners'),
			lang: 'en'
		}) as unknown as Option & { yAxis: { data: string[] } };
		expect(option.yAxis.data).toEqual(['Belgium', 'Austria', 'Bulgaria', 'Cyprus']);
		const bars = series(option, 'rate')!.data;
		expect(bars.map((b) => [b.code, b.value])).toEqual([
			['BE', 0.025],
			['AT', 0.009],
			['BG', null],
			['CY', null]
		]);
		expect((bars[1].itemStyle as { color: string }).color).toBe('#D55E00');
		expect(series(option, '__hidden')!.data).toHaveLength(2);
		expect(series(option, 'rate')!.markLine).toMatchObject({ data: [{ xAxis: 0.25 }] });
		const table = figures.ranking.table({ rows, state: state(), lang: 'en' });
		expect(table.rows.map((r) => r[0].value)).toEqual([
			'European Union (27)',
			'Austria',
			'Belgium',
			'Bulgaria',
			'Cyprus'
		]);
		expect(table.rows[4].slice(1, 3)).toEqual([{ value: 20, flags: '' }, hidden]);
	});

	it('maps the rate with hidden countries hatched and the countries chosen outlined', () => {
		const input = countriesMapInput({
			shapes: ['AT', 'BG', 'CH'].map((geo) => ({
				geo,
				name: geo,
				member: geo !== 'CH',
				geometry: '[[[[0,0],[1,0],[1,1],[0,0]]]]'
			})),
			rows,
			state: state('filters=geo:AT|BG'),
			context,
			lang: 'en'
		});
		expect(input.areas.map((a) => [a.geo, a.value, a.flags])).toEqual([
			['AT', 0.01, ''],
			['BG', null, 'c'],
			['CH', null, '']
		]);
		expect(input.selected).toEqual(['AT', 'BG']);
		expect(input.noDataLabel).toBe('Hidden (c)');
	});
});

describe('the breakdown figure', () => {
	const row = (geo: string, category: string, v: UptakeValues, share: number | null) => ({
		geo,
		year: 2024,
		category,
		...v,
		credentials_share: share,
		learners_share: share
	});
	const rows: UptakeBreakdownRow[] = [
		row(EU, '_T', values(100, 90), 100),
		row(EU, 'vet', values(40, 38), 40),
		row(EU, 'hei', values(60, 55), 60),
		row(EU, 'UNK', values(null, null), null),
		{ ...row(EU, 'hei', values(7, 7), 7), year: 2023 }
	];

	it('says when a category of another dimension cannot cut it, and highlights its own', () => {
		expect(breakdownCut(state())).toBe('none');
		expect(breakdownCut(state('filters=provider_type:hei'))).toBe('highlight');
		const notCut = state('filters=field:06');
		expect(breakdownCut(notCut)).toBe('not_cut');
		const option = figures.breakdown.chart({ rows, state: notCut, lang: 'en' });
		expect(marks(option)).toContain(
			'Not cut by Field of education (ISCED-F 2013): Information and communication technologies'
		);
		expect(figures.breakdown.notes!({ rows, state: notCut, lang: 'en' })[1]).toBe(
			'Not cut by Field of education (ISCED-F 2013): Information and communication technologies. ' +
				'The published table has one characteristic at a time, so a category of one cannot cut the others.'
		);
		const highlighted = figures.breakdown.chart({
			rows,
			state: state('filters=provider_type:hei'),
			lang: 'en'
		});
		const bars = series(highlighted, EU)!.data;
		// Reading order: hei, vet, then "not given" (hidden).
		expect(
			bars.map((b) => [b.code, b.value, (b.itemStyle as { opacity?: number }).opacity])
		).toEqual([
			['hei', 60, undefined],
			['vet', 40, 0.35],
			['UNK', null, 0.35]
		]);
		expect(marks(highlighted)).toEqual(['Synthetic data, not real records']);
	});

	it('tables the total first, then the categories in reading order, hidden shares hidden', () => {
		const table = figures.breakdown.table({ rows, state: state(), lang: 'en' });
		expect(table.rows.map((r) => r[0].value)).toEqual([
			'All',
			'Higher education institution',
			'Vocational education and training provider',
			'Not given'
		]);
		expect(table.rows[3].slice(1, 3)).toEqual([hidden, hidden]);
		const topics = figures.breakdown.notes!({ rows, state: state('by=topic'), lang: 'en' });
		expect(topics).toContain(
			'Digital and green topics: a credential can be in two categories (digital and green), so the categories do not add up to the total.'
		);
	});
});

describe('the supply figure', () => {
	const rows: SupplyRow[] = [
		{
			geo: EU,
			provider_type: '_T',
			offers: 100,
			offers_in_public_catalogue: 40,
			share_in_public_catalogue: 40,
			providers: 20,
			flags: ''
		},
		{
			geo: EU,
			provider_type: 'vet',
			offers: 40,
			offers_in_public_catalogue: 10,
			share_in_public_catalogue: 25,
			providers: 12,
			flags: ''
		},
		{
			geo: EU,
			provider_type: 'hei',
			offers: 60,
			offers_in_public_catalogue: 30,
			share_in_public_catalogue: 50,
			providers: 8,
			flags: ''
		}
	];

	it('splits the offers into listed and not listed, and says what it cannot cut', () => {
		const view = state('filters=year:2024;provider_type:vet');
		const option = figures.supply.chart({ rows, state: view, lang: 'en' });
		const listed = series(option, `${EU}-listed`)!.data;
		const notListed = series(option, `${EU}-not_listed`)!.data;
		expect(listed.map((b) => [b.code, b.value])).toEqual([
			['hei', 30],
			['vet', 10]
		]);
		expect(notListed.map((b) => b.value)).toEqual([30, 30]);
		expect((listed[0].itemStyle as { opacity?: number }).opacity).toBe(0.35);
		expect(figures.supply.notes!({ rows, state: view, lang: 'en' })).toContain(
			'The catalogue has no year: these offers are not those of 2024 only.'
		);
		const notes = figures.supply.notes!({ rows, state: state('filters=topic:green'), lang: 'en' });
		expect(notes).toContain(
			'Not cut by Digital and green topics: Green. The catalogue has provider types only.'
		);
		const table = figures.supply.table({ rows, state: view, lang: 'en' });
		expect(table.rows.map((r) => [r[0].value, r[3].value])).toEqual([
			['All', 40],
			['Higher education institution', 50],
			['Vocational education and training provider', 25]
		]);
	});
});

describe('the page’s words', () => {
	it('sums up the year shown for each place, hidden counts said to be hidden', () => {
		const rows: UptakeSeriesRow[] = [
			{ geo: 'FR', year: 2024, ...values(1234, 1000, { growth_yoy: 12.34 }) },
			{ geo: 'DE', year: 2024, ...values(50, null, { growth_yoy: -5 }) }
		];
		expect(
			headlineSentences({ rows, geos: ['FR', 'DE'], year: 2024, context, lang: 'en' })
		).toEqual([
			'France, 2024: 1,234 micro-credentials issued to 1,000 learners, that is 1.234 credentials and 1.000 learners per 1 000 adults aged 25-64; +12.3 % credentials on 2023.',
			'Germany, 2024: 50 micro-credentials issued to hidden learners, that is 0.050 credentials and hidden learners per 1 000 adults aged 25-64; -5.0 % credentials on 2023.'
		]);
	});

	it('names the chips', () => {
		const label = (dimension: string, value: string) =>
			chipLabel({ chip: { dimension, value }, t, lang: 'en', context });
		expect(label('geo', 'EL')).toBe('Country: Greece');
		expect(label('year', '2025')).toBe('Year: 2025 (up to 2025-06-30)');
		expect(label('funding', 'individual_learning_account')).toBe(
			'Funding: Individual learning account'
		);
		expect(label('eqf_level', '6')).toBe('EQF level: EQF level 6');
	});

	it('lightens a colour and reads the code of a bar clicked', () => {
		expect(tint('#0072B2', 0)).toBe('#0072b2');
		expect(tint('#000000', 0.5)).toBe('#808080');
		expect(tint('#0072B2', 1)).toBe('#ffffff');
		expect(clickedCode({ data: { value: 3, code: 'hei' } })).toBe('hei');
		expect(clickedCode({ data: 3 })).toBeUndefined();
		expect(clickedCode({})).toBeUndefined();
	});
});
