import { describe, expect, it } from 'vitest';
import { INCLUSION_GEOS, INCLUSION_GROUPS } from '../../../core/queries/inclusion';
import { renderChartToSvg } from '../../../src/lib/charts/echarts';
import { ratioAxisMax } from '../../../src/lib/dashboards/inclusion/comparison-chart';
import { baselineText } from '../../../src/lib/dashboards/inclusion/comparison-figure';
import {
	countryLines,
	inclusionCountryFigure
} from '../../../src/lib/dashboards/inclusion/country-figure';
import { inclusionGroupFigure } from '../../../src/lib/dashboards/inclusion/group-figure';
import {
	heatGrid,
	inclusionHeatmapFigure
} from '../../../src/lib/dashboards/inclusion/heatmap-figure';
import { withSyntheticMark } from '../../../src/lib/dashboards/inclusion/labels';
import { figureOptions } from '../../../src/lib/dashboards/inclusion/page-tables';
import { inclusionProfileFigure } from '../../../src/lib/dashboards/inclusion/profile-figure';
import { inclusionState } from '../../../src/lib/dashboards/inclusion/state';
import { buildFigureCsv } from '../../../src/lib/export/figure-csv';
import { createTranslator } from '../../../src/lib/i18n/translate';
import type { ManifestTable } from '../../../core/contract/manifest';
import { hiddenRow, inclusionRow } from './inclusion-fixtures';

const t = createTranslator('en');
const synthetic = { synthetic: true };
const state = { ...inclusionState.defaults({ years: [2025] }), geo: 'PT' };
const rows = [
	inclusionRow({ geo: 'EU27_2020' }),
	hiddenRow(),
	inclusionRow({
		group: 'unemployed',
		population_share: null,
		population_year: null,
		population_basis: null,
		representation_ratio: null,
		aes_rate_ratio: 0.8,
		aes_flags: 'u'
	}),
	inclusionRow({
		group: 'refugee',
		learners_in_group: 0,
		learners_with_known_attribute: 0,
		share_of_learners: null,
		population_share: null,
		population_year: null,
		population_basis: null,
		representation_ratio: null,
		aes_rate_ratio: null
	}),
	inclusionRow({ geo: 'FR', group: 'unemployed', population_share: 10, representation_ratio: 0.9 })
];

describe('the heat map', () => {
	const figure = inclusionHeatmapFigure(synthetic);
	const input = { rows, state, lang: 'en' as const };

	it('has a cell for every country and group, a missing row being "no records"', () => {
		const grid = heatGrid(rows, 'ratio');
		expect(grid.cells).toHaveLength(INCLUSION_GEOS.length);
		expect(grid.cells.every((line) => line.length === INCLUSION_GROUPS.length)).toBe(true);
		expect(grid.cells[INCLUSION_GEOS.indexOf('DE')][0].cell.state).toBe('no_records');
		// Unemployed: PT on the AES ratio, FR on a representation ratio: a mixed column.
		expect(grid.bases[INCLUSION_GROUPS.indexOf('unemployed')]).toBe('mixed');
		expect(grid.bases[INCLUSION_GROUPS.indexOf('low_qualified')]).toBe('population');
		expect(grid.bases[INCLUSION_GROUPS.indexOf('refugee')]).toBeNull();
		expect(heatGrid(rows, 'aes').bases[INCLUSION_GROUPS.indexOf('unemployed')]).toBe('aes');
	});

	it('puts each cell in the table with its flags, and says why a cell has no number', () => {
		const table = figure.table(input);
		expect(table.caption).toBe(
			'Representation ratio by country and group, 2025 (AES participation ratio where the column says AES; 1 = parity)'
		);
		expect(table.columns.map((c) => c.key)).toEqual(['geo', ...INCLUSION_GROUPS]);
		expect(table.columns[2].label).toBe('Unemployed (ratio, AES where marked)');
		const pt = table.rows[INCLUSION_GEOS.indexOf('PT')];
		expect(pt[0].value).toBe('Portugal');
		expect(pt[1]).toEqual({ value: null, flags: 'c', missing: 'hidden' });
		expect(pt[2]).toEqual({ value: 0.8, flags: 'u', missing: undefined });
		expect(pt[1 + INCLUSION_GROUPS.indexOf('refugee')]).toMatchObject({
			value: null,
			missing: 'no baseline'
		});
		expect(pt[1 + INCLUSION_GROUPS.indexOf('older_55_64')].missing).toBe('no records');
		// The CSV says "hidden" with the flag, never an empty or 0 cell.
		const csv = buildFigureCsv({
			table,
			unit: table.unit,
			source: 'test',
			headers: { flags: (l) => `${l} flags`, unit: 'unit', source: 'source' }
		});
		const ptLine = csv.split('\r\n').find((line) => line.startsWith('Portugal'))!;
		expect(ptLine.split(',').slice(1, 5)).toEqual(['hidden', 'c', '0.8', 'u']);
	});

	it('draws hidden cells hatched and labelled, cells without a baseline labelled, and says it is synthetic', () => {
		const option = figure.chart(input);
		const svg = renderChartToSvg(option, { width: 880, height: figure.height! });
		expect(svg).toContain('Synthetic data, not real records');
		expect(svg).toContain('>hidden<');
		expect(svg).toContain('>no baseline<');
		expect(svg).toContain('>no records<');
		expect(svg).toContain('0.43');
		expect(svg).toContain('0.80 A');
		// The legend: the classes around parity and every kind of missing cell.
		expect(svg).toContain('0.90–1.10');
		expect(svg).toContain('not recorded');
		expect(svg).toContain('dashed, A: AES participation ratio');
		const official = inclusionHeatmapFigure({ synthetic: false }).chart(input);
		expect(renderChartToSvg(official, { width: 880, height: 800 })).not.toContain('Synthetic');
	});

	it('notes what it is, where the baselines come from, the hidden cells and the AES cells', () => {
		const notes = figure.notes!(input);
		expect(notes[0]).toMatch(/^Synthetic data:/);
		expect(notes.join('\n')).toContain('edat_lfse_03');
		expect(notes.join('\n')).toContain('demo_pjangroup');
		expect(notes.join('\n')).toContain('ilc_lvho01');
		expect(notes).toContain(
			'One cell is hidden by disclosure control (flag c): its counts, share and ratio are withheld, never shown as 0.'
		);
		expect(notes).toContain(
			'On the AES participation ratio for lack of a population baseline: Portugal (Unemployed).'
		);
		expect(notes.join('\n')).toMatch(/No population baseline and no AES ratio for: .*Refugees/);
		expect(figureOptions([{ name: 'inclusion', kind: 'official' } as ManifestTable])).toEqual({
			synthetic: false
		});
		expect(figureOptions([{ name: 'inclusion', kind: 'synthetic' } as ManifestTable])).toEqual(
			synthetic
		);
	});
});

describe('the group comparison and the country profile', () => {
	it('tables every country with its counts, shares, baseline and both ratios, hidden as hidden', () => {
		const figure = inclusionGroupFigure(synthetic);
		const table = figure.table({ rows: rows.slice(0, 2), state, lang: 'en' });
		expect(table.columns.map((c) => c.key)).toEqual([
			'item',
			'learners_in_group',
			'learners_known',
			'share',
			'population',
			'baseline',
			'ratio',
			'aes_ratio',
			'aes_year'
		]);
		const [eu, pt] = table.rows;
		expect(eu.map((c) => c.value)).toEqual([
			'European Union (27)',
			90,
			1000,
			9,
			21,
			'edat_lfse_03, 2021, adults aged 25-64',
			9 / 21,
			0.5,
			'2022'
		]);
		expect(pt.slice(1, 4)).toEqual([
			{ value: null, flags: 'c', missing: 'hidden' },
			{ value: null, flags: 'c', missing: 'hidden' },
			{ value: null, flags: 'c', missing: 'hidden' }
		]);
		expect(pt[6]).toEqual({ value: null, flags: 'c', missing: 'hidden' });
		// The population share and the AES ratio are official and stay.
		expect(pt[4].value).toBe(21);
		expect(pt[7].value).toBe(0.5);
		expect(figure.title({ state, lang: 'en' })).toBe(
			'Low-qualified adults (ISCED 0-2): share of the learners against share of the population, 2025'
		);
		const svg = renderChartToSvg(figure.chart({ rows: rows.slice(0, 2), state, lang: 'en' }), {
			width: 880,
			height: figure.height!
		});
		expect(svg).toContain('hidden');
		expect(svg).toContain('parity');
	});

	it('says when a group has only the AES ratio, or no baseline at all', () => {
		const figure = inclusionGroupFigure({ synthetic: false });
		const unemployed = { ...state, group: 'unemployed' as const };
		expect(figure.notes!({ rows: [rows[2]], state: unemployed, lang: 'en' })).toContain(
			'Unemployed have no population baseline: the right-hand side shows the AES participation ratio (adult learning as a whole), not the representation of the group among micro-credential learners.'
		);
		const refugee = { ...state, group: 'refugee' as const };
		expect(figure.notes!({ rows: [rows[3]], state: refugee, lang: 'en' }).join('\n')).toContain(
			'Refugees have neither a population baseline nor an AES ratio'
		);
	});

	it('keeps the ratio axis at 2 or above, a half above the largest ratio', () => {
		const item = (r: number | null, a: number | null) => ({
			label: '',
			emphasis: false,
			row: inclusionRow({ representation_ratio: r, aes_rate_ratio: a })
		});
		expect(ratioAxisMax([item(0.4, 0.5)])).toBe(2);
		expect(ratioAxisMax([item(2.2, null)])).toBe(2.5);
		expect(ratioAxisMax([item(null, 3)])).toBe(3);
		expect(ratioAxisMax([])).toBe(2);
	});

	it('gives the lead a profile figure: one country fixed, its groups in its latest year', () => {
		const figure = inclusionProfileFigure(synthetic);
		expect(figure.id).toBe('inclusion-profile');
		const query = figure.query({ geo: 'PT' });
		expect(query.tables).toEqual(['inclusion']);
		expect(query.params).toContain('PT');
		const ptRows = rows.filter((r) => r.geo === 'PT');
		const table = figure.table({ rows: ptRows, state: { geo: 'PT' }, lang: 'en' });
		expect(table.caption).toBe('Groups of learners in Portugal, 2025');
		expect(table.rows.map((r) => r[0].value)).toEqual([
			'Low-qualified adults (ISCED 0-2)',
			'Unemployed',
			'Refugees'
		]);
		expect(figure.title({ state: { geo: 'PT' }, lang: 'fr' })).toBe(
			'Portugal : les groupes parmi les apprenants des microcertifications, dernière année'
		);
	});

	it('names where a population share comes from', () => {
		expect(baselineText(t, inclusionRow())).toBe('edat_lfse_03, 2021, adults aged 25-64');
		expect(
			baselineText(
				t,
				inclusionRow({ group: 'rural', population_basis: 'all_ages', population_year: 2024 })
			)
		).toBe('ilc_lvho01, 2024, the population of all ages');
		expect(baselineText(t, inclusionRow({ population_share: null }))).toBe('no baseline');
	});
});

describe('the country over time', () => {
	it('draws every group, the chosen one thick, ratios only for groups with a baseline, hidden as a gap', () => {
		const series = [
			inclusionRow({ year: 2024, share_of_learners: 8 }),
			hiddenRow({ year: 2025 }),
			inclusionRow({
				year: 2024,
				group: 'refugee',
				share_of_learners: 1,
				population_share: null,
				representation_ratio: null
			})
		];
		const lines = countryLines(series, { group: 'refugee' }, (g) => g);
		expect(lines).toHaveLength(INCLUSION_GROUPS.length);
		expect(lines[0]).toMatchObject({
			key: 'low_qualified',
			emphasis: false,
			shares: [
				[2024, 8],
				[2025, null]
			],
			ratios: [
				[2024, 9 / 21],
				[2025, null]
			]
		});
		const refugee = lines.find((l) => l.key === 'refugee')!;
		expect(refugee).toMatchObject({ emphasis: true, shares: [[2024, 1]], ratios: [] });
		const figure = inclusionCountryFigure(synthetic);
		const svg = renderChartToSvg(figure.chart({ rows: series, state, lang: 'en' }), {
			width: 880,
			height: figure.height!
		});
		expect(svg).toContain('Synthetic data, not real records');
		expect(svg).toContain('hidden');
		const table = figure.table({ rows: series, state, lang: 'en' });
		expect(table.rows.map((r) => [r[0].value, r[1].value])).toEqual([
			['Low-qualified adults (ISCED 0-2)', '2024'],
			['Low-qualified adults (ISCED 0-2)', '2025'],
			['Refugees', '2024']
		]);
		expect(table.rows[1][4]).toEqual({ value: null, flags: 'c', missing: 'hidden' });
	});
});

describe('the synthetic mark', () => {
	it('goes on top of the chart (the kit’s mark) and keeps the chart’s own graphic', () => {
		const message = { type: 'text', style: { text: 'No data' } };
		const marked = withSyntheticMark({ graphic: message }, { synthetic: true, lang: 'fr' });
		expect(marked.graphic).toEqual([
			expect.objectContaining({
				style: expect.objectContaining({
					text: 'Données synthétiques, pas des enregistrements réels'
				})
			}),
			message
		]);
		const plain = { series: [] };
		expect(withSyntheticMark(plain, { synthetic: false, lang: 'en' })).toBe(plain);
	});
});
