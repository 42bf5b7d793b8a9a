import { execFileSync } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	checkOutputLocations,
	OutputLocationError,
	removeTempFiles
} from '../../../pipelines/output-locations';

const fresh = () => mkdtempSync(join(tmpdir(), 'uptake-locations-'));

/** The problems a check reports, or [] when it passes. */
function problems(...locations: [string, string][]): string[] {
	try {
		checkOutputLocations(locations.map(([option, path]) => ({ option, path })));
		return [];
	} catch (error) {
		expect(error).toBeInstanceOf(OutputLocationError);
		return [...(error as OutputLocationError).problems];
	}
}

const undo: (() => void)[] = [];
afterEach(() => {
	for (const u of undo.splice(0)) u();
});

/**
 * A folder nobody may write into: read-only for a user, immutable for root (whom permissions
 * do not stop). Undefined when neither can be arranged here.
 */
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
		return undefined; // still writable: no way to lock it on this machine
	} catch {
		return dir;
	}
}

describe('checkOutputLocations', () => {
	it('creates missing folders, returns them absolute and leaves no probe file', () => {
		const root = fresh();
		const out = join(root, 'a', 'b', 'out');
		expect(checkOutputLocations([{ option: '--out', path: out }])).toEqual([out]);
		expect(existsSync(out)).toBe(true);
		expect(readdirSync(out)).toEqual([]);
	});

	it('refuses a path under a regular file, naming the option, the path and the file', () => {
		const root = fresh();
		writeFileSync(join(root, 'x'), 'not a folder');
		expect(problems(['--out', join(root, 'x', 'y')])).toEqual([
			`--out ${join(root, 'x', 'y')}: ${join(root, 'x')} is a file, not a folder`
		]);
		expect(problems(['--report-dir', join(root, 'x')])).toEqual([
			`--report-dir ${join(root, 'x')}: ${join(root, 'x')} is a file, not a folder`
		]);
	});

	it.each(['/proc/self/uptake', '/proc', '/sys/uptake', '/dev/null', '/dev/shm/uptake'])(
		'refuses %s: a special file system',
		(path) => {
			const [problem, ...rest] = problems(['--work-dir', path]);
			expect(rest).toEqual([]);
			expect(problem).toMatch(
				new RegExp(`^--work-dir ${path}: /(proc|sys|dev) is a special file system`)
			);
			expect(existsSync('/dev/shm/uptake')).toBe(false);
		}
	);

	it('refuses a symbolic link that leads into /proc', () => {
		const root = fresh();
		symlinkSync('/proc/self', join(root, 'link'));
		expect(problems(['--out', join(root, 'link', 'out')])).toEqual([
			expect.stringMatching(
				/^--out .*\/link\/out: .*\/link leads to \/proc\/\d+: \/proc is a special/
			)
		]);
	});

	it('refuses a folder that cannot be written, and one that cannot be created in it', (ctx) => {
		const locked = unwritableFolder();
		if (!locked) return ctx.skip('no way to make a folder unwritable here');
		expect(problems(['--out', locked])).toEqual([
			expect.stringMatching(new RegExp(`^--out ${locked}: cannot write there \\(.+\\)$`))
		]);
		expect(problems(['--out', join(locked, 'sub')])).toEqual([
			expect.stringMatching(
				/: cannot create the folder \((permission denied|operation not permitted)\)$/
			)
		]);
	});

	it('refuses an empty path (it would resolve to the working directory)', () => {
		expect(problems(['--out', ''])).toEqual(['--out: an empty path is not a folder']);
	});

	it('lists every problem at once, and creates nothing when one location is refused', () => {
		const root = fresh();
		writeFileSync(join(root, 'file'), '');
		const good = join(root, 'good');
		expect(
			problems(
				['--out', join(root, 'file', 'o')],
				['--report-dir', good],
				['--work-dir', '/proc/x']
			)
		).toHaveLength(2);
		expect(existsSync(good)).toBe(false);
	});
});

describe('removeTempFiles', () => {
	it("removes this process's temporary files in the folders and one level down, nothing else", () => {
		const root = fresh();
		mkdirSync(join(root, 'staging', 'deeper'), { recursive: true });
		const ours = `.issuance.csv.${process.pid}.tmp`;
		const files = [
			join(root, ours),
			join(root, 'staging', ours),
			join(root, 'staging', 'deeper', ours),
			join(root, `.quarantine.csv.${process.pid + 1}.tmp`),
			join(root, `kept.${process.pid}.tmp`),
			join(root, 'kept.csv')
		];
		for (const f of files) writeFileSync(f, '');
		expect(removeTempFiles([root, root]).sort()).toEqual(files.slice(0, 2).sort());
		expect(files.map(existsSync)).toEqual([false, false, true, true, true, true]);
	});
});
