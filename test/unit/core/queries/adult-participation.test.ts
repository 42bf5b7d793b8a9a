import { describe, expect, it } from 'vitest';
import {
	buildParticipationSql,
	selectParticipationRows
} from '../../../../core/queries/adult-participation';

describe('buildParticipationSql', () => {
	it('binds every user value as a parameter', () => {
		const query = buildParticipationSql({ geos: ['FR', "DE'; DROP TABLE x; --"], sex: 'F' });
		expect(query.sql).not.toContain('DROP');
		expect(query.sql).toContain('geo IN (?, ?)');
		expect(query.params).toEqual(['F', 'Y25-64', 2000, 'FR', "DE'; DROP TABLE x; --"]);
	});

	it('refuses an empty selection', () => {
		expect(() => buildParticipationSql({ geos: [], sex: 'T' })).toThrow(/at least one/);
	});
});

describe('selectParticipationRows', () => {
	const rows = [
		{ geo: 'FR', sex: 'T', age: 'Y25-64', year: 2001, value: 2.7, flags: '' },
		{ geo: 'FR', sex: 'T', age: 'Y25-64', year: 1999, value: 2.0, flags: '' },
		{ geo: 'DE', sex: 'T', age: 'Y25-64', year: 2013, value: 7.9, flags: 'b' },
		{ geo: 'DE', sex: 'F', age: 'Y25-64', year: 2013, value: 7.5, flags: '' },
		{ geo: 'FR', sex: 'T', age: 'Y25-64', year: 2000, value: null, flags: '' },
		{ geo: 'BE', sex: 'T', age: 'Y25-64', year: 2000, value: 6.2, flags: '' }
	];
	it('selects the sex, the countries and the years from 2000, ordered by country then year', () => {
		expect(selectParticipationRows(rows, { geos: ['FR', 'DE'], sex: 'T' })).toEqual([
			{ geo: 'DE', year: 2013, value: 7.9, flags: 'b' },
			{ geo: 'FR', year: 2000, value: null, flags: '' },
			{ geo: 'FR', year: 2001, value: 2.7, flags: '' }
		]);
	});
});
