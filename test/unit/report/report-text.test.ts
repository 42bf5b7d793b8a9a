import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../../core/queries/national-measures';
import {
	measuresByParagraph,
	REPORTED_PARAGRAPHS
} from '../../../src/lib/report/measures-by-paragraph';
import { measuresBlocks, measuresSentence } from '../../../src/lib/report/report-text';

const measure = (paragraph: string, status: string, title: string): MeasureRow => ({
	measure_id: `${paragraph}-${title}`,
	paragraph,
	status,
	title,
	start_date: null,
	budget_eur: null
});

const rows = [
	measure('6a', 'implemented', 'Template'),
	measure('6b', 'planned', 'Guidance'),
	measure('11j', 'in_progress', 'Catalogue'),
	measure('15b', 'implemented', 'Review')
];

describe('measuresByParagraph', () => {
	it('lists every paragraph 6 to 15, lettered points under their paragraph', () => {
		expect(REPORTED_PARAGRAPHS).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
		const groups = measuresByParagraph(rows);
		expect(groups.map((g) => [g.paragraph, g.measures.map((m) => m.title)])).toEqual([
			[6, ['Template', 'Guidance']],
			[7, []],
			[8, []],
			[9, []],
			[10, []],
			[11, ['Catalogue']],
			[12, []],
			[13, []],
			[14, []],
			[15, ['Review']]
		]);
		expect(groups[0].byStatus).toEqual([
			{ status: 'planned', count: 1 },
			{ status: 'in_progress', count: 0 },
			{ status: 'implemented', count: 1 }
		]);
	});

	it('has every paragraph empty when nothing is reported', () => {
		const groups = measuresByParagraph([]);
		expect(groups).toHaveLength(10);
		expect(groups.every((g) => g.measures.length === 0)).toBe(true);
	});
});

describe('the measures text', () => {
	it('counts by status and paragraphs reported', () => {
		expect(measuresSentence(rows, 'en')).toBe(
			'4 national measures reported (2 implemented, 1 in progress, 1 planned), under 3 of the 10 paragraphs addressed to Member States.'
		);
	});

	it('gives each paragraph its measures with their status, and says when there is none', () => {
		const [list] = measuresBlocks(rows, 'en');
		expect(list.kind).toBe('list');
		const items = list.kind === 'list' ? list.items : [];
		expect(items[0]).toBe('Para 6 (2): Template (Implemented); Guidance (Planned)');
		expect(items[1]).toBe('Para 7: no measure reported.');
		expect(items[5]).toBe('Para 11 (1): Catalogue (In progress)');
		const [fr] = measuresBlocks(rows, 'fr');
		expect(fr.kind === 'list' && fr.items[1]).toBe('Point 7 : aucune mesure déclarée.');
	});
});
