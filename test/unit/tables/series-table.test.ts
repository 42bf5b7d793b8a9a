import { describe, expect, it } from 'vitest';
import { buildSeriesTable } from '../../../src/lib/tables/series-table';

describe('buildSeriesTable', () => {
	it('has one row per year across all series and a gap where a series has no point', () => {
		const a = {
			key: 'A',
			name: 'A',
			points: [
				{ x: 2001, value: 1, flags: '' },
				{ x: 2000, value: 2, flags: 'b' }
			]
		};
		const b = { key: 'B', name: 'B', points: [{ x: 2002, value: null, flags: 'c' }] };
		const rows = buildSeriesTable([a, b]);
		expect(rows.map((r) => r.x)).toEqual([2000, 2001, 2002]);
		expect(rows[0].cells).toEqual([{ x: 2000, value: 2, flags: 'b' }, undefined]);
		expect(rows[2].cells).toEqual([undefined, { x: 2002, value: null, flags: 'c' }]);
	});
});
