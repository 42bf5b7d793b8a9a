import {
	DIGITAL_FORMATS,
	PROVIDER_TYPES,
	type DigitalFormat,
	type Funding,
	type ProviderType
} from '../core/contract/vocabularies';
import type { Offer } from './catalogue';
import { GapModel } from './completeness';
import type { CountryTraits } from './country-traits';
import { DateSampler } from './dates';
import {
	FORMAT_SHARES_END,
	FORMAT_SHARES_START,
	FORMAT_SHIFT_END_YEAR,
	FORMAT_SHIFT_START_YEAR,
	FORMAT_TILT_BY_TYPE,
	ISSUANCE_SHARE_BY_TYPE,
	SEALED_RATE,
	SEALED_TILT_BY_TYPE
} from './distributions';
import { learnerAttributes, LEARNER_GROUPS, type Learner } from './learners';
import { hashString, Weighted, type Rng } from './prng';
import type { SyntheticProvider } from './providers';

export interface SyntheticIssuance {
	readonly index: number;
	readonly country: CountryTraits;
	/** Eurostat codes of the issuing countries; two for a joint credential. */
	readonly issuerGeos: readonly string[];
	readonly learnerIndex: number;
	readonly learner: Learner;
	readonly offer: Offer;
	readonly day: number;
	readonly year: number;
	readonly credentialId: string;
	readonly digitalFormat: DigitalFormat;
	readonly sealed: boolean;
	readonly funding: Funding;
	readonly grade: string;
	/**
	 * Mandatory Annex I elements this record's export leaves empty (bit mask over GAP_ELEMENTS of
	 * completeness.ts). Applied to clean rows only: a dirty row is made from the complete row.
	 */
	readonly gaps: number;
}

export interface IssuanceModelOptions {
	readonly seed: string;
	readonly records: number;
	readonly countries: readonly CountryTraits[];
	readonly providers: readonly SyntheticProvider[];
	readonly offers: readonly Offer[];
	readonly fromYear: number;
	readonly toYear: number;
	readonly asOfDays: number;
}

type Tilt = Partial<Record<ProviderType, number>>;

// Unemployed learners reach micro-credentials mostly through the PES, low-qualified ones
// through VET and adult learning: the provider mix depends on who the learner is.
const LABOUR_TILT: readonly Tilt[] = [
	{ employer: 1.3, public_employment_service: 0.2 },
	{
		public_employment_service: 6,
		adult_learning: 2,
		vet: 1.5,
		hei: 0.5,
		employer: 0.1,
		civil_society: 1.5
	},
	{ adult_learning: 2, civil_society: 2, hei: 1.3, employer: 0.1, public_employment_service: 0.5 }
];
const EDUCATION_TILT: readonly Tilt[] = [
	{
		hei: 0.2,
		vet: 1.8,
		adult_learning: 2,
		public_employment_service: 1.5,
		research_org: 0.1,
		civil_society: 1.5
	},
	{ vet: 1.3, hei: 0.8 },
	{ hei: 1.4, vet: 0.6, research_org: 1.5, adult_learning: 0.7 }
];

/** Share of distinct learners among records, before the skew of repeat learners. */
const LEARNER_POOL_RATIO = 0.75;
const REPEAT_SKEW = 1.6;

export class IssuanceModel {
	private readonly countryPicker: Weighted<CountryTraits>;
	private readonly yearPickers: Weighted<number>[];
	private readonly dates: DateSampler;
	private readonly poolSize: number[];
	private readonly providerPickers: Weighted<SyntheticProvider>[][];
	private readonly offerPickers = new Map<SyntheticProvider, Weighted<Offer>>();
	private readonly formatPickers = new Map<number, Weighted<DigitalFormat>>();
	private readonly fundingPickers = new Map<number, Weighted<Funding>>();
	private readonly seedWord: number;
	private readonly countries: readonly CountryTraits[];
	private readonly gapModel: GapModel;
	private readonly sealedRates: Float64Array;

	constructor(private readonly options: IssuanceModelOptions) {
		const { countries, fromYear, toYear, asOfDays, records } = options;
		this.countries = countries;
		this.seedWord = hashString(`${options.seed}\u0000learners`)[0];
		this.dates = new DateSampler(fromYear, toYear, asOfDays);
		this.countryPicker = new Weighted(countries.map((c) => [c, c.share] as const));
		this.yearPickers = countries.map((c) => {
			const years: [number, number][] = [];
			for (let y = fromYear; y <= toYear; y++) {
				const w = Math.pow(c.growth, y - fromYear) * this.dates.yearFraction(y);
				if (w > 0) years.push([y, w]);
			}
			if (years.length === 0) throw new Error('no issue dates before the as-of date');
			return new Weighted(years);
		});
		this.poolSize = countries.map((c) =>
			Math.max(1, Math.round(records * c.share * LEARNER_POOL_RATIO))
		);
		const byProvider = new Map<SyntheticProvider, [Offer, number][]>();
		for (const offer of options.offers) {
			const list = byProvider.get(offer.provider) ?? [];
			list.push([offer, offer.weight]);
			byProvider.set(offer.provider, list);
		}
		for (const [provider, list] of byProvider) this.offerPickers.set(provider, new Weighted(list));
		this.providerPickers = countries.map((c) => this.createProviderPickers(c));
		this.gapModel = new GapModel(options.seed, options.providers, options.offers);
		this.sealedRates = sealedRates();
	}

	private createProviderPickers(country: CountryTraits): Weighted<SyntheticProvider>[] {
		const mine = this.options.providers.filter(
			(p) => p.country === country && this.offerPickers.has(p)
		);
		const sizeByType = new Map<ProviderType, number>();
		for (const p of mine) sizeByType.set(p.type, (sizeByType.get(p.type) ?? 0) + p.size);
		const pickers: Weighted<SyntheticProvider>[] = [];
		for (let group = 0; group < LEARNER_GROUPS; group++) {
			const labour = LABOUR_TILT[Math.floor(group / 3)];
			const education = EDUCATION_TILT[group % 3];
			pickers.push(
				new Weighted(
					mine.map((p) => {
						const tilt = (labour[p.type] ?? 1) * (education[p.type] ?? 1);
						const w =
							(ISSUANCE_SHARE_BY_TYPE[p.type] * tilt * p.size) / (sizeByType.get(p.type) ?? 1);
						return [p, w] as const;
					})
				)
			);
		}
		return pickers;
	}

	/** Learner index range of a country, so other outputs can reuse the same identifiers. */
	learnerPool(country: CountryTraits): number {
		return this.poolSize[country.index];
	}

	next(rng: Rng, index: number): SyntheticIssuance {
		const country = this.countryPicker.pick(rng);
		const year = this.yearPickers[country.index].pick(rng);
		const day = this.dates.sample(rng, year);
		const learnerIndex = Math.floor(
			this.poolSize[country.index] * Math.pow(rng.float(), REPEAT_SKEW)
		);
		const learner = learnerAttributes(this.seedWord, country, learnerIndex);
		const provider = this.providerPickers[country.index][learner.group].pick(rng);
		const offer = (this.offerPickers.get(provider) as Weighted<Offer>).pick(rng);
		const digitalFormat = this.formatPicker(country, year, provider.type).pick(rng);
		const issuerGeos =
			provider.type === 'hei' && rng.chance(0.008)
				? [country.geo, this.partnerOf(rng, country)]
				: [country.geo];
		return {
			index,
			country,
			issuerGeos,
			learnerIndex,
			learner,
			offer,
			day,
			year,
			credentialId: credentialId(rng, provider, year, index),
			digitalFormat,
			sealed: rng.chance(this.sealedRate(provider.type, digitalFormat)),
			funding: this.fundingPicker(country, year, provider.type, learner).pick(rng),
			grade: grade(rng, country.geo),
			gaps: this.gapModel.next(offer, year, digitalFormat)
		};
	}

	private sealedRate(type: ProviderType, format: DigitalFormat): number {
		return this.sealedRates[TYPE_INDEX[type] * DIGITAL_FORMATS.length + FORMAT_INDEX[format]];
	}

	private partnerOf(rng: Rng, country: CountryTraits): string {
		const other = this.countries[rng.int(this.countries.length - 1)];
		return other === country ? this.countries[this.countries.length - 1].geo : other.geo;
	}

	private formatPicker(
		country: CountryTraits,
		year: number,
		type: ProviderType
	): Weighted<DigitalFormat> {
		const key = ((country.index << 12) + year) * PROVIDER_TYPES.length + TYPE_INDEX[type];
		let picker = this.formatPickers.get(key);
		if (!picker) {
			picker = createFormatPicker(year + country.digitalShift, type);
			this.formatPickers.set(key, picker);
		}
		return picker;
	}

	private fundingPicker(
		country: CountryTraits,
		year: number,
		type: ProviderType,
		learner: Learner
	): Weighted<Funding> {
		const jobless = learner.labour === 'unemployed' || learner.labour === 'long_term_unemployed';
		const kind =
			type === 'employer' ? 0 : type === 'public_employment_service' ? 1 : jobless ? 2 : 3;
		const recent = year >= 2023;
		const key = (country.index * 4 + kind) * 2 + (recent ? 1 : 0);
		let picker = this.fundingPickers.get(key);
		if (!picker) {
			picker = Weighted.fromRecord(fundingWeights(kind, country.ilaShare * (recent ? 1.3 : 1)));
			this.fundingPickers.set(key, picker);
		}
		return picker;
	}
}

const TYPE_INDEX = Object.fromEntries(PROVIDER_TYPES.map((t, i) => [t, i])) as Readonly<
	Record<ProviderType, number>
>;
const FORMAT_INDEX = Object.fromEntries(DIGITAL_FORMATS.map((f, i) => [f, i])) as Readonly<
	Record<DigitalFormat, number>
>;

/**
 * Chance that a credential is sealed, by provider type and format. A tilt above 1 makes the
 * formats that may carry a seal (PDF, Open Badges 2.0, other) more often sealed and leaves fewer
 * EDC / Open Badges 3.0 unsealed; paper is never sealed.
 */
function sealedRates(): Float64Array {
	const rates = new Float64Array(PROVIDER_TYPES.length * DIGITAL_FORMATS.length);
	PROVIDER_TYPES.forEach((type, t) => {
		const tilt = SEALED_TILT_BY_TYPE[type];
		DIGITAL_FORMATS.forEach((format, f) => {
			const base = SEALED_RATE[format];
			const native = format === 'edc' || format === 'open_badges_3';
			const rate = native ? 1 - (1 - base) / tilt : base * tilt;
			rates[t * DIGITAL_FORMATS.length + f] = Math.min(0.99, Math.max(0, rate));
		});
	});
	return rates;
}

/** Funding mix for employer-run (0), PES (1), jobless learners (2) and everyone else (3). */
function fundingWeights(kind: number, ila: number): Record<Funding, number> {
	const none = {
		employer: 0,
		self: 0,
		public: 0,
		eu_funds: 0,
		individual_learning_account: 0,
		other: 0
	};
	switch (kind) {
		case 0:
			return {
				...none,
				employer: 0.75,
				self: 0.05,
				public: 0.05,
				eu_funds: 0.05,
				individual_learning_account: ila / 3,
				other: 0.05
			};
		case 1:
			return { ...none, public: 0.75, eu_funds: 0.2, other: 0.05 };
		case 2:
			return {
				...none,
				public: 0.5,
				eu_funds: 0.2,
				individual_learning_account: ila,
				self: 0.15,
				other: 0.05
			};
		default:
			return {
				self: 0.3,
				employer: 0.3,
				public: 0.2,
				eu_funds: 0.08,
				individual_learning_account: ila,
				other: 0.05
			};
	}
}

function createFormatPicker(effectiveYear: number, type: ProviderType): Weighted<DigitalFormat> {
	const tilt = FORMAT_TILT_BY_TYPE[type];
	const span = FORMAT_SHIFT_END_YEAR - FORMAT_SHIFT_START_YEAR;
	const t = Math.min(1, Math.max(0, (effectiveYear - FORMAT_SHIFT_START_YEAR) / span));
	const entries = DIGITAL_FORMATS.map((f): [DigitalFormat, number] => {
		let w = FORMAT_SHARES_START[f] + (FORMAT_SHARES_END[f] - FORMAT_SHARES_START[f]) * t;
		// Open Badges 3.0 was only published in late 2022.
		if (f === 'open_badges_3' && effectiveYear < 2022.5) w = 0;
		return [f, w * tilt[f]];
	});
	return new Weighted(entries);
}

function credentialId(rng: Rng, provider: SyntheticProvider, year: number, index: number): string {
	if (provider.credentialIdStyle === 'prefixed') {
		return `${provider.id}-${year}-${String(index + 1).padStart(7, '0')}`;
	}
	// The last 8 hex digits are a bijection of the record index: unique without bookkeeping.
	const unique = ((Math.imul(index + 1, 0x9e3779b1) ^ 0x7f4a7c15) >>> 0)
		.toString(16)
		.padStart(8, '0');
	const h = (n: number) => n.toString(16).padStart(8, '0');
	const a = h(rng.next());
	const b = h(rng.next());
	const c = h(rng.next());
	return `urn:uuid:${a}-${b.slice(0, 4)}-4${b.slice(5)}-a${c.slice(0, 3)}-${c.slice(3, 7)}${unique}`;
}

const PASS_WORDS = ['Pass', 'Passed', 'Completed'];

function grade(rng: Rng, geo: string): string {
	if (rng.chance(0.3)) return '';
	switch (geo) {
		case 'FR':
		case 'BE':
		case 'LU':
			return rng.chance(0.8) ? `${rng.range(10, 19)}/20` : 'Admis';
		case 'IT':
			return rng.chance(0.8) ? `${rng.range(18, 30)}/30` : 'Superato';
		case 'DE':
		case 'AT':
			return rng.chance(0.8)
				? rng.pick(['1.0', '1.3', '1.7', '2.0', '2.3', '2.7', '3.0', '3.3', '3.7', '4.0'])
				: 'bestanden';
		default: {
			const roll = rng.float();
			if (roll < 0.4) return rng.pick(PASS_WORDS);
			if (roll < 0.7) return rng.pick(['A', 'B', 'C', 'D', 'E']);
			if (roll < 0.85) return `${rng.range(55, 100)}%`;
			return `${(rng.range(11, 20) / 2).toFixed(1)}/10`;
		}
	}
}
