import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface PseudonymKey {
	readonly key: Buffer;
	/** Where the key came from, for the run report (never the key itself). */
	readonly origin: 'environment' | 'key-file' | 'demo-key-file';
	readonly generated: boolean;
}

const MIN_KEY_BYTES = 16;

function checked(key: Buffer, where: string): Buffer {
	if (key.length < MIN_KEY_BYTES) {
		throw new Error(`${where}: the pseudonymisation key must be at least ${MIN_KEY_BYTES} bytes`);
	}
	return key;
}

/**
 * The HMAC key for learner identifiers: UPTAKE_PSEUDONYM_KEY, else a key file given by the user,
 * else a demo key generated on first run into an ignored file (so re-runs give the same output).
 */
export function loadPseudonymKey(options: {
	env: NodeJS.ProcessEnv;
	keyFile?: string;
	demoKeyFile: string;
}): PseudonymKey {
	const fromEnv = options.env.UPTAKE_PSEUDONYM_KEY;
	if (fromEnv) {
		return {
			key: checked(Buffer.from(fromEnv, 'utf8'), 'UPTAKE_PSEUDONYM_KEY'),
			origin: 'environment',
			generated: false
		};
	}
	if (options.keyFile) {
		if (!existsSync(options.keyFile)) throw new Error(`${options.keyFile}: key file not found`);
		const key = Buffer.from(readFileSync(options.keyFile, 'utf8').trim(), 'utf8');
		return { key: checked(key, options.keyFile), origin: 'key-file', generated: false };
	}
	if (existsSync(options.demoKeyFile)) {
		const key = Buffer.from(readFileSync(options.demoKeyFile, 'utf8').trim(), 'utf8');
		return { key: checked(key, options.demoKeyFile), origin: 'demo-key-file', generated: false };
	}
	mkdirSync(dirname(options.demoKeyFile), { recursive: true });
	const key = randomBytes(32).toString('hex');
	writeFileSync(options.demoKeyFile, `${key}\n`, { mode: 0o600, flag: 'wx' });
	return { key: Buffer.from(key, 'utf8'), origin: 'demo-key-file', generated: true };
}
