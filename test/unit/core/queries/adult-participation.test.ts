import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildParticipationGeosSql,
	buildParticipationSql,
	PARTICIPATION_TABLE
} from '../../../../core/queries/adult-participation';
import { openBothAdapters, type BothAdapters } from '../../../helpers/published-adapters';
import { publishFixture } from '../../../helpers/published-fixture';

describe('buildParticipationSql', () => {
	it('binds every user value as a parameter and names the table it reads', () => {
		const query = buildParticipationSql({ geos: ['FR', "DE'; DROP TABLE x; --"], sex: 'F' });
		expect(query.sql).not.toContain('DROP');
		expect(query.sql).toContain('geo IN (?, ?)');
		expect(query.params).toEqual(['F', 'Y25-64', 2000, 'FR', "DE'; DROP TABLE x; --"]);
		expect(query.tables).toEqual([PARTICIPATION_TABLE]);
	});

	it('refuses an empty selection', () => {
		expect(() => buildParticipationSql({ geos: [], sex: 'T' })).toThrow(/at least one/);
	});
});

// Query correctness on the engine the pages use, through both adapters of the database port.
describe('participation queries on DuckDB-WASM', () => {
	const rows = [
		['FR', 'T', 'Y25-64', 2001, 2.7, ''],
		['FR', 'T', 'Y25-64', 1999, 2.0, ''],
		['DE', 'T', 'Y25-64', 2013, 7.9, 'b'],
		['DE', 'F', 'Y25-64', 2013, 7.5, ''],
		['FR', 'T', 'Y25-64', 2000, null, ''],
		['BE', 'T', 'Y25-64', 2000, 6.2, ''],
		['AT', 'T', 'Y15-64', 2000, 6.0, ''],
		['FR', 'T', 'Y15-64', 2001, 9.9, '']
	] as const;
	const column = (i: number) => rows.map((r) => r[i]);
	let adapters: BothAdapters;

	beforeAll(async () => {
		const dir = await publishFixture([
			{
				name: PARTICIPATION_TABLE,
				columns: [
					{ name: 'geo', type: 'utf8', values: column(0) as string[] },
					{ name: 'sex', type: 'utf8', values: column(1) as string[] },
					{ name: 'age', type: 'utf8', values: column(2) as string[] },
					{ name: 'year', type: 'int32', values: column(3) as number[] },
					{ name: 'value', type: 'float64', values: column(4) as (number | null)[] },
					{ name: 'flags', type: 'utf8', values: column(5) as string[] }
				]
			}
		]);
		adapters = await openBothAdapters(dir);
	});
	afterAll(() => adapters?.close());

	it('selects the sex, the countries and the years from 2000, by country then year', async () => {
		const query = buildParticipationSql({ geos: ['FR', 'DE'], sex: 'T' });
		const expected = [
			{ geo: 'DE', year: 2013, value: 7.9, flags: 'b' },
			{ geo: 'FR', year: 2000, value: null, flags: '' },
			{ geo: 'FR', year: 2001, value: 2.7, flags: '' }
		];
		expect(await adapters.build.query(query)).toEqual(expected);
		expect(await adapters.browser.query(query)).toEqual(expected);
	});

	it('starts at the year asked for', async () => {
		const query = buildParticipationSql({ geos: ['FR'], sex: 'T', fromYear: 2001 });
		const expected = [{ geo: 'FR', year: 2001, value: 2.7, flags: '' }];
		expect(await adapters.build.query(query)).toEqual(expected);
		expect(await adapters.browser.query(query)).toEqual(expected);
	});

	it('lists the countries of the 25-64 age band once each, in code order', async () => {
		const expected = [{ geo: 'BE' }, { geo: 'DE' }, { geo: 'FR' }];
		expect(await adapters.build.query(buildParticipationGeosSql())).toEqual(expected);
		expect(await adapters.browser.query(buildParticipationGeosSql())).toEqual(expected);
	});

	it('reports a failing query with its SQL', async () => {
		const query = {
			tables: [PARTICIPATION_TABLE],
			sql: 'SELECT nope FROM lfs_participation_4w',
			params: []
		};
		await expect(adapters.build.query(query)).rejects.toMatchObject({
			name: 'QueryError',
			sql: query.sql
		});
		await expect(adapters.browser.query(query)).rejects.toMatchObject({ name: 'QueryError' });
	});

	it('refuses a table the manifest does not list', async () => {
		const query = { tables: ['not_published'], sql: 'SELECT 1', params: [] };
		await expect(adapters.build.query(query)).rejects.toThrow(/not_published/);
	});
});
