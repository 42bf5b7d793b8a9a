import { describe, expect, it } from 'vitest';
import { buildCitation } from '../../../src/lib/export/citation';

const english = { source: 'Source', release: 'Data release', accessed: 'accessed' };
const french = { source: 'Source', release: 'Publication des données', accessed: 'consulté le' };

const common = {
	title: 'Adult participation in learning, last 4 weeks, women',
	publisher: 'Uptake',
	sources: ['Eurostat trng_lfse_04'],
	release: '2026-05-01 (pipeline 0.1.0)',
	url: 'https://host/participation?geo=FR&sex=F',
	accessed: '2026-12-04'
};

describe('buildCitation', () => {
	it('names the publisher, year, title, sources, release, exact view and access date', () => {
		expect(buildCitation({ ...common, labels: english })).toBe(
			'Uptake (2026). Adult participation in learning, last 4 weeks, women. Source: Eurostat trng_lfse_04; Data release: 2026-05-01 (pipeline 0.1.0). https://host/participation?geo=FR&sex=F (accessed 2026-12-04).'
		);
	});

	it('takes its words from the labels and joins several sources', () => {
		expect(
			buildCitation({
				...common,
				title: 'Participation des adultes à la formation, 4 dernières semaines, femmes',
				sources: ['Eurostat trng_lfse_04', 'Eurostat edat_lfse_03'],
				url: 'https://host/fr/participation?geo=FR&sex=F',
				labels: french
			})
		).toBe(
			'Uptake (2026). Participation des adultes à la formation, 4 dernières semaines, femmes. Source: Eurostat trng_lfse_04; Eurostat edat_lfse_03; Publication des données: 2026-05-01 (pipeline 0.1.0). https://host/fr/participation?geo=FR&sex=F (consulté le 2026-12-04).'
		);
	});

	it('takes the year of the release, else of the access date', () => {
		expect(buildCitation({ ...common, release: '2025-11-30', labels: english })).toMatch(
			/^Uptake \(2025\)\. /
		);
		expect(buildCitation({ ...common, release: 'unknown', labels: english })).toBe(
			'Uptake (2026). Adult participation in learning, last 4 weeks, women. Source: Eurostat trng_lfse_04; Data release: unknown. https://host/participation?geo=FR&sex=F (accessed 2026-12-04).'
		);
	});

	it('stays on one line and adds no second full stop', () => {
		expect(
			buildCitation({
				...common,
				title: 'Who learns?\nA view',
				sources: [],
				release: '2026-05-01',
				labels: english
			})
		).toBe(
			'Uptake (2026). Who learns? A view. Data release: 2026-05-01. https://host/participation?geo=FR&sex=F (accessed 2026-12-04).'
		);
	});
});
