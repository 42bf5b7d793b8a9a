import type { IscedField } from '../core/contract/vocabularies';
import type { Offer } from './catalogue';
import type { CountryTraits } from './country-traits';
import { buildElmCredential } from './credential-elm';
import { buildOb3Credential } from './credential-ob3';
import { formatDays } from './dates';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import { createRng } from './prng';

/** English labels of the ISCED-F 2013 broad fields, as credentials name them. */
const FIELDS: Readonly<Record<IscedField, string>> = {
	'00': 'Generic programmes and qualifications',
	'01': 'Education',
	'02': 'Arts and humanities',
	'03': 'Social sciences, journalism and information',
	'04': 'Business, administration and law',
	'05': 'Natural sciences, mathematics and statistics',
	'06': 'Information and Communication Technologies',
	'07': 'Engineering, manufacturing and construction',
	'08': 'Agriculture, forestry, fisheries and veterinary',
	'09': 'Health and welfare',
	'10': 'Services'
};

export type SyntheticCredentialFormat = 'elm_v3' | 'open_badges_3';

export interface CredentialInput {
	readonly offer: Offer;
	readonly lang: string;
	readonly languageTag: string;
	readonly languageCode: string;
	readonly languageName: string;
	readonly fieldLabel: string;
	readonly issuerIso2: string;
	readonly issuerIso3: string;
	readonly issuerName: string;
	/** DEQAR id where the provider has one, else its register id, as in the issuance CSV. */
	readonly awardingBodyId: string;
	readonly uuid: string;
	readonly credentialId: string;
	readonly credentialNumber: number;
	readonly learnerId: string;
	readonly givenName: string;
	readonly familyName: string;
	readonly issueDate: string;
	readonly grade: string;
	readonly outcomes: readonly string[];
	/** Annex I elements deliberately left out, for the importer's "missing element" report. */
	readonly omit: ReadonlySet<string>;
}

export interface GeneratedCredential {
	readonly path: string;
	readonly text: string;
	readonly expected: Record<string, unknown>;
}

const LANGUAGES: Readonly<Record<string, [string, string]>> = {
	en: ['ENG', 'English'],
	fr: ['FRA', 'French'],
	it: ['ITA', 'Italian'],
	de: ['DEU', 'German']
};

export interface CredentialOptions {
	readonly seed: string;
	readonly count: number;
	readonly countries: readonly CountryTraits[];
	readonly offers: readonly Offer[];
	readonly firstDay: number;
	readonly lastDay: number;
	readonly learnerIdFor: (country: CountryTraits, index: number) => string;
}

export function createCredentials(options: CredentialOptions): GeneratedCredential[] {
	const rng = createRng(options.seed, 'credentials');
	const countries = rng.shuffle([...options.countries]);
	const out: GeneratedCredential[] = [];
	for (let i = 0; i < options.count; i++) {
		const format: SyntheticCredentialFormat = i % 2 === 0 ? 'elm_v3' : 'open_badges_3';
		const country = countries[i % countries.length];
		const offers = options.offers.filter((o) => o.provider.country === country);
		const offer = rng.pick(offers);
		const [languageCode, languageName] = LANGUAGES[offer.lang];
		const omit = new Set<string>();
		if (format === 'elm_v3' && i % 10 === 2) omit.add('quality_assurance');
		if (i % 10 === 6 || i % 10 === 5) omit.add('learning_outcomes');
		const r = rng.hex(32);
		const input: CredentialInput = {
			offer,
			lang: offer.lang,
			languageTag: offer.lang,
			languageCode,
			languageName,
			fieldLabel: FIELDS[offer.field],
			issuerIso2: country.iso2,
			issuerIso3: country.iso3,
			issuerName: country.nameEn,
			awardingBodyId: offer.provider.deqarId || offer.provider.id,
			uuid: [
				r.slice(0, 8),
				r.slice(8, 12),
				`4${r.slice(13, 16)}`,
				`a${r.slice(17, 20)}`,
				r.slice(20)
			].join('-'),
			credentialId: [
				'MC',
				country.geo,
				String(i + 1).padStart(4, '0'),
				r.slice(0, 6).toUpperCase()
			].join('-'),
			credentialNumber: i + 1,
			learnerId: options.learnerIdFor(country, rng.int(500)),
			givenName: rng.pick(GIVEN_NAMES),
			familyName: rng.pick(FAMILY_NAMES),
			issueDate: formatDays(
				options.firstDay + rng.int(options.lastDay - options.firstDay + 1),
				'iso'
			),
			grade: rng.chance(0.6) ? rng.pick(['Pass', 'A', 'B', '8/10']) : '',
			outcomes: offer.learningOutcomes.split(/;\s*|\n/).map((s) => s.replace(/^•\s*/, '')),
			omit
		};
		const json = format === 'elm_v3' ? buildElmCredential(input) : buildOb3Credential(input);
		const n = String(i + 1).padStart(2, '0');
		const path = format === 'elm_v3' ? `credentials/elm-${n}.jsonld` : `credentials/ob3-${n}.json`;
		out.push({
			path,
			text: `${JSON.stringify(json, null, 2)}\n`,
			expected: expectation(path, format, input)
		});
	}
	return out;
}

const MANDATORY = [
	'learner_id',
	'title',
	'issuer_country',
	'awarding_body',
	'issue_date',
	'learning_outcomes',
	'ects',
	'eqf_level',
	'assessment_type',
	'participation_form',
	'quality_assurance'
];

/** What an importer should read from the credential, as Annex I columns. */
function expectation(
	path: string,
	format: SyntheticCredentialFormat,
	input: CredentialInput
): Record<string, unknown> {
	const { offer } = input;
	const isElm = format === 'elm_v3';
	const missing = new Set(input.omit);
	if (!isElm)
		['assessment_type', 'participation_form', 'quality_assurance'].forEach((m) => missing.add(m));
	const values: Record<string, string> = {
		learner_id: input.learnerId,
		title: offer.title,
		issuer_country: offer.provider.country.geo,
		awarding_body: offer.provider.name,
		awarding_body_id: input.awardingBodyId,
		issue_date: input.issueDate,
		learning_outcomes: missing.has('learning_outcomes') ? '' : input.outcomes.join('; '),
		ects: String(offer.ects),
		workload_hours: isElm ? String(offer.hours) : '',
		eqf_level: offer.eqf > 0 ? String(offer.eqf) : '',
		assessment_type: isElm ? offer.assessment : '',
		participation_form: isElm ? offer.participation : '',
		quality_assurance: missing.has('quality_assurance') ? '' : offer.qa,
		supervision: isElm ? offer.supervision : '',
		grade: input.grade
	};
	return {
		file: path,
		format,
		credential_id: isElm ? `urn:credential:${input.uuid}` : `urn:uuid:${input.uuid}`,
		certificate_number: isElm ? input.credentialId : '',
		values,
		missing_annex1: MANDATORY.filter((m) => missing.has(m))
	};
}
