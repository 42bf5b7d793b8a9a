import type { CredentialInput } from './credentials';

// Shaped after the European Learning Model v3 samples (EDC application profile). Concept ids
// are the ELM ones where the samples show them; other concepts carry a local urn and a label.

const COUNTRY_SCHEME = 'http://publications.europa.eu/resource/authority/country';
const LANGUAGE_SCHEME = 'http://publications.europa.eu/resource/authority/language';

const concept = (id: string, label: string, scheme?: string) => ({
	id,
	type: 'Concept',
	...(scheme ? { inScheme: { id: scheme, type: 'ConceptScheme' } } : {}),
	prefLabel: { en: label }
});

const MODE: Readonly<Record<string, [string, string]>> = {
	blended: ['http://data.europa.eu/snb/learning-assessment/e92d221e4d', 'Blended'],
	online: ['http://data.europa.eu/snb/learning-assessment/920fbb3cbe', 'Online'],
	onsite: ['urn:epass:concept:mode-onsite', 'Onsite']
};

const SETTING: Readonly<Record<string, [string, string]>> = {
	non_formal: ['http://data.europa.eu/snb/learning-setting/e207a81fc7', 'non-formal learning'],
	formal: ['urn:epass:concept:learning-setting-formal', 'formal learning'],
	informal: ['urn:epass:concept:learning-setting-informal', 'informal learning']
};

const SUPERVISION: Readonly<Record<string, [string, string]>> = {
	unsupervised_no_id: [
		'http://data.europa.eu/snb/supervision-verification/c598449d64',
		'Unsupervised without ID Verification'
	],
	supervised_no_id: ['urn:epass:concept:supervised-no-id', 'Supervised without ID Verification'],
	supervised_online_id: [
		'urn:epass:concept:supervised-online-id',
		'Supervised online with ID Verification'
	],
	onsite_id: ['urn:epass:concept:onsite-id', 'Onsite with ID Verification']
};

const QA_LABEL: Readonly<Record<string, string>> = {
	internal: 'Internal quality assurance of the provider',
	external_provider: 'External quality assurance of the provider (ESG/EQAVET review)',
	accredited_programme: 'Accredited programme',
	none: 'No quality assurance'
};

export function buildElmCredential(input: CredentialInput): Record<string, unknown> {
	const { offer, lang, omit } = input;
	const provider = offer.provider;
	const country = concept(
		`${COUNTRY_SCHEME}/${input.issuerIso3}`,
		input.issuerName,
		COUNTRY_SCHEME
	);
	const organisation = {
		id: `urn:epass:org:${provider.id}`,
		type: 'Organisation',
		legalName: { [lang]: provider.name },
		location: {
			id: `urn:epass:location:${provider.id}`,
			type: 'Location',
			address: { id: `urn:epass:address:${provider.id}`, type: 'Address', countryCode: country }
		},
		identifier: {
			id: `urn:epass:identifier:${input.awardingBodyId}`,
			type: 'Identifier',
			schemeName: provider.deqarId ? 'DEQAR' : 'National provider register',
			notation: input.awardingBodyId
		},
		registration: {
			id: `urn:epass:legalIdentifier:${provider.id}`,
			type: 'LegalIdentifier',
			notation: provider.id,
			spatial: country
		}
	};
	const specification: Record<string, unknown> = {
		id: `urn:epass:qualification:${offer.id}`,
		type: 'Qualification',
		title: { [lang]: offer.title },
		dcType: concept(
			'http://data.europa.eu/snb/learning-opportunity/74a4a268e8',
			'Short learning programme'
		),
		volumeOfLearning: `PT${offer.hours}H`,
		creditPoint: {
			id: `urn:epass:creditPoint:${offer.id}`,
			type: 'CreditPoint',
			framework: concept(
				'http://data.europa.eu/snb/education-credit/6fcec5c5af',
				'European Credit Transfer System'
			),
			point: String(offer.ects)
		},
		mode: concept(...MODE[offer.participation]),
		learningSetting: concept(...SETTING[offer.setting]),
		thematicArea: concept(`http://data.europa.eu/snb/isced-f/${offer.field}`, input.fieldLabel),
		language: concept(
			`${LANGUAGE_SCHEME}/${input.languageCode}`,
			input.languageName,
			LANGUAGE_SCHEME
		)
	};
	if (offer.eqf > 0) {
		specification.eqfLevel = concept(
			`http://data.europa.eu/snb/eqf/${offer.eqf}`,
			`Level ${offer.eqf}`
		);
	}
	if (!omit.has('learning_outcomes')) {
		specification.learningOutcome = input.outcomes.map((text, i) => ({
			id: `urn:epass:learningOutcome:${i + 1}`,
			type: 'LearningOutcome',
			title: { [lang]: text }
		}));
	}
	if (offer.prerequisites) {
		specification.entryRequirement = {
			id: 'urn:epass:note:entry',
			type: 'Note',
			noteLiteral: { en: offer.prerequisites }
		};
	}
	if (!omit.has('quality_assurance')) {
		specification.accreditation = {
			id: `urn:epass:accreditation:${offer.id}`,
			type: 'Accreditation',
			dcType: concept(`urn:epass:concept:qa-${offer.qa}`, QA_LABEL[offer.qa]),
			title: { en: QA_LABEL[offer.qa] }
		};
	}
	const assessment: Record<string, unknown> = {
		id: 'urn:epass:learningAssessment:1',
		type: 'LearningAssessment',
		title: { en: `Assessment: ${offer.assessment}` },
		specifiedBy: {
			id: 'urn:epass:learningAssessmentSpec:1',
			type: 'LearningAssessmentSpecification',
			title: { en: `Assessment: ${offer.assessment}` },
			dcType: concept(`urn:epass:concept:assessment-${offer.assessment}`, offer.assessment)
		}
	};
	if (input.grade) {
		assessment.grade = {
			id: 'urn:epass:note:grade',
			type: 'Note',
			noteLiteral: { en: input.grade }
		};
	}
	if (offer.supervision) assessment.idVerification = concept(...SUPERVISION[offer.supervision]);
	return {
		'@context': [
			'https://www.w3.org/2018/credentials/v1',
			'http://data.europa.eu/snb/model/context/edc-ap'
		],
		id: `urn:credential:${input.uuid}`,
		type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
		credentialProfiles: concept('http://data.europa.eu/snb/credential/e34929035b', 'Generic'),
		displayParameter: {
			id: 'urn:epass:displayParameter:1',
			type: 'DisplayParameter',
			title: { en: 'Micro-credential (synthetic test data)' },
			primaryLanguage: concept(
				`${LANGUAGE_SCHEME}/${input.languageCode}`,
				input.languageName,
				LANGUAGE_SCHEME
			)
		},
		identifier: {
			id: 'urn:epass:identifier:certificate',
			type: 'Identifier',
			schemeName: 'Certificate number',
			notation: input.credentialId
		},
		credentialSchema: {
			id: 'http://data.europa.eu/snb/model/ap/edc-generic-full',
			type: 'ShaclValidator2017'
		},
		issuer: organisation,
		issuanceDate: `${input.issueDate}T00:00:00Z`,
		validFrom: `${input.issueDate}T00:00:00Z`,
		credentialSubject: {
			id: `urn:epass:person:${input.credentialNumber}`,
			type: 'Person',
			givenName: { en: input.givenName },
			familyName: { en: input.familyName },
			fullName: { en: `${input.givenName} ${input.familyName}` },
			identifier: {
				id: 'urn:epass:identifier:learner',
				type: 'Identifier',
				schemeName: 'Learner ID',
				notation: input.learnerId
			},
			hasClaim: {
				id: 'urn:epass:learningAchievement:1',
				type: 'LearningAchievement',
				title: { [lang]: offer.title },
				awardedBy: {
					id: 'urn:epass:awardingProcess:1',
					type: 'AwardingProcess',
					awardingBody: organisation,
					awardingDate: `${input.issueDate}T00:00:00Z`
				},
				provenBy: assessment,
				specifiedBy: specification
			}
		}
	};
}
