// The generated input of the ingestion benchmark, cached under the system temporary folder by
// record count and seed: the generator is seeded, so a cached copy is the same data.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CsvFormat {
	readonly encoding: string;
	readonly bom: boolean;
	readonly delimiter: string;
}

export interface IssuanceFile {
	/** Relative to the data directory, as in the run report: issuance/issuance-at.csv */
	readonly name: string;
	readonly path: string;
	readonly rows: number;
	readonly bytes: number;
	readonly format: CsvFormat;
}

export interface Dataset {
	readonly dir: string;
	readonly records: number;
	readonly seed: string;
	readonly issuance: IssuanceFile[];
	/** Seconds spent generating it; undefined when the cached copy was reused. */
	readonly generatedSeconds?: number;
}

const TO_YEAR = '2025';
const AS_OF = '2025-12-31';

interface ManifestEntry {
	path: string;
	table?: string;
	rows?: number;
	bytes?: number;
	format?: Partial<CsvFormat>;
}

function readManifest(dir: string): { records: number; seed: string; files: ManifestEntry[] } {
	return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

function issuanceFiles(dir: string): IssuanceFile[] {
	return readManifest(dir)
		.files.filter((f) => f.table === 'issuance' && f.path.startsWith('issuance/'))
		.map((f) => ({
			name: f.path,
			path: join(dir, f.path),
			rows: f.rows ?? 0,
			bytes: f.bytes ?? 0,
			format: {
				encoding: f.format?.encoding ?? 'utf-8',
				bom: f.format?.bom ?? false,
				delimiter: f.format?.delimiter ?? ','
			}
		}));
}

/** The generator writes manifest.json last (generator/staging.ts): present = complete. */
function cached(dir: string, records: number, seed: string): boolean {
	if (!existsSync(join(dir, 'manifest.json'))) return false;
	try {
		const manifest = readManifest(dir);
		return manifest.records === records && manifest.seed === seed;
	} catch {
		return false;
	}
}

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', reject);
		child.on('exit', (code, signal) =>
			code === 0
				? resolve()
				: reject(new Error(`${command} ${args.join(' ')} failed: ${signal ?? `exit ${code}`}`))
		);
	});
}

export async function ensureDataset(options: {
	/** The repository root: the generator runs from there. */
	repo: string;
	records: number;
	seed: string;
	regenerate?: boolean;
}): Promise<Dataset> {
	const { records, seed } = options;
	const dir = join(
		tmpdir(),
		'uptake-bench-ingest',
		`records-${records}-seed-${seed.replace(/[^\w.-]/g, '_')}`
	);
	let generatedSeconds: number | undefined;
	if (options.regenerate || !cached(dir, records, seed)) {
		const started = performance.now();
		await run(
			process.execPath,
			[
				'--import',
				'tsx',
				'generator/cli.ts',
				'--records',
				String(records),
				'--seed',
				seed,
				'--out',
				dir,
				'--to-year',
				TO_YEAR,
				'--as-of',
				AS_OF,
				'--quiet'
			],
			options.repo
		);
		generatedSeconds = (performance.now() - started) / 1000;
		if (!cached(dir, records, seed)) throw new Error(`the generator left no manifest in ${dir}`);
	}
	return { dir, records, seed, issuance: issuanceFiles(dir), generatedSeconds };
}
