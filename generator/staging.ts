import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Writes a dataset into DIR/.tmp-<tag>/ and moves it into DIR only when everything is on disk,
 * so a reader never sees a half-written dataset: a crash leaves the previous one untouched.
 */
export class Staging {
	readonly dir: string;
	private readonly oldDir: string;

	private constructor(
		readonly outDir: string,
		tag: string
	) {
		this.dir = join(outDir, `.tmp-${tag}`);
		this.oldDir = join(outDir, `.old-${tag}`);
	}

	static async create(outDir: string, tag: string): Promise<Staging> {
		const staging = new Staging(outDir, tag);
		await rm(staging.dir, { recursive: true, force: true });
		await mkdir(staging.dir, { recursive: true });
		return staging;
	}

	path(relative: string): string {
		return join(this.dir, relative);
	}

	async ensureDir(relative: string): Promise<void> {
		await mkdir(dirname(this.path(relative)), { recursive: true });
	}

	/**
	 * Swaps in the top-level entries by rename (atomic on one file system). The old `last` (the
	 * manifest) goes out first and the new one comes in at the end, so a manifest next to the
	 * files always describes them.
	 */
	async commit(entries: readonly string[], last: string): Promise<void> {
		await mkdir(this.oldDir, { recursive: true });
		const aside = async (entry: string) => {
			const target = join(this.outDir, entry);
			if (existsSync(target)) await rename(target, join(this.oldDir, entry));
		};
		await aside(last);
		for (const entry of [...entries.filter((e) => e !== last), last]) {
			if (entry !== last) await aside(entry);
			await rename(this.path(entry), join(this.outDir, entry));
		}
		await rm(this.oldDir, { recursive: true, force: true });
		await rm(this.dir, { recursive: true, force: true });
	}

	async abort(): Promise<void> {
		await rm(this.dir, { recursive: true, force: true });
		await rm(this.oldDir, { recursive: true, force: true });
	}
}
