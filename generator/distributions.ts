import type {
	AssessmentType,
	DigitalFormat,
	IscedField,
	ParticipationForm,
	ProviderType,
	QualityAssurance
} from '../core/contract/vocabularies';
import { Weighted } from './prng';

// Shares chosen to look like the published pictures of micro-credential uptake (Cedefop and
// JRC surveys, AES 2022 participation gaps): HEIs and VET providers issue most, learners are
// mostly employed, highly qualified and urban, and digital topics dominate.

type PerType<T> = Readonly<Record<ProviderType, T>>;

/** Share of a country's issuance by provider type. */
export const ISSUANCE_SHARE_BY_TYPE: PerType<number> = {
	hei: 0.3,
	vet: 0.22,
	private_provider: 0.12,
	adult_learning: 0.09,
	employer: 0.09,
	public_employment_service: 0.05,
	social_partner: 0.03,
	civil_society: 0.03,
	public_authority: 0.03,
	research_org: 0.02,
	other: 0.02
};

/** Providers per type in a country of 10 million people (scaled by the square root). */
export const PROVIDERS_PER_10M: PerType<number> = {
	hei: 12,
	vet: 14,
	adult_learning: 8,
	employer: 10,
	private_provider: 10,
	public_employment_service: 2,
	social_partner: 3,
	civil_society: 4,
	public_authority: 3,
	research_org: 3,
	other: 2
};

export const OFFERS_PER_PROVIDER: PerType<readonly [number, number]> = {
	hei: [4, 18],
	vet: [3, 10],
	adult_learning: [2, 8],
	employer: [1, 5],
	private_provider: [2, 12],
	public_employment_service: [2, 6],
	social_partner: [1, 4],
	civil_society: [1, 4],
	public_authority: [1, 3],
	research_org: [1, 4],
	other: [1, 3]
};

export const EXTERNAL_QA_RATE: PerType<number> = {
	hei: 0.92,
	vet: 0.75,
	adult_learning: 0.45,
	employer: 0.15,
	private_provider: 0.35,
	public_employment_service: 0.5,
	social_partner: 0.3,
	civil_society: 0.2,
	public_authority: 0.4,
	research_org: 0.5,
	other: 0.2
};

const fields = (w: Partial<Record<IscedField, number>>) =>
	Weighted.fromRecord(w as Record<IscedField, number>);

export const FIELD_BY_TYPE: PerType<Weighted<IscedField>> = {
	hei: fields({
		'00': 2,
		'01': 10,
		'02': 7,
		'03': 9,
		'04': 16,
		'05': 9,
		'06': 20,
		'07': 12,
		'08': 3,
		'09': 9,
		'10': 3
	}),
	vet: fields({ '04': 12, '06': 16, '07': 30, '08': 8, '09': 14, '10': 20 }),
	adult_learning: fields({ '00': 25, '02': 15, '04': 15, '06': 25, '09': 10, '10': 10 }),
	employer: fields({ '04': 25, '06': 35, '07': 25, '10': 15 }),
	private_provider: fields({ '02': 8, '04': 30, '06': 45, '07': 5, '10': 12 }),
	public_employment_service: fields({ '00': 25, '04': 20, '06': 25, '07': 10, '10': 20 }),
	social_partner: fields({ '04': 25, '07': 40, '10': 25, '09': 10 }),
	civil_society: fields({ '00': 40, '02': 20, '03': 15, '06': 15, '09': 10 }),
	public_authority: fields({ '00': 20, '03': 25, '04': 25, '06': 30 }),
	research_org: fields({ '05': 40, '06': 30, '07': 20, '08': 10 }),
	other: fields({ '00': 30, '02': 40, '06': 15, '10': 15 })
};

/** EQF level; 0 stands for "not applicable" (empty cell). */
export const EQF_BY_TYPE: PerType<Weighted<number>> = {
	hei: new Weighted([
		[4, 3],
		[5, 10],
		[6, 45],
		[7, 30],
		[8, 5],
		[0, 7]
	]),
	vet: new Weighted([
		[2, 5],
		[3, 15],
		[4, 45],
		[5, 25],
		[6, 5],
		[0, 5]
	]),
	adult_learning: new Weighted([
		[2, 10],
		[3, 20],
		[4, 35],
		[5, 15],
		[6, 5],
		[0, 15]
	]),
	employer: new Weighted([
		[3, 10],
		[4, 30],
		[5, 25],
		[6, 15],
		[0, 20]
	]),
	private_provider: new Weighted([
		[3, 5],
		[4, 30],
		[5, 30],
		[6, 20],
		[7, 5],
		[0, 10]
	]),
	public_employment_service: new Weighted([
		[2, 15],
		[3, 30],
		[4, 35],
		[5, 5],
		[0, 15]
	]),
	social_partner: new Weighted([
		[3, 15],
		[4, 40],
		[5, 25],
		[0, 20]
	]),
	civil_society: new Weighted([
		[2, 15],
		[3, 25],
		[4, 30],
		[0, 30]
	]),
	public_authority: new Weighted([
		[4, 30],
		[5, 25],
		[6, 25],
		[0, 20]
	]),
	research_org: new Weighted([
		[6, 25],
		[7, 40],
		[8, 20],
		[0, 15]
	]),
	other: new Weighted([
		[3, 20],
		[4, 30],
		[5, 15],
		[0, 35]
	])
};

export const ECTS_MEDIAN_BY_TYPE: PerType<number> = {
	hei: 4,
	vet: 3,
	adult_learning: 2,
	employer: 1.5,
	private_provider: 2.5,
	public_employment_service: 3,
	social_partner: 2,
	civil_society: 1.5,
	public_authority: 2,
	research_org: 3,
	other: 1
};

const forms = (onsite: number, online: number, blended: number) =>
	new Weighted<ParticipationForm>([
		['onsite', onsite],
		['online', online],
		['blended', blended]
	]);

export const PARTICIPATION_BY_TYPE: PerType<Weighted<ParticipationForm>> = {
	hei: forms(30, 40, 30),
	vet: forms(55, 15, 30),
	adult_learning: forms(50, 25, 25),
	employer: forms(25, 55, 20),
	private_provider: forms(15, 70, 15),
	public_employment_service: forms(50, 30, 20),
	social_partner: forms(55, 20, 25),
	civil_society: forms(60, 25, 15),
	public_authority: forms(40, 40, 20),
	research_org: forms(40, 35, 25),
	other: forms(55, 30, 15)
};

const qa = (internal: number, external: number, accredited: number, none: number) =>
	new Weighted<QualityAssurance>([
		['internal', internal],
		['external_provider', external],
		['accredited_programme', accredited],
		['none', none]
	]);

/** Quality assurance of an offer, with and without external QA of its provider. */
export const QA_BY_TYPE: PerType<{
	external: Weighted<QualityAssurance>;
	internal: Weighted<QualityAssurance>;
}> = {
	hei: { external: qa(15, 50, 33, 2), internal: qa(80, 0, 10, 10) },
	vet: { external: qa(20, 55, 22, 3), internal: qa(75, 0, 10, 15) },
	adult_learning: { external: qa(30, 55, 10, 5), internal: qa(70, 0, 5, 25) },
	employer: { external: qa(35, 55, 5, 5), internal: qa(60, 0, 0, 40) },
	private_provider: { external: qa(30, 55, 10, 5), internal: qa(60, 0, 5, 35) },
	public_employment_service: { external: qa(30, 50, 15, 5), internal: qa(70, 0, 10, 20) },
	social_partner: { external: qa(35, 50, 10, 5), internal: qa(65, 0, 5, 30) },
	civil_society: { external: qa(40, 50, 5, 5), internal: qa(55, 0, 0, 45) },
	public_authority: { external: qa(35, 50, 10, 5), internal: qa(65, 0, 5, 30) },
	research_org: { external: qa(30, 55, 10, 5), internal: qa(75, 0, 5, 20) },
	other: { external: qa(40, 50, 5, 5), internal: qa(50, 0, 0, 50) }
};

const assessments = (w: Partial<Record<AssessmentType, number>>) =>
	Weighted.fromRecord(w as Record<AssessmentType, number>);

export const ASSESSMENT_BY_TYPE: PerType<Weighted<AssessmentType>> = {
	hei: assessments({
		exam: 35,
		project: 25,
		portfolio: 10,
		oral: 8,
		online_test: 15,
		peer: 4,
		other: 2,
		none: 1
	}),
	vet: assessments({ exam: 25, practical: 45, project: 15, online_test: 10, other: 3, none: 2 }),
	adult_learning: assessments({
		exam: 15,
		practical: 25,
		portfolio: 20,
		project: 15,
		online_test: 15,
		none: 10
	}),
	employer: assessments({ online_test: 45, practical: 30, project: 15, none: 10 }),
	private_provider: assessments({ online_test: 50, project: 25, exam: 15, none: 10 }),
	public_employment_service: assessments({ practical: 35, online_test: 30, exam: 20, none: 15 }),
	social_partner: assessments({ practical: 45, exam: 30, online_test: 15, none: 10 }),
	civil_society: assessments({ portfolio: 30, practical: 25, peer: 20, none: 25 }),
	public_authority: assessments({ online_test: 40, exam: 30, project: 20, none: 10 }),
	research_org: assessments({ project: 45, oral: 20, exam: 25, peer: 10 }),
	other: assessments({ practical: 30, portfolio: 20, peer: 20, other: 10, none: 20 })
};

/** Format shares in 2019 and from 2025 on; years between are interpolated. */
export const FORMAT_SHARES_START: Readonly<Record<DigitalFormat, number>> = {
	edc: 0.02,
	open_badges_3: 0,
	open_badges_2: 0.12,
	pdf: 0.55,
	paper: 0.26,
	other: 0.05
};
export const FORMAT_SHARES_END: Readonly<Record<DigitalFormat, number>> = {
	edc: 0.26,
	open_badges_3: 0.22,
	open_badges_2: 0.07,
	pdf: 0.34,
	paper: 0.06,
	other: 0.05
};
export const FORMAT_SHIFT_START_YEAR = 2019;
export const FORMAT_SHIFT_END_YEAR = 2025;

export const SEALED_RATE: Readonly<Record<DigitalFormat, number>> = {
	edc: 0.96,
	open_badges_3: 0.85,
	open_badges_2: 0.4,
	pdf: 0.25,
	paper: 0,
	other: 0.1
};

const formatTilt = (
	edc: number,
	ob3: number,
	ob2: number,
	pdf: number,
	paper: number,
	other: number
): Readonly<Record<DigitalFormat, number>> => ({
	edc,
	open_badges_3: ob3,
	open_badges_2: ob2,
	pdf,
	paper,
	other
});

/**
 * Multipliers on the format shares by provider type: HEIs and public bodies adopt EDC (Europass,
 * the Diploma Supplement tools), employers and private providers issue badges from their
 * learning platforms, civil society and small providers stay on paper longest.
 */
export const FORMAT_TILT_BY_TYPE: PerType<Readonly<Record<DigitalFormat, number>>> = {
	hei: formatTilt(1.6, 0.9, 0.7, 1, 0.6, 0.8),
	vet: formatTilt(1.3, 0.8, 0.8, 1, 1.2, 1),
	adult_learning: formatTilt(0.9, 1, 1.2, 1.1, 1.4, 1),
	employer: formatTilt(0.4, 1.7, 2, 1, 0.6, 1.5),
	private_provider: formatTilt(0.5, 2, 1.9, 1, 0.3, 1.2),
	public_employment_service: formatTilt(1.2, 0.5, 0.6, 1.2, 1.6, 0.8),
	social_partner: formatTilt(0.8, 0.9, 1, 1.1, 1.5, 1),
	civil_society: formatTilt(0.5, 1.1, 1.5, 1.1, 2, 1.2),
	public_authority: formatTilt(1.4, 0.6, 0.5, 1.2, 1.4, 0.8),
	research_org: formatTilt(1.2, 1.1, 0.9, 1.1, 0.5, 1),
	other: formatTilt(0.6, 1, 1.2, 1, 1.8, 1.5)
};

/**
 * How readily a provider type seals what it issues (qualified e-seals on PDFs, signed badges),
 * applied to SEALED_RATE. Public bodies and HEIs hold qualified seals; employers and civil
 * society rarely do.
 */
export const SEALED_TILT_BY_TYPE: PerType<number> = {
	hei: 1.6,
	vet: 1.2,
	adult_learning: 0.9,
	employer: 0.6,
	private_provider: 0.8,
	public_employment_service: 1.3,
	social_partner: 0.9,
	civil_society: 0.5,
	public_authority: 1.5,
	research_org: 1.3,
	other: 0.6
};

/**
 * Stackability of an offer by provider type: the share marked stackable and the share that
 * leaves the optional column empty (the rest is standalone).
 */
export const STACKABILITY_BY_TYPE: PerType<{ stackable: number; empty: number }> = {
	hei: { stackable: 0.45, empty: 0.06 },
	vet: { stackable: 0.33, empty: 0.1 },
	adult_learning: { stackable: 0.18, empty: 0.15 },
	employer: { stackable: 0.08, empty: 0.3 },
	private_provider: { stackable: 0.12, empty: 0.25 },
	public_employment_service: { stackable: 0.15, empty: 0.15 },
	social_partner: { stackable: 0.18, empty: 0.18 },
	civil_society: { stackable: 0.08, empty: 0.3 },
	public_authority: { stackable: 0.12, empty: 0.12 },
	research_org: { stackable: 0.25, empty: 0.12 },
	other: { stackable: 0.05, empty: 0.35 }
};
