// The issuance path of the ingestion pipeline end to end: npx tsx bench/ingest.ts
//
// Generates BENCH_RECORDS (default 1 000 000) synthetic records with the seeded generator (seed
// BENCH_SEED, cached under the temporary folder; BENCH_REGENERATE=1 redoes it), runs
// pipelines/cli.ts on them in a child process pinned to one core, and reads:
// - wall time of the child, and its peak RSS (getrusage maxrss on exit, /proc VmHWM polled too);
// - the time of the issuance step (read + validate + pseudonymise + stage), from the progress
//   lines on stderr (bench/lib/stage-timing.ts), and the rows read from issuance/ files from the
//   run report: validated rows/s = rows / step time; end-to-end rows/s = rows / wall time;
// - DuckDB's own read_csv over the same files (the ones it can read), native, one thread.
// BENCH_RUNS runs (default 3 up to 2 M records, else 1) give the median rates and the largest peak.
// Targets (issue): >= 100 000 validated rows/s on one core; peak memory < 1 GB at 10 M records.
import { PIPELINE_HEAP_FLAG } from './lib/heap-flag';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ensureDataset, type IssuanceFile } from './lib/dataset';
import { timeDuckDbReadCsv } from './lib/duckdb-read-csv';
import { PEAK_RSS_MARKER } from './lib/pipeline-child';
import {
	issuanceStageTime,
	isRunningProgress,
	median,
	type StageTime,
	type TimedLine
} from './lib/stage-timing';

const RECORDS = Number((process.env.BENCH_RECORDS ?? '1000000').replaceAll('_', ''));
const SEED = process.env.BENCH_SEED ?? 'uptake-bench';
/** Pipeline runs (BENCH_RUNS): three by default up to 2 M records, else one. */
const RUNS = Number(process.env.BENCH_RUNS ?? (RECORDS <= 2_000_000 ? '3' : '1'));
const TODAY = '2026-01-01';
const PSEUDONYM_KEY = 'uptake-bench-pseudonym-key-not-a-secret';
const TARGET_ROWS_PER_S = 100_000;
const TARGET_PEAK_MB = 1000;
const TARGET_PEAK_RECORDS = 10_000_000;
const REPO = fileURLToPath(new URL('..', import.meta.url));

function bench(name: string, value: number, unit: string, digits = 1) {
	console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(digits)} ${unit}`);
}

const comment = (line: string) => console.log(`# ${line}`);
const thousands = (n: number) => Math.round(n).toLocaleString('en').replaceAll(',', ' ');

/** taskset (util-linux) present and allowed to pin to core 0. */
function canPin(): boolean {
	const probe = spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
	return probe.status === 0;
}

/** VmRSS and VmHWM (peak) of a process, KiB; zeros once it is gone. */
function readRssKib(pid: number): { rss: number; hwm: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (name: string) =>
			Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
		return { rss: field('VmRSS'), hwm: field('VmHWM') };
	} catch {
		return { rss: 0, hwm: 0 };
	}
}

interface RssSample {
	readonly at: number;
	readonly kib: number;
}

interface ChildRun {
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly started: number;
	readonly wallSeconds: number;
	readonly lines: TimedLine[];
	readonly maxRssKib?: number;
	readonly polledHwmKib: number;
	/** VmRSS polled every 200 ms. */
	readonly rss: RssSample[];
}

function runPipeline(command: string, args: readonly string[]): Promise<ChildRun> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, {
			cwd: REPO,
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, UPTAKE_PSEUDONYM_KEY: PSEUDONYM_KEY }
		});
		const lines: TimedLine[] = [];
		let maxRssKib: number | undefined;
		let polledHwmKib = 0;
		const rss: RssSample[] = [];
		const poll = setInterval(() => {
			if (!child.pid) return;
			const sample = readRssKib(child.pid);
			polledHwmKib = Math.max(polledHwmKib, sample.hwm);
			if (sample.rss > 0) rss.push({ at: performance.now(), kib: sample.rss });
		}, 200);
		createInterface({ input: child.stderr }).on('line', (text) => {
			const at = performance.now();
			if (text.startsWith(PEAK_RSS_MARKER)) maxRssKib = Number(text.split(' ')[1]);
			else lines.push({ at, text });
		});
		child.on('error', (error) => {
			clearInterval(poll);
			reject(error);
		});
		// 'close': the exit and the end of stderr, so every line has been read.
		child.on('close', (code, signal) => {
			clearInterval(poll);
			resolve({
				code,
				signal,
				started,
				wallSeconds: (performance.now() - started) / 1000,
				lines,
				maxRssKib,
				polledHwmKib,
				rss
			});
		});
	});
}

interface ReportFile {
	file: string;
	read: number;
	accepted: number;
	quarantined: number;
	duplicates?: number;
}

function issuanceCounts(reportDir: string) {
	const report = JSON.parse(readFileSync(join(reportDir, 'run-report.json'), 'utf8')) as {
		files: ReportFile[];
	};
	const files = report.files.filter((f) => f.file.startsWith('issuance/'));
	const sum = (pick: (f: ReportFile) => number) => files.reduce((n, f) => n + pick(f), 0);
	return {
		byFile: new Map(files.map((f) => [f.file, f])),
		read: sum((f) => f.read),
		accepted: sum((f) => f.accepted),
		quarantined: sum((f) => f.quarantined),
		duplicates: sum((f) => f.duplicates ?? 0)
	};
}

function describeFiles(files: readonly IssuanceFile[]): string {
	return files.map((f) => f.name.replace(/^issuance\//, '')).join(' ');
}

interface Measured {
	readonly run: ChildRun;
	readonly failed: boolean;
	readonly counts?: ReturnType<typeof issuanceCounts>;
	readonly rowsRead: number;
	readonly stage?: StageTime;
	readonly stageRate: number;
	readonly endToEndRate: number;
	readonly peakMb: number;
}

/** Reads one pipeline run: its progress lines, report, issuance step time and memory. */
function measure(run: ChildRun, reportDir: string, datasetRows: number): Measured {
	const failed = run.code !== 0;

	comment('pipeline stderr (seconds since spawn; running progress lines left out):');
	for (const line of run.lines) {
		if (isRunningProgress(line.text)) continue;
		comment(`  ${((line.at - run.started) / 1000).toFixed(1)} s  ${line.text}`);
	}
	// A failed run may not have reached the report's issuance counts: the manifest has them.
	const counts = existsSync(join(reportDir, 'run-report.json'))
		? issuanceCounts(reportDir)
		: undefined;
	const rowsRead = counts && counts.read > 0 ? counts.read : datasetRows;
	if (counts && counts.read > 0) {
		comment(
			`issuance files: ${thousands(counts.read)} rows read, ${thousands(counts.accepted)} ` +
				`accepted, ${thousands(counts.quarantined)} quarantined ` +
				`(${thousands(counts.duplicates)} duplicates) per the run report`
		);
	} else comment(`issuance files: ${thousands(rowsRead)} rows per the generator's manifest`);
	const fallbackStart = run.lines.find((l) => l.text.startsWith('pseudonymisation:'))?.at;
	const stage = issuanceStageTime(run.lines, fallbackStart);
	if (stage) comment(`issuance step: ${stage.seconds.toFixed(2)} s; ${stage.how}`);
	else comment('issuance step: no timing found in the progress lines');
	const peakKib = Math.max(run.maxRssKib ?? 0, run.polledHwmKib);
	const peakMb = (peakKib * 1024) / 1e6;
	const stageRate = stage ? rowsRead / stage.seconds : NaN;
	const endToEndRate = rowsRead / run.wallSeconds;
	if (stage) {
		const mb = (kib: number) => `${Math.round((kib * 1024) / 1e6)} MB`;
		const max = (samples: RssSample[]) => samples.reduce((m, r) => Math.max(m, r.kib), 0);
		const during = run.rss.filter((r) => r.at >= stage.start && r.at <= stage.end);
		const after = run.rss.filter((r) => r.at > stage.end);
		const last = during.at(-1);
		comment(
			`RSS (polled): max ${mb(max(during))} during the issuance step, ` +
				`${last ? mb(last.kib) : '-'} at its end; max ${mb(max(after))} after it ` +
				`(reference data, store, indicators, publish)`
		);
		// The pipeline announces each later step on a line of its own: the peak of each.
		const steps = run.lines.filter(
			(l) => l.at > stage.end && !isRunningProgress(l.text) && !l.text.startsWith('published ')
		);
		const peaks = steps.map((step, i) => {
			const until = steps[i + 1]?.at ?? Infinity;
			const samples = run.rss.filter((r) => r.at >= step.at && r.at < until);
			const name = step.text.split(/[:(]| over /)[0].trim();
			return `${name} ${samples.length > 0 ? mb(max(samples)) : '-'}`;
		});
		if (peaks.length > 0) comment(`RSS (polled) by later step: ${peaks.join('; ')}`);
	}
	comment(
		`peak RSS: getrusage maxrss ${run.maxRssKib === undefined ? 'missing' : `${run.maxRssKib} KiB`}` +
			`, polled /proc VmHWM ${run.polledHwmKib} KiB; the larger is reported`
	);
	return { run, failed, counts, rowsRead, stage, stageRate, endToEndRate, peakMb };
}

async function main(): Promise<number> {
	if (!Number.isInteger(RUNS) || RUNS <= 0) {
		throw new Error(`BENCH_RUNS must be a positive whole number, got ${process.env.BENCH_RUNS}`);
	}
	if (!Number.isInteger(RECORDS) || RECORDS <= 0) {
		throw new Error(
			`BENCH_RECORDS must be a positive whole number, got ${process.env.BENCH_RECORDS}`
		);
	}
	const dataset = await ensureDataset({
		repo: REPO,
		records: RECORDS,
		seed: SEED,
		regenerate: process.env.BENCH_REGENERATE === '1'
	});
	const inputBytes = dataset.issuance.reduce((n, f) => n + f.bytes, 0);
	comment(
		`input: ${thousands(RECORDS)} records, seed ${SEED}, ${dataset.issuance.length} issuance ` +
			`files, ${(inputBytes / 1e6).toFixed(0)} MB, in ${dataset.dir} ` +
			(dataset.generatedSeconds === undefined
				? '(cached)'
				: `(generated in ${dataset.generatedSeconds.toFixed(1)} s)`)
	);

	const tmp = mkdtempSync(join(tmpdir(), 'uptake-bench-ingest-run-'));
	const reportDir = join(tmp, 'reports');
	let keepReports = false;
	try {
		const pinned = canPin();
		comment(
			`machine: ${cpus().length} cores, load average ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')} before the run (other work on the machine skews the figures)`
		);
		const nodeArgs = [
			// The same heap cap as `npm run pipelines` (package.json).
			PIPELINE_HEAP_FLAG,
			'--import',
			'tsx',
			'bench/lib/pipeline-child.ts',
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
		];
		const [command, args] = pinned
			? ['taskset', ['-c', '0', process.execPath, ...nodeArgs]]
			: [process.execPath, nodeArgs];
		comment(
			`pipeline: ${pinned ? 'pinned to one core (taskset -c 0)' : 'NOT pinned (no usable taskset)'}, ` +
				`the generated data only (no shared official data), progress on (no --quiet)`
		);
		const measured: Measured[] = [];
		const datasetRows = dataset.issuance.reduce((n, f) => n + f.rows, 0);
		for (let i = 0; i < RUNS; i++) {
			if (RUNS > 1) comment(`run ${i + 1} of ${RUNS}:`);
			for (const dir of ['work', 'out', 'reports'])
				rmSync(join(tmp, dir), { recursive: true, force: true });
			const m = measure(await runPipeline(command, args), reportDir, datasetRows);
			measured.push(m);
			if (m.failed || !m.stage) break;
		}
		const last = measured[measured.length - 1];
		const { run, failed, counts, rowsRead, stage } = last;
		keepReports = failed;
		const ok = !failed && stage !== undefined;
		// Several runs: the median of each rate (this VM's speed moves by about 10 % from minute to
		// minute), and the largest peak.
		const stageRate = ok ? median(measured.map((m) => m.stageRate)) : last.stageRate;
		const endToEndRate = ok ? median(measured.map((m) => m.endToEndRate)) : last.endToEndRate;
		const wallSeconds = ok ? median(measured.map((m) => m.run.wallSeconds)) : run.wallSeconds;
		const peakMb = Math.max(...measured.map((m) => m.peakMb));
		if (measured.length > 1) {
			comment(
				`validated rows/s per run: ${measured.map((m) => thousands(m.stageRate)).join(', ')}; ` +
					`the median is reported, and the largest peak RSS`
			);
		}

		const duck = await timeDuckDbReadCsv(dataset.issuance);
		const duckRate = duck.rows / duck.seconds;
		const duckAllRate = duck.allColumnsRows / duck.allColumnsSeconds;
		const comparedRows = duck.compared.reduce(
			(n, f) => n + (counts?.byFile.get(f.name)?.read ?? f.rows),
			0
		);
		comment(
			`DuckDB read_csv: native @duckdb/node-api, threads=1, union_by_name, ignore_errors, one ` +
				`call per delimiter (${duck.groups.map((g) => JSON.stringify(g.delimiter)).join(', ')})`
		);
		comment(`  compared (UTF-8): ${describeFiles(duck.compared)}`);
		for (const { file, reason } of duck.skipped) comment(`  not compared: ${file.name}: ${reason}`);
		comment(
			`  on those files DuckDB returned ${thousands(duck.rows)} rows in ` +
				`${duck.seconds.toFixed(2)} s (count(*)); they hold ${thousands(comparedRows)} records`
		);
		comment(
			`  every column parsed (bit_xor(hash(row))): ${thousands(duck.allColumnsRows)} rows in ` +
				`${duck.allColumnsSeconds.toFixed(2)} s`
		);
		comment(
			'  the ratio divides the pipeline rate over all issuance files by the DuckDB rate over ' +
				'the compared ones'
		);

		const results: [string, number, string, number?][] = [
			['ingest_records', rowsRead, 'records'],
			['ingest_wall_seconds', wallSeconds, 's', 2],
			['ingest_validated_rows_per_s', Math.round(stageRate), 'rows/s'],
			['ingest_end_to_end_rows_per_s', Math.round(endToEndRate), 'rows/s'],
			['ingest_peak_rss_mb', Math.round(peakMb), 'MB'],
			['duckdb_read_csv_rows_per_s', Math.round(duckRate), 'rows/s'],
			['duckdb_read_csv_all_columns_rows_per_s', Math.round(duckAllRate), 'rows/s'],
			['ingest_vs_duckdb_read_csv_ratio', stageRate / duckRate, 'x', 3]
		];
		if (!ok) {
			// No BENCH lines from a failed run: what was measured until then, as comments.
			comment('PARTIAL (the run failed; wall time and peak RSS are up to the failure):');
			for (const [name, value, unit, digits] of results) {
				comment(`  ${name} ${Number.isFinite(value) ? value.toFixed(digits ?? 0) : '-'} ${unit}`);
			}
			console.error(
				run.lines
					.filter((l) => !isRunningProgress(l.text))
					.slice(-15)
					.map((l) => l.text)
					.join('\n')
			);
			console.error(
				failed
					? `bench/ingest: the pipeline failed (${run.signal ?? `exit ${run.code}`}); ` +
							`reports kept in ${reportDir}`
					: 'bench/ingest: no issuance step timing in the progress lines'
			);
			return 1;
		}
		for (const [name, value, unit, digits] of results) bench(name, value, unit, digits);

		const met = (ok: boolean) => (ok ? 'met' : 'not met');
		comment(
			`target >= ${thousands(TARGET_ROWS_PER_S)} validated rows/s on one core: ` +
				`${met(stageRate >= TARGET_ROWS_PER_S)} (${thousands(stageRate)} rows/s` +
				`${pinned ? ', pinned to core 0' : ', NOT pinned: taskset unavailable'})`
		);
		const atSize =
			RECORDS >= TARGET_PEAK_RECORDS
				? `at ${thousands(RECORDS)} records`
				: `at ${thousands(RECORDS)} records only; the target is for ` +
					`${thousands(TARGET_PEAK_RECORDS)}: BENCH_RECORDS=${TARGET_PEAK_RECORDS}`;
		comment(
			`target peak memory < 1 GB (${TARGET_PEAK_MB} MB) at ${thousands(TARGET_PEAK_RECORDS)} ` +
				`records: ${met(peakMb < TARGET_PEAK_MB)} (${Math.round(peakMb)} MB ${atSize})`
		);
		return 0;
	} finally {
		rmSync(join(tmp, 'work'), { recursive: true, force: true });
		rmSync(join(tmp, 'out'), { recursive: true, force: true });
		if (!keepReports) rmSync(tmp, { recursive: true, force: true });
	}
}

process.exitCode = await main();
