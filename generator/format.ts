import { MEMBER_STATES } from '../core/contract/countries';
import { ISSUANCE_COLUMNS } from './columns';
import { formatDays } from './dates';
import type { SyntheticIssuance } from './issuance';
import { learnerId } from './learners';
import type { Rng } from './prng';
import type { CountryForm, EqfForm, ExportProfile } from './profiles';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

const FORMS = new Map(
	MEMBER_STATES.map((c) => [
		c.geo,
		{ alpha2: c.iso2, geo: c.geo, alpha3: c.iso3, name: c.names.en } as Record<CountryForm, string>
	])
);

export function countryIn(geo: string, form: CountryForm): string {
	return FORMS.get(geo)?.[form] ?? geo;
}

export function eqfIn(level: number, form: EqfForm): string {
	if (form === 'roman') return ROMAN[level] ?? String(level);
	if (form === 'level') return `Level ${level}`;
	if (form === 'eqf') return `EQF ${level}`;
	return String(level);
}

/** Turns a record into the strings of one export, in the canonical column order. */
export class RecordFormatter {
	private readonly dateCache: string[] = [];

	constructor(
		readonly profile: ExportProfile,
		private readonly firstDay: number,
		lastDay: number
	) {
		for (let d = firstDay; d <= lastDay; d++) this.dateCache.push(formatDays(d, profile.dateStyle));
	}

	date(day: number): string {
		return this.dateCache[day - this.firstDay] ?? formatDays(day, this.profile.dateStyle);
	}

	number(value: number): string {
		const text = String(value);
		return this.profile.decimalComma ? text.replace('.', ',') : text;
	}

	format(rec: SyntheticIssuance, rng: Rng): string[] {
		const { offer, learner } = rec;
		const provider = offer.provider;
		const countryForm = this.profile.countryForms.pick(rng);
		const issuer =
			rec.issuerGeos.length === 1
				? countryIn(rec.issuerGeos[0], countryForm)
				: rec.issuerGeos.map((g) => countryIn(g, countryForm)).join(';');
		const grade = this.profile.decimalComma ? rec.grade.replace('.', ',') : rec.grade;
		return [
			rec.credentialId,
			learnerId(this.profile.learnerIdStyle, rec.country, rec.learnerIndex),
			offer.title,
			issuer,
			'',
			provider.name,
			provider.deqarId || provider.id,
			this.date(rec.day),
			offer.learningOutcomes,
			offer.workload === 'hours' ? '' : this.number(offer.ects),
			offer.workload === 'ects' ? '' : String(offer.hours),
			offer.eqf === 0 ? '' : eqfIn(offer.eqf, this.profile.eqfForms.pick(rng)),
			offer.cycle,
			offer.assessment,
			offer.participation,
			offer.qa,
			offer.prerequisites,
			offer.supervision,
			grade,
			offer.stackability,
			offer.stackableTowards,
			offer.furtherInformation,
			provider.id,
			provider.type,
			offer.setting,
			offer.field,
			offer.topic,
			rec.digitalFormat,
			rec.sealed ? 'true' : 'false',
			rec.funding,
			offer.inNqf ? 'true' : 'false',
			learner.ageBand,
			learner.sex,
			learner.education,
			learner.labour,
			learner.disability,
			learner.migrant,
			learner.refugee,
			learner.urbanisation,
			learner.minimumIncome,
			learner.platformWorker
		];
	}
}

export const ISSUANCE_WIDTH = ISSUANCE_COLUMNS.length;
