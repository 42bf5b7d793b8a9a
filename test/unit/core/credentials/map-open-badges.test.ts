import { describe, expect, it } from 'vitest';
import { mapOpenBadge2, mapOpenBadge3 } from '../../../../core/credentials/map-open-badges';

const ESCO = 'http://data.europa.eu/esco/skill/';

function ob3(achievement: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) {
	return {
		'@context': [
			'https://www.w3.org/ns/credentials/v2',
			'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
		],
		id: 'urn:uuid:badge-1',
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		issuer: {
			id: 'https://uni.example.gr/issuer',
			type: ['Profile'],
			name: 'Example University of Athens',
			address: { type: ['Address'], addressCountryCode: 'GR', addressRegion: 'Attica' },
			otherIdentifier: [
				{ type: 'IdentifierEntry', identifier: 'DEQARINST0042', identifierType: 'ext:DEQAR' }
			]
		},
		validFrom: '2024-06-01T00:00:00Z',
		awardedDate: '2024-05-28T00:00:00Z',
		credentialSubject: {
			type: ['AchievementSubject'],
			identifier: [
				{
					type: 'IdentityObject',
					identityHash: 'sha256$abc123',
					identityType: 'emailAddress',
					hashed: true
				}
			],
			achievement: {
				id: 'https://uni.example.gr/a/1',
				type: ['Achievement'],
				name: 'Green skills',
				...achievement
			}
		},
		...rest
	};
}

describe('mapOpenBadge3 on hand-made credentials', () => {
	it('country from the issuer address (GR is EL), DEQAR id, hashed identity, awarded date', () => {
		const { record, elements, warnings } = mapOpenBadge3(ob3());
		expect(record).toMatchObject({
			learner_id: 'sha256$abc123',
			issuer_country: 'EL',
			issuer_region: '',
			awarding_body: 'Example University of Athens',
			awarding_body_id: 'DEQARINST0042',
			issue_date: '2024-05-28T00:00:00Z'
		});
		expect(elements.slice(0, 5).map((e) => e.path)).toEqual([
			'credentialSubject.identifier[0].identityHash',
			'credentialSubject.achievement.name',
			'issuer.address.addressCountryCode',
			'issuer.name',
			'awardedDate'
		]);
		expect(warnings).toEqual([
			{
				rule: 'credential.unknown_value',
				column: 'issuer_region',
				path: 'issuer.address.addressRegion',
				value: 'Attica',
				message:
					"issuer_region at issuer.address.addressRegion ('Attica'): a region as text, " +
					'not a NUTS code; kept as unknown'
			}
		]);
	});

	it('ESCO alignments are the learning outcomes, an EQF alignment is the level', () => {
		const { record, elements } = mapOpenBadge3(
			ob3({
				alignment: [
					{
						type: ['Alignment'],
						targetName: 'apply sustainability principles',
						targetUrl: `${ESCO}abc`,
						targetType: 'ceasn:Competency'
					},
					{
						type: ['Alignment'],
						targetName: 'EQF level 5',
						targetFramework: 'European Qualifications Framework',
						targetCode: '5',
						targetUrl: 'https://europa.eu/europass/en/description-eight-eqf-levels'
					},
					{
						type: ['Alignment'],
						targetName: 'monitor environmental impact',
						targetUrl: `${ESCO}def`
					}
				]
			})
		);
		expect(record.learning_outcomes).toBe(`${ESCO}abc;${ESCO}def`);
		expect(record.eqf_level).toBe('5');
		expect(elements[5].path).toBe('credentialSubject.achievement.alignment[*].targetUrl');
		expect(elements[7].path).toBe('credentialSubject.achievement.alignment[1]');
	});

	it('credits without a system, an endorsement and a proof', () => {
		const { record, elements } = mapOpenBadge3(
			ob3(
				{ creditsAvailable: 3, endorsement: [{ id: 'urn:e:1', type: ['EndorsementCredential'] }] },
				{ proof: [{ type: 'DataIntegrityProof', proofValue: 'z58' }] }
			)
		);
		expect(record.ects).toBe('');
		expect(elements[6]).toMatchObject({
			status: 'not_mappable',
			path: 'credentialSubject.achievement.creditsAvailable'
		});
		expect(elements[10]).toMatchObject({
			status: 'not_mappable',
			path: 'credentialSubject.achievement.endorsement[0]'
		});
		expect(record.quality_assurance).toBe('');
	});
});

describe('mapOpenBadge2 on hand-made assertions', () => {
	const assertion = {
		'@context': 'https://w3id.org/openbadges/v2',
		type: 'Assertion',
		id: 'https://example.org/assertions/1',
		recipient: { type: 'email', hashed: false, identity: 'learner.secret@example.org' },
		issuedOn: 1483228799,
		badge: {
			type: 'BadgeClass',
			id: 'https://example.org/badges/1',
			name: 'Robotics',
			criteria: { narrative: 'Build a robot.' },
			issuer: 'https://example.org/issuer.json'
		},
		verification: { type: 'hosted' }
	};

	it('an embedded BadgeClass with the Issuer by URL, unresolved', () => {
		const { record, elements, resolved } = mapOpenBadge2(assertion);
		expect(record).toMatchObject({
			learner_id: 'learner.secret@example.org',
			title: 'Robotics',
			issue_date: '2016-12-31T23:59:59.000Z',
			awarding_body: '',
			awarding_body_id: 'https://example.org/issuer.json'
		});
		expect(elements[3]).toMatchObject({ status: 'not_mappable', path: 'badge.issuer' });
		expect(elements[8]).toMatchObject({ status: 'not_mappable', path: 'badge.criteria.narrative' });
		expect(resolved).toEqual([]);
		const report = JSON.stringify({ ...record, learner_id: undefined, elements });
		expect(report).not.toContain('learner.secret');
	});

	it('the Issuer resolved through the batch resolver', () => {
		const issuer = { type: 'Issuer', id: 'https://example.org/issuer.json', name: 'Robot Club' };
		const lookups: string[] = [];
		const { record, resolved } = mapOpenBadge2(assertion, {
			resolve: (id) => {
				lookups.push(id);
				return id === issuer.id ? issuer : undefined;
			}
		});
		expect(record.awarding_body).toBe('Robot Club');
		expect(resolved).toEqual(['https://example.org/issuer.json']);
		expect(lookups).not.toContain('learner.secret@example.org');
	});
});
