import { parseArgs } from 'node:util';

export interface PipelineOptions {
	/** Directories in the documented layout; their inputs are read together. */
	readonly dataDirs: readonly string[];
	readonly outDir: string;
	readonly reportDir: string;
	/** Working files and the record store: pseudonymised, never published. */
	readonly workDir: string;
	readonly quiet: boolean;
	readonly minCell: number;
	readonly maxErrorRate: number;
	readonly keyFile?: string;
	/** The day the data are validated (YYYY-MM-DD); today by default. */
	readonly today?: string;
	/** Run the attacker's audit of the published tables (report only, for now). */
}

export const USAGE = `Usage: npm run pipelines -- [options]

Reads the inputs under the data directories (folders issuance/, catalogue/, providers/,
credentials/, eurostat/, targets/, baselines/, measures/, gisco/) and publishes Arrow tables and a manifest.

Options:
  --data-dir DIR        inputs in the documented layout (default ../shared/data);
                        repeat it to read several directories together
  --out DIR             where the published tables go (default static/data)
  --report-dir DIR      run report, quarantine and warnings, never published
                        (default output/reports)
  --work-dir DIR        record store (pseudonymised Parquet) and working files
                        (default output/work)
  --min-cell N          smallest learner count published (default 5)
  --max-error-rate R    largest share of quarantined records that still publishes
                        (default 0.05)
  --key-file FILE       pseudonymisation key, at least 16 bytes (UPTAKE_PSEUDONYM_KEY
                        first; else a demo key generated once into
                        .uptake/pseudonym.key)
  --today YYYY-MM-DD    the validation day, for reproducible runs (default today)
  --quiet               no progress on stderr
  --help                this text

Every output folder is checked before any input is read: it is created when missing and
must be writable, not under a file, not on /proc, /sys or /dev.

Exit codes:
  0  success
  1  input errors (missing input, or more quarantined records than --max-error-rate), or an
     unexpected failure: one line on stderr, the details and the stack in run-report.json
     (UPTAKE_DEBUG=1 prints the stack too)
  2  usage: unknown option or bad value, an output folder that cannot be used, a
     pseudonymisation key shorter than 16 bytes, a --key-file missing or unreadable`;

export class UsageError extends Error {}

function number(raw: string, name: string, check: (n: number) => boolean): number {
	const n = Number(raw);
	if (raw.trim() === '' || !Number.isFinite(n) || !check(n))
		throw new UsageError(`--${name}: "${raw}" is not valid`);
	return n;
}

/** YYYY-MM-DD naming a day that exists (not 2024-02-30). */
function isCalendarDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

export function parsePipelineArgs(argv: readonly string[]): PipelineOptions | 'help' {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			strict: true,
			allowPositionals: false,
			options: {
				'data-dir': { type: 'string', multiple: true, default: ['../shared/data'] },
				out: { type: 'string', default: 'static/data' },
				'report-dir': { type: 'string', default: 'output/reports' },
				'work-dir': { type: 'string', default: 'output/work' },
				'min-cell': { type: 'string', default: '5' },
				'max-error-rate': { type: 'string', default: '0.05' },
				'key-file': { type: 'string' },
				today: { type: 'string' },
				quiet: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const v = parsed.values;
	if (v.help) return 'help';
	if (v.today !== undefined && !isCalendarDay(v.today)) {
		throw new UsageError(`--today: "${v.today}" is not a day written YYYY-MM-DD`);
	}
	for (const dir of v['data-dir'] as string[]) {
		if (dir.trim() === '') throw new UsageError('--data-dir: an empty path is not a folder');
	}
	return {
		dataDirs: v['data-dir'] as string[],
		outDir: v.out as string,
		reportDir: v['report-dir'] as string,
		workDir: v['work-dir'] as string,
		quiet: v.quiet as boolean,
		minCell: number(v['min-cell'] as string, 'min-cell', (n) => Number.isInteger(n) && n >= 1),
		maxErrorRate: number(v['max-error-rate'] as string, 'max-error-rate', (n) => n >= 0 && n <= 1),
		keyFile: v['key-file'],
		today: v.today
	};
}
