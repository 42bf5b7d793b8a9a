import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkPseudonymKey,
	loadPseudonymKey,
	PseudonymKeyError
} from '../../../pipelines/stages/pseudonym-key';

const dir = () => mkdtempSync(join(tmpdir(), 'uptake-key-'));

/** The error a key source gives: a PseudonymKeyError, on one line. */
function refusal(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(PseudonymKeyError);
		const message = (error as Error).message;
		expect(message).not.toContain('\n');
		return message;
	}
	throw new Error('the key was accepted');
}

describe('the pseudonymisation key, checked before any work', () => {
	it('refuses a short key with the rule, and never shows the key', () => {
		const demoKeyFile = join(dir(), 'demo.key');
		const message = refusal(() =>
			checkPseudonymKey({ env: { UPTAKE_PSEUDONYM_KEY: 'tooShort' }, demoKeyFile })
		);
		expect(message).toMatch(/^UPTAKE_PSEUDONYM_KEY: .*at least 16 bytes \(it has 8\)/);
		expect(message).not.toContain('tooShort');
		const keyFile = join(dir(), 'key.txt');
		writeFileSync(keyFile, 'short\n');
		expect(refusal(() => loadPseudonymKey({ env: {}, keyFile, demoKeyFile }))).toMatch(
			new RegExp(`^--key-file ${keyFile}: .*at least 16 bytes \\(it has 5\\)`)
		);
	});

	it('refuses a key file that is missing, a folder, or endless', () => {
		const demoKeyFile = join(dir(), 'demo.key');
		const check = (keyFile: string) =>
			refusal(() => checkPseudonymKey({ env: {}, keyFile, demoKeyFile }));
		expect(check('/nonexistent/key')).toBe('--key-file /nonexistent/key: key file not found');
		expect(check(tmpdir())).toMatch(/cannot read the key file \(it is a folder, not a file\)/);
		expect(check('/dev/zero')).toMatch(/^--key-file \/dev\/zero: more than 64 KiB, not a key file/);
	});

	it('checks without generating the demo key, and skips the demo key when not asked', () => {
		const d = dir();
		const demoKeyFile = join(d, 'demo.key');
		checkPseudonymKey({ env: {}, demoKeyFile });
		expect(existsSync(demoKeyFile)).toBe(false);
		writeFileSync(demoKeyFile, 'short\n');
		expect(refusal(() => checkPseudonymKey({ env: {}, demoKeyFile }))).toMatch(/^the demo key /);
		expect(() => checkPseudonymKey({ env: {} })).not.toThrow();
	});

	it('says where the demo key cannot be written, on one line', () => {
		const parent = join(dir(), 'file');
		writeFileSync(parent, '');
		expect(
			refusal(() => loadPseudonymKey({ env: {}, demoKeyFile: join(parent, 'demo.key') }))
		).toMatch(/^cannot write the demo key .*: set UPTAKE_PSEUDONYM_KEY or pass --key-file FILE$/);
	});
});
