import type { DigitalFormat, ProviderType } from '../core/contract/vocabularies';
// Clean gaps: mandatory Annex I elements that a provider's export leaves empty on an otherwise
// valid row, as real exports do. The validator only warns about such a row (rule
// annex1.missing) and keeps it, so it is CLEAN: it is not in dirty-ledger.json nor in
// dirty-rows.csv. The ledger's 'missing_*' kinds are something else: rows broken on purpose,
// each listed in dirty-rows.csv with its one problem, and always made from a row without clean
// gaps. Element for element, a row without a ledger entry that lacks a mandatory element is a
// clean gap; manifest.json counts them (issuance.cleanRowsMissing).
//
// Never gapped: title, issuer_country and issue_date (an export without them is broken, and a
// missing country or date is an error for the validator), and eqf_level (an empty cell means
// "not applicable", which satisfies element viii).
//
// The model, hand-checkable:
//   rate(provider, element, year) = min(MAX_GAP_RATE,
//       base(element, year) x GAP_TILT_BY_TYPE[type] x providerFactor x elementFactor
//       [x LEARNER_GAP_TILT_BY_FORMAT[format] for learner_id])
// base() goes linearly from GAP_SHARE_START (2019 and before) to GAP_SHARE_END (2026 and after):
// completeness improves as the Recommendation (June 2022) takes effect. providerFactor (one per
// provider: how careful its export is) and elementFactor (one per provider and element: which
// field its template lacks) are log-normal with mean 1, so over all records the share without an
// element stays close to base().
// The offer-level elements (learning outcomes, workload, assessment, participation form, QA)
// are missing for a whole offer: each offer holds one uniform number per element and lacks the
// element in a year when that number is below the rate, so an offer, once completed, stays
// complete. learner_id and awarding_body are dropped record by record.

import { COL } from './columns';
import type { Offer } from './catalogue';
import { createRng, type Rng } from './prng';
import type { SyntheticProvider } from './providers';

export const GAP_ELEMENTS = [
	'learning_outcomes',
	'workload',
	'assessment_type',
	'participation_form',
	'quality_assurance',
	'learner_id',
	'awarding_body'
] as const;
export type GapElement = (typeof GAP_ELEMENTS)[number];

/** The first five are properties of the offer, the last two of the record. */
const OFFER_ELEMENTS = 5;

export const GAP_BIT: Readonly<Record<GapElement, number>> = Object.fromEntries(
	GAP_ELEMENTS.map((e, i) => [e, 1 << i])
) as Record<GapElement, number>;

/** Columns a gap empties; an awarding body is dropped with its identifier. */
const GAP_COLUMNS: readonly (readonly number[])[] = GAP_ELEMENTS.map((e) => {
	switch (e) {
		case 'workload':
			return [COL.ects, COL.workload_hours];
		case 'awarding_body':
			return [COL.awarding_body, COL.awarding_body_id];
		default:
			return [COL[e]];
	}
});

/** Share of all clean records without the element, in 2019 and before. */
export const GAP_SHARE_START: Readonly<Record<GapElement, number>> = {
	learning_outcomes: 0.15,
	workload: 0.08,
	assessment_type: 0.1,
	participation_form: 0.05,
	quality_assurance: 0.2,
	learner_id: 0.02,
	awarding_body: 0.006
};

/** Share of all clean records without the element, in 2026 and after. */
export const GAP_SHARE_END: Readonly<Record<GapElement, number>> = {
	learning_outcomes: 0.05,
	workload: 0.02,
	assessment_type: 0.03,
	participation_form: 0.01,
	quality_assurance: 0.08,
	learner_id: 0.009,
	awarding_body: 0.002
};

export const GAP_SHIFT_START_YEAR = 2019;
export const GAP_SHIFT_END_YEAR = 2026;

/**
 * How much more often than average a provider type leaves an element out. Weighted by the
 * issuance shares of the types the mean is close to 1. HEIs export from student information
 * systems built around the ECTS and Diploma Supplement fields; employers and private providers
 * export from learning platforms that often have no field for QA or learning outcomes.
 */
export const GAP_TILT_BY_TYPE: Readonly<Record<ProviderType, number>> = {
	hei: 0.5,
	vet: 0.8,
	research_org: 0.8,
	public_authority: 0.9,
	public_employment_service: 1,
	adult_learning: 1.1,
	social_partner: 1.2,
	civil_society: 1.5,
	other: 1.6,
	private_provider: 1.7,
	employer: 1.9
};

/**
 * learner_id is missing mostly from badges issued to an e-mail address that the export drops
 * (anonymous open badges) and from paper certificates typed in later.
 */
export const LEARNER_GAP_TILT_BY_FORMAT: Readonly<Record<DigitalFormat, number>> = {
	edc: 0.2,
	open_badges_3: 2.5,
	open_badges_2: 4,
	pdf: 0.6,
	paper: 1.5,
	other: 1
};

/** Spread (log-normal sigma) of how careful a provider's exports are, overall and per element. */
export const PROVIDER_SIGMA = 0.6;
export const ELEMENT_SIGMA = 0.4;
export const MAX_GAP_RATE = 0.9;

/** Share of records without the element in a year, before provider and format tilts. */
export function baseGapShare(element: GapElement, year: number): number {
	const span = GAP_SHIFT_END_YEAR - GAP_SHIFT_START_YEAR;
	const t = Math.min(1, Math.max(0, (year - GAP_SHIFT_START_YEAR) / span));
	return GAP_SHARE_START[element] + (GAP_SHARE_END[element] - GAP_SHARE_START[element]) * t;
}

function meanOneLogNormal(rng: Rng, sigma: number): number {
	return rng.logNormal(Math.exp((-sigma * sigma) / 2), sigma);
}

export class GapModel {
	/** Per provider: tilt x provider factor x element factor, one per element. */
	private readonly propensity = new Map<SyntheticProvider, Float64Array>();
	/** Per offer: one uniform number per offer-level element. */
	private readonly offerDraws = new Map<Offer, Float64Array>();
	private readonly baseByYear = new Map<number, Float64Array>();
	private readonly recordRng: Rng;

	constructor(seed: string, providers: readonly SyntheticProvider[], offers: readonly Offer[]) {
		// Streams of their own, so the gaps do not move any other value of a record.
		const rng = createRng(seed, 'completeness');
		for (const p of providers) {
			const common = GAP_TILT_BY_TYPE[p.type] * meanOneLogNormal(rng, PROVIDER_SIGMA);
			const rates = new Float64Array(GAP_ELEMENTS.length);
			for (let e = 0; e < rates.length; e++) {
				rates[e] = common * meanOneLogNormal(rng, ELEMENT_SIGMA);
			}
			this.propensity.set(p, rates);
		}
		for (const o of offers) {
			const draws = new Float64Array(OFFER_ELEMENTS);
			for (let e = 0; e < OFFER_ELEMENTS; e++) draws[e] = rng.float();
			this.offerDraws.set(o, draws);
		}
		this.recordRng = createRng(seed, 'issuance-gaps');
	}

	private base(year: number): Float64Array {
		let base = this.baseByYear.get(year);
		if (!base) {
			base = Float64Array.from(GAP_ELEMENTS, (e) => baseGapShare(e, year));
			this.baseByYear.set(year, base);
		}
		return base;
	}

	/**
	 * Bit mask over GAP_ELEMENTS of what the record lacks. Draws exactly two numbers from its own
	 * stream per call, so the mask of a record depends only on the seed and its position.
	 */
	next(offer: Offer, year: number, format: DigitalFormat): number {
		const base = this.base(year);
		const propensity = this.propensity.get(offer.provider) as Float64Array;
		const draws = this.offerDraws.get(offer) as Float64Array;
		let mask = 0;
		for (let e = 0; e < OFFER_ELEMENTS; e++) {
			if (draws[e] < Math.min(MAX_GAP_RATE, base[e] * propensity[e])) mask |= 1 << e;
		}
		const learner = 5;
		const learnerRate = base[learner] * propensity[learner] * LEARNER_GAP_TILT_BY_FORMAT[format];
		if (this.recordRng.float() < Math.min(MAX_GAP_RATE, learnerRate)) mask |= 1 << learner;
		const body = 6;
		if (this.recordRng.float() < Math.min(MAX_GAP_RATE, base[body] * propensity[body])) {
			mask |= 1 << body;
		}
		return mask;
	}
}

/** Empties the columns of every element in the mask (fields in canonical column order). */
export function applyGaps(fields: string[], mask: number): void {
	for (let e = 0; e < GAP_COLUMNS.length; e++) {
		if ((mask & (1 << e)) === 0) continue;
		for (const c of GAP_COLUMNS[e]) fields[c] = '';
	}
}

/** Counts of clean rows, and of clean rows without each element, for the manifest. */
export class GapTally {
	cleanRows = 0;
	rowsWithGaps = 0;
	private readonly missing = new Array<number>(GAP_ELEMENTS.length).fill(0);

	add(mask: number): void {
		this.cleanRows++;
		if (mask === 0) return;
		this.rowsWithGaps++;
		for (let e = 0; e < GAP_ELEMENTS.length; e++) if (mask & (1 << e)) this.missing[e]++;
	}

	toJSON(): CleanGaps {
		return {
			cleanRows: this.cleanRows,
			cleanRowsMissingAnyElement: this.rowsWithGaps,
			cleanRowsMissing: Object.fromEntries(
				GAP_ELEMENTS.map((e, i) => [e, this.missing[i]])
			) as Record<GapElement, number>
		};
	}
}

export interface CleanGaps {
	readonly cleanRows: number;
	readonly cleanRowsMissingAnyElement: number;
	readonly cleanRowsMissing: Readonly<Record<GapElement, number>>;
}
