import type { AgeBand, EducationLevel, LabourStatus } from '../core/contract/vocabularies';
import type { CountryTraits } from './country-traits';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import { mix32, Rng } from './prng';

export interface Learner {
	readonly ageBand: AgeBand;
	readonly sex: string;
	/** '' when not recorded. */
	readonly education: EducationLevel | '';
	readonly labour: LabourStatus | '';
	readonly disability: string;
	readonly migrant: string;
	readonly refugee: string;
	readonly urbanisation: string;
	readonly minimumIncome: string;
	readonly platformWorker: string;
	/** Index into the provider-choice tables: labour group x education group. */
	readonly group: number;
}

export type LearnerIdStyle = 'numeric' | 'email';

export const LEARNER_GROUPS = 9;

const AGE: readonly [AgeBand, number][] = [
	['<25', 0.12],
	['25-34', 0.28],
	['35-44', 0.26],
	['45-54', 0.2],
	['55-64', 0.1],
	['65+', 0.04]
];

function pickAge(rng: Rng): AgeBand {
	let x = rng.float();
	for (const [band, p] of AGE) {
		if (x < p) return band;
		x -= p;
	}
	return '25-34';
}

function flag(rng: Rng, p: number, recorded: boolean): string {
	if (!recorded) return '';
	if (rng.chance(0.06)) return 'unknown';
	return rng.chance(p) ? 'true' : 'false';
}

/**
 * A learner's attributes depend only on (seed, country, learner index), so a learner who comes
 * back for a second credential keeps the same profile without the generator remembering anyone.
 */
export function learnerAttributes(
	seedWord: number,
	country: CountryTraits,
	index: number
): Learner {
	const h = mix32(seedWord ^ mix32(country.index * 0x9e3779b1 + index));
	const rng = new Rng(h, mix32(h + 1), mix32(index), seedWord, 4);
	const ageBand = pickAge(rng);
	const sexRoll = rng.float();
	const sex = sexRoll < 0.53 ? 'F' : sexRoll < 0.98 ? 'M' : sexRoll < 0.985 ? 'X' : 'unknown';
	const young = ageBand === '<25';
	const eduRoll = rng.float();
	const education: EducationLevel | '' =
		eduRoll < 0.04
			? ''
			: eduRoll < (young ? 0.17 : 0.11)
				? 'low'
				: eduRoll < (young ? 0.7 : 0.47)
					? 'medium'
					: 'high';
	let labour: LabourStatus | '';
	const lab = rng.float();
	if (ageBand === '65+')
		labour = lab < 0.8 ? 'inactive' : lab < 0.92 ? 'employed' : 'self_employed';
	else if (lab < 0.02) labour = '';
	else if (lab < 0.745) labour = 'employed';
	else if (lab < 0.825) labour = 'self_employed';
	else if (lab < 0.87) labour = 'unemployed';
	else if (lab < 0.89) labour = 'long_term_unemployed';
	else labour = 'inactive';
	const jobless = labour === 'unemployed' || labour === 'long_term_unemployed';
	const migrantTrue = rng.chance(0.1);
	const rec = country.recorded;
	const urbRoll = rng.float();
	const labourGroup = jobless ? 1 : labour === 'inactive' ? 2 : 0;
	const eduGroup = education === 'low' ? 0 : education === 'high' ? 2 : 1;
	return {
		ageBand,
		sex,
		education,
		labour,
		disability: flag(rng, 0.05, rec.has('disability')),
		migrant: rec.has('migrant_background')
			? rng.chance(0.04)
				? 'unknown'
				: String(migrantTrue)
			: '',
		refugee: rec.has('refugee') ? String(migrantTrue && rng.chance(0.12)) : '',
		urbanisation: urbRoll < 0.03 ? '' : urbRoll < 0.51 ? 'city' : urbRoll < 0.8 ? 'town' : 'rural',
		minimumIncome: flag(rng, jobless ? 0.2 : 0.012, rec.has('minimum_income')),
		platformWorker: flag(
			rng,
			labour === 'self_employed' ? 0.12 : 0.012,
			rec.has('platform_worker')
		),
		group: labourGroup * 3 + eduGroup
	};
}

// Multiplying by an odd constant is a bijection modulo 2^32, so distinct learners never share
// an identifier while the numbers still look random.
function scramble(country: CountryTraits, index: number): number {
	return (Math.imul(country.index * 50_000_000 + index + 1, 0x2c1b3c6d) ^ 0x5bd1e995) >>> 0;
}

export function learnerId(style: LearnerIdStyle, country: CountryTraits, index: number): string {
	const n = scramble(country, index);
	if (style === 'numeric') return `L-${String(n).padStart(10, '0')}`;
	const given = GIVEN_NAMES[n % GIVEN_NAMES.length].toLowerCase();
	const family = FAMILY_NAMES[(n >>> 8) % FAMILY_NAMES.length].toLowerCase();
	return `${given}.${family}.${n}@example.org`;
}
