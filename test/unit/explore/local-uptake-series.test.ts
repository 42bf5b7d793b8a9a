import { describe, expect, it } from 'vitest';
import { localSupplyRows, localUptakeSeries } from '$lib/dashboards/uptake/local-series';

const row = (geo: string, year: number, dimension: string, category: string, n: number) => ({
	geo,
	year,
	dimension,
	category,
	credentials: n,
	learners: n - 1,
	source: 'local, unpublished'
});

describe('the local series on the uptake page', () => {
	it('takes each country and year total once, whatever the dimensions repeating it', () => {
		const rows = [
			row('FR', 2024, 'provider_type', '_T', 1),
			row('BE', 2024, 'provider_type', '_T', 5),
			row('BE', 2024, 'field', '_T', 5),
			row('BE', 2024, 'field', '06', 2),
			row('BE', 2023, 'provider_type', '_T', 2)
		];
		expect(localUptakeSeries(rows)).toEqual([
			{ geo: 'BE', year: 2023, credentials: 2, learners: 1, source: 'local, unpublished' },
			{ geo: 'BE', year: 2024, credentials: 5, learners: 4, source: 'local, unpublished' },
			{ geo: 'FR', year: 2024, credentials: 1, learners: 0, source: 'local, unpublished' }
		]);
	});

	it('is empty without totals', () => {
		expect(localUptakeSeries([row('BE', 2024, 'field', '06', 2)])).toEqual([]);
	});

	it('reads the local supply rows in their order, a share of none as not available', () => {
		const rows = [
			{
				geo: 'BE',
				provider_type: '_T',
				offers: 4,
				offers_in_public_catalogue: 2,
				share_in_public_catalogue: 50,
				providers: 3,
				source: 'local, unpublished'
			},
			{
				geo: 'BE',
				provider_type: 'UNK',
				offers: 1,
				offers_in_public_catalogue: 0,
				share_in_public_catalogue: null,
				providers: 1,
				source: 'local, unpublished'
			}
		];
		expect(localSupplyRows(rows)).toEqual([
			{
				geo: 'BE',
				providerType: '_T',
				offers: 4,
				offersInPublicCatalogue: 2,
				shareInPublicCatalogue: 50,
				providers: 3
			},
			{
				geo: 'BE',
				providerType: 'UNK',
				offers: 1,
				offersInPublicCatalogue: 0,
				shareInPublicCatalogue: null,
				providers: 1
			}
		]);
	});
});
