// The disclosure-control stage (pipelines/disclosure) against the whole pipeline:
// npx tsx bench/disclosure.ts
//
// For each record count in BENCH_DISCLOSURE_RECORDS (default "200000,1000000"; the default build
// has 200 000), generates the synthetic records with the seeded generator (cached, see
// bench/lib/dataset.ts), runs pipelines/cli.ts on them in a child process (not pinned: the audit
// solves on every core, in worker threads), and reads:
// - the wall time of the child;
// - the protection stage: from the arrival of its first line ('protecting N tables ...') to the
//   arrival of its summary line ('disclosure: ...'), and the stage's own figure on that line;
// - the audit's figures from the run report (relations, sensitive cells, rounds, programs solved,
//   cells hidden).
// The stage's share of the wall time is the ratio the issue asks about: it must not dominate.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureDataset } from './lib/dataset';
import { PIPELINE_HEAP_FLAG } from './lib/heap-flag';

const COUNTS = (process.env.BENCH_DISCLOSURE_RECORDS ?? '200000,1000000')
	.split(',')
	.map((n) => Number(n.replaceAll('_', '')));
const SEED = process.env.BENCH_SEED ?? 'uptake-bench';
const TODAY = '2026-01-01';
const PSEUDONYM_KEY = 'uptake-bench-pseudonym-key-not-a-secret';
const REPO = fileURLToPath(new URL('..', import.meta.url));
const STARTS = /^protecting \d+ tables/;
const ENDS = /^disclosure: .*, (\d+) ms$/;

function bench(name: string, value: number, unit: string, digits = 1) {
	console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(digits)} ${unit}`);
}
const comment = (line: string) => console.log(`# ${line}`);

interface Run {
	readonly code: number | null;
	readonly wallSeconds: number;
	readonly stageSeconds?: number;
	readonly ownSeconds?: number;
	readonly tail: string[];
}

function runPipeline(args: readonly string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(process.execPath, args, {
			cwd: REPO,
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, UPTAKE_PSEUDONYM_KEY: PSEUDONYM_KEY }
		});
		let stageStart: number | undefined;
		let stageEnd: number | undefined;
		let own: number | undefined;
		const tail: string[] = [];
		createInterface({ input: child.stderr }).on('line', (text) => {
			const at = performance.now();
			tail.push(text);
			if (tail.length > 20) tail.shift();
			if (STARTS.test(text)) stageStart = at;
			const end = ENDS.exec(text);
			if (end) {
				stageEnd = at;
				own = Number(end[1]) / 1000;
			}
		});
		child.on('error', reject);
		child.on('close', (code) =>
			resolve({
				code,
				wallSeconds: (performance.now() - started) / 1000,
				stageSeconds:
					stageStart !== undefined && stageEnd !== undefined
						? (stageEnd - stageStart) / 1000
						: undefined,
				ownSeconds: own,
				tail
			})
		);
	});
}

comment(
	`machine: ${cpus().length} cores, load average ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')} before the runs`
);
let failed = false;
for (const records of COUNTS) {
	const dataset = await ensureDataset({ repo: REPO, records, seed: SEED });
	const tmp = mkdtempSync(join(tmpdir(), 'uptake-bench-disclosure-'));
	try {
		const reportDir = join(tmp, 'reports');
		const run = await runPipeline([
			PIPELINE_HEAP_FLAG,
			'--import',
			'tsx',
			'pipelines/cli.ts',
			'--data-dir',
			dataset.dir,
			'--out',
			join(tmp, 'out'),
			'--report-dir',
			reportDir,
			'--work-dir',
			join(tmp, 'work'),
			'--today',
			TODAY
		]);
		if (run.code !== 0 || run.stageSeconds === undefined) {
			failed = true;
			comment(`${records} records: the pipeline failed (exit ${run.code}); its last lines:`);
			for (const line of run.tail) comment(`  ${line}`);
			continue;
		}
		const name = `disclosure_${records}`;
		bench(`${name}_pipeline_wall`, run.wallSeconds, 's');
		bench(`${name}_protection_stage`, run.stageSeconds, 's');
		bench(`${name}_protection_share`, (100 * run.stageSeconds) / run.wallSeconds, '% of wall');
		const report = JSON.parse(readFileSync(join(reportDir, 'run-report.json'), 'utf8'));
		const d = report.disclosure;
		comment(
			`${records} records: ${d.countCells} counts perturbed; the audit checked ` +
				`${d.audit.sensitiveCells} small counts over ${d.audit.relations} relations in ` +
				`${d.audit.rounds} rounds (${d.audit.lpSolves} programs solved); ` +
				`${d.hiddenCells.length} cells hidden, ${d.unprovedHidden.length} of them unproved; ` +
				`the stage's own time ${run.ownSeconds?.toFixed(1)} s`
		);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
if (failed) process.exitCode = 1;
