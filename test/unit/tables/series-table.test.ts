import { describe, expect, it } from 'vitest';
import { buildSeriesTable } from '../../../src/lib/tables/series-table';

describe('buildSeriesTable', () => {
	it('has one row per year across all series and "not available" where a series has no point', () => {
		const a = {
			key: 'A',
			name: 'Austria',
			points: [
				{ x: 2001, value: 1, flags: '' },
				{ x: 2000, value: 2, flags: 'b' }
			]
		};
		const b = { key: 'B', name: 'Belgium', points: [{ x: 2002, value: null, flags: 'c' }] };
		const table = buildSeriesTable({
			series: [a, b],
			caption: 'C',
			xLabel: 'Year',
			digits: 1,
			unit: '%'
		});
		expect(table.columns).toEqual([
			{ key: 'x', label: 'Year', kind: 'label' },
			{ key: 'A', label: 'Austria', kind: 'value' },
			{ key: 'B', label: 'Belgium', kind: 'value' }
		]);
		expect(table.rows).toEqual([
			[{ value: 2000 }, { value: 2, flags: 'b' }, { value: null, flags: '' }],
			[{ value: 2001 }, { value: 1, flags: '' }, { value: null, flags: '' }],
			[{ value: 2002 }, { value: null, flags: '' }, { value: null, flags: 'c' }]
		]);
		expect(table).toMatchObject({ caption: 'C', digits: 1, unit: '%' });
	});
});
