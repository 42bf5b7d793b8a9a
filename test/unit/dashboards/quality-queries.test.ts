// The quality page's SQL builders on a small published fixture, through both database adapters:
// every expectation is worked out by hand from the rows below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnSpec, ColumnValues } from '../../../pipelines/publish/arrow-table';
import {
	ANNEX1_TABLE,
	ANNEX2_TABLE,
	buildCompletenessByCountrySql,
	buildCompletenessTrendSql,
	buildCompletenessYearsSql,
	buildCredentialElementsSql,
	buildElementCompletenessSql,
	buildLatestAllElementsSql,
	buildMissingElementsSql,
	buildPrinciplesSql,
	buildProviderBandsSql,
	CREDENTIAL_ELEMENTS_TABLE,
	PROVIDER_QUALITY_TABLE,
	type CompletenessRow,
	type CredentialElementRow,
	type MissingElementRow,
	type PrincipleRow,
	type ProviderBandRow
} from '../../../core/queries/quality';
import type { PublishedQuery } from '../../../core/queries/sql-query';
import { openBothAdapters, type BothAdapters } from '../../helpers/published-adapters';
import { publishFixture } from '../../helpers/published-fixture';

const EU = 'EU27_2020';
type Cell = string | number | null;

/** Columns from rows: each column's values in row order. */
function columns(
	spec: readonly [name: string, type: ColumnSpec['type']][],
	rows: readonly (readonly Cell[])[]
): ColumnSpec[] {
	return spec.map(([name, type], i) => ({
		name,
		type,
		values: rows.map((r) => r[i]) as ColumnValues
	}));
}

// geo, year, element, records, records_with_element, share, flags
const annex1: Cell[][] = [
	['FR', 2024, '1', 100, 90, 90, ''],
	['FR', 2024, '2', 100, 100, 100, ''],
	['FR', 2024, '3', 100, 100, 100, ''],
	['FR', 2024, '10', 100, 80, 80, ''],
	['FR', 2024, '11', 100, null, null, 'c'],
	['FR', 2024, 'all', 100, 70, 70, ''],
	['FR', 2023, '1', 50, 50, 100, ''],
	['FR', 2023, 'all', 50, 40, 80, ''],
	[EU, 2024, '1', 1000, 950, 95, ''],
	[EU, 2024, '10', 1000, 900, 90, ''],
	[EU, 2024, 'all', 1000, 700, 70, ''],
	[EU, 2023, 'all', 500, 300, 60, ''],
	['DE', 2024, '1', 20, 20, 100, ''],
	['DE', 2024, 'all', null, null, null, 'c'],
	['NO', 2024, 'all', 10, 9, 90, ''],
	['MT', 2025, 'all', 10, 5, 50, '']
];

// geo, year, principle, basis, units, units_meeting, share, flags
const annex2: Cell[][] = [
	['FR', 2024, 'zzz_new', 'records', 100, 1, 1, ''],
	['FR', 2024, 'quality_external_qa', 'records', 100, 40, 40, ''],
	['FR', 2023, 'quality_external_qa', 'records', 50, 10, 20, ''],
	['FR', null, 'recognition_policy', 'providers', 8, 2, 25, ''],
	['FR', null, 'information_public_catalogue', 'offers', 40, 30, 75, ''],
	['FR', 2024, 'authentic_sealed', 'records', null, null, null, 'c'],
	[EU, 2024, 'transparency_ects', 'records', 1000, 600, 60, ''],
	[EU, null, 'information_public_catalogue', 'offers', 400, 100, 25, ''],
	['DE', 2024, 'quality_external_qa', 'records', 20, 10, 50, '']
];

// provider_id, provider_name, geo, records, share_all_elements, flags
const providers: Cell[][] = [
	['_T', null, 'FR', 116, 70, ''],
	['UNK', null, 'FR', 3, 0, ''],
	['P1', 'One', 'FR', 10, 49.99, ''],
	['P2', 'Two', 'FR', 20, 50, ''],
	['P3', 'Three', 'FR', 30, 75, ''],
	['P4', 'Four', 'FR', 40, 90, ''],
	['P5', 'Five', 'FR', null, 95, 'c'],
	['P6', 'Six', 'FR', 8, null, 'c'],
	['P7', 'Seven', 'DE', 5, 80, ''],
	['P8', 'Eight', 'NO', 50, 10, ''],
	['_T', null, EU, 200, 70, '']
];

// format, element, status, credentials, flags
const credentials: Cell[][] = [
	['open_badges_3', 1, 'found', 10, ''],
	['open_badges_3', 1, '_T', 10, ''],
	['other_x', 1, '_T', 7, ''],
	['edc', 2, 'missing', null, 'c'],
	['edc', 1, 'not_mappable', 9, ''],
	['edc', 1, 'found', 0, ''],
	['edc', 1, '_T', 9, '']
];

describe('the quality queries on DuckDB-WASM', () => {
	let db: BothAdapters;
	/** A query's rows through both adapters, which must agree. */
	async function rows<Row>(query: PublishedQuery): Promise<Row[]> {
		const [build, browser] = await Promise.all([
			db.build.query<Row>(query),
			db.browser.query<Row>(query)
		]);
		expect(browser).toEqual(build);
		return build;
	}

	beforeAll(async () => {
		const dir = await publishFixture([
			{
				name: ANNEX1_TABLE,
				columns: columns(
					[
						['geo', 'utf8'],
						['year', 'int32'],
						['element', 'utf8'],
						['records', 'int32'],
						['records_with_element', 'int32'],
						['share', 'float64'],
						['flags', 'utf8']
					],
					annex1
				)
			},
			{
				name: ANNEX2_TABLE,
				columns: columns(
					[
						['geo', 'utf8'],
						['year', 'int32'],
						['principle', 'utf8'],
						['basis', 'utf8'],
						['units', 'int32'],
						['units_meeting', 'int32'],
						['share', 'float64'],
						['flags', 'utf8']
					],
					annex2
				)
			},
			{
				name: PROVIDER_QUALITY_TABLE,
				columns: columns(
					[
						['provider_id', 'utf8'],
						['provider_name', 'utf8'],
						['geo', 'utf8'],
						['records', 'int32'],
						['share_all_elements', 'float64'],
						['flags', 'utf8']
					],
					providers
				)
			},
			{
				name: CREDENTIAL_ELEMENTS_TABLE,
				columns: columns(
					[
						['format', 'utf8'],
						['element', 'int32'],
						['status', 'utf8'],
						['credentials', 'int32'],
						['flags', 'utf8']
					],
					credentials
				)
			}
		]);
		db = await openBothAdapters(dir);
	});
	afterAll(() => db?.close());

	it('completeness per element: the country first, elements in Annex I order (10 after 3), all last', async () => {
		const result = await rows<CompletenessRow>(
			buildElementCompletenessSql({ geo: 'FR', year: 2024 })
		);
		expect(result.map((r) => `${r.geo} ${r.element}`)).toEqual([
			'FR 1',
			'FR 2',
			'FR 3',
			'FR 10',
			'FR 11',
			'FR all',
			'EU27_2020 1',
			'EU27_2020 10',
			'EU27_2020 all'
		]);
		// The hidden cell stays hidden: null counts and share, flag c.
		expect(result[4]).toEqual({
			geo: 'FR',
			year: 2024,
			element: '11',
			records: 100,
			records_with_element: null,
			share: null,
			flags: 'c'
		});
		// The EU alone when the EU is chosen.
		const eu = await rows<CompletenessRow>(buildElementCompletenessSql({ geo: EU, year: 2023 }));
		expect(eu).toEqual([
			{
				geo: EU,
				year: 2023,
				element: 'all',
				records: 500,
				records_with_element: 300,
				share: 60,
				flags: ''
			}
		]);
	});

	it('year 0 is the latest year of issue in the table, whoever has it', async () => {
		const latest = await rows<CompletenessRow>(buildElementCompletenessSql({ geo: 'MT', year: 0 }));
		expect(latest.map((r) => [r.geo, r.year, r.element])).toEqual([['MT', 2025, 'all']]);
		// France has no records in 2025: nothing, not France's latest year instead.
		expect(await rows(buildElementCompletenessSql({ geo: 'FR', year: 0 }))).toEqual([]);
		expect(await rows(buildCompletenessYearsSql())).toEqual([
			{ year: 2023 },
			{ year: 2024 },
			{ year: 2025 }
		]);
	});

	it('completeness over time: the country then the EU, by year', async () => {
		const result = await rows<CompletenessRow>(
			buildCompletenessTrendSql({ geo: 'FR', element: 'all' })
		);
		expect(result.map((r) => [r.geo, r.year, r.share])).toEqual([
			['FR', 2023, 80],
			['FR', 2024, 70],
			[EU, 2023, 60],
			[EU, 2024, 70]
		]);
	});

	it('completeness per country: Member States and the EU only, highest first, ties by code, hidden last', async () => {
		const result = await rows<CompletenessRow>(
			buildCompletenessByCountrySql({ year: 2024, element: 'all' })
		);
		// NO (not a Member State) is left out; EU27_2020 and FR tie at 70; DE is hidden.
		expect(result.map((r) => [r.geo, r.share, r.flags])).toEqual([
			[EU, 70, ''],
			['FR', 70, ''],
			['DE', null, 'c']
		]);
	});

	it('the elements most often missing: ranked, ties in Annex I order, hidden unranked, then all', async () => {
		const result = await rows<MissingElementRow>(
			buildMissingElementsSql({ geo: 'FR', year: 2024 })
		);
		expect(result.map((r) => [r.element, r.share_missing, r.records_missing, r.flags])).toEqual([
			['10', 20, 20, ''],
			['1', 10, 10, ''],
			['2', 0, 0, ''],
			['3', 0, 0, ''],
			['11', null, null, 'c'],
			['all', 30, 30, '']
		]);
		// A hidden total records count hides what is missing too.
		const de = await rows<MissingElementRow>(buildMissingElementsSql({ geo: 'DE', year: 2024 }));
		expect(de.at(-1)).toMatchObject({
			element: 'all',
			records: null,
			records_missing: null,
			share_missing: null,
			flags: 'c'
		});
	});

	it('the Annex II principles: records of the year, offers and providers without year, Annex order', async () => {
		const result = await rows<PrincipleRow>(buildPrinciplesSql({ geo: 'FR', year: 0 }));
		expect(result.map((r) => [r.geo, r.principle, r.basis, r.year, r.share])).toEqual([
			['FR', 'quality_external_qa', 'records', 2024, 40],
			['FR', 'authentic_sealed', 'records', 2024, null],
			['FR', 'information_public_catalogue', 'offers', null, 75],
			['FR', 'recognition_policy', 'providers', null, 25],
			['FR', 'zzz_new', 'records', 2024, 1],
			[EU, 'transparency_ects', 'records', 2024, 60],
			[EU, 'information_public_catalogue', 'offers', null, 25]
		]);
		const before = await rows<PrincipleRow>(buildPrinciplesSql({ geo: 'FR', year: 2023 }));
		expect(before.filter((r) => r.basis === 'records').map((r) => [r.geo, r.share])).toEqual([
			['FR', 20]
		]);
	});

	it('credential elements: structured formats first, then others by name; the total before the parts', async () => {
		const result = await rows<CredentialElementRow>(buildCredentialElementsSql());
		expect(result.map((r) => `${r.format} ${r.element} ${r.status}`)).toEqual([
			'edc 1 _T',
			'edc 1 found',
			'edc 1 not_mappable',
			'edc 2 missing',
			'open_badges_3 1 _T',
			'open_badges_3 1 found',
			'other_x 1 _T'
		]);
		expect(result[3]).toEqual({
			format: 'edc',
			element: 2,
			status: 'missing',
			credentials: null,
			flags: 'c'
		});
	});

	it('providers by band: boundaries go up (50, 75, 90), hidden shares apart, a hidden count hides the band’s records', async () => {
		const fr = await rows<ProviderBandRow>(buildProviderBandsSql({ geo: 'FR' }));
		// Six providers (not _T, not UNK): P1 49.99, P2 50, P3 75, P4 90, P5 95 (records hidden), P6 hidden.
		expect(fr.map((r) => [r.band, r.providers, r.records, r.flags])).toEqual([
			['0-50', 1, 10, ''],
			['50-75', 1, 20, ''],
			['75-90', 1, 30, ''],
			['90-100', 2, null, 'c'],
			['hidden', 1, 8, '']
		]);
		expect(fr.map((r) => r.share_of_providers)).toEqual([
			100 / 6,
			100 / 6,
			100 / 6,
			200 / 6,
			100 / 6
		]);
		// The EU: the providers of every Member State (not NO's), none of the EU's own margin row.
		const eu = await rows<ProviderBandRow>(buildProviderBandsSql({ geo: EU }));
		expect(eu.map((r) => [r.band, r.providers, r.records])).toEqual([
			['0-50', 1, 10],
			['50-75', 1, 20],
			['75-90', 2, 35],
			['90-100', 2, null],
			['hidden', 1, 8]
		]);
		// No provider: every band empty, no share of nothing.
		const lu = await rows<ProviderBandRow>(buildProviderBandsSql({ geo: 'LU' }));
		expect(lu.map((r) => [r.providers, r.share_of_providers, r.records, r.flags])).toEqual(
			Array(5).fill([0, null, 0, ''])
		);
	});

	it('the latest share of records with all eleven: its own latest year, hidden as hidden, none when absent', async () => {
		expect(await rows(buildLatestAllElementsSql({ geo: 'FR' }))).toEqual([
			{
				geo: 'FR',
				year: 2024,
				element: 'all',
				records: 100,
				records_with_element: 70,
				share: 70,
				flags: ''
			}
		]);
		expect(await rows(buildLatestAllElementsSql({ geo: 'DE' }))).toMatchObject([
			{ year: 2024, share: null, flags: 'c' }
		]);
		expect(await rows(buildLatestAllElementsSql({ geo: 'LU' }))).toEqual([]);
		// Before a year: the latest year strictly before it (2024 is left out at 2024).
		expect(await rows(buildLatestAllElementsSql({ geo: 'FR', before: 2024 }))).toMatchObject([
			{ year: 2023, records: 50, records_with_element: 40, share: 80 }
		]);
		expect(await rows(buildLatestAllElementsSql({ geo: 'FR', before: 2025 }))).toMatchObject([
			{ year: 2024, share: 70 }
		]);
		expect(await rows(buildLatestAllElementsSql({ geo: 'FR', before: 2023 }))).toEqual([]);
	});
});
