// The issuance step alone (read, validate, pseudonymise, stage), in this process, on the CSV
// files of the generated benchmark dataset (BENCH_RECORDS, default 1 000 000, seed BENCH_SEED;
// the same cached files as bench/ingest.ts): npx tsx bench/issuance-stage.ts
// For profiling and quick comparisons (node --cpu-prof --import tsx bench/issuance-stage.ts; pin
// it with taskset -c 0). bench/ingest.ts, which runs the whole pipeline as a child process, is the
// benchmark of record. BENCH_PROGRESS=1 prints the stage's progress lines.
// It runs under the pipeline's heap cap (package.json), restarting itself with it when started
// without: V8 collects differently under a small cap, and a harness without it once measured
// 87 000 rows/s where the pipeline ran at 70 000.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageIssuance } from '../pipelines/stages/issuance-stage';
import { createPseudonymiser } from '../pipelines/stages/pseudonymise';
import { IssueLog } from '../pipelines/report/issue-log';
import { createProgress } from '../pipelines/report/progress';
import { ensureDataset } from './lib/dataset';
import { PIPELINE_HEAP_FLAG } from './lib/heap-flag';
import { spawnSync } from 'node:child_process';

const RECORDS = Number((process.env.BENCH_RECORDS ?? '1000000').replaceAll('_', ''));
const SEED = process.env.BENCH_SEED ?? 'uptake-bench';
const REPO = fileURLToPath(new URL('..', import.meta.url));

if (!process.execArgv.includes(PIPELINE_HEAP_FLAG)) {
	const script = fileURLToPath(import.meta.url);
	const args = [PIPELINE_HEAP_FLAG, ...process.execArgv, script];
	const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
	process.exit(child.status ?? 1);
}

const dataset = await ensureDataset({ repo: REPO, records: RECORDS, seed: SEED });
const csvFiles = dataset.issuance.map((f) => ({
	name: f.name,
	path: f.path,
	folder: 'issuance' as const,
	dataDir: dataset.dir
}));
const bytes = csvFiles.reduce((sum, f) => sum + statSync(f.path).size, 0);
const allowed = /^Cpus_allowed_list:\s*(.+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
console.log(
	`# ${csvFiles.length} files from ${dataset.dir}; cores allowed: ${allowed ?? '?'}; ${PIPELINE_HEAP_FLAG}`
);
const work = mkdtempSync(join(tmpdir(), 'uptake-issuance-stage-'));
try {
	const issues = new IssueLog(join(work, 'reports'));
	const started = performance.now();
	const cpuBefore = process.cpuUsage();
	const staged = await stageIssuance({
		csvFiles,
		credentialFiles: [],
		stagingPath: join(work, 'staging.csv'),
		credentialReportPath: join(work, 'credentials.csv'),
		pseudonymise: createPseudonymiser(Buffer.from('uptake-bench-pseudonym-key-not-a-secret')),
		issues,
		progress: createProgress({ quiet: !process.env.BENCH_PROGRESS }),
		today: '2026-01-01'
	});
	issues.commit();
	const seconds = (performance.now() - started) / 1000;
	const cpu = process.cpuUsage(cpuBefore);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	const read = staged.counts.reduce((sum, c) => sum + c.read, 0);
	console.log(`BENCH issuance_stage_rows ${read} rows`);
	console.log(`BENCH issuance_stage_mb ${(bytes / 1e6).toFixed(1)} MB`);
	console.log(`BENCH issuance_stage_seconds ${seconds.toFixed(2)} s`);
	console.log(`BENCH issuance_stage_rows_per_s ${Math.round(read / seconds)} rows/s`);
	console.log(`BENCH issuance_stage_rows_per_cpu_s ${Math.round(read / cpuSeconds)} rows/s`);
	console.log(`BENCH issuance_stage_staged ${staged.staged} rows`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
