import { describe, expect, it } from 'vitest';
import { buildCitation } from '../../../src/lib/export/citation';
import { figureFileName } from '../../../src/lib/export/file-name';

describe('buildCitation', () => {
	const common = {
		title: 'Adult participation in learning, last 4 weeks, women',
		sources: ['Eurostat, trng_lfse_04 (2025-05-01)', 'Uptake, uptake'],
		release: '2026-05-01 (pipeline 0.1.0)',
		url: 'https://host/participation?geo=FR&sex=F',
		accessed: '2026-12-04'
	};
	it('names the title, the sources, the release, the exact view and the access date', () => {
		expect(
			buildCitation({
				...common,
				publisher: 'Uptake',
				labels: { source: 'Source', release: 'Data release', accessed: 'accessed' }
			})
		).toBe(
			'Uptake (2026). Adult participation in learning, last 4 weeks, women. Source: Eurostat, trng_lfse_04 (2025-05-01); Uptake, uptake; Data release: 2026-05-01 (pipeline 0.1.0). https://host/participation?geo=FR&sex=F (accessed 2026-12-04).'
		);
	});
	it('takes its words from the labels, and the year from the access date without a release year', () => {
		expect(
			buildCitation({
				...common,
				release: 'unknown',
				publisher: 'Uptake',
				labels: { source: 'Quelle', release: 'Datenstand', accessed: 'abgerufen am' }
			})
		).toBe(
			'Uptake (2026). Adult participation in learning, last 4 weeks, women. Quelle: Eurostat, trng_lfse_04 (2025-05-01); Uptake, uptake; Datenstand: unknown. https://host/participation?geo=FR&sex=F (abgerufen am 2026-12-04).'
		);
	});
});

describe('figureFileName', () => {
	it('names the figure and its view in ASCII', () => {
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
		expect(figureFileName({ figureId: 'f', view: 'q=Ré/../../x y', extension: 'svg' })).toBe(
			'f_q-R-x-y.svg'
		);
		expect(
			figureFileName({ figureId: 'f', view: 'g='.repeat(200), extension: 'txt' }).length
		).toBeLessThanOrEqual(124);
	});
});
