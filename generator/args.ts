import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenerateOptions } from './generate';

export const USAGE = `Usage: npx tsx generator/cli.ts --records N --seed S --out DIR
       [--data-dir DIR] [--from-year 2019] [--to-year <current year>] [--as-of yyyy-mm-dd]
       [--dirty-rate 0.02] [--credentials 20] [--quiet]

Writes a synthetic dataset (providers, catalogue, issuance records, digital credentials,
national measures, a dirty-row ledger and a manifest) into DIR. The same arguments give
byte-identical files. --as-of defaults to 31 December of --to-year, or to today when
--to-year is the current year; --data-dir defaults to $UPTAKE_SHARED_DATA or ../shared/data.`;

export interface CliOptions extends GenerateOptions {
	readonly quiet: boolean;
}

/** The clock is read here only, for defaults; the generator itself never looks at it. */
export interface Clock {
	readonly today: string;
}

function systemClock(): Clock {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return { today: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` };
}

function defaultDataDir(): string | undefined {
	if (process.env.UPTAKE_SHARED_DATA) return process.env.UPTAKE_SHARED_DATA;
	const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const shared = resolve(repoRoot, '../shared/data');
	return existsSync(shared) ? shared : undefined;
}

export function parseArgs(
	argv: readonly string[],
	clock: Clock = systemClock()
): CliOptions | 'help' {
	const values = new Map<string, string>();
	let quiet = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') return 'help';
		if (arg === '--quiet') {
			quiet = true;
			continue;
		}
		const eq = arg.indexOf('=');
		const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
		if (!name.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
		const value = inline ?? argv[++i];
		if (value === undefined) throw new Error(`${name} needs a value`);
		values.set(name.slice(2), value);
	}
	const known = [
		'records',
		'seed',
		'out',
		'data-dir',
		'from-year',
		'to-year',
		'as-of',
		'dirty-rate',
		'credentials'
	];
	for (const key of values.keys()) {
		if (!known.includes(key)) throw new Error(`unknown option --${key}`);
	}
	const int = (key: string, fallback: number): number => {
		const raw = values.get(key);
		if (raw === undefined) return fallback;
		if (!/^\d+$/.test(raw.replaceAll('_', '')))
			throw new Error(`--${key} must be a whole number, got ${raw}`);
		return Number(raw.replaceAll('_', ''));
	};
	const currentYear = Number(clock.today.slice(0, 4));
	const toYear = int('to-year', currentYear);
	const asOf = values.get('as-of') ?? (toYear === currentYear ? clock.today : `${toYear}-12-31`);
	const rate = Number(values.get('dirty-rate') ?? '0.02');
	if (!Number.isFinite(rate)) throw new Error('--dirty-rate must be a number');
	const out = values.get('out');
	if (!out) throw new Error('--out DIR is required');
	return {
		records: int('records', 100_000),
		seed: values.get('seed') ?? '20220616',
		outDir: out,
		dataDir: values.get('data-dir') ?? defaultDataDir(),
		fromYear: int('from-year', 2019),
		toYear,
		asOf,
		dirtyRate: rate,
		credentials: int('credentials', 20),
		quiet
	};
}
