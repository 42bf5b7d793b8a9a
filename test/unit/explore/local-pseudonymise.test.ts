import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser } from '../../../pipelines/stages/pseudonymise';
import {
	HASH_KEY_LABEL,
	createLocalPseudonymiser,
	deriveHashKey,
	generateLocalKey,
	pseudonymText
} from '$lib/explore/local/pseudonymise';

const RAW_KEY = Buffer.from('0123456789abcdef0123456789abcdef', 'utf8');
const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

function importKey(raw: Buffer): Promise<CryptoKey> {
	return crypto.subtle.importKey(
		'raw',
		new Uint8Array(raw),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign']
	);
}

/** By node:crypto: the hashing key is the root key's HMAC of the label. */
const HASH_KEY = hmac(RAW_KEY, HASH_KEY_LABEL);
const expected = (id: string) => 'p_' + hmac(HASH_KEY, id).toString('hex').slice(0, 32);

describe('pseudonyms made in the browser', () => {
	it('derive the hashing key from the root key by WebCrypto', async () => {
		expect(Buffer.from(await deriveHashKey(await importKey(RAW_KEY)))).toEqual(HASH_KEY);
	});

	it('are the keyed hash of the canonical identifier, as the pipelines make them', async () => {
		const pseudonymise = createLocalPseudonymiser(await deriveHashKey(await importKey(RAW_KEY)));
		const pipeline = createPseudonymiser(HASH_KEY);
		const ids = ['learner-001', ' ANA@Example.org ', 'ana@example.org', 'Jörg Müller', null, '  '];
		const got = ids.map(pseudonymise);
		expect(got[0]).toBe(expected('learner-001'));
		// Trimmed, and e-mail addresses compared without case: one learner.
		expect(got[1]).toBe(expected('ana@example.org'));
		expect(got[2]).toBe(got[1]);
		expect(got[3]).toBe(expected('Jörg Müller'));
		expect(got[4]).toBeNull();
		expect(got[5]).toBeNull();
		for (const [i, id] of ids.entries()) if (got[i] !== null) expect(got[i]).toBe(pipeline(id!));
	});

	it('never contain the identifier, and differ under another key', async () => {
		const one = createLocalPseudonymiser(await deriveHashKey(await importKey(RAW_KEY)));
		const other = createLocalPseudonymiser(await deriveHashKey(await generateLocalKey()));
		const a = one('learner-001');
		const b = other('learner-001');
		expect(a).toMatch(/^p_[0-9a-f]{32}$/);
		expect(b).toMatch(/^p_[0-9a-f]{32}$/);
		expect(a).not.toBe(b);
	});

	it('come from a root key that cannot be exported', async () => {
		const key = await generateLocalKey();
		expect(key.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
	});

	it('keep the first 128 bits of the digest', () => {
		const words = Int32Array.from([
			0x00081018,
			0x20283038,
			0x40485058,
			0x60687078 | 0,
			-1,
			0,
			0,
			0
		]);
		expect(pseudonymText(words)).toBe('p_00081018202830384048505860687078');
		expect(pseudonymText(Int32Array.from([-1, 0, 1, 0x7fffffff]))).toBe(
			'p_ffffffff00000000000000017fffffff'
		);
	});
});
