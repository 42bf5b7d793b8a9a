import { describe, expect, it } from 'vitest';
import type { CredentialFileResult } from '../../../../core/credentials/types';
import {
	readCredentialsFile,
	readCredentialsFiles
} from '../../../../pipelines/read/read-credentials-file';
import { hasSharedData, sharedFile } from '../../../helpers/shared-data';
import { elementTable, reportWithoutLearnerId, scratch, sharedJson } from './credential-fixtures';

const ESCO = 'http://data.europa.eu/esco/skill/';

function only(result: CredentialFileResult) {
	expect(result.errors).toEqual([]);
	expect(result.imports).toHaveLength(1);
	return result.imports[0];
}

describe.skipIf(!hasSharedData)('ELM v3 Annex I sample (Sample-MC-Annex1-unsigned.jsonld)', () => {
	const file = sharedFile('elm', 'Sample-MC-Annex1-unsigned.jsonld');

	it('maps every column as the file states it', async () => {
		const item = only(await readCredentialsFile(file));
		expect(item.file).toBe(file);
		expect(item.index).toBe(0);
		expect(item.format).toBe('edc');
		expect(item.credentialId).toBe('urn:credential:3ef0ac26-9a1f-41c6-871b-2b82e670907b');
		expect(item.envelope).toBeUndefined();
		expect(item.record).toEqual({
			learner_id: 'LA-234218',
			title: 'Digital micro-credential creation',
			issuer_country: 'IE',
			issuer_region: '',
			awarding_body: 'University of Zed',
			awarding_body_id: '0000',
			issue_date: '2022-12-31T23:00:00Z',
			learning_outcomes: [
				`${ESCO}ccdf3597-5c80-410f-896d-e1bdfa223de9`,
				`${ESCO}80f308e6-0e09-404a-80cd-ec5f50f6f304`,
				`${ESCO}326809fc-238d-40c2-881e-40042f7f2f0d`,
				`${ESCO}5fd5c985-eaaa-47aa-8314-62359c54505a`
			].join(';'),
			ects: '2',
			workload_hours: '60',
			eqf_level: '6',
			qf_ehea_cycle: '',
			// 'artefact assessment' is not in the vocabulary: unknown, with a warning.
			assessment_type: '',
			participation_form: 'blended',
			quality_assurance: '',
			prerequisites:
				'The learner needs to have an EDC Online Credential Builder account, ' +
				'that requires an EU Login ID.',
			supervision: 'unsupervised_no_id',
			grade: 'Pass',
			stackability: '',
			stackable_towards: '',
			further_information: '',
			learning_setting: 'non_formal',
			digital_format: 'edc',
			sealed: 'false'
		});
	});

	it('reports the Annex I gaps SOURCES.md lists: QA missing, date only from validFrom', async () => {
		const item = only(await readCredentialsFile(file));
		const claim = 'credentialSubject.hasClaim';
		expect(elementTable(item)).toEqual([
			'1 found credentialSubject.nationalID.notation',
			`2 found ${claim}.title`,
			'3 found issuer.location.address.countryCode',
			`4 found ${claim}.awardedBy.awardingBody.legalName`,
			'5 found validFrom',
			`6 found ${claim}.specifiedBy.learningOutcome[*].relatedESCOSkill`,
			`7 found ${claim}.specifiedBy.creditPoint.point`,
			`8 found ${claim}.specifiedBy.eqfLevel`,
			`9 not_mappable ${claim}.provenBy.specifiedBy.dcType`,
			`10 found ${claim}.specifiedBy.mode`,
			'11 missing -'
		]);
		expect(item.elements[4].note).toMatch(/validFrom/);
		expect(item.elements.map((e) => e.column)).toEqual([
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
		]);
		// The issuer's spatial code is an ATU code (IRL_CTH_DUB), not a NUTS region; the assessment
		// type is none of the vocabulary's. Both are warnings: the credential is still counted.
		expect(item.warnings).toEqual([
			{
				file,
				index: 0,
				rule: 'credential.unknown_value',
				column: 'issuer_region',
				path: 'issuer.location.spatialCode',
				value: 'http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB',
				message:
					'issuer_region at issuer.location.spatialCode ' +
					"('http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB'): " +
					'spatial code is not a NUTS code; kept as unknown'
			},
			{
				file,
				index: 0,
				rule: 'credential.not_mappable',
				column: 'assessment_type',
				path: `${claim}.provenBy.specifiedBy.dcType`,
				value: 'artefact assessment',
				message:
					`assessment_type at ${claim}.provenBy.specifiedBy.dcType ('artefact assessment'): ` +
					'assessment type not in the vocabulary; kept as unknown'
			}
		]);
	});

	it('never repeats the learner, their name, e-mail or birth date outside learner_id', async () => {
		const item = only(await readCredentialsFile(file));
		const report = reportWithoutLearnerId(item);
		for (const personal of ['LA-234218', 'Andromeda', 'ana.andromeda', '1999-10-01']) {
			expect(report).not.toContain(personal);
		}
	});
});

describe.skipIf(!hasSharedData)('ELM v3 minimal sample (credential-sample.jsonld)', () => {
	it('maps the few elements it has and reports the rest missing', async () => {
		const item = only(await readCredentialsFile(sharedFile('elm', 'credential-sample.jsonld')));
		expect(item.format).toBe('edc');
		expect(item.credentialId).toBe('http://example.org/credential132');
		expect(item.record).toMatchObject({
			learner_id: 'http://example.org/pid1',
			title: 'some kind of learning achievement',
			issuer_country: 'FR',
			awarding_body: 'some legal name of the organistion',
			awarding_body_id: 'http://example.org/org1',
			issue_date: '2010-01-01T00:00:00',
			learning_outcomes: '',
			ects: '',
			eqf_level: '',
			sealed: 'false',
			digital_format: 'edc'
		});
		expect(elementTable(item)).toEqual([
			'1 found credentialSubject.id',
			'2 found credentialSubject.hasClaim.title',
			'3 found issuer.location.address.countryCode',
			'4 found credentialSubject.hasClaim.awardedBy.awardingBody.legalName',
			'5 found issued',
			'6 missing -',
			'7 missing -',
			'8 missing -',
			'9 missing -',
			'10 missing -',
			'11 missing -'
		]);
		expect(reportWithoutLearnerId(item)).not.toContain('http://example.org/pid1');
		expect(reportWithoutLearnerId(item)).not.toContain('Max Power');
	});
});

const LEARNER_DID = 'did:example:ebfeb1f712ebc6f1c276e12ec21';

describe.skipIf(!hasSharedData)('Open Badges 3.0 samples', () => {
	const read = async (name: string) =>
		only(await readCredentialsFile(sharedFile('openbadges', name)));

	it('basicOpenBadgeCredential: free-text criteria are not a mappable assessment', async () => {
		const item = await read('basicOpenBadgeCredential.json');
		expect(item.format).toBe('open_badges_3');
		expect(item.credentialId).toBe('http://example.com/credentials/3527');
		expect(item.record).toMatchObject({
			learner_id: LEARNER_DID,
			title: 'Teamwork',
			awarding_body: 'Example Corp',
			awarding_body_id: 'https://example.com/issuers/876543',
			issue_date: '2010-01-01T00:00:00Z',
			learning_outcomes: '',
			assessment_type: '',
			further_information:
				'This badge recognizes the development of the capacity to collaborate ' +
				'within a group environment.',
			digital_format: 'open_badges_3',
			sealed: 'false'
		});
		expect(elementTable(item)).toEqual([
			'1 found credentialSubject.id',
			'2 found credentialSubject.achievement.name',
			'3 missing -',
			'4 found issuer.name',
			'5 found validFrom',
			'6 missing -',
			'7 missing -',
			'8 missing -',
			'9 not_mappable credentialSubject.achievement.criteria.narrative',
			'10 missing -',
			'11 missing -'
		]);
	});

	it('achievementAlignmentCase: a CASE competency is a learning outcome', async () => {
		const item = await read('achievementAlignmentCase.json');
		expect(item.record.title).toBe('Text analysis');
		expect(item.record.awarding_body).toBe('Example University');
		expect(item.record.learning_outcomes).toBe(
			'Cite strong and thorough textual evidence to support analysis of what the text says ' +
				'explicitly as well as inferences drawn from the text, including determining where the ' +
				'text leaves matters uncertain'
		);
		expect(item.elements[5]).toEqual({
			number: 6,
			column: 'learning_outcomes',
			status: 'found',
			path: 'credentialSubject.achievement.alignment[*].targetName'
		});
	});

	it('achievementAlignmentCe: alignment to a CTDL credential is no learning outcome', async () => {
		const item = await read('achievementAlignmentCe.json');
		expect(item.record.learning_outcomes).toBe('');
		expect(item.elements[5].status).toBe('missing');
		expect(item.elements[5].note).toMatch(/not learning outcomes/);
	});

	it('skillAssertionCase: issuer, skill alignment and free-text criteria', async () => {
		const item = await read('skillAssertionCase.json');
		expect(item.record).toMatchObject({
			learner_id: LEARNER_DID,
			title: 'Robot Programming',
			awarding_body: '1EdTech University',
			awarding_body_id: 'https://1edtech.edu/issuers/565049',
			issue_date: '2022-07-01T00:00:00Z',
			learning_outcomes: 'Robot Programming',
			further_information:
				'This achievement represents developing capability to develop software ' +
				'for robotic applications.'
		});
		expect(item.elements.filter((e) => e.status === 'found').map((e) => e.number)).toEqual([
			1, 2, 4, 5, 6
		]);
		expect(item.elements[8].status).toBe('not_mappable');
	});

	it('no report carries the learner DID outside learner_id', async () => {
		for (const name of [
			'basicOpenBadgeCredential.json',
			'achievementAlignmentCase.json',
			'achievementAlignmentCe.json',
			'skillAssertionCase.json'
		]) {
			const item = await read(name);
			expect(item.record.learner_id).toBe(LEARNER_DID);
			expect(reportWithoutLearnerId(item)).not.toContain('ebfeb1f712ebc6f1c276e12ec21');
		}
	});
});

describe.skipIf(!hasSharedData)('Open Badges 2.0 samples: references by URL', () => {
	const assertion = sharedFile('openbadges', 'ob2_Assertion.json');
	const badgeClass = sharedFile('openbadges', 'ob2_BadgeClass.json');
	const issuer = sharedFile('openbadges', 'ob2_Issuer.json');
	const hashedEmail = 'sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5';

	it('alone, the BadgeClass elements are present but not resolvable offline', async () => {
		const item = only(await readCredentialsFile(assertion));
		expect(item.format).toBe('open_badges_2');
		expect(item.record).toMatchObject({
			learner_id: hashedEmail,
			issue_date: '2016-12-31T23:59:59Z',
			title: '',
			awarding_body: '',
			sealed: 'false'
		});
		expect(elementTable(item)).toEqual([
			'1 found recipient.identity',
			'2 not_mappable badge',
			'3 missing -',
			'4 not_mappable badge',
			'5 found issuedOn',
			'6 not_mappable badge',
			'7 missing -',
			'8 missing -',
			'9 not_mappable badge',
			'10 missing -',
			'11 missing -'
		]);
		expect(item.resolved).toEqual([]);
	});

	it('in a batch with its BadgeClass and Issuer, in any order, references resolve', async () => {
		for (const order of [
			[assertion, badgeClass, issuer],
			[issuer, badgeClass, assertion]
		]) {
			const results = await readCredentialsFiles(order);
			expect(results.map((r) => r.file)).toEqual(order);
			const item = only(results[order.indexOf(assertion)]);
			expect(item.record).toMatchObject({
				learner_id: hashedEmail,
				title: 'Awesome Robotics Badge',
				awarding_body: 'An Example Badge Issuer',
				awarding_body_id: 'https://example.org/organization.json',
				learning_outcomes: 'CCSS.ELA-Literacy.RST.11-12.3; Problem-Solving',
				further_information:
					'For doing awesome things with robots that people think is pretty great.'
			});
			expect(elementTable(item)).toEqual([
				'1 found recipient.identity',
				'2 found badge.name',
				'3 missing -',
				'4 found badge.issuer.name',
				'5 found issuedOn',
				'6 found badge.alignment[*].targetName',
				'7 missing -',
				'8 missing -',
				'9 not_mappable badge.criteria',
				'10 missing -',
				'11 missing -'
			]);
			expect(item.resolved).toEqual([
				'https://example.org/robotics-badge.json',
				'https://example.org/organization.json'
			]);
		}
	});

	it('a file with an array of Assertion, BadgeClass and Issuer resolves in itself', async () => {
		const files = await scratch();
		try {
			const docs = await Promise.all(
				['ob2_Assertion.json', 'ob2_BadgeClass.json', 'ob2_Issuer.json'].map((n) =>
					sharedJson('openbadges', n)
				)
			);
			const result = await readCredentialsFile(await files.write(docs));
			expect(result.errors).toEqual([]);
			expect(result.resources.map((r) => [r.index, r.kind])).toEqual([
				[1, 'ob2_badge_class'],
				[2, 'ob2_issuer']
			]);
			expect(result.imports.map((i) => [i.index, i.record.title, i.record.awarding_body])).toEqual([
				[0, 'Awesome Robotics Badge', 'An Example Badge Issuer']
			]);
		} finally {
			await files.cleanup();
		}
	});

	it('BadgeClass and Issuer files are resources, not credentials nor errors', async () => {
		const [bc, iss] = await readCredentialsFiles([badgeClass, issuer]);
		expect(bc).toEqual({
			file: badgeClass,
			imports: [],
			errors: [],
			resources: [
				{ index: 0, kind: 'ob2_badge_class', id: 'https://example.org/robotics-badge.json' }
			]
		});
		expect(iss.resources).toEqual([
			{ index: 0, kind: 'ob2_issuer', id: 'https://example.org/organization.json' }
		]);
	});
});
