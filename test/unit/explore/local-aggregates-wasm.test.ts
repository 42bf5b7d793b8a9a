// The local tables computed by the browser's engine (DuckDB-WASM, the console's, in Node): the
// same SQL gave no row there once where native DuckDB gave them (ASOF join on a subquery).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsyncDuckDBInNode } from '../../helpers/async-duckdb-node';
import { openConsoleEngine, type ConsoleEngine } from '$lib/db/console-engine';
import {
	DROP_LOCAL_RECORDS_VIEW_SQL,
	LOCAL_RECORDS_TABLE,
	LOCAL_ROWS_TABLE,
	LOCAL_SETUP_SQL,
	LOCAL_TABLES,
	localRecordsViewSql
} from '$lib/explore/local/local-aggregates';
import { LocalRecordBatches, localRecordRow } from '$lib/explore/local/local-records';
import { checkDirtyIssuance } from './local-fixture';

let engine: ConsoleEngine;
const tables: Record<string, Record<string, unknown>[]> = {};

beforeAll(async () => {
	engine = await openConsoleEngine(await openAsyncDuckDBInNode());
	const batches = new LocalRecordBatches();
	for (const { record, line } of checkDirtyIssuance().accepted) {
		const learner = record.learner_id?.trim().toLowerCase() ?? null;
		batches.push(localRecordRow(record, learner && `p_${learner}`, line));
	}
	await engine.local.append(LOCAL_ROWS_TABLE, batches.take());
	await engine.local.rows(localRecordsViewSql('dirty-issuance.csv'));
	await engine.local.rows(LOCAL_SETUP_SQL);
	for (const spec of LOCAL_TABLES.filter((s) => s.inputs.includes('issuance')))
		tables[spec.name] = await engine.local.rows(spec.sql);
	await engine.local.rows(DROP_LOCAL_RECORDS_VIEW_SQL);
	await engine.local.drop(LOCAL_ROWS_TABLE);
});
afterAll(() => engine.terminate());

describe('the local tables in the browser’s engine', () => {
	it('count credentials and learners per country and year, as native DuckDB does', () => {
		const totals = tables.local_uptake
			.filter((r) => r.dimension === 'topic' && r.category === '_T')
			.map((r) => [r.geo, r.year, r.credentials, r.learners]);
		expect(totals).toEqual([
			['BE', 2023, 1, 1],
			['BE', 2024, 5, 4],
			['FR', 2024, 1, 1]
		]);
		expect(tables.local_annex1_completeness).toHaveLength(36);
	});

	it('drop the records once aggregated', async () => {
		await expect(engine.local.rows(`SELECT * FROM ${LOCAL_RECORDS_TABLE}`)).rejects.toThrow();
	});
});
