import {
	closeSync,
	mkdirSync,
	openSync,
	readdirSync,
	realpathSync,
	rmSync,
	statfsSync,
	statSync,
	writeSync
} from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** One or more output folders cannot be used; each problem is one line naming option and path. */
export class OutputLocationError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(problems.join('\n'));
		this.name = 'OutputLocationError';
	}
}

export interface OutputLocation {
	/** The option that names it, as the user typed it: `--out`, `--report-dir`, `--work-dir`. */
	readonly option: string;
	readonly path: string;
}

/** Kernel file systems: writing there fails in odd ways or hangs (a read of /proc/self/… never ends). */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

/** statfs(2) magic numbers of the same kind of file system, wherever it is mounted. */
const SPECIAL_FS_TYPES = new Map<number, string>([
	[0x9fa0, 'proc'],
	[0x62656572, 'sysfs'],
	[0x1cd1, 'devpts'],
	[0x27e0eb, 'cgroup'],
	[0x63677270, 'cgroup2'],
	[0x64626720, 'debugfs'],
	[0x74726163, 'tracefs'],
	[0x73636673, 'securityfs'],
	[0xcafe4a11, 'bpf'],
	[0x6165676c, 'pstore'],
	[0x62656570, 'configfs'],
	[0xde5e81e, 'efivarfs'],
	[0x42494e4d, 'binfmt_misc'],
	[0x65735543, 'fusectl'],
	[0xf97cff8c, 'selinuxfs'],
	[0x19800202, 'mqueue'],
	[0x6e736673, 'nsfs']
]);

const REASONS: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on the device',
	EDQUOT: 'disk quota exceeded',
	ELOOP: 'too many symbolic links',
	ENAMETOOLONG: 'name too long',
	EIO: 'input/output error',
	EISDIR: 'it is a folder, not a file',
	ENOTDIR: 'a part of the path is not a folder',
	ENOENT: 'not found'
};

/** A file-system error in a few words, for a one-line message. */
export function reason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	return (code && REASONS[code]) ?? (error as Error).message;
}

function specialRoot(absolute: string): string | undefined {
	return SPECIAL_ROOTS.find((root) => absolute === root || absolute.startsWith(root + sep));
}

/** The path's ancestors from the root down to the path itself. */
function ancestors(absolute: string): string[] {
	const chain = [absolute];
	while (dirname(chain[0]) !== chain[0]) chain.unshift(dirname(chain[0]));
	return chain;
}

/** The name of the probe file: dot-prefixed and tagged with the process, like every temp file. */
export function tempSuffix(): string {
	return `.${process.pid}.tmp`;
}

/** Why this folder cannot take output, as far as can be seen without writing anything. */
function problemWith({ option, path }: OutputLocation): string | undefined {
	const say = (what: string) => `${option} ${path}: ${what}`;
	if (path.trim() === '') return `${option}: an empty path is not a folder`;
	const absolute = resolve(path);
	const special = specialRoot(absolute);
	if (special) return say(`${special} is a special file system, not a place for output`);

	// The deepest ancestor that exists must be a folder; what is below it gets created.
	let existing = '/';
	for (const dir of ancestors(absolute)) {
		let stats;
		try {
			stats = statSync(dir);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') break;
			return say(`cannot reach ${dir} (${reason(error)})`);
		}
		if (!stats.isDirectory()) {
			return say(`${dir} ${stats.isFile() ? 'is a file, not a folder' : 'is not a folder'}`);
		}
		existing = dir;
	}
	let real = existing;
	try {
		real = realpathSync(existing);
	} catch (error) {
		return say(`cannot reach ${existing} (${reason(error)})`);
	}
	const specialReal = specialRoot(real);
	if (specialReal) {
		return say(
			`${existing} leads to ${real}: ${specialReal} is a special file system, not a place for output`
		);
	}
	try {
		const type = SPECIAL_FS_TYPES.get(Number(statfsSync(real).type));
		if (type) return say(`${existing} is on a ${type} file system, not a place for output`);
	} catch {
		// statfs is not everywhere; the path checks above still hold.
	}
	return undefined;
}

/** Creates the folder (and its parents) and proves it writable by creating and removing a file. */
function writeProblem({ option, path }: OutputLocation): string | undefined {
	const say = (what: string) => `${option} ${path}: ${what}`;
	const absolute = resolve(path);
	try {
		mkdirSync(absolute, { recursive: true });
	} catch (error) {
		return say(`cannot create the folder (${reason(error)})`);
	}
	const probe = join(absolute, `.uptake-write-probe${tempSuffix()}`);
	let fd: number | undefined;
	try {
		fd = openSync(probe, 'wx');
		writeSync(fd, 'ok\n');
	} catch (error) {
		return say(`cannot write there (${reason(error)})`);
	} finally {
		if (fd !== undefined) closeSync(fd);
		rmSync(probe, { force: true });
	}
	return undefined;
}

/**
 * Checks every output folder before any work, so that a run fails here, in a second, rather
 * than after reading every input; returns their absolute paths. First what can be seen without
 * writing (a file in the path, a special file system), for all of them, so a refused command
 * line creates nothing; then each is created and probed. Throws one OutputLocationError that
 * lists every problem found.
 */
export function checkOutputLocations(locations: readonly OutputLocation[]): string[] {
	const fail = (problems: (string | undefined)[]) => {
		const found = problems.filter((p): p is string => p !== undefined);
		if (found.length > 0) throw new OutputLocationError(found);
	};
	fail(locations.map(problemWith));
	fail(locations.map(writeProblem));
	return locations.map((location) => resolve(location.path));
}

/**
 * Removes the temporary files this process left in the output folders and the folders right
 * under them (`.NAME.<pid>.tmp`: half-written files of a run that stopped). Another process's
 * temporary files are left alone. Returns the paths removed.
 */
export function removeTempFiles(dirs: readonly string[]): string[] {
	const suffix = tempSuffix();
	const removed: string[] = [];
	const visit = (dir: string, depth: number) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (depth > 0) visit(path, depth - 1);
			} else if (entry.name.startsWith('.') && entry.name.endsWith(suffix)) {
				try {
					rmSync(path, { force: true });
					removed.push(path);
				} catch {
					// nothing more to do in a failing run
				}
			}
		}
	};
	for (const dir of new Set(dirs.map((d) => resolve(d)))) visit(dir, 1);
	return removed;
}
