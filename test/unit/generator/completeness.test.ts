// Clean gaps (mandatory Annex I elements left empty on valid rows), checked on 300 000 records
// drawn straight from the issuance model: large enough for year-by-year and type-by-type shares
// to be stable, and no files to write.
import { beforeAll, describe, expect, it } from 'vitest';
import { createOffers, type Offer } from '../../../generator/catalogue';
import { COL, ISSUANCE_COLUMNS } from '../../../generator/columns';
import {
	applyGaps,
	baseGapShare,
	GAP_BIT,
	GAP_ELEMENTS,
	GAP_SHARE_END,
	GAP_SHARE_START,
	GapModel,
	type GapElement
} from '../../../generator/completeness';
import { createCountryTraits } from '../../../generator/country-traits';
import { daysFromCivil } from '../../../generator/dates';
import { IssuanceModel } from '../../../generator/issuance';
import { loadPopulation } from '../../../generator/population';
import { createRng } from '../../../generator/prng';
import { createProviders, type SyntheticProvider } from '../../../generator/providers';
import { hasSharedData, SHARED_DATA_DIR } from '../../helpers/shared-data';

const SEED = 'completeness-test';
const RECORDS = 300_000;
const FIRST = 2019;
const LAST = 2025;

interface Tally {
	n: number;
	complete: number;
	missing: Record<GapElement, number>;
}
const tally = (): Tally => ({
	n: 0,
	complete: 0,
	missing: Object.fromEntries(GAP_ELEMENTS.map((e) => [e, 0])) as Record<GapElement, number>
});
const add = (t: Tally, mask: number) => {
	t.n++;
	if (mask === 0) t.complete++;
	for (const e of GAP_ELEMENTS) if (mask & GAP_BIT[e]) t.missing[e]++;
};

let providers: SyntheticProvider[];
let offers: Offer[];
const byYear = new Map<number, Tally>();
const byType = new Map<string, Tally>();

beforeAll(async () => {
	const population = await loadPopulation(hasSharedData ? SHARED_DATA_DIR : undefined);
	const countries = createCountryTraits(SEED, population.entries);
	providers = createProviders(SEED, countries);
	offers = createOffers(SEED, providers);
	const model = new IssuanceModel({
		seed: SEED,
		records: RECORDS,
		countries,
		providers,
		offers,
		fromYear: FIRST,
		toYear: LAST,
		asOfDays: daysFromCivil(LAST, 12, 31)
	});
	const rng = createRng(SEED, 'issuance');
	for (let i = 0; i < RECORDS; i++) {
		const rec = model.next(rng, i);
		if (!byYear.has(rec.year)) byYear.set(rec.year, tally());
		add(byYear.get(rec.year) as Tally, rec.gaps);
		const type = rec.offer.provider.type;
		if (!byType.has(type)) byType.set(type, tally());
		add(byType.get(type) as Tally, rec.gaps);
	}
});

const missingShare = (t: Tally, e: GapElement) => t.missing[e] / t.n;

describe('base shares', () => {
	it('go linearly from the 2019 shares to the 2026 shares and stay flat outside', () => {
		expect(baseGapShare('learning_outcomes', 2015)).toBe(0.15);
		expect(baseGapShare('learning_outcomes', 2019)).toBe(0.15);
		expect(baseGapShare('learning_outcomes', 2026)).toBeCloseTo(0.05, 12);
		expect(baseGapShare('learning_outcomes', 2030)).toBeCloseTo(0.05, 12);
		// 2022: three sevenths of the way from 15 % to 5 %.
		expect(baseGapShare('learning_outcomes', 2022)).toBeCloseTo(0.15 - (0.1 * 3) / 7, 12);
		for (const e of GAP_ELEMENTS) {
			expect(GAP_SHARE_END[e], e).toBeLessThan(GAP_SHARE_START[e]);
			for (let y = 2019; y < 2026; y++) {
				expect(baseGapShare(e, y + 1), `${e} ${y}`).toBeLessThan(baseGapShare(e, y));
			}
		}
	});
});

describe('clean gaps per element and year', () => {
	// [2019 low, 2019 high, 2025 low, 2025 high]; the model's expected values (base share, mean
	// tilt close to 1) are about 15 -> 6.4 %, 8 -> 2.9 %, 10 -> 4 %, 5 -> 1.6 %, 20 -> 9.7 %,
	// learner_id about 2.8 -> 1.6 % (badge-heavy years weigh it up) and awarding_body 0.6 -> 0.3 %.
	const BOUNDS: Record<GapElement, readonly [number, number, number, number]> = {
		learning_outcomes: [0.11, 0.19, 0.04, 0.09],
		workload: [0.055, 0.11, 0.015, 0.045],
		assessment_type: [0.07, 0.13, 0.025, 0.06],
		participation_form: [0.03, 0.07, 0.008, 0.03],
		quality_assurance: [0.15, 0.25, 0.07, 0.13],
		learner_id: [0.015, 0.04, 0.008, 0.025],
		awarding_body: [0.003, 0.01, 0.001, 0.005]
	};

	it('stays within plausible bounds in the first and the last year', () => {
		const first = byYear.get(FIRST) as Tally;
		const last = byYear.get(LAST) as Tally;
		expect(first.n).toBeGreaterThan(10_000);
		for (const e of GAP_ELEMENTS) {
			const [lo1, hi1, lo2, hi2] = BOUNDS[e];
			expect(missingShare(first, e), `${e} ${FIRST}`).toBeGreaterThan(lo1);
			expect(missingShare(first, e), `${e} ${FIRST}`).toBeLessThan(hi1);
			expect(missingShare(last, e), `${e} ${LAST}`).toBeGreaterThan(lo2);
			expect(missingShare(last, e), `${e} ${LAST}`).toBeLessThan(hi2);
		}
	});

	it('improves from the first to the last year for every element and overall', () => {
		const first = byYear.get(FIRST) as Tally;
		const last = byYear.get(LAST) as Tally;
		for (const e of GAP_ELEMENTS) {
			expect(missingShare(last, e), e).toBeLessThan(0.75 * missingShare(first, e));
		}
		// Records carrying all eleven: about 57 % in 2019, about 78 % in 2025.
		expect(first.complete / first.n).toBeGreaterThan(0.5);
		expect(first.complete / first.n).toBeLessThan(0.65);
		expect(last.complete / last.n).toBeGreaterThan(first.complete / first.n + 0.12);
		expect(last.complete / last.n).toBeLessThan(0.9);
	});

	it('leaves HEIs more complete than private providers and employers, element by element', () => {
		const hei = byType.get('hei') as Tally;
		for (const type of ['private_provider', 'employer']) {
			const other = byType.get(type) as Tally;
			// Type tilts 0.5 against 1.7 and 1.9: about a third as many gaps.
			for (const e of GAP_ELEMENTS) {
				expect(missingShare(hei, e), `${type} ${e}`).toBeLessThan(0.6 * missingShare(other, e));
			}
			expect(hei.complete / hei.n, type).toBeGreaterThan(other.complete / other.n + 0.15);
		}
	});
});

describe('gap model', () => {
	const draw = (seed: string) => {
		const model = new GapModel(seed, providers, offers);
		return offers.slice(0, 2000).map((o, i) => model.next(o, 2019 + (i % 7), 'open_badges_2'));
	};

	it('repeats the same masks for the same seed and differs for another', () => {
		const a = draw('x');
		expect(draw('x')).toEqual(a);
		expect(draw('y')).not.toEqual(a);
		expect(a.some((m) => m !== 0)).toBe(true);
	});

	it('empties only the columns of the elements in the mask', () => {
		const full = ISSUANCE_COLUMNS.map((c) => `v-${c}`);
		const gapped = [...full];
		applyGaps(gapped, GAP_BIT.workload | GAP_BIT.awarding_body | GAP_BIT.learner_id);
		const emptied = ISSUANCE_COLUMNS.filter((c) => gapped[COL[c]] === '');
		expect(emptied.sort()).toEqual(
			['learner_id', 'awarding_body', 'awarding_body_id', 'ects', 'workload_hours'].sort()
		);
		const all = [...full];
		applyGaps(all, (1 << GAP_ELEMENTS.length) - 1);
		// Never title, country, date or level: an export without them is broken, not incomplete.
		for (const c of ['credential_id', 'title', 'issuer_country', 'issue_date', 'eqf_level']) {
			expect(all[COL[c as keyof typeof COL]], c).toBe(`v-${c}`);
		}
		expect(ISSUANCE_COLUMNS.filter((c) => all[COL[c]] === '').length).toBe(9);
	});
});
