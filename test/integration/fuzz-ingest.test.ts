import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARNING_EXAMPLES_PER_RULE } from '../../pipelines/report/issue-log';
import { ErrorRateExceeded, runPipelines } from '../../pipelines/run';
import { csvLine } from '../../core/export/csv-cell';
import { createFuzzDataset, FORMULA_STRINGS, type FuzzDataset } from '../helpers/fuzz-dataset';
import { pipelineOptions } from '../helpers/pipeline-options';

// Acceptance criterion: every row is accounted for (read = accepted + quarantined, per file, in
// the run report) on a fuzzed input, without a crash and without a raw learner identifier in any
// output. The dataset and what is known about each file come from test/helpers/fuzz-dataset.ts.

const KEY = 'fuzz-test-key-0123456789abcdef0123';

interface FileReport {
	file: string;
	unit: 'record' | 'cell' | 'credential' | 'file';
	read: number;
	accepted: number;
	quarantined: number;
	duplicates?: number;
	issuesByRule: Record<string, number>;
}

interface RunReportJson {
	failed?: string;
	totals: { read: number; accepted: number; quarantined: number };
	files: FileReport[];
}

type IssueRow = Record<
	'file' | 'line' | 'column' | 'severity' | 'rule' | 'message' | 'record',
	string
>;

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

function readReport(reportDir: string): RunReportJson {
	return JSON.parse(readFileSync(join(reportDir, 'run-report.json'), 'utf8'));
}

function readIssues(path: string): { rows: IssueRow[]; cells: string[][] } {
	const text = readFileSync(path, 'utf8');
	const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
	const rows = Papa.parse<IssueRow>(text, { header: true, skipEmptyLines: true }).data;
	return { rows, cells };
}

/** Distinct (file, line) pairs with an error, per file. */
function quarantinedLines(rows: readonly IssueRow[]): Map<string, Set<string>> {
	const byFile = new Map<string, Set<string>>();
	for (const r of rows) {
		if (r.severity !== 'error') continue;
		let lines = byFile.get(r.file);
		if (!lines) byFile.set(r.file, (lines = new Set()));
		lines.add(r.line);
	}
	return byFile;
}

/** The report's invariants: listed once each, read = accepted + quarantined, totals add up. */
function expectAccounted(report: RunReportJson, fuzz: FuzzDataset) {
	const names = report.files.map((f) => f.file);
	expect(new Set(names).size).toBe(names.length);
	expect([...names].sort()).toEqual([...fuzz.files.keys()].sort());
	for (const f of report.files) {
		expect(f.read, f.file).toBe(f.accepted + f.quarantined);
		expect(f.accepted, f.file).toBeGreaterThanOrEqual(0);
		expect(f.quarantined, f.file).toBeGreaterThanOrEqual(0);
	}
	const sum = (key: 'read' | 'accepted' | 'quarantined') =>
		report.files.reduce((n, f) => n + f[key], 0);
	expect(report.totals).toEqual({
		read: sum('read'),
		accepted: sum('accepted'),
		quarantined: sum('quarantined')
	});
}

describe('ingestion of a fuzzed data directory', () => {
	let fuzz: FuzzDataset;
	let options: ReturnType<typeof pipelineOptions>;
	let report: RunReportJson;
	let quarantine: ReturnType<typeof readIssues>;
	let warnings: ReturnType<typeof readIssues>;
	const logged: string[] = [];
	const temporary: string[] = [];

	beforeAll(async () => {
		process.env.UPTAKE_PSEUDONYM_KEY = KEY;
		fuzz = createFuzzDataset('fuzz-ingest-1');
		options = pipelineOptions({ dataDirs: [fuzz.dataDir], maxErrorRate: 1 });
		temporary.push(dirname(fuzz.dataDir), dirname(options.outDir));
		await runPipelines(options, (line) => logged.push(line));
		report = readReport(options.reportDir);
		quarantine = readIssues(join(options.reportDir, 'quarantine.csv'));
		warnings = readIssues(join(options.reportDir, 'warnings.csv'));
	}, 60_000);

	afterAll(() => {
		// Some 30 MB of fuzz, outputs and reports: not left behind in the temporary folder.
		for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
	});

	it('runs to the end and publishes with --max-error-rate 1', () => {
		expect(report.failed).toBeUndefined();
		expect(existsSync(join(options.outDir, 'manifest.json'))).toBe(true);
		expect(report.totals.read).toBeGreaterThan(5000);
		expect(report.totals.quarantined).toBeGreaterThan(1000);
	});

	it('lists every input file once, with read = accepted + quarantined', () => {
		expectAccounted(report, fuzz);
	});

	it('reads the records written, accepts and quarantines the ones expected', () => {
		let checked = 0;
		for (const [name, expected] of fuzz.files) {
			const f = report.files.find((r) => r.file === name)!;
			if (expected.read !== undefined) expect(f.read, `${name} read`).toBe(expected.read);
			if (expected.accepted !== undefined)
				expect(f.accepted, `${name} accepted`).toBe(expected.accepted);
			if (expected.quarantined !== undefined)
				expect(f.quarantined, `${name} quarantined`).toBe(expected.quarantined);
			if (expected.rules !== undefined) expect(f.issuesByRule, name).toEqual(expected.rules);
			if (expected.read !== undefined) checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(16);
		const duplicates = report.files.find((f) => f.file === 'issuance/18-duplicates.csv')!;
		expect(duplicates.duplicates).toBe(10);
	});

	it('names in quarantine.csv exactly the quarantined records of each CSV file', () => {
		const lines = quarantinedLines(quarantine.rows);
		for (const f of report.files.filter((r) => r.unit === 'record')) {
			expect(lines.get(f.file)?.size ?? 0, f.file).toBe(f.quarantined);
		}
		const csvQuarantined = report.files
			.filter((f) => f.unit === 'record')
			.reduce((n, f) => n + f.quarantined, 0);
		const csvLines = [...lines]
			.filter(([file]) => !file.startsWith('credentials/'))
			.reduce((n, [, set]) => n + set.size, 0);
		expect(csvLines).toBe(csvQuarantined);
	});

	it('names in quarantine.csv every quarantined credential (by line and credential number)', () => {
		// Errors about one element of a credentials array are located at line 0 (see the next
		// test); their message numbers the credential, which tells them apart.
		for (const f of report.files.filter((r) => r.unit === 'credential')) {
			const errors = quarantine.rows.filter((r) => r.file === f.file && r.severity === 'error');
			const keys = new Set(
				errors.map((r) => `${r.line}|${/^credential #(\d+)/.exec(r.message)?.[1]}`)
			);
			expect(keys.size, f.file).toBe(f.quarantined);
		}
	});

	// An element of a credentials array that cannot be imported (junk object, bad JWS, unknown
	// format) is located at its position, like the elements that were imported.
	it('locates every quarantined credential at its own (file, line)', () => {
		const lines = quarantinedLines(quarantine.rows);
		for (const f of report.files.filter((r) => r.unit === 'credential')) {
			expect(lines.get(f.file)?.size ?? 0, f.file).toBe(f.quarantined);
		}
	});

	it('warns about formula and script text; no report cell starts like a formula', () => {
		const name = 'issuance/09-formula-script.csv';
		const expected = fuzz.files.get(name)!.suspiciousLines!;
		const f = report.files.find((r) => r.file === name)!;
		expect(f.issuesByRule['text.suspicious']).toBeLessThanOrEqual(WARNING_EXAMPLES_PER_RULE);
		const warned = new Set(
			warnings.rows
				.filter((r) => r.file === name && r.rule === 'text.suspicious')
				.map((r) => r.line)
		);
		for (const line of expected) expect(warned.has(String(line)), `line ${line}`).toBe(true);
		const errorLines = quarantinedLines(quarantine.rows).get(name) ?? new Set();
		for (const line of expected) expect(errorLines.has(String(line)), `line ${line}`).toBe(false);
		const credentials = report.files.find((r) => r.file === 'credentials/junk-array.json')!;
		expect(credentials.issuesByRule['text.suspicious']).toBeGreaterThan(0);

		// The strings reach the quarantine (inside the record's JSON) ...
		const records = quarantine.rows.filter((r) => r.file === name).map((r) => r.record);
		expect(
			records.some((r) => FORMULA_STRINGS.some((s) => r.includes(JSON.stringify(s).slice(1, -1))))
		).toBe(true);
		// ... but no cell of either report starts like a formula.
		for (const { cells } of [quarantine, warnings]) {
			expect(cells.length).toBeGreaterThan(1);
			for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		}
		// The reports' messages never start with a value, so the line writer they share must be
		// what neutralises one: each string above would reach a spreadsheet as text.
		for (const s of FORMULA_STRINGS) {
			const [[cell]] = Papa.parse<string[]>(csvLine([s])).data;
			expect(cell).toBe(/^[=+\-@]/.test(s) ? `'${s}` : s);
		}
	});

	it('never writes a raw learner identifier to the published files, reports or log', () => {
		expect(fuzz.learnerIds.size).toBeGreaterThan(5000);
		const places = [...filesUnder(options.outDir), ...filesUnder(options.reportDir)];
		expect(places.length).toBeGreaterThan(2);
		const texts = [
			...places.map((p) => [p, readFileSync(p, 'latin1')] as const),
			['log', logged.join('\n')] as const
		];
		const leaks: string[] = [];
		for (const [place, text] of texts) {
			// Every identifier has the same prefix: look only where it occurs.
			for (let at = text.indexOf('FUZZ-L-'); at !== -1; at = text.indexOf('FUZZ-L-', at + 1)) {
				const id = text.slice(at, at + 13);
				if (fuzz.learnerIds.has(id)) leaks.push(`${place}: ${id}`);
			}
		}
		expect(leaks).toEqual([]);
		// The quarantine keeps rows, with the learner pseudonymised.
		const withLearner = quarantine.rows.filter((r) => r.record.includes('"learner_id":"p_'));
		expect(withLearner.length).toBeGreaterThan(10);
	});

	it('fails with ErrorRateExceeded, publishes nothing, still accounts for every row', async () => {
		const strict = pipelineOptions({ dataDirs: [fuzz.dataDir], maxErrorRate: 0.001 });
		temporary.push(dirname(strict.outDir));
		await expect(runPipelines(strict, () => {})).rejects.toBeInstanceOf(ErrorRateExceeded);
		expect(existsSync(join(strict.outDir, 'manifest.json'))).toBe(false);
		const failed = readReport(strict.reportDir);
		expect(failed.failed).toMatch(/more than --max-error-rate 0\.001/);
		expectAccounted(failed, fuzz);
		expect(failed.files).toEqual(report.files);
	}, 60_000);
});
