import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPseudonymKey } from '../../../../pipelines/stages/pseudonym-key';
import { createPseudonymiser } from '../../../../pipelines/stages/pseudonymise';

const reference = (key: Buffer, id: string) =>
	`p_${createHmac('sha256', key).update(id, 'utf8').digest('hex').slice(0, 32)}`;

describe('createPseudonymiser', () => {
	it.each([
		['a short key', Buffer.from('0123456789abcdef')],
		['a key of one block', Buffer.alloc(64, 7)],
		['a key longer than a block', Buffer.alloc(100, 9)]
	])('is HMAC-SHA-256 truncated to 128 bits, with %s', (_, key) => {
		const pseudonymise = createPseudonymiser(key);
		for (const id of ['L-0123456789', 'é-ünïcødé-学习者', 'x'.repeat(500)]) {
			expect(pseudonymise(id)).toBe(reference(key, id));
		}
		expect(pseudonymise('L-1')).toMatch(/^p_[0-9a-f]{32}$/);
	});

	it('treats e-mail addresses case-insensitively and ignores surrounding blanks', () => {
		const pseudonymise = createPseudonymiser(Buffer.from('0123456789abcdef'));
		expect(pseudonymise(' Ana@Example.org ')).toBe(pseudonymise('ana@example.org'));
		expect(pseudonymise('L-ABC')).not.toBe(pseudonymise('l-abc'));
	});

	it('gives the same pseudonym as ASCII bytes, in an array each call reuses', () => {
		const key = Buffer.from('0123456789abcdef');
		const pseudonymise = createPseudonymiser(key);
		const first = pseudonymise.bytes(' Ana@Example.org ');
		expect(Buffer.from(first).toString('latin1')).toBe(reference(key, 'ana@example.org'));
		const second = pseudonymise.bytes('L-0123456789');
		expect(second).toBe(first);
		expect(Buffer.from(second).toString('latin1')).toBe(reference(key, 'L-0123456789'));
		expect(pseudonymise('L-0123456789')).toBe(reference(key, 'L-0123456789'));
	});

	it('gives other pseudonyms under another key', () => {
		const a = createPseudonymiser(Buffer.from('0123456789abcdef'));
		const b = createPseudonymiser(Buffer.from('0123456789abcdeg'));
		expect(a('L-1')).not.toBe(b('L-1'));
	});
});

describe('loadPseudonymKey', () => {
	const dir = () => mkdtempSync(join(tmpdir(), 'uptake-key-'));

	it('prefers the environment, then a key file, then the demo key file', () => {
		const d = dir();
		const keyFile = join(d, 'key.txt');
		writeFileSync(keyFile, 'from-a-key-file-0123456789\n');
		const demoKeyFile = join(d, 'demo.key');
		expect(
			loadPseudonymKey({
				env: { UPTAKE_PSEUDONYM_KEY: 'from-the-environment-123' },
				keyFile,
				demoKeyFile
			})
		).toMatchObject({ origin: 'environment' });
		const fromFile = loadPseudonymKey({ env: {}, keyFile, demoKeyFile });
		expect(fromFile.origin).toBe('key-file');
		expect(fromFile.key.toString()).toBe('from-a-key-file-0123456789');
		expect(existsSync(demoKeyFile)).toBe(false);
	});

	it('generates the demo key once, readable by its owner only, and reuses it', () => {
		const demoKeyFile = join(dir(), 'sub', 'demo.key');
		const first = loadPseudonymKey({ env: {}, demoKeyFile });
		expect(first.generated).toBe(true);
		expect(statSync(demoKeyFile).mode & 0o077).toBe(0);
		const second = loadPseudonymKey({ env: {}, demoKeyFile });
		expect(second.generated).toBe(false);
		expect(second.key.equals(first.key)).toBe(true);
		expect(readFileSync(demoKeyFile, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
	});

	it('refuses a short key and a missing key file, naming them', () => {
		const demoKeyFile = join(dir(), 'demo.key');
		expect(() => loadPseudonymKey({ env: { UPTAKE_PSEUDONYM_KEY: 'short' }, demoKeyFile })).toThrow(
			/UPTAKE_PSEUDONYM_KEY.*16 bytes/
		);
		expect(() => loadPseudonymKey({ env: {}, keyFile: '/nonexistent/key', demoKeyFile })).toThrow(
			/\/nonexistent\/key: key file not found/
		);
	});
});
