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

export function nutsFromConcept(id: string | undefined): string | undefined {
	return id ? NUTS_URI.exec(id)?.[1] : undefined;
}

const N = '(\\d+(?:[.,]\\d+)?)';
const DURATION = new RegExp(
	`^P(?:${N}Y)?(?:${N}M)?(?:${N}W)?(?:${N}D)?(?:T(?:${N}H)?(?:${N}M)?(?:${N}S)?)?$`
);

/**
 * Hours in an ISO 8601 duration. Only time parts convert: 'P2D' or 'P1M' is calendar time
 * (two days of study are not 48 hours of workload), so those give undefined.
 */
export function durationHours(duration: string): number | undefined {
	const m = DURATION.exec(duration.trim());
	if (!m || duration.trim().endsWith('T') || m.slice(1).every((p) => p === undefined)) {
		return undefined;
	}
	const num = (part: string | undefined) => (part ? Number(part.replace(',', '.')) : 0);
	if ([m[1], m[2], m[3], m[4]].some((p) => num(p) !== 0)) return undefined;
	return num(m[5]) + num(m[6]) / 60 + num(m[7]) / 3600;
}

export function formatNumber(value: number): string {
	return String(Math.round(value * 100) / 100);
}
