import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	SPREADSHEET_CELL_CHARS,
	WARNING_EXAMPLES_PER_RULE
} from '../../pipelines/report/issue-log';
import { ErrorRateExceeded, runPipelines } from '../../pipelines/run';
import { csvLine } from '../../core/export/csv-cell';
import {
	createFuzzDataset,
	FORMULA_STRINGS,
	type FuzzDataset,
	type FuzzExpectation
} from '../helpers/fuzz-dataset';
import { pipelineOptions } from '../helpers/pipeline-options';
import { FIXTURES } from '../unit/core/csv/csv-test-kit';

// Acceptance criterion: every row is accounted for (read = accepted + quarantined, per file, in
// the run report) on a fuzzed input, without a crash and without a raw learner identifier in any
// output. The dataset and what is known about each file come from test/helpers/fuzz-dataset.ts,
// plus the CSV of real systems added by addRealWorldFiles below.

const KEY = 'fuzz-test-key-0123456789abcdef0123';

interface FileReport {
	file: string;
	unit: 'record' | 'cell' | 'credential' | 'file';
	read: number;
	accepted: number;
	quarantined: number;
	duplicates?: number;
	notes?: string[];
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

/** Whole files quarantined as one unit: not text at all (see addRealWorldFiles). */
const NOT_TEXT: ReadonlyMap<string, string> = new Map([
	['issuance/06-utf16le-no-bom.csv', 'file.utf16_without_bom'],
	['issuance/07-utf16be-no-bom.csv', 'file.utf16_without_bom'],
	['issuance/16-random-bytes.csv', 'file.binary'],
	['issuance/22-image.csv', 'file.binary'],
	['issuance/23-workbook.csv', 'file.binary'],
	['catalogue/random-large.csv', 'file.binary'],
	['catalogue/random-small.csv', 'file.binary'],
	['providers/random-large.csv', 'file.binary'],
	['providers/random-small.csv', 'file.binary']
]);

/** Valid rows of the clean file, their credential ids made unique to `tag`. */
function cleanRows(fuzz: FuzzDataset, tag: string, n: number): string[][] {
	const text = readFileSync(join(fuzz.dataDir, 'issuance/00-clean.csv'), 'utf8');
	const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
	const id = header.indexOf('credential_id');
	return [
		header,
		...rows.slice(0, n).map((row) => row.map((v, k) => (k === id ? v.replace('clean', tag) : v)))
	];
}

/**
 * CSV as it comes out of real systems, added to the fuzzed directory: a preamble, single quotes,
 * an image and a workbook renamed .csv. The helper's expectations change where the reader now
 * recognises a whole file: UTF-16 without a byte-order mark and random bytes are not text (one
 * quarantined file each, not records), and the empty and header-only files are reported.
 */
function addRealWorldFiles(fuzz: FuzzDataset): void {
	const files = fuzz.files as Map<string, FuzzExpectation>;
	const write = (name: string, data: string | Buffer, expect: FuzzExpectation) => {
		writeFileSync(join(fuzz.dataDir, name), data);
		files.set(name, expect);
	};
	const csv = (rows: string[][]) => Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
	write(
		'issuance/20-preamble.csv',
		'Micro-credentials issued, export of 2026-11-01\r\n# Registry v2; one line per credential\r\n\r\n' +
			csv(cleanRows(fuzz, 'preamble', 60)),
		{ read: 60, accepted: 60, quarantined: 0, rules: { 'file.preamble': 1 } }
	);
	const quoted = cleanRows(fuzz, 'squote', 60).map((row, i) =>
		row.map((v, k) => `'${(i > 0 && k === 1 ? `L'atelier; ${v}` : v).replaceAll("'", "''")}'`)
	);
	write('issuance/21-single-quotes.csv', quoted.map((row) => row.join(';')).join('\n') + '\n', {
		read: 60,
		accepted: 60,
		quarantined: 0,
		rules: {}
	});
	const image = readFileSync(join(FIXTURES, 'renamed-image.csv'));
	write('issuance/22-image.csv', image, { read: 1, accepted: 0, quarantined: 1 });
	const workbook = readFileSync(join(FIXTURES, 'renamed-workbook.csv'));
	write('issuance/23-workbook.csv', workbook, { read: 1, accepted: 0, quarantined: 1 });
	for (const [name, rule] of NOT_TEXT) {
		files.set(name, { read: 1, accepted: 0, quarantined: 1, rules: { [rule]: 1 } });
	}
	files.set('issuance/14-header-only.csv', {
		read: 0,
		accepted: 0,
		quarantined: 0,
		rules: { 'file.header_only': 1 }
	});
	files.set('issuance/15-empty.csv', {
		read: 0,
		accepted: 0,
		quarantined: 0,
		rules: { 'file.empty': 1 }
	});
}

/** Runs the pipelines, returning what they wrote to stderr (whole-file problems go there). */
async function runCapturingStderr(
	options: ReturnType<typeof pipelineOptions>,
	log: (line: string) => void
): Promise<string[]> {
	const written: string[] = [];
	const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
		written.push(String(chunk));
		return true;
	});
	try {
		await runPipelines(options, log);
	} finally {
		write.mockRestore();
	}
	return written.join('').split('\n').filter(Boolean);
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
	let stderr: string[];
	const logged: string[] = [];
	const temporary: string[] = [];

	beforeAll(async () => {
		process.env.UPTAKE_PSEUDONYM_KEY = KEY;
		fuzz = createFuzzDataset('fuzz-ingest-1');
		addRealWorldFiles(fuzz);
		options = pipelineOptions({ dataDirs: [fuzz.dataDir], maxErrorRate: 1 });
		temporary.push(dirname(fuzz.dataDir), dirname(options.outDir));
		// Whole-file problems go to the pipeline's log (stderr from the command line).
		stderr = await runCapturingStderr(options, (line) => logged.push(line));
		stderr.push(...logged);
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
		expect(checked).toBeGreaterThanOrEqual(24);
		const duplicates = report.files.find((f) => f.file === 'issuance/18-duplicates.csv')!;
		expect(duplicates.duplicates).toBe(10);
		for (const f of report.files) {
			expect(f.unit, f.file).toBe(
				NOT_TEXT.has(f.file) ? 'file' : f.file.startsWith('credentials/') ? 'credential' : 'record'
			);
		}
	});

	it('names in quarantine.csv exactly the quarantined records and files of each CSV file', () => {
		const lines = quarantinedLines(quarantine.rows);
		const csvFiles = report.files.filter((r) => r.unit === 'record' || r.unit === 'file');
		for (const f of csvFiles) {
			expect(lines.get(f.file)?.size ?? 0, f.file).toBe(f.quarantined);
		}
		// A file that is not text is one quarantined unit, named at line 0.
		for (const name of NOT_TEXT.keys()) expect([...lines.get(name)!], name).toEqual(['0']);
		const csvQuarantined = csvFiles.reduce((n, f) => n + f.quarantined, 0);
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

	it('says what is wrong with a whole file in the run report and on the console', () => {
		const expected: [string, RegExp][] = [
			['issuance/14-header-only.csv', /^the file has a header \(line 1\) but no records$/],
			['issuance/15-empty.csv', /^the file is empty \(or holds only blank lines\)/],
			[
				'issuance/06-utf16le-no-bom.csv',
				/^not read: looks like UTF-16 without a byte-order mark .*save it as UTF-8$/
			],
			[
				'issuance/16-random-bytes.csv',
				/^not read: looks like a binary file, not a CSV file: \d+ of its first 8192 bytes/
			],
			['issuance/20-preamble.csv', /^skipped 3 lines before the header on line 4 \(2 records\)/],
			['issuance/22-image.csv', /^not read: looks like a PNG image, not a CSV file$/],
			[
				'issuance/23-workbook.csv',
				/^not read: looks like an Excel workbook \(\.xlsx\), not a CSV file: save it as CSV UTF-8$/
			]
		];
		for (const [name, message] of expected) {
			const f = report.files.find((r) => r.file === name)!;
			expect(f.notes, name).toEqual([expect.stringMatching(message)]);
			const rule = Object.keys(f.issuesByRule).find((r) => r.startsWith('file.'))!;
			const severity = NOT_TEXT.has(name) ? 'error' : 'warning';
			expect(stderr).toContain(`${name}: ${severity} [${rule}] ${f.notes![0]}`);
		}
		// The skipped lines' text is in the warning, for a person to check.
		const preamble = warnings.rows.find((r) => r.rule === 'file.preamble')!;
		expect(JSON.parse(preamble.record)).toEqual({
			'line 1': 'Micro-credentials issued, export of 2026-11-01',
			'line 2': '# Registry v2; one line per credential'
		});
		// A file read without a problem has no notes and says nothing.
		expect(report.files.find((r) => r.file === 'issuance/00-clean.csv')!.notes).toBeUndefined();
		expect(stderr.some((line) => line.startsWith('issuance/00-clean.csv'))).toBe(false);
	});

	it('cuts the megabyte fields copied into the reports to fit a spreadsheet cell', () => {
		for (const { cells } of [quarantine, warnings]) {
			for (const row of cells) {
				for (const cell of row) expect(cell.length).toBeLessThanOrEqual(SPREADSHEET_CELL_CHARS);
			}
		}
		const long = quarantine.rows.filter(
			(r) => r.file === 'issuance/08-long-fields.csv' && r.rule === 'field.too_long'
		);
		expect(long).toHaveLength(3);
		const titles = long.map((r) => JSON.parse(r.record).title as string);
		expect(titles).toContain(
			`${'x'.repeat(1000)}… [cut: 1,000,000 characters, the first 1000 kept]`
		);
		expect(stderr).toContainEqual(
			expect.stringMatching(
				/^quarantine\.csv, warnings\.csv: \d+ values? longer than 1,000 characters/
			)
		);
	});

	it('never writes a raw learner identifier to the published files, reports or log', () => {
		expect(fuzz.learnerIds.size).toBeGreaterThan(5000);
		const places = [...filesUnder(options.outDir), ...filesUnder(options.reportDir)];
		expect(places.length).toBeGreaterThan(2);
		const texts = [
			...places.map((p) => [p, readFileSync(p, 'latin1')] as const),
			['log', logged.join('\n')] as const,
			['stderr', stderr.join('\n')] as const
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
		await expect(runCapturingStderr(strict, () => {})).rejects.toBeInstanceOf(ErrorRateExceeded);
		expect(existsSync(join(strict.outDir, 'manifest.json'))).toBe(false);
		const failed = readReport(strict.reportDir);
		// The image, the workbook, the random bytes and UTF-16 without a byte-order mark in
		// issuance/ were not read at all: as if every row were quarantined.
		expect(failed.failed).toMatch(
			/^issuance\/06-utf16le-no-bom\.csv, .*issuance\/22-image\.csv, .*could not be read at all: nothing was published/
		);
		expectAccounted(failed, fuzz);
		expect(failed.files).toEqual(report.files);
	}, 60_000);
});
