import { describe, expect, it } from 'vitest';
import { countryGroups, partitionsPerCopy } from '../../../../pipelines/stages/store-stage';

const c = (issuer_country: string | null, years: number) => ({ issuer_country, years });

describe('countryGroups', () => {
	it('fills a group up to the limit exactly, and starts a new one past it', () => {
		expect(countryGroups([c('AT', 4), c('BE', 4), c('BG', 4)], 8)).toEqual([['AT', 'BE'], ['BG']]);
		expect(countryGroups([c('AT', 4), c('BE', 5)], 8)).toEqual([['AT'], ['BE']]);
		expect(countryGroups([c('AT', 3), c('BE', 5)], 8)).toEqual([['AT', 'BE']]);
	});

	it('gives a country with more years than the limit a group of its own', () => {
		expect(countryGroups([c('AT', 2), c('BE', 20), c('BG', 2)], 8)).toEqual([
			['AT'],
			['BE'],
			['BG']
		]);
	});

	it('keeps rows without a country (null) in a group, and every country exactly once', () => {
		const countries = [c(null, 1), ...Array.from({ length: 27 }, (_, i) => c(`C${i}`, 12))];
		const groups = countryGroups(countries, 48);
		expect(groups.flat()).toEqual(countries.map((x) => x.issuer_country));
		expect(groups.map((g) => g.length)).toEqual([4, 4, 4, 4, 4, 4, 4]);
	});

	it('makes no group of nothing', () => {
		expect(countryGroups([], 48)).toEqual([]);
	});
});

describe('partitionsPerCopy', () => {
	it('budgets 2.5 MB per partition and thread, and at least one partition', () => {
		expect(partitionsPerCopy(256, 1)).toBe(102);
		expect(partitionsPerCopy(256, 2)).toBe(51);
		expect(partitionsPerCopy(255, 2)).toBe(51);
		expect(partitionsPerCopy(254, 2)).toBe(50);
		expect(partitionsPerCopy(1, 2)).toBe(1);
	});
});
