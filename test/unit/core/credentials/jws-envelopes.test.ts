import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CredentialImport } from '../../../../core/credentials/types';
import { readCredentialsFile } from '../../../../pipelines/read/read-credentials-file';
import { hasSharedData } from '../../../helpers/shared-data';
import {
	b64url,
	compactJws,
	reportWithoutLearnerId,
	scratch,
	sharedJson,
	sharedText
} from './credential-fixtures';

let files: Awaited<ReturnType<typeof scratch>>;
beforeAll(async () => {
	files = await scratch();
});
afterAll(() => files.cleanup());

async function importOne(content: string | object): Promise<CredentialImport> {
	const result = await readCredentialsFile(await files.write(content));
	expect(result.errors).toEqual([]);
	expect(result.imports).toHaveLength(1);
	return result.imports[0];
}

/** The record of the plain file, which every envelope must leave unchanged but for 'sealed'. */
async function plainRecord() {
	const plain = await importOne(await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld'));
	expect(plain.record.sealed).toBe('false');
	return plain.record;
}

describe.skipIf(!hasSharedData)('JWS envelopes built from the ELM Annex I sample', () => {
	it('compact JWS file: same record, sealed', async () => {
		const text = await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		const item = await importOne(compactJws(text, { alg: 'ES256', typ: 'JWT' }));
		expect(item.record).toEqual({ ...(await plainRecord()), sealed: 'true' });
		expect(item.envelope).toEqual({
			type: 'jws_compact',
			algorithm: 'ES256',
			signed: true,
			vcClaim: false
		});
		expect(item.elements[0]).toEqual({
			number: 1,
			column: 'learner_id',
			status: 'found',
			path: 'credentialSubject.nationalID.notation'
		});
	});

	it('an unsecured JWS (alg none, empty signature) is not sealed', async () => {
		const text = await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		const item = await importOne(compactJws(text, { alg: 'none' }, ''));
		expect(item.record.sealed).toBe('false');
		expect(item.envelope?.signed).toBe(false);
	});

	it('JSON wrapper with the token in a field, also as a JSON string', async () => {
		const text = await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		const token = compactJws(text);
		const wrapped = await importOne({ jws: token, receivedAt: '2023-01-02' });
		expect(wrapped.envelope).toMatchObject({ type: 'jws_compact', field: 'jws', signed: true });
		expect(wrapped.record).toEqual({ ...(await plainRecord()), sealed: 'true' });
		const quoted = await importOne(JSON.stringify(token));
		expect(quoted.record.title).toBe('Digital micro-credential creation');
		expect(quoted.record.sealed).toBe('true');
	});

	it('JWS JSON serialisation with an unencoded payload, as EDC seals (JAdES)', async () => {
		const text = await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		const header = { alg: 'RS256', b64: false, crit: ['b64'] };
		const sealed = {
			payload: text,
			signatures: [{ protected: b64url(header), header: { etsiU: [] }, signature: 'bkNXNkk' }]
		};
		const item = await importOne(sealed);
		expect(item.envelope).toEqual({
			type: 'jws_json',
			algorithm: 'RS256',
			signed: true,
			vcClaim: false
		});
		expect(item.record).toEqual({ ...(await plainRecord()), sealed: 'true' });
	});

	it('flattened JWS JSON with a base64url payload', async () => {
		const text = await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		const item = await importOne({
			protected: b64url({ alg: 'ES384' }),
			payload: b64url(text),
			signature: 'c2ln'
		});
		expect(item.envelope?.type).toBe('jws_json');
		expect(item.record.eqf_level).toBe('6');
		expect(item.record.sealed).toBe('true');
	});

	it('JWT claims set: the credential is the vc claim; sub and nbf fill the gaps', async () => {
		const credential = await sharedJson('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		delete credential.validFrom;
		const claims = {
			iss: 'did:example:issuer',
			sub: 'did:example:learner-77',
			nbf: 1672531200,
			jti: 'urn:uuid:0001',
			vc: credential
		};
		const item = await importOne(compactJws(claims, { alg: 'EdDSA', typ: 'JWT' }));
		expect(item.envelope).toMatchObject({ vcClaim: true, signed: true, algorithm: 'EdDSA' });
		// The subject id of the sample is document-local, so the JWT subject identifies the learner.
		expect(item.record.learner_id).toBe('did:example:learner-77');
		expect(item.elements[0]).toMatchObject({ status: 'found', path: 'jwt.sub' });
		expect(item.record.issue_date).toBe('2023-01-01T00:00:00.000Z');
		expect(item.elements[4]).toMatchObject({ status: 'found', path: 'jwt.nbf' });
		expect(item.credentialId).toBe('urn:credential:3ef0ac26-9a1f-41c6-871b-2b82e670907b');
		expect(reportWithoutLearnerId(item)).not.toContain('learner-77');
	});

	it('an array of tokens and plain credentials keeps each position', async () => {
		const annex = await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		const badge = await sharedJson('openbadges', 'basicOpenBadgeCredential.json');
		const path = await files.write([compactJws(annex), badge, compactJws(badge, { alg: 'RS256' })]);
		const result = await readCredentialsFile(path);
		expect(result.errors).toEqual([]);
		expect(result.imports.map((i) => [i.index, i.format, i.record.sealed])).toEqual([
			[0, 'edc', 'true'],
			[1, 'open_badges_3', 'false'],
			[2, 'open_badges_3', 'true']
		]);
	});
});

describe('bad JWS', () => {
	const credentialJson = JSON.stringify({
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		credentialSubject: { id: 'did:example:secret-learner-9' }
	});

	it.each([
		['header not JSON', `${b64url('not json')}.${b64url(credentialJson)}.c2ln`, /header/],
		[
			'payload truncated',
			`${b64url({ alg: 'ES256' })}.${b64url(credentialJson.slice(0, 60))}.c2ln`,
			/payload/
		],
		['payload not base64url', `${b64url({ alg: 'ES256' })}.a*b.c2ln`, /payload/],
		['detached payload', `${b64url({ alg: 'ES256' })}..c2ln`, /detached/],
		['encrypted JWE', `${b64url({ alg: 'RSA-OAEP' })}.a.b.c.d`, /JWE/],
		['four parts', `${b64url({ alg: 'ES256' })}.a.b.c`, /three parts/]
	])('%s', async (_name, token, reason) => {
		const path = await files.write(token, `${_name.replace(/\W/g, '-')}.jws`);
		const result = await readCredentialsFile(path);
		expect(result.imports).toEqual([]);
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatchObject({ kind: 'bad_jws', file: path });
		expect(result.errors[0].message).toMatch(reason);
		expect(JSON.stringify(result)).not.toContain('secret-learner');
	});

	it('a bad token inside an array is reported at its index', async () => {
		const good = compactJws(credentialJson);
		const path = await files.write([good, `${b64url('x')}.e30.c2ln`]);
		const result = await readCredentialsFile(path);
		expect(result.imports.map((i) => i.index)).toEqual([0]);
		expect(result.errors).toEqual([
			{
				kind: 'bad_jws',
				file: path,
				index: 1,
				message: 'JWS header is not base64url-encoded JSON'
			}
		]);
	});
});

describe('sealed without an envelope', () => {
	const badge = {
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		issuer: { id: 'https://example.com/i', type: ['Profile'], name: 'Example Corp' },
		credentialSubject: { id: 'did:example:1', achievement: { id: 'urn:a', name: 'Teamwork' } }
	};

	it('an embedded proof seals; an empty proof list does not', async () => {
		const proof = { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'z5' };
		expect((await importOne({ ...badge, proof })).record.sealed).toBe('true');
		expect((await importOne({ ...badge, proof: [proof] })).record.sealed).toBe('true');
		expect((await importOne({ ...badge, proof: [] })).record.sealed).toBe('false');
		expect((await importOne(badge)).record.sealed).toBe('false');
	});
});
