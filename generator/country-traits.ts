import { MEMBER_STATES } from '../core/contract/countries';
import type { PopulationEntry } from './population';
import { createRng } from './prng';

export const OPTIONAL_LEARNER_ATTRIBUTES = [
	'disability',
	'migrant_background',
	'refugee',
	'minimum_income',
	'platform_worker'
] as const;
export type OptionalLearnerAttribute = (typeof OPTIONAL_LEARNER_ATTRIBUTES)[number];

const RECORDING_RATE: Readonly<Record<OptionalLearnerAttribute, number>> = {
	disability: 0.75,
	migrant_background: 0.8,
	refugee: 0.6,
	minimum_income: 0.5,
	platform_worker: 0.4
};

// France's individual learning account (CPF) funds a large share of short courses; elsewhere
// learning accounts are new or absent.
const ILA_SHARE: Readonly<Record<string, number>> = { FR: 0.35, NL: 0.1 };

export interface CountryTraits {
	readonly geo: string;
	readonly index: number;
	readonly iso2: string;
	readonly iso3: string;
	readonly nameEn: string;
	readonly population: number;
	/** Share of all issuance; proportional to population. */
	readonly share: number;
	/** Year-on-year growth factor of issuance. */
	readonly growth: number;
	/** Years ahead (+) or behind (-) of the EU in moving to digital formats. */
	readonly digitalShift: number;
	readonly nqfFactor: number;
	readonly ilaShare: number;
	/** Optional learner attributes this country's systems record; others stay empty. */
	readonly recorded: ReadonlySet<OptionalLearnerAttribute>;
}

export function createCountryTraits(
	seed: string,
	population: readonly PopulationEntry[]
): CountryTraits[] {
	const rng = createRng(seed, 'countries');
	const byGeo = new Map(population.map((p) => [p.geo, p.population]));
	const total = MEMBER_STATES.reduce((s, c) => s + (byGeo.get(c.geo) ?? 0), 0);
	return MEMBER_STATES.map((c, index) => {
		const pop = byGeo.get(c.geo) ?? 0;
		const recorded = new Set<OptionalLearnerAttribute>();
		for (const attr of OPTIONAL_LEARNER_ATTRIBUTES) {
			if (rng.chance(RECORDING_RATE[attr])) recorded.add(attr);
		}
		return {
			geo: c.geo,
			index,
			iso2: c.iso2,
			iso3: c.iso3,
			nameEn: c.names.en,
			population: pop,
			share: pop / total,
			growth: 1.15 + rng.float() * 0.35,
			digitalShift: -1 + rng.float() * 2.5,
			nqfFactor: 0.3 + rng.float() * 1.7,
			ilaShare: ILA_SHARE[c.geo] ?? 0.01 + rng.float() * 0.05,
			recorded
		};
	});
}
