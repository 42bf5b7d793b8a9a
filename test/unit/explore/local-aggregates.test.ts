import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDuckDB, type NativeDuckDB } from '../../../pipelines/stages/duckdb-native';
import {
	LOCAL_ROWS_TABLE,
	LOCAL_SETUP_SQL,
	LOCAL_SOURCE,
	LOCAL_TABLES,
	localRecordsViewSql
} from '$lib/explore/local/local-aggregates';
import {
	LOCAL_RECORD_COLUMNS,
	LocalRecordBatches,
	localRecordRow
} from '$lib/explore/local/local-records';
import { localTableFromRows, localTableRows } from '$lib/explore/local/local-table';
import { checkDirtyIssuance } from './local-fixture';

type Row = Record<string, unknown>;

// The fixture's 7 accepted records, by hand (learner: 001 twice, ana@ in two spellings):
//   BE 2024: C1 (001), C2 (002), C8 (007), C10 (ana), C11 (ana): 5 credentials, 4 learners
//   BE 2023: C3 (001, no learning outcomes): 1 credential, 1 learner
//   FR 2024: C4 (003, EQF level empty: not applicable): 1 credential, 1 learner
const { accepted } = checkDirtyIssuance();
// Pseudonyms as the worker would make them: here a stand-in per canonical learner.
const learnerOf = (id: string | null) => (id === null ? null : `p_${id.trim().toLowerCase()}`);
const rows = accepted.map(({ record, line }) =>
	localRecordRow(record, learnerOf(record.learner_id), line)
);

let db: NativeDuckDB;
const tables: Record<string, Row[]> = {};

const literal = (v: string | number | null) =>
	v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`;

beforeAll(async () => {
	db = await openNativeDuckDB();
	const types = { utf8: 'VARCHAR', int32: 'INTEGER', float64: 'DOUBLE' };
	const columns = Object.entries(LOCAL_RECORD_COLUMNS);
	await db.run(
		`CREATE TABLE ${LOCAL_ROWS_TABLE} (${columns.map(([n, t]) => `${n} ${types[t]}`).join(', ')})`
	);
	const values = rows
		.map((row) => `(${columns.map(([n]) => literal(row[n as keyof typeof row])).join(', ')})`)
		.join(', ');
	await db.run(`INSERT INTO ${LOCAL_ROWS_TABLE} VALUES ${values}`);
	await db.run(localRecordsViewSql('dirty-issuance.csv'));
	await db.run(LOCAL_SETUP_SQL);
	for (const spec of LOCAL_TABLES.filter((s) => s.inputs.includes('issuance')))
		tables[spec.name] = await db.all<Row>(spec.sql);
});
afterAll(() => db.close());

const find = (table: string, where: Row) =>
	tables[table].filter((row) => Object.entries(where).every(([k, v]) => row[k] === v));

describe('the local tables, by the indicator SQL of the pipelines', () => {
	it('maps an accepted record to the store columns the SQL reads', () => {
		expect(rows[0]).toMatchObject({
			learner_pseudonym: 'p_learner-001',
			credential_id: 'C1',
			issuer_country: 'BE',
			year: 2024,
			eqf_level: 6,
			ects: 2,
			topic: 'digital',
			source_line: 2
		});
		expect(rows[0].annex_i_present).toBe(2047);
		expect(rows[2].annex_i_present).toBe(2047 - 32); // C3: no learning outcomes (element vi)
	});

	it('counts credentials and distinct learners per country and year', () => {
		const total = (geo: string, year: number) =>
			find('local_uptake', { geo, year, dimension: 'provider_type', category: '_T' })[0];
		expect(total('BE', 2024)).toMatchObject({ credentials: 5, learners: 4 });
		expect(total('BE', 2023)).toMatchObject({ credentials: 1, learners: 1 });
		expect(total('FR', 2024)).toMatchObject({ credentials: 1, learners: 1 });
		expect(find('local_uptake', { geo: 'EU27_2020' })).toEqual([]);
	});

	it('breaks them down as the published uptake table does', () => {
		const be = (dimension: string, category: string) =>
			find('local_uptake', { geo: 'BE', year: 2024, dimension, category })[0];
		// Topics: digital C1, C10, C11 (learners 001 and ana); green C2, C8.
		expect(be('topic', 'digital')).toMatchObject({ credentials: 3, learners: 2 });
		expect(be('topic', 'green')).toMatchObject({ credentials: 2, learners: 2 });
		// ECTS bands: 2, 5, 3, 2, 2 -> 1-5: four; 5-15: one.
		expect(be('ects_band', '1-5')).toMatchObject({ credentials: 4 });
		expect(be('ects_band', '5-15')).toMatchObject({ credentials: 1 });
		// FR's EQF level is empty in a file with the column: not applicable.
		expect(
			find('local_uptake', { geo: 'FR', dimension: 'eqf_level', category: 'NAP' })[0]
		).toMatchObject({ credentials: 1 });
		expect(be('field', '06')).toMatchObject({ credentials: 2, learners: 1 });
		expect(tables.local_uptake.every((row) => row.source === LOCAL_SOURCE)).toBe(true);
	});

	it('measures Annex I completeness', () => {
		const el = (geo: string, year: number, element: string) =>
			find('local_annex1_completeness', { geo, year, element })[0];
		expect(el('BE', 2024, 'all')).toMatchObject({
			records: 5,
			records_with_element: 5,
			share: 100
		});
		expect(el('BE', 2023, '6')).toMatchObject({ records: 1, records_with_element: 0, share: 0 });
		expect(el('BE', 2023, 'all')).toMatchObject({ records_with_element: 0 });
		expect(el('BE', 2023, '5')).toMatchObject({ records_with_element: 1, share: 100 });
		expect(tables.local_annex1_completeness.every((r) => r.source === LOCAL_SOURCE)).toBe(true);
	});

	it('keeps a table as Arrow, and reads it back', () => {
		const spec = LOCAL_TABLES[0];
		const table = localTableFromRows(spec, tables[spec.name]);
		expect(table.rows).toBe(tables[spec.name].length);
		expect(localTableRows(table)).toEqual(tables[spec.name]);
	});

	it('sends the records as Arrow batches of the store columns', () => {
		const batches = new LocalRecordBatches();
		for (const row of rows) batches.push(row);
		const table = tableFromIPC(batches.take());
		expect(table.numRows).toBe(7);
		expect(table.schema.fields.map((f) => f.name)).toEqual(Object.keys(LOCAL_RECORD_COLUMNS));
		expect(table.getChild('learner_pseudonym')!.get(0)).toBe('p_learner-001');
		expect(table.getChild('eqf_level')!.get(3)).toBeNull();
		expect(batches.rows).toBe(0);
	});
});
