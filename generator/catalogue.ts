import {
	CYCLE_EQF_LEVEL,
	QF_EHEA_CYCLES,
	type AssessmentType,
	type IscedField,
	type LearningSetting,
	type ParticipationForm,
	type QualityAssurance,
	type Supervision
} from '../core/contract/vocabularies';
import {
	ASSESSMENT_BY_TYPE,
	ECTS_MEDIAN_BY_TYPE,
	EQF_BY_TYPE,
	FIELD_BY_TYPE,
	OFFERS_PER_PROVIDER,
	PARTICIPATION_BY_TYPE,
	QA_BY_TYPE,
	STACKABILITY_BY_TYPE
} from './distributions';
import { FORMULAS } from './dirty';
import { createRng, type Rng } from './prng';
import type { SyntheticProvider } from './providers';
import type { DirtMaker } from './table-dirt';
import { learningOutcomes, offerTitle, pickTitle, type TitleLang, type TitleTopic } from './titles';

export interface Offer {
	readonly id: string;
	readonly provider: SyntheticProvider;
	readonly title: string;
	readonly lang: TitleLang;
	readonly field: IscedField;
	readonly topic: TitleTopic;
	readonly ects: number;
	/** Which workload columns an export of this offer fills. */
	readonly workload: 'ects' | 'hours' | 'both';
	readonly hours: number;
	/** 0 when a level does not apply. */
	readonly eqf: number;
	readonly cycle: string;
	readonly participation: ParticipationForm;
	readonly qa: QualityAssurance;
	readonly inNqf: boolean;
	readonly listed: boolean;
	readonly setting: LearningSetting;
	readonly assessment: AssessmentType;
	readonly supervision: Supervision | '';
	readonly stackability: '' | 'standalone' | 'stackable';
	readonly stackableTowards: string;
	readonly prerequisites: string;
	readonly furtherInformation: string;
	readonly learningOutcomes: string;
	/** Relative popularity among the provider's offers. */
	readonly weight: number;
}

const COMMON_ECTS = [1, 2, 3, 4, 5, 6, 10, 15, 20, 30];

function drawEcts(rng: Rng, median: number): number {
	const raw = rng.logNormal(median, 0.7);
	if (rng.chance(0.45)) {
		return COMMON_ECTS.reduce((best, v) => (Math.abs(v - raw) < Math.abs(best - raw) ? v : best));
	}
	return Math.min(60, Math.max(0.5, Math.round(raw * 2) / 2));
}

function titleLanguage(rng: Rng, geo: string): TitleLang {
	const local: Readonly<Record<string, readonly [TitleLang, number]>> = {
		FR: ['fr', 0.8],
		IT: ['it', 0.8],
		DE: ['de', 0.75],
		AT: ['de', 0.75],
		BE: ['fr', 0.35],
		LU: ['fr', 0.4]
	};
	const entry = local[geo];
	return entry && rng.chance(entry[1]) ? entry[0] : 'en';
}

const PREREQUISITES = [
	'none',
	'EQF level 4 qualification or equivalent',
	'Basic digital skills',
	'Bachelor degree in a related field',
	'Two years of work experience in the sector',
	'B1 level in the language of instruction'
];

const TOWARDS = [
	'Master programme',
	'Bachelor programme',
	'Vocational certificate',
	'Professional certificate'
];

function supervisionFor(
	rng: Rng,
	form: ParticipationForm,
	assessment: AssessmentType
): Supervision | '' {
	if (assessment === 'none' || rng.chance(0.3)) return '';
	if (form === 'onsite') return rng.chance(0.85) ? 'onsite_id' : 'supervised_no_id';
	if (assessment === 'online_test') {
		return rng.pick([
			'unsupervised_no_id',
			'supervised_online_id',
			'supervised_online_id'
		] as const);
	}
	return rng.pick([
		'unsupervised_no_id',
		'supervised_no_id',
		'supervised_online_id',
		'onsite_id'
	] as const);
}

function createOffer(rng: Rng, provider: SyntheticProvider, id: string): Offer {
	const type = provider.type;
	const field = FIELD_BY_TYPE[type].pick(rng);
	const entry = pickTitle(rng, field);
	const lang = titleLanguage(rng, provider.country.geo);
	const ects = drawEcts(rng, ECTS_MEDIAN_BY_TYPE[type]);
	const formalType = type === 'hei' || type === 'vet';
	const workload = formalType
		? rng.pick(['ects', 'ects', 'ects', 'both'] as const)
		: rng.pick(['ects', 'hours', 'hours', 'both'] as const);
	const eqf = EQF_BY_TYPE[type].pick(rng);
	const cycle =
		type === 'hei' && rng.chance(0.7)
			? (QF_EHEA_CYCLES.find((c) => CYCLE_EQF_LEVEL[c] === eqf) ?? '')
			: '';
	const participation = PARTICIPATION_BY_TYPE[type].pick(rng);
	const qaTable = QA_BY_TYPE[type];
	const qa = (provider.externalQa ? qaTable.external : qaTable.internal).pick(rng);
	const nqfBase = type === 'vet' ? 0.25 : type === 'hei' ? 0.15 : 0.04;
	const assessment = ASSESSMENT_BY_TYPE[type].pick(rng);
	const stackRoll = rng.float();
	const stack = STACKABILITY_BY_TYPE[type];
	const stackability =
		stackRoll < stack.stackable ? 'stackable' : stackRoll < 1 - stack.empty ? 'standalone' : '';
	const setting: LearningSetting = formalType
		? rng.chance(0.7)
			? 'formal'
			: 'non_formal'
		: rng.chance(0.88)
			? 'non_formal'
			: 'informal';
	return {
		id,
		provider,
		title: offerTitle(rng, entry, lang),
		lang,
		field,
		topic: entry.topic,
		ects,
		workload,
		hours: Math.max(1, Math.round(ects * rng.range(25, 30))),
		eqf,
		cycle,
		participation,
		qa,
		inNqf: rng.chance(Math.min(0.9, nqfBase * provider.country.nqfFactor)),
		listed: rng.chance(provider.publishesCatalogue ? 0.8 : 0.15),
		setting,
		assessment,
		supervision: supervisionFor(rng, participation, assessment),
		stackability,
		stackableTowards:
			stackability === 'stackable' && rng.chance(0.8)
				? `${rng.pick(TOWARDS)} at ${provider.name}`
				: '',
		prerequisites: rng.chance(0.45) ? rng.pick(PREREQUISITES) : '',
		furtherInformation: rng.chance(0.25) ? `https://example.org/offers/${id}` : '',
		learningOutcomes: learningOutcomes(rng, entry, lang),
		weight: rng.logNormal(1, 0.8)
	};
}

export function createOffers(seed: string, providers: readonly SyntheticProvider[]): Offer[] {
	const rng = createRng(seed, 'catalogue');
	const offers: Offer[] = [];
	const seqByCountry = new Map<string, number>();
	for (const provider of providers) {
		const [min, max] = OFFERS_PER_PROVIDER[provider.type];
		const count = rng.range(min, max);
		for (let i = 0; i < count; i++) {
			const geo = provider.country.geo;
			const seq = (seqByCountry.get(geo) ?? 0) + 1;
			seqByCountry.set(geo, seq);
			offers.push(createOffer(rng, provider, `OFR-${geo}-${String(seq).padStart(5, '0')}`));
		}
	}
	return offers;
}

export function offerRow(o: Offer): string[] {
	return [
		o.id,
		o.provider.id,
		o.provider.country.geo,
		o.title,
		String(o.ects),
		o.eqf === 0 ? '' : String(o.eqf),
		o.participation,
		o.qa,
		String(o.inNqf),
		String(o.listed),
		String(o.provider.publishesRecognitionPolicy),
		o.field,
		o.topic
	];
}

export const CATALOGUE_DIRTY_KINDS = [
	'unknown_country',
	'unknown_provider_id',
	'missing_title',
	'negative_ects',
	'invalid_eqf',
	'unknown_participation_form',
	'duplicate_offer_id',
	'formula_injection'
] as const;
export type CatalogueDirtyKind = (typeof CATALOGUE_DIRTY_KINDS)[number];

export function catalogueDirt(rows: readonly string[][]): DirtMaker<CatalogueDirtyKind> {
	let n = 0;
	return (kind, source, rng) => {
		const fields = [...rows[source]];
		if (kind === 'duplicate_offer_id') {
			fields[3] = `${fields[3]} (copy)`;
			return { fields, column: 'offer_id', afterClean: source };
		}
		fields[0] = `${fields[0]}-D${++n}`;
		switch (kind) {
			case 'unknown_country':
				fields[2] = rng.pick(['XX', 'Atlantis']);
				return { fields, column: 'country' };
			case 'unknown_provider_id':
				fields[1] = `PRV-${fields[2]}-9${String(rng.int(1000)).padStart(3, '0')}`;
				return { fields, column: 'provider_id' };
			case 'missing_title':
				fields[3] = '';
				return { fields, column: 'title' };
			case 'negative_ects':
				fields[4] = `-${fields[4]}`;
				return { fields, column: 'ects' };
			case 'invalid_eqf':
				fields[5] = rng.pick(['9', 'X']);
				return { fields, column: 'eqf_level' };
			case 'unknown_participation_form':
				fields[6] = 'correspondence';
				return { fields, column: 'participation_form' };
			case 'formula_injection':
				fields[3] = rng.pick(FORMULAS);
				return { fields, column: 'title' };
		}
	};
}
