// The issuance step alone (read, validate, pseudonymise, stage), in this process, on the CSV files
// of a generated dataset: npx tsx bench/issuance-stage.ts [DATASET_DIR]
// For profiling (node --cpu-prof) and quick comparisons; bench/ingest.ts is the benchmark of record.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageIssuance } from '../pipelines/provider/issuance-stage';
import { createPseudonymiser } from '../pipelines/pseudonymise/pseudonymise';
import { IssueLog } from '../pipelines/report/issue-log';
import { createProgress } from '../pipelines/report/progress';

const dir =
	process.argv[2] ?? join(tmpdir(), 'uptake-bench-ingest/records-1000000-seed-uptake-bench');
const issuanceDir = join(dir, 'issuance');
const csvFiles = readdirSync(issuanceDir)
	.filter((name) => name.endsWith('.csv'))
	.sort()
	.map((name) => ({
		name: `issuance/${name}`,
		path: join(issuanceDir, name),
		folder: 'issuance' as const,
		dataDir: dir
	}));
const bytes = csvFiles.reduce((sum, f) => sum + statSync(f.path).size, 0);
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
	console.log(`BENCH issuance_rows ${read} rows`);
	console.log(`BENCH issuance_mb ${(bytes / 1e6).toFixed(1)} MB`);
	console.log(`BENCH issuance_seconds ${seconds.toFixed(2)} s`);
	console.log(`BENCH issuance_rows_per_s ${Math.round(read / seconds)} rows/s`);
	console.log(`BENCH issuance_rows_per_cpu_s ${Math.round(read / cpuSeconds)} rows/s`);
	console.log(`BENCH staged ${staged.staged} rows`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
