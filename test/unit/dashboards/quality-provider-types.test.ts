import { describe, expect, it } from 'vitest';
import {
	buildCompletenessByProviderTypeSql,
	COMPLETENESS_ELEMENTS,
	type ProviderTypeCompletenessRow
} from '../../../core/queries/quality';
import { createQualityFigures } from '../../../src/lib/dashboards/quality/figures';
import {
	elementColumnLabel,
	providerTypesOf,
	rowsByTypeAndElement
} from '../../../src/lib/dashboards/quality/provider-types-figure';
import {
	SHARE_GRID_COLOURS,
	SHARE_GRID_HIDDEN,
	shareColours
} from '../../../src/lib/dashboards/quality/share-grid';
import { qualityState, sameFigureView } from '../../../src/lib/dashboards/quality/state';
import { createTranslator } from '../../../src/lib/i18n/translate';

const t = createTranslator('en');
const figure = createQualityFigures({ synthetic: true }).providerTypes;
const official = createQualityFigures({ synthetic: false }).providerTypes;
const state = { ...qualityState.defaults(), geo: 'AT', year: 2023 };

/** One type's twelve rows: `records` records, `with` carrying each element (null: hidden). */
function typeRows(
	type: string,
	records: number | null,
	withElement: (element: string) => number | null
): ProviderTypeCompletenessRow[] {
	return COMPLETENESS_ELEMENTS.map((element) => {
		const w = records === null ? null : withElement(element);
		return {
			geo: 'AT',
			year: 2023,
			provider_type: type,
			element,
			records,
			records_with_element: w,
			share: w === null || records === null ? null : (100 * w) / records,
			flags: w === null || records === null ? 'c' : ''
		};
	});
}

// AT 2023, by hand: 19 records, 14 with element vi; hei 10 (all elements), employer 5 without
// element vi (so none with all eleven), vet 4 with element vi hidden.
const rows = [
	...typeRows('_T', 19, (e) => (e === '6' || e === 'all' ? 14 : 19)),
	...typeRows('hei', 10, () => 10),
	...typeRows('vet', 4, (e) => (e === '6' ? null : 4)),
	...typeRows('employer', 5, (e) => (e === '6' || e === 'all' ? 0 : 5))
];
const input = { rows, state, lang: 'en' as const };

describe('completeness per provider type: the query', () => {
	it('reads the provider-type table for one geo and year (0: its latest)', () => {
		const query = buildCompletenessByProviderTypeSql({ geo: 'AT', year: 0 });
		expect(query.tables).toEqual(['annex1_completeness_by_provider_type']);
		expect(query.params).toEqual([0, 0, 'AT']);
		expect(query.sql).toContain('max(year) FROM "annex1_completeness_by_provider_type"');
		expect(query.sql).toContain("WHEN '_T' THEN 0 WHEN 'hei' THEN 1");
		expect(figure.query(state)).toEqual(
			buildCompletenessByProviderTypeSql({ geo: 'AT', year: 2023 })
		);
	});

	it('is asked again for a new country or year, not for a new element', () => {
		const same = sameFigureView.providerTypes;
		expect(same(state, { ...state, element: '6' })).toBe(true);
		expect(same(state, { ...state, geo: 'BE' })).toBe(false);
		expect(same(state, { ...state, year: 2022 })).toBe(false);
	});
});

describe('completeness per provider type: the figure', () => {
	it('keeps the rows’ order of types, and indexes them by type and element', () => {
		expect(providerTypesOf(rows)).toEqual(['_T', 'hei', 'vet', 'employer']);
		expect(rowsByTypeAndElement(rows).get('employer')?.get('6')?.share).toBe(0);
	});

	it('names the columns by their numeral in Annex I, then all eleven', () => {
		expect(COMPLETENESS_ELEMENTS.map((e) => elementColumnLabel(t, e))).toEqual([
			'(i)',
			'(ii)',
			'(iii)',
			'(iv)',
			'(v)',
			'(vi)',
			'(vii)',
			'(viii)',
			'(ix)',
			'(x)',
			'(xi)',
			'All 11'
		]);
	});

	it('colours a share by the band it falls in, boundaries included', () => {
		expect(shareColours(0)).toBe(SHARE_GRID_COLOURS[0]);
		expect(shareColours(49.99)).toBe(SHARE_GRID_COLOURS[0]);
		expect(shareColours(50)).toBe(SHARE_GRID_COLOURS[1]);
		expect(shareColours(74.99)).toBe(SHARE_GRID_COLOURS[1]);
		expect(shareColours(75)).toBe(SHARE_GRID_COLOURS[2]);
		expect(shareColours(90)).toBe(SHARE_GRID_COLOURS[3]);
		expect(shareColours(100)).toBe(SHARE_GRID_COLOURS[3]);
	});

	it('draws a cell per type and element, a hidden one as hidden, never 0, and says synthetic', () => {
		const option = figure.chart(input) as {
			series: { data: { value: [number, number]; tooltip: string[] }[] }[];
			yAxis: { data: string[] };
			xAxis: { data: string[] };
			graphic: { style?: { text?: string } }[];
		};
		expect(option.yAxis.data).toEqual([
			'All',
			'Higher education institution',
			'Vocational education and training provider',
			'Employer'
		]);
		expect(option.xAxis.data).toHaveLength(12);
		const cells = option.series[0].data;
		expect(cells).toHaveLength(4 * 12);
		// vet (row 2), element vi (column 5): hidden, said so in the tooltip.
		const vet6 = cells.find((c) => c.value[0] === 5 && c.value[1] === 2)!;
		expect(vet6.tooltip).toEqual([
			'Vocational education and training provider · (vi) Learning outcomes',
			'hidden (c): hidden (c) of 4 records'
		]);
		// employer, all eleven: 0 of 5, a real 0.
		const employerAll = cells.find((c) => c.value[0] === 11 && c.value[1] === 3)!;
		expect(employerAll.tooltip[1]).toBe('0.0 %: 0 of 5 records');
		// _T, element vi: 14 of 19.
		expect(cells.find((c) => c.value[0] === 5 && c.value[1] === 0)!.tooltip[1]).toBe(
			'73.7 %: 14 of 19 records'
		);
		expect(JSON.stringify(option.graphic)).toContain('Synthetic data, not real records');
		expect(JSON.stringify(official.chart(input))).not.toContain('Synthetic data');
		expect(JSON.stringify(option)).toContain(SHARE_GRID_HIDDEN);
	});

	it('tables a row per type: its records, then the share of each element, hidden with c', () => {
		const table = figure.table(input);
		expect(table.caption).toBe(
			'Share of issuance records carrying each mandatory Annex I element, and all eleven at once, by provider type: Austria, 2023'
		);
		expect(table.columns.map((c) => c.key)).toEqual([
			'provider_type',
			'records',
			...COMPLETENESS_ELEMENTS.map((e) => `share_${e}`)
		]);
		const vet = table.rows[2];
		expect(vet[0]).toEqual({ value: 'Vocational education and training provider' });
		// The records are published; the share of element vi is not.
		expect(vet[1]).toEqual({ value: 4, flags: '' });
		expect(vet[2 + 5]).toEqual({ value: null, flags: 'c' });
		expect(vet[2 + 4]).toEqual({ value: 100, flags: '' });
		expect(table.rows[3][2 + 11]).toEqual({ value: 0, flags: '' });
	});

	it('hides the records too when they are what is hidden', () => {
		const hiddenRecords = typeRows('vet', null, () => 4);
		const table = figure.table({ ...input, rows: hiddenRecords });
		expect(table.rows[0][1]).toEqual({ value: null, flags: 'c' });
		expect(table.rows[0].slice(2).every((c) => c.value === null && c.flags === 'c')).toBe(true);
	});

	it('explains the cells, and the hidden ones only when there are', () => {
		const notes = figure.notes!(input);
		expect(notes[0]).toMatch(/^Synthetic data/);
		expect(notes.join(' ')).toContain('Hidden (c)');
		const visible = rows.filter((r) => r.provider_type !== 'vet');
		expect(figure.notes!({ ...input, rows: visible }).join(' ')).not.toContain('Hidden (c)');
		expect(official.notes!(input).join(' ')).not.toContain('Synthetic data');
	});

	it('says there are no records rather than drawing an empty grid', () => {
		const option = figure.chart({ ...input, rows: [] });
		expect(JSON.stringify(option)).toContain('No records for Austria in 2023.');
		expect(figure.title({ state: { ...state, year: 0 }, lang: 'fr' })).toBe(
			'Enregistrements portant chaque élément obligatoire de l’annexe I, par type de prestataire : Autriche, dernière année'
		);
	});
});
