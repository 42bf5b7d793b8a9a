import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../../core/queries/national-measures';
import {
	countryMeasuresFigure as measuresFigure,
	measuresPerParagraph,
	paragraphLabel
} from '../../../src/lib/dashboards/country/measures-figure';
import { profileGeo, profileSlug } from '../../../src/lib/dashboards/country/state';

const measure = (paragraph: string, status: string, id: string): MeasureRow => ({
	measure_id: id,
	paragraph,
	status,
	title: `Measure ${id}`,
	start_date: '2023-01-01',
	budget_eur: 1000
});

describe('country profiles', () => {
	it('are at /country/<code in lower case> for the 27 Member States only', () => {
		expect(profileSlug('EL')).toBe('el');
		expect(profileGeo('el')).toBe('EL');
		expect(profileGeo('fr')).toBe('FR');
		expect(profileGeo('FR')).toBeUndefined(); // one address per profile
		expect(profileGeo('no')).toBeUndefined(); // not a Member State
		expect(profileGeo('eu27_2020')).toBeUndefined();
	});
});

describe('national measures of a profile', () => {
	const countryMeasuresFigure = measuresFigure({ synthetic: true });
	const rows = [
		measure('6a', 'implemented', 'm1'),
		measure('6a', 'planned', 'm2'),
		measure('6a', 'implemented', 'm3'),
		measure('11b', 'in_progress', 'm4')
	];

	it('write paragraphs as the Recommendation does', () => {
		expect(paragraphLabel('11b')).toBe('11(b)');
		expect(paragraphLabel('10')).toBe('10');
	});

	it('count the measures per paragraph and status, paragraphs in the order given', () => {
		expect(measuresPerParagraph(rows)).toEqual({
			paragraphs: ['6a', '11b'],
			byStatus: [
				{ status: 'planned', counts: [1, 0] },
				{ status: 'in_progress', counts: [0, 1] },
				{ status: 'implemented', counts: [2, 0] }
			]
		});
	});

	it('chart the counts, say the data are synthetic on the chart, and list every measure', () => {
		const input = { rows, state: { geo: 'FR' }, lang: 'en' as const };
		const option = countryMeasuresFigure.chart(input) as {
			series: { name: string; data: number[] }[];
			graphic: { style: { text: string } }[];
			yAxis: { data: string[] };
		};
		expect(option.yAxis.data).toEqual(['Para 6(a)', 'Para 11(b)']);
		expect(option.series.map((s) => [s.name, s.data])).toEqual([
			['Planned', [1, 0]],
			['In progress', [0, 1]],
			['Implemented', [2, 0]]
		]);
		expect(option.graphic[0].style.text).toBe('Synthetic data, not real records');
		const table = countryMeasuresFigure.table(input);
		expect(table.rows.map((r) => [r[0].value, r[2].value])).toEqual([
			['6(a)', 'Implemented'],
			['6(a)', 'Planned'],
			['6(a)', 'Implemented'],
			['11(b)', 'In progress']
		]);
		expect(countryMeasuresFigure.title({ state: { geo: 'FR' }, lang: 'fr' })).toBe(
			'France : mesures nationales par point de la recommandation'
		);
	});

	it('say the data are synthetic only when they are', () => {
		const real = measuresFigure({ synthetic: false });
		const input = { rows, state: { geo: 'FR' }, lang: 'en' as const };
		expect(JSON.stringify(real.chart(input))).not.toContain('Synthetic');
		expect(real.notes?.(input)).toHaveLength(1);
		expect(countryMeasuresFigure.notes?.(input)).toContain('Synthetic data, not real records');
	});

	it('say so when a country reports no measure', () => {
		const option = countryMeasuresFigure.chart({ rows: [], state: { geo: 'MT' }, lang: 'en' }) as {
			graphic: { style: { text: string } } | { style: { text: string } }[];
		};
		expect(JSON.stringify(option.graphic)).toContain('No national measure is reported for Malta.');
		expect(JSON.stringify(option.graphic)).toContain('Synthetic data, not real records');
	});
});
