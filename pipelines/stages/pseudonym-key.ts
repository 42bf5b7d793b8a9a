import { randomBytes } from 'node:crypto';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname } from 'node:path';
import { reason } from '../output-locations';

export interface PseudonymKey {
	readonly key: Buffer;
	/** Where the key came from, for the run report (never the key itself). */
	readonly origin: 'environment' | 'key-file' | 'demo-key-file';
	readonly generated: boolean;
}

export const MIN_KEY_BYTES = 16;

/** The key given cannot be used (too short, missing, unreadable): a usage error, one line. */
export class PseudonymKeyError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PseudonymKeyError';
	}
}

function checked(key: Buffer, where: string): Buffer {
	if (key.length < MIN_KEY_BYTES) {
		throw new PseudonymKeyError(
			`${where}: the pseudonymisation key must be at least ${MIN_KEY_BYTES} bytes ` +
				`(it has ${key.length}); 32 random bytes in hex (openssl rand -hex 32) will do`
		);
	}
	return key;
}

/** A key file is a line of text: more than this is not one (and /dev/zero would never end). */
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** Keys read from pipes and devices (`--key-file <(pass show …)`), which can be read only once. */
const readOnce = new Map<string, Buffer>();

function readBounded(path: string, where: string): Buffer {
	const fd = openSync(path, 'r');
	try {
		const buffer = Buffer.alloc(MAX_KEY_FILE_BYTES + 1);
		let size = 0;
		while (size < buffer.length) {
			const n = readSync(fd, buffer, size, buffer.length - size, null);
			if (n === 0) break;
			size += n;
		}
		if (size > MAX_KEY_FILE_BYTES) {
			throw new PseudonymKeyError(
				`${where}: more than ${MAX_KEY_FILE_BYTES / 1024} KiB, not a key file (one line of text)`
			);
		}
		return buffer.subarray(0, size);
	} finally {
		closeSync(fd);
	}
}

function readKeyFile(path: string, where: string): Buffer {
	let text = readOnce.get(path);
	if (!text) {
		if (!existsSync(path)) throw new PseudonymKeyError(`${where}: key file not found`);
		try {
			text = readBounded(path, where);
			if (!statSync(path).isFile()) readOnce.set(path, text);
		} catch (error) {
			if (error instanceof PseudonymKeyError) throw error;
			throw new PseudonymKeyError(`${where}: cannot read the key file (${reason(error)})`);
		}
	}
	return checked(Buffer.from(text.toString('utf8').trim(), 'utf8'), where);
}

interface KeySources {
	env: NodeJS.ProcessEnv;
	keyFile?: string;
	/** Where the demo key lives; a check without it looks at the environment and --key-file only. */
	demoKeyFile?: string;
}

/** The key the user chose, or undefined when the demo key is to be generated. */
function existingKey(options: KeySources): Omit<PseudonymKey, 'generated'> | undefined {
	const fromEnv = options.env.UPTAKE_PSEUDONYM_KEY;
	if (fromEnv) {
		return {
			key: checked(Buffer.from(fromEnv, 'utf8'), 'UPTAKE_PSEUDONYM_KEY'),
			origin: 'environment'
		};
	}
	if (options.keyFile) {
		return {
			key: readKeyFile(options.keyFile, `--key-file ${options.keyFile}`),
			origin: 'key-file'
		};
	}
	if (options.demoKeyFile && existsSync(options.demoKeyFile)) {
		return {
			key: readKeyFile(options.demoKeyFile, `the demo key ${options.demoKeyFile}`),
			origin: 'demo-key-file'
		};
	}
	return undefined;
}

/**
 * Checks the key a run would use, before any work, without generating one: throws a
 * PseudonymKeyError naming the source and the rule.
 */
export function checkPseudonymKey(options: KeySources): void {
	existingKey(options);
}

/**
 * The HMAC key for learner identifiers: UPTAKE_PSEUDONYM_KEY, else a key file given by the user,
 * else a demo key generated on first run into an ignored file (so re-runs give the same output).
 */
export function loadPseudonymKey(options: KeySources & { demoKeyFile: string }): PseudonymKey {
	const existing = existingKey(options);
	if (existing) return { ...existing, generated: false };
	const key = randomBytes(32).toString('hex');
	try {
		mkdirSync(dirname(options.demoKeyFile), { recursive: true });
		writeFileSync(options.demoKeyFile, `${key}\n`, { mode: 0o600, flag: 'wx' });
	} catch (error) {
		throw new PseudonymKeyError(
			`cannot write the demo key ${options.demoKeyFile} (${reason(error)}): ` +
				`set UPTAKE_PSEUDONYM_KEY or pass --key-file FILE`
		);
	}
	return { key: Buffer.from(key, 'utf8'), origin: 'demo-key-file', generated: true };
}
