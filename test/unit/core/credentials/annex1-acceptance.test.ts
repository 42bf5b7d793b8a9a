// Acceptance: every credential file of ../shared/data/elm and ../shared/data/openbadges, and the
// hand-made fixtures of test/fixtures/credentials, through the importer. For each file, what the
// Annex I report says element by element (status, path and value), the warnings (rule, column,
// path, value), and whether the pipeline can count the credential: the contract validator's
// errors on the record are exactly the quarantine reasons of the issuance stage.
//
// The expectations were written by reading each file, not from the importer's output.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIssuanceRow } from '../../../../core/contract/validate';
import type {
	CredentialErrorKind,
	CredentialFileResult,
	CredentialFormat,
	CredentialImport,
	CredentialRecord
} from '../../../../core/credentials/types';
import { readCredentialsFiles } from '../../../../pipelines/read/read-credentials-file';
import { REPO_ROOT, SHARED_DATA_DIR, hasSharedData } from '../../../helpers/shared-data';

interface ImportExpectation {
	index: number;
	format: CredentialFormat;
	/** `n status path`, and ` = value` (the element's column) when found. */
	elements: string[];
	record?: Partial<CredentialRecord>;
	/** `rule column path 'value'` (no value: `-`). */
	warnings: string[];
	/** Rules of the validator's errors: empty when the credential is counted. */
	quarantine: string[];
}

interface ErrorExpectation {
	kind: CredentialErrorKind;
	index?: number;
	path?: string;
	message: RegExp;
}

interface FileExpectation {
	imports?: ImportExpectation[];
	errors?: ErrorExpectation[];
	resources?: string[];
}

const TODAY = '2025-06-01';
const CLAIM = 'credentialSubject.hasClaim';
const SPEC = `${CLAIM}.specifiedBy`;
const ESCO = 'http://data.europa.eu/esco/skill/';
const COUNTRY = 'http://publications.europa.eu/resource/authority/country/';
const LEARNER_DID = 'did:example:ebfeb1f712ebc6f1c276e12ec21';
// Open Badges samples name no issuer country: they cannot be counted (DOMAIN.md element iii).
const NO_COUNTRY = ['country.missing'];

const SHARED: Readonly<Record<string, FileExpectation>> = {
	// Made for Annex I by the Commission. The assessment type 'artefact assessment' is no term
	// of the vocabulary: unknown, with a warning, and the credential is counted. No quality
	// assurance, and the date only as validFrom (SOURCES.md). The issuer's spatial code is an
	// ATU code (Dublin city), not NUTS. The ESCO skills: three in the first outcome, one in the
	// second (its DigComp 'relatedSkill' concepts are not ESCO).
	'elm/Sample-MC-Annex1-unsigned.jsonld': {
		imports: [
			{
				index: 0,
				format: 'edc',
				elements: [
					'1 found credentialSubject.nationalID.notation = LA-234218',
					`2 found ${CLAIM}.title = Digital micro-credential creation`,
					'3 found issuer.location.address.countryCode = IE',
					`4 found ${CLAIM}.awardedBy.awardingBody.legalName = University of Zed`,
					'5 found validFrom = 2022-12-31T23:00:00Z',
					`6 found ${SPEC}.learningOutcome[*].relatedESCOSkill = ` +
						[
							'ccdf3597-5c80-410f-896d-e1bdfa223de9',
							'80f308e6-0e09-404a-80cd-ec5f50f6f304',
							'326809fc-238d-40c2-881e-40042f7f2f0d',
							'5fd5c985-eaaa-47aa-8314-62359c54505a'
						]
							.map((id) => ESCO + id)
							.join(';'),
					`7 found ${SPEC}.creditPoint.point = 2`,
					`8 found ${SPEC}.eqfLevel = 6`,
					`9 not_mappable ${CLAIM}.provenBy.specifiedBy.dcType`,
					`10 found ${SPEC}.mode = blended`,
					'11 missing -'
				],
				record: {
					workload_hours: '60',
					assessment_type: '',
					supervision: 'unsupervised_no_id',
					learning_setting: 'non_formal',
					grade: 'Pass',
					issuer_region: ''
				},
				warnings: [
					'credential.unknown_value issuer_region issuer.location.spatialCode ' +
						"'http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB'",
					`credential.not_mappable assessment_type ${CLAIM}.provenBy.specifiedBy.dcType ` +
						"'artefact assessment'"
				],
				quarantine: []
			}
		]
	},
	// Minimal ELM v3: learner, title, country (FRA), awarding body and date; nothing else.
	'elm/credential-sample.jsonld': {
		imports: [
			{
				index: 0,
				format: 'edc',
				elements: [
					'1 found credentialSubject.id = http://example.org/pid1',
					`2 found ${CLAIM}.title = some kind of learning achievement`,
					'3 found issuer.location.address.countryCode = FR',
					`4 found ${CLAIM}.awardedBy.awardingBody.legalName = some legal name of the organistion`,
					'5 found issued = 2010-01-01T00:00:00',
					'6 missing -',
					'7 missing -',
					'8 missing -',
					'9 missing -',
					'10 missing -',
					'11 missing -'
				],
				warnings: [],
				quarantine: []
			}
		]
	},
	'elm/edc-ap-context.jsonld': {
		errors: [{ kind: 'not_a_credential', message: /^a JSON-LD context document/ }]
	},
	'elm/EDC_WileECoyote_Simple.v2.xml': {
		errors: [
			{
				kind: 'unsupported_format',
				message:
					/^ELM v2 \/ EDCI XML \(Europass Digital Credentials v2.*convert it to ELM v3 JSON-LD/
			}
		]
	},
	'elm/qdr-loq-sample.xml': {
		errors: [
			{
				kind: 'not_a_credential',
				message: /Qualification Dataset Register.*learning opportunities and qualifications/
			}
		]
	},
	'elm/qdr-ams-accreditation-sample.xml': {
		errors: [
			{ kind: 'not_a_credential', message: /Qualification Dataset Register.*accreditations/ }
		]
	},
	// Open Badges 3.0: free-text criteria are an assessment without a type (not mappable).
	'openbadges/basicOpenBadgeCredential.json': {
		imports: [
			{
				index: 0,
				format: 'open_badges_3',
				elements: [
					`1 found credentialSubject.id = ${LEARNER_DID}`,
					'2 found credentialSubject.achievement.name = Teamwork',
					'3 missing -',
					'4 found issuer.name = Example Corp',
					'5 found validFrom = 2010-01-01T00:00:00Z',
					'6 missing -',
					'7 missing -',
					'8 missing -',
					'9 not_mappable credentialSubject.achievement.criteria.narrative',
					'10 missing -',
					'11 missing -'
				],
				warnings: [
					'credential.not_mappable assessment_type credentialSubject.achievement.criteria.narrative ' +
						"'Team members are nominated for this badge by their peers and recognized upon " +
						"review by Example Corp management.'"
				],
				quarantine: NO_COUNTRY
			}
		]
	},
	// A CASE item (CFItem) is a competency: its name is the learning outcome.
	'openbadges/achievementAlignmentCase.json': {
		imports: [
			{
				index: 0,
				format: 'open_badges_3',
				elements: [
					`1 found credentialSubject.id = ${LEARNER_DID}`,
					'2 found credentialSubject.achievement.name = Text analysis',
					'3 missing -',
					'4 found issuer.name = Example University',
					'5 found validFrom = 2010-01-01T00:00:00Z',
					'6 found credentialSubject.achievement.alignment[*].targetName = Cite strong and ' +
						'thorough textual evidence to support analysis of what the text says explicitly ' +
						'as well as inferences drawn from the text, including determining where the text ' +
						'leaves matters uncertain',
					'7 missing -',
					'8 missing -',
					'9 not_mappable credentialSubject.achievement.criteria.narrative',
					'10 missing -',
					'11 missing -'
				],
				warnings: [
					'credential.not_mappable assessment_type credentialSubject.achievement.criteria.narrative ' +
						"'Cite strong and thorough textual evidence to support analysis of what the text " +
						'says explicitly as well as inferences drawn from the text, including determining ' +
						"where the text leaves matters uncertain'"
				],
				quarantine: NO_COUNTRY
			}
		]
	},
	// The same badge aligned to a CTDL credential (ceterms:Credential): no learning outcome.
	'openbadges/achievementAlignmentCe.json': {
		imports: [
			{
				index: 0,
				format: 'open_badges_3',
				elements: [
					`1 found credentialSubject.id = ${LEARNER_DID}`,
					'2 found credentialSubject.achievement.name = Text analysis',
					'3 missing -',
					'4 found issuer.name = Example University',
					'5 found validFrom = 2010-01-01T00:00:00Z',
					'6 missing -',
					'7 missing -',
					'8 missing -',
					'9 not_mappable credentialSubject.achievement.criteria.narrative',
					'10 missing -',
					'11 missing -'
				],
				warnings: [
					'credential.not_mappable assessment_type credentialSubject.achievement.criteria.narrative ' +
						"'Cite strong and thorough textual evidence to support analysis of what the text " +
						'says explicitly as well as inferences drawn from the text, including determining ' +
						"where the text leaves matters uncertain'"
				],
				quarantine: NO_COUNTRY
			}
		]
	},
	'openbadges/skillAssertionCase.json': {
		imports: [
			{
				index: 0,
				format: 'open_badges_3',
				elements: [
					`1 found credentialSubject.id = ${LEARNER_DID}`,
					'2 found credentialSubject.achievement.name = Robot Programming',
					'3 missing -',
					'4 found issuer.name = 1EdTech University',
					'5 found validFrom = 2022-07-01T00:00:00Z',
					'6 found credentialSubject.achievement.alignment[*].targetName = Robot Programming',
					'7 missing -',
					'8 missing -',
					'9 not_mappable credentialSubject.achievement.criteria.narrative',
					'10 missing -',
					'11 missing -'
				],
				warnings: [
					'credential.not_mappable assessment_type credentialSubject.achievement.criteria.narrative ' +
						"'Learners must present source code showing the ability for a robot to accept " +
						"manual or sensor input and perform conditional actions in response.'"
				],
				quarantine: NO_COUNTRY
			}
		]
	},
	// Read in one batch with the folder's BadgeClass and Issuer, which it references by URL.
	'openbadges/ob2_Assertion.json': {
		imports: [
			{
				index: 0,
				format: 'open_badges_2',
				elements: [
					'1 found recipient.identity = sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5',
					'2 found badge.name = Awesome Robotics Badge',
					'3 missing -',
					'4 found badge.issuer.name = An Example Badge Issuer',
					'5 found issuedOn = 2016-12-31T23:59:59Z',
					'6 found badge.alignment[*].targetName = CCSS.ELA-Literacy.RST.11-12.3; Problem-Solving',
					'7 missing -',
					'8 missing -',
					'9 not_mappable badge.criteria',
					'10 missing -',
					'11 missing -'
				],
				warnings: [
					"credential.not_mappable assessment_type badge.criteria 'https://example.org/robotics-badge.html'"
				],
				quarantine: NO_COUNTRY
			}
		]
	},
	'openbadges/ob2_BadgeClass.json': { resources: ['ob2_badge_class'] },
	'openbadges/ob2_Issuer.json': { resources: ['ob2_issuer'] }
};

const FIXTURES: Readonly<Record<string, FileExpectation>> = {
	// Two issuer addresses, IRL and USA: counted under IE, the US named in a warning. The ELM
	// supervision concept 'Unsupervised with ID verification' is none of the four Annex I values.
	'edc-two-countries-unlisted-supervision.jsonld': {
		imports: [
			{
				index: 0,
				format: 'edc',
				elements: [
					'1 found credentialSubject.id = did:example:learner-7781',
					`2 found ${CLAIM}.title = Research data management basics`,
					'3 found issuer.location[0].address.countryCode = IE',
					`4 found ${CLAIM}.awardedBy.awardingBody.legalName = Atlantic Institute of Technology`,
					`5 found ${CLAIM}.awardedBy.awardingDate = 2024-03-15T00:00:00Z`,
					`6 found ${SPEC}.learningOutcome[*].title = Write a data management plan; ` +
						'Choose a repository for research data',
					`7 found ${SPEC}.volumeOfLearning = 2`,
					`8 found ${SPEC}.eqfLevel = 5`,
					`9 found ${CLAIM}.provenBy.specifiedBy.dcType = exam`,
					`10 found ${SPEC}.mode = online`,
					'11 missing -'
				],
				record: { issuer_region: 'IE061', ects: '', supervision: '' },
				warnings: [
					`credential.other_country issuer_country issuer.location[1].address.countryCode '${COUNTRY}USA'`,
					`credential.unknown_value supervision ${CLAIM}.provenBy.idVerification ` +
						"'Unsupervised with ID verification'"
				],
				quarantine: []
			}
		]
	},
	'edc-outside-coverage.jsonld': {
		errors: [
			{
				kind: 'country_not_covered',
				path: 'issuer.location.address.countryCode',
				message: /US is outside the countries covered; the credential cannot be counted$/
			}
		]
	},
	// 2 days and 4 hours: 2 x 8 + 4 = 20 hours. DQR level only, no EQF. Country from the legal
	// registration (no address); the awarding body is the issuer (no awardedBy).
	'edc-workload-days.jsonld': {
		imports: [
			{
				index: 0,
				format: 'edc',
				elements: [
					'1 found credentialSubject.id = did:example:learner-5120',
					`2 found ${CLAIM}.title = Grundlagen der Photovoltaik-Montage`,
					'3 found issuer.registration.spatial = DE',
					'4 found issuer.legalName = Handwerkskammer Beispielstadt',
					'5 found issued = 2024-11-08T12:00:00Z',
					'6 missing -',
					`7 found ${SPEC}.volumeOfLearning = 20`,
					`8 not_mappable ${SPEC}.nqfLevel`,
					'9 missing -',
					`10 not_mappable ${SPEC}.mode`,
					'11 missing -'
				],
				record: {
					awarding_body_id: 'HWK-4711',
					eqf_level: '',
					participation_form: '',
					learning_setting: ''
				},
				warnings: [
					`credential.workload_days workload_hours ${SPEC}.volumeOfLearning 'P2DT4H'`,
					`credential.not_mappable eqf_level ${SPEC}.nqfLevel 'DQR-Niveau 4'`,
					`credential.not_mappable participation_form ${SPEC}.mode 'Work-based learning'`,
					`credential.unknown_value learning_setting ${SPEC}.learningSetting 'In-company training'`
				],
				quarantine: []
			}
		]
	},
	// A country by its German name is counted; a US issuer is not.
	'ob3-issuer-countries.json': {
		imports: [
			{
				index: 0,
				format: 'open_badges_3',
				elements: [
					'1 found credentialSubject.id = did:example:learner-9001',
					'2 found credentialSubject.achievement.name = Digitale Grundbildung',
					'3 found issuer.address.addressCountry = DE',
					'4 found issuer.name = Volkshochschule Beispielstadt',
					'5 found validFrom = 2024-09-01T00:00:00Z',
					'6 missing -',
					'7 not_mappable credentialSubject.achievement.creditsAvailable',
					'8 missing -',
					'9 missing -',
					'10 missing -',
					'11 missing -'
				],
				warnings: [
					"credential.not_mappable ects credentialSubject.achievement.creditsAvailable '2'"
				],
				quarantine: []
			}
		],
		errors: [
			{
				kind: 'country_not_covered',
				index: 1,
				path: 'issuer.address.addressCountryCode',
				message: /^issuer country at issuer\.address\.addressCountryCode \('US'\): US is outside/
			}
		]
	}
};

function elementLines(item: CredentialImport): string[] {
	return item.elements.map((e) => {
		const line = `${e.number} ${e.status} ${e.path ?? '-'}`;
		return e.status === 'found' ? `${line} = ${item.record[e.column]}` : line;
	});
}

function warningLines(item: CredentialImport): string[] {
	return item.warnings.map(
		(w) => `${w.rule} ${w.column} ${w.path} ${w.value === undefined ? '-' : `'${w.value}'`}`
	);
}

function quarantineRules(item: CredentialImport): string[] {
	const { issues } = validateIssuanceRow(
		{ ...item.record, credential_id: item.credentialId ?? '' },
		{ today: TODAY }
	);
	return issues.filter((i) => i.severity === 'error').map((i) => i.rule);
}

function check(result: CredentialFileResult, expected: FileExpectation): void {
	const imports = expected.imports ?? [];
	expect(result.imports.map((i) => i.index)).toEqual(imports.map((i) => i.index));
	result.imports.forEach((item, n) => {
		const want = imports[n];
		const where = `${result.file} #${item.index}`;
		expect(item.format, where).toBe(want.format);
		expect(elementLines(item), where).toEqual(want.elements);
		if (want.record) expect(item.record, where).toMatchObject(want.record);
		expect(warningLines(item), where).toEqual(want.warnings);
		for (const w of item.warnings) {
			expect([w.file, w.index], where).toEqual([result.file, item.index]);
			expect(w.message, where).toContain(w.path);
			if (w.value !== undefined) expect(w.message, where).toContain(w.value);
		}
		expect(quarantineRules(item), where).toEqual(want.quarantine);
	});
	const errors = expected.errors ?? [];
	expect(result.errors).toHaveLength(errors.length);
	result.errors.forEach((error, n) => {
		const want = errors[n];
		expect(error.kind, result.file).toBe(want.kind);
		expect(error.file).toBe(result.file);
		expect(error.index).toBe(want.index);
		expect(error.path).toBe(want.path);
		expect(error.message, result.file).toMatch(want.message);
	});
	expect(result.resources.map((r) => r.kind)).toEqual(expected.resources ?? []);
}

/** Each folder is one batch, as the pipeline reads a credentials/ folder. */
async function readFolder(dir: string): Promise<Map<string, CredentialFileResult>> {
	const names = readdirSync(dir).sort();
	const results = await readCredentialsFiles(names.map((n) => join(dir, n)));
	return new Map(names.map((n, i) => [n, results[i]]));
}

const SKIPPED = hasSharedData ? '' : ` (skipped: no shared data at ${SHARED_DATA_DIR})`;

describe(`every credential file of ../shared/data/elm and ../shared/data/openbadges${SKIPPED}`, () => {
	const byFolder = new Map<string, Promise<Map<string, CredentialFileResult>>>();
	const folder = (name: string) => {
		let read = byFolder.get(name);
		if (!read) byFolder.set(name, (read = readFolder(join(SHARED_DATA_DIR, name))));
		return read;
	};

	it.skipIf(!hasSharedData)('has an expectation for each file, and each file is there', () => {
		const files = ['elm', 'openbadges'].flatMap((dir) =>
			readdirSync(join(SHARED_DATA_DIR, dir)).map((n) => `${dir}/${n}`)
		);
		expect(files.sort()).toEqual(Object.keys(SHARED).sort());
	});

	it.skipIf(!hasSharedData).each(Object.keys(SHARED))('%s', async (name) => {
		const [dir, file] = name.split('/');
		const result = (await folder(dir)).get(file);
		expect(result, name).toBeDefined();
		check(result!, SHARED[name]);
	});
});

describe('hand-made credentials in test/fixtures/credentials', () => {
	const dir = join(REPO_ROOT, 'test/fixtures/credentials');
	const read = readFolder(dir);

	it('has an expectation for each credential file', () => {
		const files = readdirSync(dir).filter((n) => !n.endsWith('.md'));
		expect(files.sort()).toEqual(Object.keys(FIXTURES).sort());
	});

	it.each(Object.keys(FIXTURES))('%s', async (name) => {
		check((await read).get(name)!, FIXTURES[name]);
	});
});
