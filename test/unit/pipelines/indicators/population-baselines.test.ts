import { describe, expect, it } from 'vitest';
import {
	AGE_BANDS_25_64,
	computeBaselines,
	geoCodeOf,
	withGeoCodes
} from '../../../../pipelines/indicators/population-baselines';
import type { StatObservation, StatTable } from '../../../../pipelines/read/stat-table';
import { MEMBER_STATES } from '../../../../core/contract/countries';

const obs = (
	dims: string[],
	period: string,
	value: number | null,
	flags = ''
): StatObservation => ({
	dims,
	period,
	value,
	flags
});

/** demo_pjangroup: sex, age, geo. AT 2023: 100 per band but 55-59 = 300 and 60-64 = 200. */
function ageGroups(geos: readonly string[], options: { missingBand?: string } = {}): StatTable {
	const observations = geos.flatMap((geo) =>
		AGE_BANDS_25_64.filter((b) => !(geo === 'AT' && b === options.missingBand)).map((band) =>
			obs(
				['T', band, geo],
				'2023',
				band === 'Y55-59' ? 300 : band === 'Y60-64' ? 200 : 100,
				geo === 'BE' ? 'p' : ''
			)
		)
	);
	// Not 25-64, nor both sexes: ignored.
	observations.push(
		obs(['T', 'TOTAL', 'AT'], '2023', 9_000_000),
		obs(['F', 'Y25-29', 'AT'], '2023', 1)
	);
	return { dimensions: ['sex', 'age', 'geo'], observations };
}

describe('population baselines', () => {
	it('sums the eight five-year groups into adults 25-64, and the 55-64 share of them', () => {
		const { adults, groups } = computeBaselines(
			new Map([['demo_pjangroup', ageGroups(['AT', 'BE'])]])
		);
		// 6 bands × 100 + 300 + 200 = 1 100 adults; 55-64: 500 of 1 100 = 45.45… %.
		expect(adults).toEqual([
			{ geo: 'AT', year: 2023, adults: 1100, flags: '' },
			{ geo: 'BE', year: 2023, adults: 1100, flags: 'p' }
		]);
		expect(groups.find((g) => g.geo === 'AT')).toMatchObject({
			group: 'older_55_64',
			share: (100 * 500) / 1100,
			basis: 'Y25-64',
			dataset: 'demo_pjangroup'
		});
	});

	it('leaves out a country-year missing one group, and the EU unless all 27 have a value', () => {
		const partial = computeBaselines(
			new Map([['demo_pjangroup', ageGroups(['AT', 'BE'], { missingBand: 'Y40-44' })]])
		);
		expect(partial.adults.map((a) => a.geo)).toEqual(['BE']);
		const all = computeBaselines(
			new Map([['demo_pjangroup', ageGroups(MEMBER_STATES.map((c) => c.geo))]])
		);
		const eu = all.adults.find((a) => a.geo === 'EU27_2020');
		expect(eu).toEqual({ geo: 'EU27_2020', year: 2023, adults: 27 * 1100, flags: 'p' });
		expect(all.groups.find((g) => g.geo === 'EU27_2020')?.share).toBeCloseTo(
			(100 * 500) / 1100,
			12
		);
	});

	it('reads low-qualified adults from edat_lfse_03 and rural residents from ilc_lvho01', () => {
		const attainment: StatTable = {
			dimensions: ['sex', 'age', 'unit', 'isced11', 'geo'],
			observations: [
				obs(['T', 'Y25-64', 'PC', 'ED0-2', 'PT'], '2021', 40.5, 'b'),
				obs(['T', 'Y25-64', 'PC', 'ED0-2', 'EU27_2020'], '2021', 20.7, 'b'),
				obs(['F', 'Y25-64', 'PC', 'ED0-2', 'PT'], '2021', 35),
				obs(['T', 'Y25-34', 'PC', 'ED0-2', 'PT'], '2021', 20),
				obs(['T', 'Y25-64', 'PC', 'ED3-8', 'PT'], '2021', 59.5),
				obs(['T', 'Y25-64', 'PC', 'ED0-2', 'PT'], '2020', null)
			]
		};
		const urbanisation: StatTable = {
			dimensions: ['freq', 'incgrp', 'building', 'deg_urb', 'unit', 'geo'],
			observations: [
				obs(['Annual', 'Total', 'Total', 'Rural areas', 'Percentage', 'Austria'], '2023', 41.2),
				obs(['Annual', 'Total', 'Total', 'Cities', 'Percentage', 'Austria'], '2023', 30.1)
			]
		};
		const { groups } = computeBaselines(
			new Map([
				['edat_lfse_03', attainment],
				['ilc_lvho01', urbanisation]
			])
		);
		expect(groups).toEqual([
			{
				group: 'low_qualified',
				geo: 'EU27_2020',
				year: 2021,
				share: 20.7,
				basis: 'Y25-64',
				flags: 'b',
				dataset: 'edat_lfse_03'
			},
			{
				group: 'low_qualified',
				geo: 'PT',
				year: 2021,
				share: 40.5,
				basis: 'Y25-64',
				flags: 'b',
				dataset: 'edat_lfse_03'
			},
			{
				group: 'rural',
				geo: 'AT',
				year: 2023,
				share: 41.2,
				basis: 'all_ages',
				flags: '',
				dataset: 'ilc_lvho01'
			}
		]);
	});

	it('gives nothing without the files', () => {
		expect(computeBaselines(new Map())).toEqual({ adults: [], groups: [] });
	});

	it('replaces geo labels by their codes and leaves codes and other values alone', () => {
		expect(geoCodeOf('Czechia')).toBe('CZ');
		expect(geoCodeOf('Greece')).toBe('EL');
		expect(geoCodeOf('European Union - 27 countries (from 2020)')).toBe('EU27_2020');
		expect(geoCodeOf('AT')).toBe('AT');
		expect(geoCodeOf('Atlantis')).toBe('Atlantis');
		const table: StatTable = {
			dimensions: ['sex', 'geo'],
			observations: [obs(['Females', 'Austria'], '2020', 1), obs(['Males', 'FR'], '2020', 2)]
		};
		expect(withGeoCodes(table).observations.map((o) => o.dims)).toEqual([
			['Females', 'AT'],
			['Males', 'FR']
		]);
	});
});
