import { describe, expect, it } from 'vitest';
import { mapElm } from '../../../../core/credentials/map-elm';

const COUNTRY = 'http://publications.europa.eu/resource/authority/country/';
const SNB = 'http://data.europa.eu/snb/';

function concept(id: string, label?: string) {
	return { id, type: 'Concept', ...(label ? { prefLabel: { en: label } } : {}) };
}

/** A small EDC credential; `patch` replaces parts of the claim's specification. */
function edc(spec: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) {
	return {
		'@context': [
			'https://www.w3.org/2018/credentials/v1',
			'http://data.europa.eu/snb/model/context/edc-ap'
		],
		id: 'urn:credential:1',
		type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
		issuer: {
			id: 'urn:epass:org:1',
			type: 'Organisation',
			legalName: { en: 'Panepistimio' },
			location: {
				id: 'urn:epass:location:1',
				type: 'Location',
				address: {
					id: 'urn:epass:address:1',
					type: 'Address',
					countryCode: concept(`${COUNTRY}GRC`)
				}
			}
		},
		validFrom: '2024-05-01T00:00:00Z',
		credentialSubject: {
			id: 'did:key:z6MkLearner',
			type: 'Person',
			hasClaim: {
				id: 'urn:epass:learningAchievement:1',
				type: 'LearningAchievement',
				title: { en: 'Data literacy' },
				awardedBy: {
					id: 'urn:epass:awardingProcess:1',
					type: 'AwardingProcess',
					awardingBody: 'urn:epass:org:1',
					awardingDate: '2024-04-30T10:00:00Z'
				},
				specifiedBy: { id: 'urn:epass:spec:1', type: 'LearningAchievementSpecification', ...spec }
			}
		},
		...rest
	};
}

describe('mapElm on hand-made credentials', () => {
	it('resolves an awarding body given by reference and prefers the awarding date', () => {
		const { record, elements } = mapElm(edc());
		expect(record.learner_id).toBe('did:key:z6MkLearner');
		expect(record.issuer_country).toBe('EL');
		expect(record.awarding_body).toBe('Panepistimio');
		expect(record.awarding_body_id).toBe('');
		expect(record.issue_date).toBe('2024-04-30T10:00:00Z');
		expect(elements[3].path).toBe('credentialSubject.hasClaim.awardedBy.awardingBody.legalName');
		expect(elements[4]).toEqual({
			number: 5,
			column: 'issue_date',
			status: 'found',
			path: 'credentialSubject.hasClaim.awardedBy.awardingDate'
		});
	});

	it('hours without ECTS, an accredited programme and a stated learning setting', () => {
		const { record, elements } = mapElm(
			edc({
				volumeOfLearning: 'PT1H30M',
				accreditation: { id: 'urn:epass:accreditation:1', type: 'Accreditation' },
				learningSetting: concept(`${SNB}learning-setting/x`, 'formal learning'),
				mode: [
					concept(`${SNB}learning-assessment/920fbb3cbe`, 'Online'),
					concept('urn:x', 'Presential')
				]
			})
		);
		expect(record).toMatchObject({
			ects: '',
			workload_hours: '1.5',
			quality_assurance: 'accredited_programme',
			learning_setting: 'formal',
			participation_form: 'blended'
		});
		expect(elements[6]).toEqual({
			number: 7,
			column: 'workload_hours',
			status: 'found',
			path: 'credentialSubject.hasClaim.specifiedBy.volumeOfLearning'
		});
		expect(elements[9].path).toBe('credentialSubject.hasClaim.specifiedBy.mode');
		expect(elements[10]).toMatchObject({
			status: 'found',
			path: 'credentialSubject.hasClaim.specifiedBy.accreditation'
		});
	});

	it('calendar durations and non-ECTS credits are not mappable', () => {
		const days = mapElm(edc({ volumeOfLearning: 'P2D' }));
		expect(days.record.workload_hours).toBe('');
		expect(days.elements[6]).toMatchObject({
			status: 'not_mappable',
			path: 'credentialSubject.hasClaim.specifiedBy.volumeOfLearning'
		});
		const credits = mapElm(
			edc({
				creditPoint: {
					id: 'urn:c',
					type: 'CreditPoint',
					framework: concept('urn:f', 'Swiss credits'),
					point: '3'
				}
			})
		);
		expect(credits.record.ects).toBe('');
		expect(credits.elements[6].status).toBe('not_mappable');
	});

	it('EQF by label, NQF alone, and an assessment type from the vocabulary', () => {
		const labelled = mapElm(edc({ eqfLevel: concept('urn:local:eqf', 'Level 4') }, {}));
		expect(labelled.record.eqf_level).toBe('4');
		const nqf = mapElm(edc({ nqfLevel: concept('urn:local:nqf', 'NQF 5') }));
		expect(nqf.record.eqf_level).toBe('');
		expect(nqf.elements[7]).toMatchObject({
			status: 'not_mappable',
			path: 'credentialSubject.hasClaim.specifiedBy.nqfLevel'
		});

		const assessed = edc();
		(assessed.credentialSubject.hasClaim as Record<string, unknown>).provenBy = [
			{
				id: 'urn:a:1',
				type: 'LearningAssessment',
				specifiedBy: {
					id: 'urn:s',
					type: 'LearningAssessmentSpecification',
					dcType: concept('urn:t', 'Written exam')
				}
			}
		];
		const exam = mapElm(assessed);
		expect(exam.record.assessment_type).toBe('exam');
		expect(exam.elements[8]).toMatchObject({
			status: 'found',
			path: 'credentialSubject.hasClaim.provenBy[0].specifiedBy.dcType'
		});
	});

	it('learner: a document-local id or a name only is not an identifier', () => {
		const local = edc();
		local.credentialSubject.id = 'urn:epass:person:1';
		const byLocal = mapElm(local);
		expect(byLocal.record.learner_id).toBe('');
		expect(byLocal.elements[0]).toMatchObject({
			status: 'not_mappable',
			path: 'credentialSubject.id'
		});

		const named = edc();
		const subject = named.credentialSubject as Record<string, unknown>;
		delete subject.id;
		subject.fullName = { en: 'Eleni Papadopoulou' };
		const byName = mapElm(named);
		expect(byName.record.learner_id).toBe('');
		expect(byName.elements[0]).toMatchObject({
			status: 'not_mappable',
			path: 'credentialSubject.fullName'
		});
		expect(JSON.stringify(byName)).not.toContain('Papadopoulou');
	});

	it('prefixed and full-IRI keys are read as their compact terms', () => {
		const expanded = {
			'@id': 'urn:credential:2',
			'@type': ['VerifiableCredential', 'EuropeanDigitalCredential'],
			'cred:credentialSubject': {
				'@id': 'did:example:learner',
				'http://data.europa.eu/snb/model/elm/hasClaim': {
					'@type': 'LearningAchievement',
					'dc:title': { en: 'Welding basics' },
					'elm:specifiedBy': { 'elm:EQFLevel': { '@id': `${SNB}eqf/3` } }
				}
			}
		};
		const { record } = mapElm(expanded);
		expect(record).toMatchObject({
			learner_id: 'did:example:learner',
			title: 'Welding basics',
			eqf_level: '3'
		});
	});

	it('several claims: the learning achievement is mapped and the others are noted', () => {
		const credential = edc();
		const achievement = credential.credentialSubject.hasClaim;
		(credential.credentialSubject as Record<string, unknown>).hasClaim = [
			{ id: 'urn:epass:activity:1', type: 'LearningActivity', title: { en: 'Attendance' } },
			achievement
		];
		const { record, notes } = mapElm(credential);
		expect(record.title).toBe('Data literacy');
		expect(notes).toEqual([
			{
				column: 'title',
				path: 'credentialSubject.hasClaim[1]',
				message: 'the credential has 2 claims; only this one is mapped'
			}
		]);
	});
});
