import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAnnex1CompletenessTable } from '../../../../pipelines/indicators/annex1-completeness';
import { computeProviderQualityTable } from '../../../../pipelines/indicators/provider-quality';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { auditSuppression } from '../../../../core/methods/disclosure';
import { openFixtureStore, pick, rowsOf } from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let completeness: Row[];
let providers: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	completeness = rowsOf(await computeAnnex1CompletenessTable({ db, minCell: 5, provenance }));
	providers = rowsOf(await computeProviderQualityTable({ db, minCell: 5, provenance }));
});
afterAll(() => db.close());

describe('annex1_completeness', () => {
	const element = (geo: string, year: number, e: string) =>
		pick(completeness, { geo, year, element: e });

	it('counts records with each element and with all eleven', () => {
		// a11-a15 (AT-E1) have no learning outcomes (element vi).
		expect(element('AT', 2023, '6')).toMatchObject({ records: 19, records_with_element: 14 });
		expect(element('AT', 2023, '6').share).toBeCloseTo((100 * 14) / 19, 12);
		expect(element('AT', 2023, '8').records_with_element).toBe(19);
		expect(element('AT', 2023, 'all').records_with_element).toBe(14);
		// b03 has no level (element viii).
		expect(element('BE', 2023, '8')).toMatchObject({ records_with_element: 9, share: 90 });
		expect(element('BE', 2023, 'all').records_with_element).toBe(9);
		expect(element('EU27_2020', 2023, 'all')).toMatchObject({
			records: 29,
			records_with_element: 23
		});
		expect(element('EU27_2020', 2023, '6').records_with_element).toBe(24);
	});

	it('lists elements 1 to 11 then all, for each country and year', () => {
		const at2023 = completeness.filter((r) => r.geo === 'AT' && r.year === 2023);
		expect(at2023.map((r) => r.element)).toEqual([
			...Array.from({ length: 11 }, (_, i) => String(i + 1)),
			'all'
		]);
	});

	it('suppresses a country-year of 3 records and the EU total it equals', () => {
		const hidden = completeness.filter((r) => r.year === 2022);
		expect(hidden).toHaveLength(24);
		expect(hidden.every((r) => r.flags === 'c' && r.records === null && r.share === null)).toBe(
			true
		);
		const spec = {
			dimensions: [
				{ column: 'geo', total: 'EU27_2020' },
				{ column: 'year' },
				{ column: 'element' }
			],
			count: 'records',
			derived: ['records_with_element', 'share']
		};
		expect(auditSuppression({ rows: completeness, spec })).toEqual([]);
	});
});

describe('provider_quality', () => {
	const provider = (geo: string, id: string) => pick(providers, { geo, provider_id: id });

	it('gives each provider its completeness and name', () => {
		expect(provider('AT', 'AT-H1')).toMatchObject({
			provider_name: 'Hochschule Test',
			records: 28,
			share_all_elements: 100,
			share_element_6: 100
		});
		const be = provider('BE', 'BE-H1');
		expect(be.records).toBe(12);
		expect(be.share_all_elements).toBeCloseTo((100 * 11) / 12, 12);
		expect(be.share_element_8).toBeCloseTo((100 * 11) / 12, 12);
	});

	it('has a _T row per country and for the EU', () => {
		const at = provider('AT', '_T');
		expect(at.records).toBe(37);
		expect(at.provider_name).toBeNull();
		expect(at.share_all_elements).toBeCloseTo((100 * 32) / 37, 12);
		expect(at.share_element_6).toBeCloseTo((100 * 32) / 37, 12);
		const eu = provider('EU27_2020', '_T');
		expect(eu.records).toBe(53);
		expect(eu.share_all_elements).toBeCloseTo((100 * 47) / 53, 12);
		expect(eu.share_element_8).toBeCloseTo((100 * 52) / 53, 12);
		expect(providers.some((r) => r.geo === 'NO' || r.provider_id === 'NO-1')).toBe(false);
	});

	it('suppresses small providers, and the next smallest when one would be derivable', () => {
		expect(provider('AT', 'AT-V1')).toMatchObject({
			records: null,
			share_all_elements: null,
			share_element_1: null,
			flags: 'c'
		});
		// AT-E1 (5 records) protects AT-V1 (4) against the published _T.
		expect(provider('AT', 'AT-E1').flags).toBe('c');
		// Two small ones in Belgium protect each other.
		expect(provider('BE', 'BE-H2')).toMatchObject({ provider_name: null, flags: 'c' });
		expect(provider('BE', 'UNK').flags).toBe('c');
		expect(provider('BE', 'BE-H1').flags).toBe('');
		const spec = {
			dimensions: [
				{ column: 'provider_id', total: '_T' },
				{ column: 'geo', total: 'EU27_2020' }
			],
			count: 'records',
			derived: ['share_all_elements', 'share_element_1', 'share_element_6']
		};
		expect(auditSuppression({ rows: providers, spec })).toEqual([]);
	});
});
