import { describe, expect, it } from 'vitest';
import {
	distanceFromParity,
	gapSentence,
	largestGaps,
	readGaps
} from '../../../src/lib/dashboards/inclusion/reading';
import { createTranslator } from '../../../src/lib/i18n/translate';
import { hiddenRow, inclusionRow } from './inclusion-fixtures';

const t = createTranslator('en');
const ratioRow = (geo: string, ratio: number, more = {}) =>
	inclusionRow({
		geo,
		share_of_learners: 10 * ratio,
		population_share: 10,
		representation_ratio: ratio,
		...more
	});

describe('the largest gaps', () => {
	it('are the Member States furthest from parity either way, on a log scale', () => {
		expect(distanceFromParity(0.5)).toBeCloseTo(distanceFromParity(2), 12);
		const rows = [
			ratioRow('EU27_2020', 0.1),
			ratioRow('BE', 0.9),
			ratioRow('DE', 2.1),
			ratioRow('FR', 0.45),
			ratioRow('IT', 1.05),
			hiddenRow({ geo: 'ES' }),
			ratioRow('AT', 0.5),
			ratioRow('SE', 2)
		];
		// The EU is not a Member State; hidden cells are left out; 0.5 and 2 tie, then the
		// protocol order (AT before SE).
		expect(largestGaps(rows, 4).map((r) => r.geo)).toEqual(['FR', 'DE', 'AT', 'SE']);
		expect(largestGaps(rows).map((r) => r.geo)).toEqual(['FR', 'DE', 'AT', 'SE', 'BE']);
	});
});

describe('a gap in words', () => {
	it('says the shares, the population, the baseline year and how far from parity', () => {
		expect(gapSentence(t, 'en', inclusionRow())).toBe(
			'Portugal, 2025: low-qualified adults (ISCED 0-2) are 21.0 % of adults aged 25-64 (population of 2021) but 9.0 % of micro-credential learners, 0.43 of parity. Adult learning as a whole reaches them at 0.50 of the rate of all adults (Adult Education Survey 2022).'
		);
	});

	it('says "times parity" above 1, names the population of all ages, leaves a same-year baseline unsaid', () => {
		const rural = inclusionRow({
			geo: 'EU27_2020',
			group: 'rural',
			share_of_learners: 30,
			population_share: 20,
			population_year: 2025,
			population_basis: 'all_ages',
			representation_ratio: 1.5,
			aes_rate_ratio: null
		});
		expect(gapSentence(t, 'en', rural)).toBe(
			'European Union (27), 2025: rural residents are 20.0 % of the population of all ages and 30.0 % of micro-credential learners, 1.50 times parity.'
		);
		expect(gapSentence(createTranslator('fr'), 'fr', rural)).toBe(
			'Union européenne (27), 2025 : les habitants des zones rurales représentent 20,0 % des habitants de tous âges et 30,0 % des apprenants des microcertifications, soit 1,50 fois la parité.'
		);
	});
});

describe('the reading of a year', () => {
	const unemployed = (geo: string, ratio: number) =>
		inclusionRow({
			geo,
			group: 'unemployed',
			population_share: null,
			population_year: null,
			population_basis: null,
			representation_ratio: null,
			aes_rate_ratio: ratio
		});

	it('gives the EU, the gaps, the AES gap of groups without a baseline, and what it leaves out', () => {
		const rows = [
			ratioRow('EU27_2020', 0.8),
			ratioRow('BE', 0.6),
			hiddenRow({ geo: 'BG' }),
			unemployed('EU27_2020', 0.7),
			unemployed('BE', 0.9),
			unemployed('CZ', 0.55),
			unemployed('DK', 0.6)
		];
		const reading = readGaps(rows, 'en');
		expect(reading.eu).toHaveLength(1);
		expect(reading.eu[0]).toMatch(/^European Union \(27\), 2025: .* 0\.80 of parity\./);
		expect(reading.gaps).toHaveLength(1);
		expect(reading.gaps[0]).toMatch(/^Belgium, 2025:/);
		expect(reading.aes).toEqual([
			'Unemployed: no population baseline. Adult Education Survey 2022, widest gap: Czechia, where they take part in adult learning at 0.55 of the rate of all adults (EU: 0.70).'
		]);
		expect(reading.notes).toEqual([
			'One cell is hidden by disclosure control (flag c) and is left out of this reading.'
		]);
	});

	it('says when no Member State has a ratio', () => {
		const reading = readGaps([unemployed('BE', 0.9)], 'en');
		expect(reading.eu).toEqual([]);
		expect(reading.gaps).toEqual([]);
		expect(reading.notes).toEqual([
			'No Member State has a representation ratio in 2025: the population baselines or the learners’ shares are missing.'
		]);
		expect(reading.aes[0]).toMatch(/Belgium, where .* 0\.90 of the rate of all adults\.$/);
	});
});
