// A ministry's catalogue or provider register, dropped on /explore: the accepted offers and
// providers aggregated by the pipelines' supply and Annex II principles SQL
// (core/indicators/supply-sql.ts, annex2-principles-sql.ts) on the browser's engine (DuckDB-WASM
// in Node), as local_supply and local_annex2_principles.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsyncDuckDBInNode } from '../../helpers/async-duckdb-node';
import { openConsoleEngine, type ConsoleEngine } from '$lib/db/console-engine';
import {
	DROP_LOCAL_REGISTER_VIEWS_SQL,
	LOCAL_OFFER_ROWS_TABLE,
	LOCAL_PROVIDER_ROWS_TABLE,
	LOCAL_REGISTER_VIEWS_SQL,
	LOCAL_SETUP_SQL,
	LOCAL_TABLES
} from '$lib/explore/local/local-aggregates';
import { offersBatch, providersBatch } from '$lib/explore/local/local-offers';
import { checkText } from './local-fixture';

const fixture = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../../fixtures/local/${name}`, import.meta.url)), 'utf8');

// test/fixtures/local/catalogue.csv by hand: O6 (country XX) and O7 (no provider) rejected;
// BE: O1, O2 (P1, hei; public yes, no), O3 (P2, vet; public not said), O4 (P3, no type: UNK;
// public); FR: O5 (P4, vet, public).
const catalogue = checkText(fixture('catalogue.csv'), 'catalogue.csv');
// test/fixtures/local/providers.csv by hand: P5 (country XX) and a row without an id rejected;
// BE: P1 (policy yes, then again with no: one provider, which has published it), P2 (no), P3
// (not said); FR: P4 (yes).
const providers = checkText(fixture('providers.csv'), 'providers.csv');

let engine: ConsoleEngine;

/** The local tables made from the offers or providers given, as the page makes them. */
async function localTables(input: { offers?: Uint8Array; providers?: Uint8Array }) {
	if (input.offers) await engine.local.append(LOCAL_OFFER_ROWS_TABLE, input.offers);
	if (input.providers) await engine.local.append(LOCAL_PROVIDER_ROWS_TABLE, input.providers);
	await engine.local.rows(LOCAL_SETUP_SQL);
	await engine.local.rows(LOCAL_REGISTER_VIEWS_SQL);
	const tables: Record<string, Record<string, unknown>[]> = {};
	for (const spec of LOCAL_TABLES.filter((s) => !s.inputs.includes('issuance'))) {
		tables[spec.name] = await engine.local.rows(spec.sql);
	}
	await engine.local.rows(DROP_LOCAL_REGISTER_VIEWS_SQL);
	await engine.local.drop(LOCAL_OFFER_ROWS_TABLE);
	await engine.local.drop(LOCAL_PROVIDER_ROWS_TABLE);
	return tables;
}

const principles = (rows: Record<string, unknown>[]) =>
	rows.map((r) => [r.geo, r.principle, r.basis, r.units, r.units_meeting, r.share]);

beforeAll(async () => {
	engine = await openConsoleEngine(await openAsyncDuckDBInNode());
});
afterAll(() => engine?.terminate());

describe('a catalogue file, aggregated in the browser', () => {
	it('accepts the offers a reader accepts by hand, and rejects the others with reasons', () => {
		expect(catalogue.summary).toMatchObject({ kind: 'catalogue', accepted: 5, rejected: 2 });
		expect(catalogue.summary.rejections.map((r) => [r.line, r.rule])).toEqual([
			[7, 'country.unknown'],
			[8, 'field.missing']
		]);
		expect(catalogue.offers.map((o) => o.line)).toEqual([2, 3, 4, 5, 6]);
		expect(catalogue.accepted).toEqual([]);
	});

	it('counts offers, public ones and providers per country and type, and the share listed', async () => {
		const tables = await localTables({ offers: offersBatch(catalogue.offers) });
		expect(
			tables.local_supply.map((r) => [
				r.geo,
				r.provider_type,
				r.offers,
				r.offers_in_public_catalogue,
				r.share_in_public_catalogue,
				r.providers
			])
		).toEqual([
			['BE', '_T', 4, 2, 50, 3],
			['BE', 'hei', 2, 1, 50, 1],
			['BE', 'vet', 1, 0, 0, 1],
			['BE', 'UNK', 1, 1, 100, 1],
			['FR', '_T', 1, 1, 100, 1],
			['FR', 'vet', 1, 1, 100, 1]
		]);
		expect(principles(tables.local_annex2_principles)).toEqual([
			['BE', 'information_public_catalogue', 'offers', 4, 2, 50],
			['FR', 'information_public_catalogue', 'offers', 1, 1, 100]
		]);
		const sources = [...tables.local_supply, ...tables.local_annex2_principles].map(
			(r) => r.source
		);
		expect(new Set(sources)).toEqual(new Set(['local, unpublished']));
	});
});

describe('a provider register, aggregated in the browser', () => {
	it('accepts the providers a reader accepts by hand', () => {
		expect(providers.summary).toMatchObject({ kind: 'provider', accepted: 5, rejected: 2 });
		expect(providers.summary.rejections.map((r) => [r.line, r.rule])).toEqual([
			[6, 'country.unknown'],
			[7, 'field.missing']
		]);
		expect(providers.providers.map((p) => p.line)).toEqual([2, 3, 4, 5, 8]);
	});

	it('counts the providers with a recognition policy published, each provider once', async () => {
		const tables = await localTables({ providers: providersBatch(providers.providers) });
		expect(principles(tables.local_annex2_principles)).toEqual([
			['BE', 'recognition_policy', 'providers', 3, 1, (100.0 * 1) / 3],
			['FR', 'recognition_policy', 'providers', 1, 1, 100]
		]);
		// No offers: no supply.
		expect(tables.local_supply).toEqual([]);
	});

	it('makes each local table from its inputs only', () => {
		const inputs = Object.fromEntries(LOCAL_TABLES.map((s) => [s.name, s.inputs]));
		expect(inputs).toEqual({
			local_uptake: ['issuance'],
			local_annex1_completeness: ['issuance'],
			local_supply: ['offers'],
			local_annex2_principles: ['offers', 'providers']
		});
	});
});
