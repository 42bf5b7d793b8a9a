import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateMeasureRow } from '../../../../core/contract/validate';
import { readValidatedCsv, type CsvFileCounts } from '../../../../pipelines/read/validated-csv';
import {
	cutValue,
	IssueLog,
	REPORT_VALUE_CHARS,
	SPREADSHEET_CELL_CHARS
} from '../../../../pipelines/report/issue-log';
import type { Progress } from '../../../../pipelines/report/progress';
import { FIXTURES } from '../../core/csv/csv-test-kit';

// A whole file's problems (empty, header only, a preamble, not text) reach the run report (the
// file's counts, notes and issues by rule) and the console; long values are cut in the reports.

type IssueRow = Record<
	'file' | 'line' | 'column' | 'severity' | 'rule' | 'message' | 'record',
	string
>;

const HEADER = 'country,paragraph,status,title,description,start_date,budget_eur,link';
const ROW = (title: string, description = 'D') =>
	`BE,6b,implemented,${title},${description},2024-01-15,120000,https://example.org/1`;
const noProgress: Progress = { stage() {}, tick() {}, done() {} };

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'uptake-validated-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
	counts: CsvFileCounts;
	console: string[];
	quarantine: IssueRow[];
	warnings: IssueRow[];
	issues: IssueLog;
}

function readIssues(path: string): IssueRow[] {
	return Papa.parse<IssueRow>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true })
		.data;
}

let runs = 0;
/** Reads one measures file (a path, or content written to measures/NAME) through a fresh log. */
async function run(name: string, content?: string | Buffer): Promise<Run> {
	const path = content === undefined ? name : join(dir, `input-${++runs}.csv`);
	if (content !== undefined) writeFileSync(path, content);
	const reportDir = join(dir, `reports-${++runs}`);
	const console: string[] = [];
	const issues = new IssueLog(reportDir, { console: (line) => console.push(line) });
	const file = `measures/${content === undefined ? 'fixture.csv' : name}`;
	const counts = await readValidatedCsv({
		input: { path, name: file, folder: 'measures', dataDir: dir },
		kind: 'measure',
		validate: validateMeasureRow,
		accept: () => {},
		issues,
		progress: noProgress
	});
	issues.commit();
	return {
		counts,
		console,
		issues,
		quarantine: readIssues(join(reportDir, 'quarantine.csv')),
		warnings: readIssues(join(reportDir, 'warnings.csv'))
	};
}

describe('readValidatedCsv: a preamble, single quotes', () => {
	it('skips the title lines of an export, reads its records, and says what it skipped', async () => {
		const r = await run(join(FIXTURES, 'preamble-export.csv'));
		const message =
			'skipped 3 lines before the header on line 4 (2 records): they do not name the ' +
			'expected columns, like the title or comment lines of an export; their text is in the ' +
			'record column';
		expect(r.counts).toEqual({
			file: 'measures/fixture.csv',
			unit: 'record',
			read: 2,
			accepted: 2,
			quarantined: 0,
			notes: [message]
		});
		expect(r.quarantine).toEqual([]);
		expect(r.warnings).toEqual([
			{
				file: 'measures/fixture.csv',
				line: '0',
				column: '0',
				severity: 'warning',
				rule: 'file.preamble',
				message,
				record: JSON.stringify({
					'line 1': 'National measures - export of 2024-03-01',
					'line 2': '"Ministry of Education; Unit B"'
				})
			}
		]);
		expect(r.issues.countsFor('measures/fixture.csv')).toEqual({ 'file.preamble': 1 });
		expect(r.console).toEqual([`measures/fixture.csv: warning [file.preamble] ${message}`]);
	});

	it('reads a file quoted with single quotes', async () => {
		const r = await run(join(FIXTURES, 'single-quotes.csv'));
		expect(r.counts).toEqual({
			file: 'measures/fixture.csv',
			unit: 'record',
			read: 2,
			accepted: 2,
			quarantined: 0
		});
		expect(r.console).toEqual([]);
	});

	it('reads a file without a preamble as before, without a note', async () => {
		const r = await run('plain.csv', `${HEADER}\n${ROW('A')}\n${ROW('B')}\n`);
		expect(r.counts).toEqual({
			file: 'measures/plain.csv',
			unit: 'record',
			read: 2,
			accepted: 2,
			quarantined: 0
		});
		expect(r.warnings).toEqual([]);
	});
});

describe('readValidatedCsv: empty and header-only files', () => {
	for (const [name, content] of [
		['empty.csv', ''],
		['blank.csv', '\r\n\n\n'],
		['bom-only.csv', '\uFEFF']
	] as const) {
		it(`says that ${name} is empty`, async () => {
			const r = await run(name, content);
			const message = 'the file is empty (or holds only blank lines): no header, no records';
			expect(r.counts).toEqual({
				file: `measures/${name}`,
				unit: 'record',
				read: 0,
				accepted: 0,
				quarantined: 0,
				notes: [message]
			});
			expect(r.warnings.map((w) => [w.line, w.rule, w.message])).toEqual([
				['0', 'file.empty', message]
			]);
			expect(r.console).toEqual([`measures/${name}: warning [file.empty] ${message}`]);
		});
	}

	it('says that a file has a header but no records, after a preamble too', async () => {
		const r = await run('header-only.csv', `${HEADER}\r\n\r\n`);
		expect(r.counts.read).toBe(0);
		expect(r.counts.notes).toEqual(['the file has a header (line 1) but no records']);
		expect(r.console).toEqual([
			'measures/header-only.csv: warning [file.header_only] the file has a header (line 1) but no records'
		]);
		const after = await run('title-header-only.csv', `Measures 2024\n${HEADER}\n`);
		expect(after.counts.notes).toEqual([
			expect.stringMatching(/^skipped 1 line before the header on line 2 \(1 record\)/),
			'the file has a header (line 2) but no records'
		]);
	});
});

describe('readValidatedCsv: input that is not text', () => {
	const cases = [
		['renamed-image.csv', 'file.binary', 'not read: looks like a PNG image, not a CSV file'],
		[
			'renamed-workbook.csv',
			'file.binary',
			'not read: looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV UTF-8'
		]
	] as const;
	for (const [fixture, rule, message] of cases) {
		it(`quarantines ${fixture} whole, saying what it looks like`, async () => {
			const r = await run(join(FIXTURES, fixture));
			expect(r.counts).toEqual({
				file: 'measures/fixture.csv',
				unit: 'file',
				read: 1,
				accepted: 0,
				quarantined: 1,
				notes: [message]
			});
			expect(r.quarantine).toEqual([
				{
					file: 'measures/fixture.csv',
					line: '0',
					column: '0',
					severity: 'error',
					rule,
					message,
					record: ''
				}
			]);
			expect(r.console).toEqual([`measures/fixture.csv: error [${rule}] ${message}`]);
		});
	}

	it('hints at the encoding of UTF-16 without a byte-order mark', async () => {
		const r = await run('utf16.csv', Buffer.from(`${HEADER}\n${ROW('A')}\n`, 'utf16le'));
		expect(r.counts).toMatchObject({ unit: 'file', read: 1, accepted: 0, quarantined: 1 });
		expect(r.quarantine.map((q) => q.rule)).toEqual(['file.utf16_without_bom']);
		expect(r.console[0]).toMatch(
			/^measures\/utf16\.csv: error \[file\.utf16_without_bom\] not read: looks like UTF-16 without a byte-order mark .*; save it as UTF-8$/
		);
	});
});

describe('the reports cut long values to fit a spreadsheet cell', () => {
	it('cuts a 1 000 000-character field copied into quarantine.csv, and says so', async () => {
		const huge = 'x'.repeat(1_000_000);
		const r = await run('huge.csv', `${HEADER}\n${ROW('A', huge)}\n${ROW('B')}\n`);
		expect(r.counts).toMatchObject({ read: 2, accepted: 1, quarantined: 1 });
		const [row] = r.quarantine;
		expect(row.rule).toBe('field.too_long');
		expect(row.record.length).toBeLessThanOrEqual(SPREADSHEET_CELL_CHARS);
		const record = JSON.parse(row.record) as Record<string, string>;
		expect(record.description).toBe(
			`${'x'.repeat(REPORT_VALUE_CHARS)}… [cut: 1,000,000 characters, the first 1000 kept]`
		);
		expect(record.title).toBe('A');
		const text = readFileSync(join(dir, `reports-${runs}`, 'quarantine.csv'), 'utf8');
		expect(text.length).toBeLessThan(5000);
		expect(r.issues.cutValues).toBe(1);
		expect(r.console).toEqual([
			'quarantine.csv, warnings.csv: 1 value longer than 1,000 characters was cut (marked "[cut: …]"), so that every cell fits in a spreadsheet\'s 32,767 characters'
		]);
	});

	it('keeps every cell within 32 767 characters, however many long values a row has', async () => {
		const reportDir = join(dir, 'many');
		const lines: string[] = [];
		const issues = new IssueLog(reportDir, { console: (line) => lines.push(line) });
		const where = { file: 'f.csv', line: 2, column: 1, rule: 'r' } as const;
		const wide = Object.fromEntries(
			Array.from({ length: 2000 }, (_, k) => [`column_${k}`, 'v'.repeat(900)])
		);
		issues.add({ ...where, severity: 'error', message: 'm'.repeat(50_000) }, wide);
		issues.add({ ...where, severity: 'warning', message: 'short' }, { a: 'é'.repeat(40_000) });
		issues.add({ ...where, severity: 'error', message: 'whole' }, { a: 'y'.repeat(1000) });
		issues.commit();
		const cells = [
			...readIssues(join(reportDir, 'quarantine.csv')),
			...readIssues(join(reportDir, 'warnings.csv'))
		].flatMap((row) => Object.values(row));
		expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(SPREADSHEET_CELL_CHARS);
		expect(cells.filter((c) => c.includes('[cut: ')).length).toBe(3);
		expect(cells).toContain(JSON.stringify({ a: 'y'.repeat(1000) }));
		expect(lines).toEqual([expect.stringMatching(/^quarantine\.csv, warnings\.csv: 3 values /)]);
	});

	it('writes file-level problems to stderr unless told otherwise', async () => {
		const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
		try {
			const issues = new IssueLog(join(dir, 'stderr'));
			issues.add({
				severity: 'warning',
				file: 'a.csv',
				line: 0,
				column: 0,
				rule: 'file.empty',
				message: 'empty'
			});
			issues.add({
				severity: 'warning',
				file: 'a.csv',
				line: 3,
				column: 1,
				rule: 'x',
				message: 'y'
			});
			issues.commit();
			expect(write.mock.calls.map((c) => c[0])).toEqual(['a.csv: warning [file.empty] empty\n']);
		} finally {
			write.mockRestore();
		}
	});

	it('cutValue keeps short values and marks cut ones', () => {
		expect(cutValue('abc', 3)).toBe('abc');
		expect(cutValue('abcd', 3)).toBe('abc… [cut: 4 characters, the first 3 kept]');
	});
});
