import { execFileSync, spawnSync } from 'node:child_process';
import {
	chmodSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared-data';

/** Long enough for a loaded machine; a run that reads its inputs into /proc never ends. */
const TIMEOUT_MS = 30_000;

interface Run {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
	readonly millis: number;
}

function runCli(args: string[], env: Record<string, string> = {}): Run {
	const { UPTAKE_PSEUDONYM_KEY: _key, UPTAKE_DEBUG: _debug, ...inherited } = process.env;
	const started = Date.now();
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'pipelines/cli.ts', ...args], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
		env: { ...inherited, ...env },
		timeout: TIMEOUT_MS,
		killSignal: 'SIGKILL'
	});
	return { ...result, millis: Date.now() - started };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'uptake-cli-errors-'));

/** A data directory with the Eurostat samples only: the cheapest run that reads something. */
function officialData(): string {
	const dir = join(fresh(), 'data');
	cpSync(join(REPO_ROOT, 'data/samples/eurostat'), join(dir, 'eurostat'), { recursive: true });
	return dir;
}

/** A data directory with provider records: a run that needs the pseudonymisation key. */
function providerData(): string {
	const dir = join(fresh(), 'data');
	cpSync(join(REPO_ROOT, 'data/samples/issuance'), join(dir, 'issuance'), { recursive: true });
	return dir;
}

/** Fresh output folders, not created yet, as options. */
function outputs() {
	const root = fresh();
	const dirs = { out: join(root, 'out'), reports: join(root, 'reports'), work: join(root, 'work') };
	return {
		...dirs,
		args: (over: { out?: string; reports?: string; work?: string } = {}) => [
			'--out',
			over.out ?? dirs.out,
			'--report-dir',
			over.reports ?? dirs.reports,
			'--work-dir',
			over.work ?? dirs.work,
			'--quiet'
		]
	};
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

/** A refusal of the command line: exit 2, these lines on stderr and nothing else, no stack. */
function expectUsageFailure(run: Run, expected: (string | RegExp)[]): void {
	expect(run.status, run.stderr).toBe(2);
	const got = lines(run.stderr);
	expect(got).toHaveLength(expected.length);
	expected.forEach((e, i) => expect(got[i]).toMatch(e));
	expect(run.stderr).not.toMatch(/^\s+at /m);
	expect(run.stdout).toBe('');
}

/** Nothing was read, nothing written: no run report, no store, no published table. */
function expectNoWork(o: ReturnType<typeof outputs>): void {
	for (const dir of [o.out, o.reports, o.work]) {
		expect(existsSync(dir) ? readdirSync(dir) : [], dir).toEqual([]);
	}
}

const undo: (() => void)[] = [];
afterEach(() => {
	for (const u of undo.splice(0)) u();
});

/** A folder nobody may write into (immutable for root, read-only for a user), if one can be made. */
function unwritableFolder(): string | undefined {
	const dir = join(fresh(), 'locked');
	mkdirSync(dir);
	try {
		if (process.getuid?.() === 0) {
			execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
			undo.push(() => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' }));
		} else {
			chmodSync(dir, 0o555);
			undo.push(() => chmodSync(dir, 0o755));
		}
		writeFileSync(join(dir, 'probe'), '');
		return undefined;
	} catch {
		return dir;
	}
}

describe('npm run pipelines: bad output locations fail before any input is read', () => {
	it('--out under a regular file: exit 2, one line naming the option, the path and the file', () => {
		const o = outputs();
		const file = join(fresh(), 'plain.txt');
		writeFileSync(file, 'a file');
		const run = runCli(['--data-dir', providerData(), ...o.args({ out: join(file, 'out') })], {
			UPTAKE_PSEUDONYM_KEY: 'cli-errors-test-key-0123456789'
		});
		expectUsageFailure(run, [
			`pipelines: --out ${join(file, 'out')}: ${file} is a file, not a folder`
		]);
		expectNoWork(o);
	});

	it('--report-dir and --work-dir under a file: one line each', () => {
		const o = outputs();
		const file = join(fresh(), 'plain.txt');
		writeFileSync(file, '');
		const run = runCli([
			'--data-dir',
			officialData(),
			...o.args({ reports: join(file, 'r'), work: file })
		]);
		expectUsageFailure(run, [
			`pipelines: --report-dir ${join(file, 'r')}: ${file} is a file, not a folder`,
			`pipelines: --work-dir ${file}: ${file} is a file, not a folder`
		]);
		expectNoWork(o);
	});

	it.each([
		['--out', '/proc/self/uptake-out', /\/proc is a special file system/],
		['--report-dir', '/sys/uptake-reports', /\/sys is a special file system/],
		['--work-dir', '/dev/shm/uptake-work', /\/dev is a special file system/]
	] as const)('%s %s: refused at once, nothing written (no hang)', (option, path, why) => {
		const o = outputs();
		const over = {
			'--out': { out: path },
			'--report-dir': { reports: path },
			'--work-dir': { work: path }
		};
		const run = runCli(['--data-dir', officialData(), ...o.args(over[option])]);
		expectUsageFailure(run, [new RegExp(`^pipelines: ${option} ${path}: `)]);
		expect(run.stderr).toMatch(why);
		expect(run.millis).toBeLessThan(TIMEOUT_MS);
		expect(existsSync(path)).toBe(false);
		expectNoWork(o);
	});

	it('--out through a symbolic link into /proc: refused', () => {
		const o = outputs();
		const link = join(fresh(), 'link');
		symlinkSync('/proc/self', link);
		const run = runCli(['--data-dir', officialData(), ...o.args({ out: join(link, 'x') })]);
		expectUsageFailure(run, [
			new RegExp(`^pipelines: --out ${link}/x: ${link} leads to /proc/\\d+: `)
		]);
		expectNoWork(o);
	});

	it('--out in a folder that cannot be written: exit 2, one line, no temporary file', (ctx) => {
		const locked = unwritableFolder();
		if (!locked) return ctx.skip('no way to make a folder unwritable here');
		const o = outputs();
		const run = runCli(['--data-dir', officialData(), ...o.args({ out: locked })]);
		expectUsageFailure(run, [
			new RegExp(`^pipelines: --out ${locked}: cannot write there \\(.+\\)$`)
		]);
		expect(readdirSync(locked)).toEqual([]);
		const below = runCli(['--data-dir', officialData(), ...o.args({ reports: join(locked, 'r') })]);
		expectUsageFailure(below, [/^pipelines: --report-dir .*\/r: cannot create the folder \(.+\)$/]);
	});
});

describe('npm run pipelines: the pseudonymisation key', () => {
	it('too short in UPTAKE_PSEUDONYM_KEY: exit 2 with the rule in one line, before any input', () => {
		const o = outputs();
		const run = runCli(['--data-dir', providerData(), ...o.args()], {
			UPTAKE_PSEUDONYM_KEY: 'short'
		});
		expectUsageFailure(run, [
			/^pipelines: UPTAKE_PSEUDONYM_KEY: the pseudonymisation key must be at least 16 bytes \(it has 5\)/
		]);
		expectNoWork(o);
	});

	it('too short, missing or a folder with --key-file: exit 2, one line', () => {
		const keyFile = join(fresh(), 'key.txt');
		writeFileSync(keyFile, 'short\n');
		for (const [file, why] of [
			[keyFile, /^pipelines: --key-file .*key\.txt: .*at least 16 bytes \(it has 5\)/],
			['/nonexistent/key', /^pipelines: --key-file \/nonexistent\/key: key file not found$/],
			[tmpdir(), /cannot read the key file \(it is a folder, not a file\)$/]
		] as const) {
			const o = outputs();
			const run = runCli(['--data-dir', providerData(), ...o.args(), '--key-file', file]);
			expectUsageFailure(run, [why]);
			expectNoWork(o);
		}
	});
});

describe('npm run pipelines: other command-line errors', () => {
	it('--today that is no day: exit 2 with the usage, no stack', () => {
		const run = runCli(['--data-dir', officialData(), '--today', '2024-13-45']);
		expect(run.status).toBe(2);
		expect(lines(run.stderr)[0]).toBe('--today: "2024-13-45" is not a day written YYYY-MM-DD');
		expect(run.stderr).not.toMatch(/^\s+at /m);
	});

	it('--data-dir that is a file: exit 1, one line', () => {
		const file = join(fresh(), 'plain.txt');
		writeFileSync(file, '');
		const run = runCli(['--data-dir', file, ...outputs().args()]);
		expect(run.status).toBe(1);
		expect(lines(run.stderr)).toEqual([
			expect.stringMatching(
				new RegExp(`^pipelines: The data directory ${file} is a file, not a folder\\.`)
			)
		]);
	});
});

describe('npm run pipelines: an unexpected failure', () => {
	/** A run that reads its inputs and then cannot publish: manifest.json is taken by a folder. */
	function failingRun(env: Record<string, string> = {}) {
		const o = outputs();
		mkdirSync(join(o.out, 'manifest.json', 'in-the-way'), { recursive: true });
		return { o, run: runCli(['--data-dir', officialData(), ...o.args()], env) };
	}

	const tempFiles = (dir: string): string[] =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));

	it('prints one line, writes the run report with what was read, leaves no temporary file', () => {
		const { o, run } = failingRun();
		expect(run.status).toBe(1);
		const report = join(o.reports, 'run-report.json');
		expect(lines(run.stderr)).toEqual([
			expect.stringMatching(
				new RegExp(`^pipelines: unexpected failure: EISDIR: .*; details in ${report}$`)
			)
		]);
		const written = JSON.parse(readFileSync(report, 'utf8'));
		expect(written.failed).toMatch(/^EISDIR/);
		expect(written.failedStack).toMatch(/\n\s+at /);
		expect(written.notes).toEqual([
			expect.stringMatching(/^the run stopped on an unexpected failure: EISDIR/)
		]);
		expect(written.files.map((f: { file: string }) => f.file).sort()).toEqual([
			'eurostat/example_dataset.tsv',
			'eurostat/example_long.csv'
		]);
		expect(written.totals.read).toBeGreaterThan(0);
		for (const dir of [o.out, o.reports, o.work]) expect(tempFiles(dir), dir).toEqual([]);
		expect(existsSync(join(o.reports, 'quarantine.csv'))).toBe(true);
	});

	it('prints the stack too with UPTAKE_DEBUG=1', () => {
		const { run } = failingRun({ UPTAKE_DEBUG: '1' });
		expect(run.status).toBe(1);
		expect(lines(run.stderr)[0]).toMatch(/^pipelines: unexpected failure: EISDIR/);
		expect(run.stderr).toMatch(/^\s+at .*publishTables/m);
	});
});
