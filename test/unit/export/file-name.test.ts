import { describe, expect, it } from 'vitest';
import { figureFileName } from '../../../src/lib/export/file-name';

describe('figureFileName', () => {
	it('names the figure and its view, one part per query parameter', () => {
		expect(
			figureFileName({
				figureId: 'participation-series',
				view: 'geo=EU27_2020,FR&sex=F',
				extension: 'csv'
			})
		).toBe('participation-series_geo-EU27_2020-FR_sex-F.csv');
		expect(figureFileName({ figureId: 'participation-series', view: '', extension: 'png' })).toBe(
			'participation-series.png'
		);
	});

	it('keeps only [A-Za-z0-9_.-], collapses runs and folds accents', () => {
		expect(figureFileName({ figureId: 'f', view: 'q=Ré/../../x  y', extension: 'svg' })).toBe(
			'f_q-Re-x-y.svg'
		);
		expect(figureFileName({ figureId: '.hidden', view: 'v=1.5%2C2', extension: 'txt' })).toBe(
			'hidden_v-1.5-2.txt'
		);
		expect(figureFileName({ figureId: '日本', view: '', extension: 'csv' })).toBe('figure.csv');
	});

	it('keeps at most 120 characters before the extension', () => {
		const name = figureFileName({ figureId: 'f', view: `g=${'A,'.repeat(200)}`, extension: 'png' });
		expect(name).toMatch(/^[A-Za-z0-9_.-]+\.png$/);
		expect(name.length - '.png'.length).toBeLessThanOrEqual(120);
		expect(name).not.toMatch(/-\.png$/);
	});
});
