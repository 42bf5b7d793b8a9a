import {
	ASSESSMENT_TYPE,
	LEARNING_SETTING,
	PARTICIPATION_FORM,
	SUPERVISION,
	type AssessmentType,
	type LearningSetting,
	type ParticipationForm,
	type Supervision
} from '../contract/vocabularies';
import { findCountry } from '../contract/countries';
import { normaliseCountry } from '../contract/normalise';
import { countryCode } from './country-codes';

// ELM controlled vocabularies (data.europa.eu/snb): concept URIs seen in EDC samples and
// tools. Labels are matched with the contract vocabularies, as the validator will.
const SNB = 'http://data.europa.eu/snb/';
const MODES: Readonly<Record<string, ParticipationForm>> = {
	[`${SNB}learning-assessment/e92d221e4d`]: 'blended',
	[`${SNB}learning-assessment/c_3a90b26d`]: 'blended',
	[`${SNB}learning-assessment/920fbb3cbe`]: 'online',
	[`${SNB}learning-assessment/9191af2ed9`]: 'onsite'
};
const SUPERVISIONS: Readonly<Record<string, Supervision>> = {
	[`${SNB}supervision-verification/c598449d64`]: 'unsupervised_no_id'
};
const SETTINGS: Readonly<Record<string, LearningSetting>> = {
	[`${SNB}learning-setting/e207a81fc7`]: 'non_formal'
};
const ECTS_FRAMEWORK = `${SNB}education-credit/6fcec5c5af`;

const EQF_URI = /^https?:\/\/data\.europa\.eu\/snb\/eqf\/([1-8])$/;
const EQF_LABEL = /^(?:eqf\s*)?level\s*([1-8])$|^eqf\s*([1-8])$/i;
const COUNTRY_URI = /\/authority\/country\/([A-Z0-9]{3})$/;
const NUTS_URI = /^https?:\/\/data\.europa\.eu\/nuts\/code\/([A-Z]{2}[0-9A-Z]{0,3})$/;

export function eqfLevel(id: string | undefined, label: string | undefined): string | undefined {
	const fromId = id && EQF_URI.exec(id);
	if (fromId) return fromId[1];
	const fromLabel = label && EQF_LABEL.exec(label.trim());
	return fromLabel ? (fromLabel[1] ?? fromLabel[2]) : undefined;
}

export function participationForm(
	id: string | undefined,
	label: string | undefined
): ParticipationForm | undefined {
	return (id && MODES[id]) || (label ? PARTICIPATION_FORM.match(label) : undefined);
}

/** Several modes of one activity: online together with on-site is blended. */
export function combineForms(forms: ParticipationForm[]): ParticipationForm | undefined {
	const set = new Set(forms);
	if (set.has('blended') || (set.has('online') && set.has('onsite'))) return 'blended';
	return forms[0];
}

export function supervision(
	id: string | undefined,
	label: string | undefined
): Supervision | undefined {
	// ELM labels say 'ID Verification' where the contract's synonyms say 'identity verification'.
	const spelled = label?.replace(/\bID\b/gi, 'identity');
	return (id && SUPERVISIONS[id]) || (spelled ? SUPERVISION.match(spelled) : undefined);
}

export function learningSetting(
	id: string | undefined,
	label: string | undefined
): LearningSetting | undefined {
	return (id && SETTINGS[id]) || (label ? LEARNING_SETTING.match(label) : undefined);
}

export function assessmentType(label: string | undefined): AssessmentType | undefined {
	return label ? ASSESSMENT_TYPE.match(label) : undefined;
}

export function isEctsFramework(id: string | undefined, label: string | undefined): boolean {
	return id === ECTS_FRAMEWORK || /\bECTS\b|European Credit Transfer/i.test(label ?? '');
}

/** Eurostat code from an EU authority country URI or an ISO code. */
export function countryFromConcept(id: string | undefined): string | undefined {
	if (!id) return undefined;
	const alpha3 = COUNTRY_URI.exec(id);
	return alpha3 ? countryCode(alpha3[1]) : countryCode(id);
}

/**
 * What an issuer country value is for counting: a country of the product's reference list (the
 * contract's countries: EU Member States, EFTA, candidates and the other European countries), a
 * real country outside it, or no country code or name at all.
 */
export type CountryReading =
	| { status: 'covered'; geo: string }
	| { status: 'outside'; geo: string }
	| { status: 'unreadable' };

/** An EU authority country URI, an ISO alpha-2/alpha-3 or Eurostat code, or a country name. */
export function readCountry(value: string): CountryReading {
	const geo = countryFromConcept(value.trim());
	if (geo) return findCountry(geo) ? { status: 'covered', geo } : { status: 'outside', geo };
	const named = normaliseCountry(value.trim());
	return named.ok ? { status: 'covered', geo: named.value } : { status: 'unreadable' };
}

export function nutsFromConcept(id: string | undefined): string | undefined {
	return id ? NUTS_URI.exec(id)?.[1] : undefined;
}

const N = '(\\d+(?:[.,]\\d+)?)';
const DURATION = new RegExp(
	`^P(?:${N}Y)?(?:${N}M)?(?:${N}W)?(?:${N}D)?(?:T(?:${N}H)?(?:${N}M)?(?:${N}S)?)?$`
);

/**
 * Hours of workload per day when a workload is stated in days (P…D).
 *
 * The rule: one day of workload is 8 hours, never 24. ISO 8601 makes P1D a calendar day, but a
 * credential that states a workload of 'P3D' means three days of learning, not 72 hours of it.
 * 8 hours is the full-time working day on which the ECTS Users' Guide (2015) rests its 1 500 to
 * 1 800 hours for the 60 credits of a full-time year: about 40 weeks of 5 days of 8 hours is
 * 1 600 hours. (The 25-30 hours of one ECTS credit say nothing about days, so they cannot be
 * used here.) It is a convention, so every conversion is reported with a warning.
 *
 * Weeks, months and years are not converted: in credentials they state how long a programme runs
 * (the EDC Annex I sample's maximumDuration P1M, its activity's P60M), during which the learner may
 * study part-time, and no convention turns them into hours. They are 'not mappable'.
 */
export const HOURS_PER_WORKLOAD_DAY = 8;

export interface WorkloadDuration {
	hours: number;
	/** Days (the D part) that were converted at HOURS_PER_WORKLOAD_DAY; 0 when none. */
	days: number;
}

/**
 * The workload in an ISO 8601 duration ('PT60H', 'PT1H30M', 'P2D', 'P1DT4H'; designators in
 * any case), or undefined when it has weeks, months or years, or is not a duration.
 */
export function workloadDuration(duration: string): WorkloadDuration | undefined {
	const text = duration.trim().toUpperCase();
	const m = DURATION.exec(text);
	if (!m || text.endsWith('T') || m.slice(1).every((p) => p === undefined)) return undefined;
	const num = (part: string | undefined) => (part ? Number(part.replace(',', '.')) : 0);
	if ([m[1], m[2], m[3]].some((p) => num(p) !== 0)) return undefined;
	const days = num(m[4]);
	return {
		hours: days * HOURS_PER_WORKLOAD_DAY + num(m[5]) + num(m[6]) / 60 + num(m[7]) / 3600,
		days
	};
}

/** Hours of workload in an ISO 8601 duration (see workloadDuration). */
export function durationHours(duration: string): number | undefined {
	return workloadDuration(duration)?.hours;
}

export function formatNumber(value: number): string {
	return String(Math.round(value * 100) / 100);
}
