import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSupplyTable } from '../../../../pipelines/indicators/supply';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { openFixtureStore, pick, rowsOf } from './store-fixture';

type Row = Record<string, unknown>;

let db: NativeDuckDB;
let rows: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };
	rows = rowsOf(await computeSupplyTable({ db, minCell: 5, provenance }));
});
afterAll(() => db.close());

describe('supply', () => {
	it('counts distinct offers, public listing and providers by country and provider type', () => {
		expect(pick(rows, { geo: 'AT', provider_type: '_T' })).toMatchObject({
			offers: 3,
			offers_in_public_catalogue: 2,
			providers: 3
		});
		expect(pick(rows, { geo: 'AT', provider_type: '_T' }).share_in_public_catalogue).toBeCloseTo(
			(100 * 2) / 3,
			12
		);
		expect(pick(rows, { geo: 'BE', provider_type: '_T' })).toMatchObject({
			offers: 2,
			offers_in_public_catalogue: 1,
			share_in_public_catalogue: 50,
			providers: 1
		});
		expect(pick(rows, { geo: 'EU27_2020', provider_type: '_T' })).toMatchObject({
			offers: 5,
			offers_in_public_catalogue: 3,
			share_in_public_catalogue: 60,
			providers: 4
		});
		expect(pick(rows, { geo: 'EU27_2020', provider_type: 'hei' })).toMatchObject({
			offers: 3,
			offers_in_public_catalogue: 2,
			providers: 2
		});
	});

	it('takes a missing provider type from the register', () => {
		expect(pick(rows, { geo: 'AT', provider_type: 'vet' })).toMatchObject({
			offers: 1,
			offers_in_public_catalogue: 0,
			share_in_public_catalogue: 0,
			providers: 1
		});
		expect(rows.some((r) => r.provider_type === 'UNK')).toBe(false);
	});

	it('leaves out other countries and suppresses nothing', () => {
		expect(rows.some((r) => r.geo === 'NO')).toBe(false);
		expect(rows).toHaveLength(10);
		expect(rows.every((r) => r.flags === '')).toBe(true);
	});
});
