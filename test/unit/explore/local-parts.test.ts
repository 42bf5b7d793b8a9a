// A large dropped file is cut into parts that validate in parallel (record-cuts.ts, part-plan.ts,
// file-parts.ts): checked in parts, it must give what it gives checked whole: the same accepted
// records, the same rejections at the same lines, the same local tables. Run here on the
// browser's engine (DuckDB-WASM in Node), as in the page.
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsyncDuckDBInNode } from '../../helpers/async-duckdb-node';
import { openConsoleEngine, type ConsoleEngine } from '$lib/db/console-engine';
import {
	cutInsideQuotes,
	deleteLinesSql,
	joinPartSummaries,
	partsOf,
	repeatedCredentialsSql
} from '$lib/explore/local/file-parts';
import {
	DROP_LOCAL_RECORDS_VIEW_SQL,
	LOCAL_ROWS_TABLE,
	LOCAL_SETUP_SQL,
	LOCAL_TABLES,
	localRecordsViewSql
} from '$lib/explore/local/local-aggregates';
import { LocalFileCheck, type AcceptedIssuance } from '$lib/explore/local/local-file-check';
import { LocalRecordBatches, localRecordRow } from '$lib/explore/local/local-records';
import type { LocalSummary } from '$lib/explore/local/messages';
import { planParts } from '$lib/explore/local/part-plan';
import { partsFromCuts, RecordCutScanner } from '$lib/explore/local/record-cuts';
import { numberRecords } from '$lib/explore/local/record-lines';
import { bigDirtyFile } from '../../helpers/big-dirty-file';
import { checkText } from './local-fixture';

const QUOTE = '"'.charCodeAt(0);
const bytes = (text: string) => new TextEncoder().encode(text);

/** Where a scanner cuts `text` for `targets`, fed in pieces of `piece` bytes. */
function cutsOf(text: string, targets: number[], piece = Infinity) {
	const scanner = new RecordCutScanner(targets, QUOTE);
	const all = bytes(text);
	for (let at = 0; at < all.length; at += Math.min(piece, all.length)) {
		scanner.push(all.subarray(at, at + piece));
	}
	return scanner.cuts;
}

describe('cutting a file at record boundaries', () => {
	it('cuts after the first line break past the target, with the line that starts there', () => {
		const text = 'h1,h2\na,b\nc,d\ne,f\n';
		// Offsets: 'h1,h2\n' ends at 6, 'a,b\n' at 10, 'c,d\n' at 14.
		expect(cutsOf(text, [7])).toEqual([{ offset: 10, line: 3 }]);
		expect(cutsOf(text, [5])).toEqual([{ offset: 6, line: 2 }]);
		expect(cutsOf(text, [6])).toEqual([{ offset: 10, line: 3 }]);
	});

	it('never cuts inside a quoted field, whatever the pieces the file is read in', () => {
		const text = 'id,outcomes\n1,"reads\nwrites\n""tables"""\n2,x\n';
		// The target falls inside the quoted field of record 1 (lines 2-4): the cut is after it.
		const expected = [{ offset: text.indexOf('2,x'), line: 5 }];
		for (const piece of [1, 2, 3, 7, Infinity]) {
			expect(cutsOf(text, [15], piece)).toEqual(expected);
		}
	});

	it('makes parts that cover the file once, fewer when a cut is missing or repeated', () => {
		expect(partsFromCuts(100, [{ offset: 40, line: 5 }])).toEqual([
			{ index: 0, start: 0, end: 40, firstLine: 1 },
			{ index: 1, start: 40, end: 100, firstLine: 5 }
		]);
		expect(partsFromCuts(100, [])).toEqual([{ index: 0, start: 0, end: 100, firstLine: 1 }]);
		expect(
			partsFromCuts(100, [
				{ offset: 40, line: 5 },
				{ offset: 40, line: 5 },
				{ offset: 100, line: 9 }
			])
		).toHaveLength(2);
	});
});

const PARSE = { delimiter: ',', quoteChar: '"', escapeChar: '"', skipEmptyLines: false };

/** The file checked in parts as the workers check it (each part parsed and checked alone). */
async function checkInParts(text: string, of: number) {
	const file = new Blob([text]);
	const sample = text.slice(0, 1 << 16);
	const plan = await planParts(file, 'utf-8', sample, PARSE, of, 0);
	if (!plan) throw new Error('not cut');
	const results: { accepted: AcceptedIssuance[]; summary: LocalSummary }[] = [];
	for (const part of plan.parts) {
		const check = new LocalFileCheck({ fileName: 'big.csv', today: '2026-01-01' });
		if (part.index > 0) check.continueAfter(plan.head);
		const slice = await file.slice(part.start, part.end).text();
		const parsed = Papa.parse<string[]>(slice, PARSE);
		const numbered = numberRecords(parsed.data, part.firstLine, parsed.errors);
		const accepted = [...check.push(numbered.records), ...check.end()];
		const endsInsideQuotes = parsed.errors.some((e) => e.code === 'MissingQuotes');
		results.push({
			accepted,
			summary: {
				...check.summary(0),
				coverage: { parts: plan.parts.length, index: part.index, endsInsideQuotes }
			}
		});
	}
	return { plan, results };
}

async function localTables(engine: ConsoleEngine) {
	await engine.local.rows(LOCAL_SETUP_SQL);
	await engine.local.rows(localRecordsViewSql('big.csv'));
	const tables: Record<string, unknown[]> = {};
	for (const spec of LOCAL_TABLES.filter((s) => s.inputs.includes('issuance')))
		tables[spec.name] = await engine.local.rows(spec.sql);
	await engine.local.rows(DROP_LOCAL_RECORDS_VIEW_SQL);
	await engine.local.drop(LOCAL_ROWS_TABLE);
	return tables;
}

async function append(engine: ConsoleEngine, accepted: readonly AcceptedIssuance[]) {
	const batches = new LocalRecordBatches();
	for (const { record, line } of accepted) {
		const learner = record.learner_id?.trim().toLowerCase() ?? null;
		batches.push(localRecordRow(record, learner && `p_${learner}`, line));
	}
	await engine.local.append(LOCAL_ROWS_TABLE, batches.take());
}

describe('a file checked in parts', () => {
	let engine: ConsoleEngine;
	beforeAll(async () => {
		engine = await openConsoleEngine(await openAsyncDuckDBInNode());
	});
	afterAll(() => engine?.terminate());

	it('gives what it gives checked whole: records, rejections by line, local tables', async () => {
		const text = bigDirtyFile(12);
		const whole = checkText(text, 'big.csv');
		expect(whole.summary).toMatchObject({ accepted: 12 * 7, rejected: 12 * 6 + 1 });
		await append(engine, whole.accepted);
		const wholeTables = await localTables(engine);

		for (const of of [2, 3]) {
			const { plan, results } = await checkInParts(text, of);
			const summaries = results.map((r) => r.summary);
			expect(partsOf(summaries)).toBe(of);
			expect(cutInsideQuotes(summaries)).toBe(false);
			// Each part starts a record: the cuts are at line starts of the file.
			for (const part of plan.parts.slice(1)) {
				expect(text.slice(0, part.start).split('\n').length).toBe(part.firstLine);
			}
			for (const r of results) await append(engine, r.accepted);
			const repeated = (await engine.local.rows(repeatedCredentialsSql(LOCAL_ROWS_TABLE))).map(
				(r) => Number(r.line)
			);
			// The last record repeats C2-0 of the first block: only the check across parts sees it
			// (so does a block's repeat of its C1 when a cut falls between them).
			expect(repeated).toContain(text.split('\n').length - 1);
			await engine.local.rows(deleteLinesSql(LOCAL_ROWS_TABLE, repeated));
			const joined = joinPartSummaries(summaries, repeated);
			expect(joined.coverage?.parts).toBe(of);
			expect({ ...joined, seconds: 0, coverage: undefined }).toEqual({
				...whole.summary,
				seconds: 0,
				coverage: undefined
			});
			expect(await localTables(engine)).toEqual(wholeTables);
		}
	});

	it('tells when a part ended inside an open quote, so the file is checked whole', async () => {
		const summary = checkText('credential_id,learner_id\n').summary;
		const part = (index: number, endsInsideQuotes: boolean): LocalSummary => ({
			...summary,
			coverage: { parts: 2, index, endsInsideQuotes }
		});
		expect(cutInsideQuotes([part(0, true), part(1, false)])).toBe(true);
		// The last part's open quote is the file's own: it is reported as a row, not a bad cut.
		expect(cutInsideQuotes([part(0, false), part(1, true)])).toBe(false);
	});

	it('keeps at most the limit of reasons, in line order, and counts the others', () => {
		const base = checkText('credential_id,learner_id\n').summary;
		const reason = (line: number) => ({ line, column: 1, columnName: '', rule: 'r', message: 'm' });
		const a = { ...base, rejected: 2, rejections: [reason(3), reason(9)] };
		const b = { ...base, rejected: 1, rejections: [reason(20)], droppedReasons: 4 };
		const joined = joinPartSummaries([a, b], [12], 3);
		expect(joined.rejections.map((r) => [r.line, r.rule])).toEqual([
			[3, 'r'],
			[9, 'r'],
			[12, 'credential.duplicate']
		]);
		expect(joined).toMatchObject({ rejected: 4, droppedReasons: 5 });
	});
});
