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

	it('days are read at 8 hours each; weeks to years and non-ECTS credits are not mappable', () => {
		const volume = 'credentialSubject.hasClaim.specifiedBy.volumeOfLearning';
		const days = mapElm(edc({ volumeOfLearning: 'P2D' }));
		expect(days.record.workload_hours).toBe('16');
		expect(days.elements[6]).toEqual({
			number: 7,
			column: 'workload_hours',
			status: 'found',
			path: volume
		});
		expect(days.warnings).toEqual([
			{
				rule: 'credential.workload_days',
				column: 'workload_hours',
				path: volume,
				value: 'P2D',
				message: `workload_hours at ${volume} ('P2D'): 2 day(s) read as 16 hours (8 hours per day)`
			}
		]);

		const month = mapElm(edc({ volumeOfLearning: 'P1M' }));
		expect(month.record.workload_hours).toBe('');
		expect(month.elements[6]).toMatchObject({ status: 'not_mappable', path: volume });
		expect(month.warnings.map((w) => [w.rule, w.column, w.value])).toEqual([
			['credential.not_mappable', 'ects', 'P1M']
		]);

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
		expect(credits.warnings.map((w) => w.value)).toEqual(['3 Swiss credits']);
	});

	it('ECTS with a duration in months: the credits count, the hours are unknown', () => {
		const { record, elements, warnings } = mapElm(
			edc({
				volumeOfLearning: 'P3M',
				creditPoint: {
					id: 'urn:c',
					type: 'CreditPoint',
					framework: concept(`${SNB}education-credit/6fcec5c5af`, 'ECTS'),
					point: '5'
				}
			})
		);
		expect(record).toMatchObject({ ects: '5', workload_hours: '' });
		expect(elements[6]).toMatchObject({ status: 'found', column: 'ects' });
		expect(warnings.map((w) => [w.rule, w.column, w.value])).toEqual([
			['credential.unknown_value', 'workload_hours', 'P3M']
		]);
	});

	it('a value the validator would reject is left unknown, never quarantines the credential', () => {
		const ectsFramework = concept(`${SNB}education-credit/6fcec5c5af`, 'ECTS');
		const credit = (point: string) => ({
			id: 'urn:c',
			type: 'CreditPoint',
			framework: ectsFramework,
			point
		});
		const spec = 'credentialSubject.hasClaim.specifiedBy';
		const words = mapElm(edc({ creditPoint: credit('two') }));
		expect(words.record.ects).toBe('');
		expect(words.elements[6]).toMatchObject({
			status: 'not_mappable',
			path: `${spec}.creditPoint.point`
		});
		expect(words.warnings.map((w) => [w.rule, w.column, w.path, w.value])).toEqual([
			['credential.not_mappable', 'ects', `${spec}.creditPoint.point`, 'two']
		]);

		// With hours beside them, element vii is still found, in workload_hours.
		const tooMany = mapElm(edc({ creditPoint: credit('500'), volumeOfLearning: 'PT40H' }));
		expect(tooMany.record).toMatchObject({ ects: '', workload_hours: '40' });
		expect(tooMany.elements[6]).toEqual({
			number: 7,
			column: 'workload_hours',
			status: 'found',
			path: `${spec}.volumeOfLearning`
		});
		expect(tooMany.warnings.map((w) => [w.rule, w.column, w.value])).toEqual([
			['credential.unknown_value', 'ects', '500']
		]);
	});

	it('vocabulary values it does not know are left empty with a warning, never passed raw', () => {
		const credential = edc({
			eqfLevel: concept('urn:local:eqf', 'Stufe vier'),
			mode: concept('urn:local:mode', 'Work-based'),
			learningSetting: concept('urn:local:setting', 'In-company')
		});
		(credential.credentialSubject.hasClaim as Record<string, unknown>).provenBy = {
			id: 'urn:a:1',
			type: 'LearningAssessment',
			idVerification: concept(`${SNB}supervision-verification/df2880c5cb`),
			specifiedBy: {
				id: 'urn:s',
				type: 'LearningAssessmentSpecification',
				dcType: concept('urn:t', 'artefact assessment')
			}
		};
		const { record, elements, warnings } = mapElm(credential);
		expect(record).toMatchObject({
			eqf_level: '',
			participation_form: '',
			learning_setting: '',
			assessment_type: '',
			supervision: ''
		});
		expect(elements.map((e) => e.status)).toEqual([
			'found',
			'found',
			'found',
			'found',
			'found',
			'missing',
			'missing',
			'not_mappable',
			'not_mappable',
			'not_mappable',
			'missing'
		]);
		const claim = 'credentialSubject.hasClaim';
		expect(warnings.map((w) => [w.rule, w.column, w.path, w.value])).toEqual([
			['credential.not_mappable', 'eqf_level', `${claim}.specifiedBy.eqfLevel`, 'Stufe vier'],
			[
				'credential.not_mappable',
				'assessment_type',
				`${claim}.provenBy.specifiedBy.dcType`,
				'artefact assessment'
			],
			['credential.not_mappable', 'participation_form', `${claim}.specifiedBy.mode`, 'Work-based'],
			// A concept without a label is quoted by its id.
			[
				'credential.unknown_value',
				'supervision',
				`${claim}.provenBy.idVerification`,
				`${SNB}supervision-verification/df2880c5cb`
			],
			[
				'credential.unknown_value',
				'learning_setting',
				`${claim}.specifiedBy.learningSetting`,
				'In-company'
			]
		]);
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
		const { record, warnings } = mapElm(credential);
		expect(record.title).toBe('Data literacy');
		expect(warnings).toEqual([
			{
				rule: 'credential.mapping_note',
				column: 'title',
				path: 'credentialSubject.hasClaim[1]',
				message:
					'title at credentialSubject.hasClaim[1]: the credential has 2 claims; only this one is mapped'
			}
		]);
	});
});

describe('mapElm: issuer countries', () => {
	const address = (alpha3: string, n: number, nuts?: string) => ({
		id: `urn:epass:location:${n}`,
		type: 'Location',
		address: {
			id: `urn:epass:address:${n}`,
			type: 'Address',
			countryCode: concept(COUNTRY + alpha3)
		},
		...(nuts ? { spatialCode: concept(`http://data.europa.eu/nuts/code/${nuts}`) } : {})
	});
	const withLocations = (...locations: unknown[]) => {
		const credential = edc();
		(credential.issuer as Record<string, unknown>).location = locations;
		return credential;
	};

	it('counted under the first country inside the coverage; the others are warnings', () => {
		const { record, elements, warnings, uncounted } = mapElm(
			withLocations(address('USA', 1), address('FRA', 2, 'FR101'), address('BEL', 3, 'BE100'))
		);
		expect(uncounted).toBeUndefined();
		expect(record.issuer_country).toBe('FR');
		expect(record.issuer_region).toBe('FR101');
		expect(elements[2]).toEqual({
			number: 3,
			column: 'issuer_country',
			status: 'found',
			path: 'issuer.location[1].address.countryCode'
		});
		expect(warnings.map((w) => [w.rule, w.path, w.message])).toEqual([
			[
				'credential.other_country',
				'issuer.location[0].address.countryCode',
				`issuer_country at issuer.location[0].address.countryCode ('${COUNTRY}USA'): ` +
					'US is outside the countries covered; counted under FR'
			],
			[
				'credential.other_country',
				'issuer.location[2].address.countryCode',
				`issuer_country at issuer.location[2].address.countryCode ('${COUNTRY}BEL'): ` +
					'the issuer also names BE; counted under FR only'
			],
			[
				'credential.unknown_value',
				'issuer.location[2].spatialCode',
				"issuer_region at issuer.location[2].spatialCode ('http://data.europa.eu/nuts/code/BE100'): " +
					'not a region of FR, the issuer country; kept as unknown'
			]
		]);
	});

	it('the awarding body address is read after the issuer, and the same country once', () => {
		const credential = withLocations(address('GRC', 1));
		const claim = credential.credentialSubject.hasClaim as Record<string, unknown>;
		claim.awardedBy = {
			id: 'urn:epass:awardingProcess:1',
			type: 'AwardingProcess',
			awardingBody: [
				'urn:epass:org:1',
				{
					id: 'urn:epass:org:2',
					type: 'Organisation',
					legalName: { en: 'Partner' },
					location: [address('GRC', 4), address('CAN', 5)]
				}
			]
		};
		const { record, warnings } = mapElm(credential);
		expect(record.issuer_country).toBe('EL');
		expect(warnings.map((w) => [w.rule, w.path])).toEqual([
			[
				'credential.other_country',
				'credentialSubject.hasClaim.awardedBy.awardingBody[1].location[1].address.countryCode'
			]
		]);
	});

	it('no country inside the coverage: the credential cannot be counted', () => {
		const outside = mapElm(withLocations(address('USA', 1), address('CAN', 2)));
		expect(outside.uncounted).toEqual({
			path: 'issuer.location[0].address.countryCode',
			value: `${COUNTRY}USA`,
			message:
				`issuer country at issuer.location[0].address.countryCode ('${COUNTRY}USA'): US is ` +
				'outside the countries covered (and 1 more, none covered); the credential cannot be counted'
		});
		expect(outside.record.issuer_country).toBe('');
		expect(outside.elements[2]).toMatchObject({ status: 'not_mappable' });

		const none = edc();
		delete (none.issuer as Record<string, unknown>).location;
		expect(mapElm(none).elements[2]).toEqual({
			number: 3,
			column: 'issuer_country',
			status: 'missing'
		});
		expect(mapElm(none).uncounted).toBeUndefined();
	});
});
