import { describe, expect, it } from 'vitest';
import { numberRecords } from '$lib/explore/local/record-lines';
import { detectLocalKind, findHeader } from '$lib/explore/local/local-validator';
import { buildRejectionReport, rejectionReportName } from '$lib/explore/local/rejection-report';
import { checkDirtyIssuance, checkText } from './local-fixture';

// test/fixtures/local/dirty-issuance.csv, read by hand: 18 columns; lines 2-5 good; 6 country
// XX; 7 blank; 8 31 February; 9 EQF 9; 10 repeats credential C1 of Uni A; 11-12 one record
// whose learning outcomes hold a line break; 13 four fields; 14 and 15 the same learner
// (e-mail in two spellings); 16 a country '=1+1' (a formula).
const EXPECTED_REJECTIONS = [
	{ line: 6, column: 4, columnName: 'issuer_country', rule: 'country.unknown' },
	{ line: 8, column: 6, columnName: 'issue_date', rule: 'date.impossible' },
	{ line: 9, column: 9, columnName: 'eqf_level', rule: 'eqf.out_of_range' },
	{ line: 10, column: 1, columnName: 'credential_id', rule: 'credential.duplicate' },
	{ line: 13, column: 5, columnName: '', rule: 'csv.field_count' },
	{ line: 16, column: 4, columnName: 'issuer_country', rule: 'country.unknown' }
];

describe('a dropped file checked by the contract', () => {
	it('accepts and rejects the rows a reader finds by hand, at their lines and columns', () => {
		const { accepted, summary } = checkDirtyIssuance();
		expect(summary).toMatchObject({
			kind: 'issuance',
			headerLine: 1,
			read: 13,
			accepted: 7,
			rejected: 6,
			droppedReasons: 0
		});
		expect(accepted.map((a) => a.line)).toEqual([2, 3, 4, 5, 11, 14, 15]);
		expect(summary.rejections).toMatchObject(EXPECTED_REJECTIONS);
		expect(summary.rejections).toHaveLength(6);
		// C3 has no learning outcomes: kept, with a warning.
		expect(summary.warnings).toBe(1);
	});

	it('gives the same answer whatever the chunks', () => {
		const whole = checkDirtyIssuance();
		for (const chunk of [1, 2, 5]) {
			const chunked = checkDirtyIssuance(chunk);
			expect(chunked.summary.rejections).toEqual(whole.summary.rejections);
			expect(chunked.accepted.map((a) => a.line)).toEqual([2, 3, 4, 5, 11, 14, 15]);
		}
	});

	it('skips a title above the header, and notes it', () => {
		const text =
			'Issuance export\nMinistry of Education\nlearner_id,issuer_country,issue_date\nx,BE,2024-01-01\n';
		const { summary } = checkText(text);
		expect(summary).toMatchObject({ headerLine: 3, read: 1, accepted: 1, rejected: 0 });
		expect(summary.fileNotes[0]).toMatchObject({ rule: 'file.preamble', line: 3 });
	});

	it('rejects every row of a file whose header lacks a required column', () => {
		const { summary } = checkText('learner_id,title,issue_date\na,T,2024-01-01\nb,U,2024-01-02\n');
		expect(summary).toMatchObject({ accepted: 0, rejected: 2 });
		expect(summary.rejections.map((r) => [r.line, r.rule])).toEqual([
			[2, 'header.missing'],
			[3, 'header.missing']
		]);
	});

	it('reports an empty file', () => {
		expect(checkText('').summary.rejections[0].rule).toBe('file.empty');
	});

	it('recognises the kind of a file by the contract columns its header names', () => {
		expect(detectLocalKind(['offer_id', 'provider_id', 'title', 'country'])).toBe('catalogue');
		expect(detectLocalKind(['provider_id', 'name', 'country', 'provider_type'])).toBe('provider');
		expect(detectLocalKind(['learner_id', 'issuer_country', 'issue_date'])).toBe('issuance');
		expect(detectLocalKind(['a', 'b'])).toBeUndefined();
		expect(findHeader([['My export'], ['learner_id', 'issue_date']])).toBe(1);
		expect(findHeader([['a'], ['b']])).toBe(-1);
	});

	it('counts lines across blank lines and line breaks inside quotes', () => {
		const { records, nextLine } = numberRecords([['a'], [''], ['b\nc', 'd'], ['e']], 10);
		expect(records.map((r) => r.line)).toEqual([10, 12, 14]);
		expect(nextLine).toBe(15);
		const quoted = numberRecords([['a'], ['b']], 1, [
			{ type: 'Quotes', code: 'MissingQuotes', row: 1 }
		]);
		expect(quoted.records[1]).toMatchObject({ line: 2, quoteError: 'csv.unterminated_quote' });
	});
});

describe('the rejection report', () => {
	const { summary } = checkDirtyIssuance();
	const report = buildRejectionReport(summary);
	const lines = report.trimEnd().split('\n');

	it('has one line per reason, located by line and column', () => {
		expect(lines[0]).toBe('file,line,column,column_name,rule,message');
		expect(lines).toHaveLength(1 + 6);
		expect(lines[1]).toMatch(/^dirty-issuance\.csv,6,4,issuer_country,country\.unknown,/);
		expect(lines[5]).toMatch(/^dirty-issuance\.csv,13,5,,csv\.field_count,/);
	});

	it('never carries a learner identifier, nor a cell a spreadsheet would run', () => {
		expect(report).not.toMatch(/learner-0|ana@example|ANA@Example/i);
		for (const line of lines) {
			for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@\t]/);
		}
	});

	it('is named after the file', () => {
		expect(rejectionReportName('issuance 2025.csv')).toBe('issuance_2025-rejections.csv');
		expect(rejectionReportName('.csv')).toBe('file-rejections.csv');
	});
});
