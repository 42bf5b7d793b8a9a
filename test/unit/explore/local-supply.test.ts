// A ministry's catalogue file, dropped on /explore: its accepted offers aggregated by the
// pipelines' supply SQL (core/indicators/supply-sql.ts) on the browser's engine (DuckDB-WASM in
// Node), as local_supply.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsyncDuckDBInNode } from '../../helpers/async-duckdb-node';
import { openConsoleEngine, type ConsoleEngine } from '$lib/db/console-engine';
import {
	DROP_LOCAL_CATALOGUE_VIEW_SQL,
	LOCAL_CATALOGUE_VIEW_SQL,
	LOCAL_OFFER_ROWS_TABLE,
	LOCAL_SETUP_SQL,
	LOCAL_TABLES
} from '$lib/explore/local/local-aggregates';
import { offersBatch } from '$lib/explore/local/local-offers';
import { checkText } from './local-fixture';

const CATALOGUE = fileURLToPath(new URL('../../fixtures/local/catalogue.csv', import.meta.url));

// test/fixtures/local/catalogue.csv by hand: O6 (country XX) and O7 (no provider) rejected;
// BE: O1, O2 (P1, hei; public yes, no), O3 (P2, vet; public not said), O4 (P3, no type: UNK;
// public); FR: O5 (P4, vet, public).
const EXPECTED = [
	['BE', '_T', 4, 2, 50, 3],
	['BE', 'hei', 2, 1, 50, 1],
	['BE', 'vet', 1, 0, 0, 1],
	['BE', 'UNK', 1, 1, 100, 1],
	['FR', '_T', 1, 1, 100, 1],
	['FR', 'vet', 1, 1, 100, 1]
];

let engine: ConsoleEngine;
let rows: Record<string, unknown>[];
const checked = checkText(readFileSync(CATALOGUE, 'utf8'), 'catalogue.csv');

beforeAll(async () => {
	engine = await openConsoleEngine(await openAsyncDuckDBInNode());
	await engine.local.append(LOCAL_OFFER_ROWS_TABLE, offersBatch(checked.offers));
	await engine.local.rows(LOCAL_SETUP_SQL);
	await engine.local.rows(LOCAL_CATALOGUE_VIEW_SQL);
	const spec = LOCAL_TABLES.find((s) => s.name === 'local_supply')!;
	rows = await engine.local.rows(spec.sql);
	await engine.local.rows(DROP_LOCAL_CATALOGUE_VIEW_SQL);
	await engine.local.drop(LOCAL_OFFER_ROWS_TABLE);
});
afterAll(() => engine?.terminate());

describe('a catalogue file, aggregated in the browser', () => {
	it('accepts the offers a reader accepts by hand, and rejects the others with reasons', () => {
		expect(checked.summary).toMatchObject({ kind: 'catalogue', accepted: 5, rejected: 2 });
		expect(checked.summary.rejections.map((r) => [r.line, r.rule])).toEqual([
			[7, 'country.unknown'],
			[8, 'field.missing']
		]);
		expect(checked.offers.map((o) => o.line)).toEqual([2, 3, 4, 5, 6]);
		expect(checked.accepted).toEqual([]);
	});

	it('counts offers, public ones and providers per country and type, with no EU row', () => {
		expect(
			rows.map((r) => [
				r.geo,
				r.provider_type,
				r.offers,
				r.offers_in_public_catalogue,
				r.share_in_public_catalogue,
				r.providers
			])
		).toEqual(EXPECTED);
		expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['local, unpublished']));
	});

	it('is made from offers only: the issuance tables are not', () => {
		const inputs = Object.fromEntries(LOCAL_TABLES.map((s) => [s.name, s.input]));
		expect(inputs).toEqual({
			local_uptake: 'issuance',
			local_annex1_completeness: 'issuance',
			local_supply: 'offers'
		});
	});
});
