import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAnnex2PrinciplesTable } from '../../../../pipelines/indicators/annex2-principles';
import type { NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';
import { auditSuppression } from '../../../../core/methods/disclosure';
import { openFixtureStore, pick, rowsOf } from './store-fixture';

type Row = Record<string, unknown>;

const provenance = { kind: 'synthetic' as const, inputs: [], extractionDate: null };

let db: NativeDuckDB;
let rows: Row[];

beforeAll(async () => {
	db = await openFixtureStore();
	rows = rowsOf(await computeAnnex2PrinciplesTable({ db, minCell: 5, provenance }));
});
afterAll(() => db.close());

const principle = (geo: string, year: number | null, name: string) =>
	pick(rows, { geo, year, principle: name });

describe('annex2_principles', () => {
	it('measures the record-based principles (AT-V1 records miss most of them)', () => {
		const at = (name: string) => principle('AT', 2023, name);
		expect(at('quality_external_qa')).toMatchObject({
			basis: 'records',
			units: 19,
			units_meeting: 15
		});
		expect(at('quality_external_qa').share).toBeCloseTo((100 * 15) / 19, 12);
		expect(at('transparency_ects').units_meeting).toBe(18); // a07: hours only
		expect(at('transparency_eqf').units_meeting).toBe(19);
		expect(at('transparency_nqf').units_meeting).toBe(15); // in_nqf unknown does not count
		expect(at('valid_assessment').units_meeting).toBe(15); // 'none'
		expect(at('learning_pathways_stackable').units_meeting).toBe(15);
		expect(at('portable_digital').units_meeting).toBe(15); // pdf no, Open Badges 2 yes
		expect(at('authentic_sealed').units_meeting).toBe(15);
		// A QF-EHEA cycle gives a level; "not applicable" and missing do not.
		expect(principle('BE', 2023, 'transparency_eqf')).toMatchObject({
			units: 10,
			units_meeting: 8,
			share: 80
		});
		expect(principle('BE', 2023, 'transparency_ects').units_meeting).toBe(9);
		expect(principle('EU27_2020', 2023, 'quality_external_qa')).toMatchObject({
			units: 29,
			units_meeting: 25
		});
	});

	it('measures offers and providers without a year, and does not suppress them', () => {
		// O1 listed twice counts once; the Norwegian offer is left out.
		expect(principle('AT', null, 'information_public_catalogue')).toMatchObject({
			basis: 'offers',
			units: 3,
			units_meeting: 2
		});
		expect(principle('BE', null, 'information_public_catalogue')).toMatchObject({
			units: 2,
			units_meeting: 1,
			share: 50,
			flags: ''
		});
		expect(principle('EU27_2020', null, 'information_public_catalogue')).toMatchObject({
			units: 5,
			units_meeting: 3,
			share: 60
		});
		expect(principle('AT', null, 'recognition_policy')).toMatchObject({
			basis: 'providers',
			units: 3,
			units_meeting: 1
		});
		expect(principle('EU27_2020', null, 'recognition_policy')).toMatchObject({
			units: 4,
			units_meeting: 2,
			share: 50
		});
		expect(principle('BE', null, 'recognition_policy')).toMatchObject({ units: 1, flags: '' });
	});

	it('suppresses a country-year of 3 records and its EU total', () => {
		const year2022 = rows.filter((r) => r.year === 2022);
		expect(year2022).toHaveLength(16);
		expect(year2022.every((r) => r.flags === 'c' && r.units === null)).toBe(true);
		const spec = {
			dimensions: [
				{ column: 'geo', total: 'EU27_2020' },
				{ column: 'year' },
				{ column: 'principle' }
			],
			count: 'units',
			derived: ['units_meeting', 'share']
		};
		const records = rows.filter((r) => r.basis === 'records');
		expect(auditSuppression({ rows: records, spec })).toEqual([]);
	});
});
