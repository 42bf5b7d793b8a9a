// A hand-made record store for the indicator tests. Every expectation in the tests is counted by
// hand from the rows below; the comments say what each group of rows is there to exercise.
//
// Issuance (54 rows: 53 in Member States, 1 in Norway, which the EU tables leave out):
//
// | geo | year | learners                       | records | provider                      |
// |-----|------|--------------------------------|---------|-------------------------------|
// | AT  | 2022 | a01 a02 a03                    | 3       | AT-H1 hei                     |
// | AT  | 2023 | a01 a02 (3 records each)       | 10      | AT-H1 hei                     |
// |     |      | a03-a06                        |         |                               |
// | AT  | 2023 | a07-a10                        | 4       | AT-V1 vet (the 4-learner cell)|
// | AT  | 2023 | a11-a15                        | 5       | AT-E1 employer                |
// | AT  | 2024 | a01 (5) a16 (3) a17-a21 x1 (2) | 15      | AT-H1 hei                     |
// | BE  | 2023 | b01-b07                        | 7       | BE-H1 hei                     |
// | BE  | 2023 | b08-b10                        | 3       | BE-H2 hei (not in register)   |
// | BE  | 2024 | x1 (also in AT 2024)           | 1       | none (UNK) hei                |
// | BE  | 2024 | b02-b06                        | 5       | BE-H1 hei                     |
// | NO  | 2023 | n01                            | 1       | NO-1                          |
import { createTableSql } from '../../../../pipelines/stages/store-schema';
import {
	CATALOGUE_STORE_COLUMNS,
	ISSUANCE_STORE_COLUMNS,
	PROVIDER_STORE_COLUMNS,
	type StoreColumn
} from '../../../../pipelines/stages/store-schema';
import type { ProtectedTable } from '../../../../pipelines/disclosure/protected-table';
import { openNativeDuckDB, type NativeDuckDB } from '../../../../pipelines/stages/duckdb-native';

type Values = Record<string, string | number | boolean | null>;

const ALL_ELEMENTS = 2047;

const ISSUANCE_DEFAULTS: Values = {
	title: 'Data analysis basics',
	awarding_body: 'Test awarding body',
	learning_outcomes: 'Analyse data',
	ects: 10,
	eqf_level: 6,
	assessment_type: 'exam',
	participation_form: 'online',
	quality_assurance: 'external_provider',
	stackability: 'stackable',
	provider_type: 'hei',
	learning_setting: 'non_formal',
	field: '06',
	topic: 'digital',
	digital_format: 'edc',
	sealed: true,
	funding: 'public',
	in_nqf: true,
	annex_i_present: ALL_ELEMENTS,
	source_format: 'csv',
	source_file: 'fixture.csv'
};

let serial = 0;

export function issuance(
	learner: string | null,
	geo: string,
	date: string,
	over: Values = {}
): Values {
	serial++;
	return {
		...ISSUANCE_DEFAULTS,
		learner_pseudonym: learner,
		credential_id: `c${String(serial).padStart(3, '0')}`,
		issuer_country: geo,
		issuer_countries: geo,
		issue_date: date,
		year: Number(date.slice(0, 4)),
		source_line: serial,
		...over
	};
}

function range(prefix: string, from: number, to: number): string[] {
	const out: string[] = [];
	for (let i = from; i <= to; i++) out.push(`${prefix}${String(i).padStart(2, '0')}`);
	return out;
}

function buildIssuance(): Values[] {
	serial = 0;
	const rows: Values[] = [];
	const hei = { provider_id: 'AT-H1' };

	// AT 2022: three learners only, so every cell of the year is suppressed.
	for (const l of range('a', 1, 3)) rows.push(issuance(l, 'AT', '2022-06-01', hei));

	// AT 2023, AT-H1: a01 and a02 change attributes between records (latest known one counts).
	const a01 = [
		{ education_level: 'medium', labour_status: 'employed' },
		{ education_level: 'low', labour_status: 'unemployed' },
		{ education_level: null, labour_status: null }
	];
	const a02 = [
		{ education_level: 'low', labour_status: 'unemployed' },
		{ education_level: 'high', labour_status: 'unemployed' },
		{ education_level: null, labour_status: 'unemployed' }
	];
	const dates = ['2023-01-10', '2023-05-01', '2023-09-01'];
	const older = { age_band: '55-64', migrant_background: true };
	dates.forEach((d, i) => rows.push(issuance('a01', 'AT', d, { ...hei, ...older, ...a01[i] })));
	dates.forEach((d, i) => rows.push(issuance('a02', 'AT', d, { ...hei, ...older, ...a02[i] })));
	const a03to06: Values[] = [
		{ labour_status: 'unemployed' },
		{ labour_status: 'long_term_unemployed' },
		{ labour_status: 'employed' },
		{ labour_status: 'employed' }
	];
	range('a', 3, 6).forEach((l, i) =>
		rows.push(
			issuance(l, 'AT', '2023-04-01', { ...hei, ...older, education_level: 'low', ...a03to06[i] })
		)
	);

	// AT 2023, AT-V1: the vet cell of four learners; weaker on the Annex II principles.
	const vet: Values = {
		provider_id: 'AT-V1',
		provider_type: 'vet',
		quality_assurance: 'internal',
		assessment_type: 'none',
		stackability: 'standalone',
		digital_format: 'pdf',
		sealed: false,
		in_nqf: null,
		education_level: 'medium',
		labour_status: 'employed',
		age_band: '55-64',
		migrant_background: false
	};
	range('a', 7, 10).forEach((l) =>
		rows.push(
			issuance(
				l,
				'AT',
				'2023-04-01',
				l === 'a07' ? { ...vet, ects: null, workload_hours: 40, topic: null } : vet
			)
		)
	);

	// AT 2023, AT-E1: employer, 4.5 ECTS, digital and green, no learning outcomes (element vi).
	const employer: Values = {
		provider_id: 'AT-E1',
		provider_type: 'employer',
		ects: 4.5,
		topic: 'digital;green',
		digital_format: 'open_badges_2',
		quality_assurance: 'accredited_programme',
		learning_outcomes: null,
		annex_i_present: ALL_ELEMENTS - 32
	};
	range('a', 11, 15).forEach((l, i) =>
		rows.push(
			issuance(l, 'AT', '2023-04-01', {
				...employer,
				...(i < 2
					? { labour_status: 'employed', age_band: '55-64' }
					: { labour_status: null, age_band: '35-44' }),
				migrant_background: l === 'a11' ? false : null
			})
		)
	);

	// AT 2024: 15 credentials of 8 learners; x1 also learns in Belgium later that year.
	for (let i = 0; i < 5; i++) rows.push(issuance('a01', 'AT', '2024-02-01', hei));
	for (let i = 0; i < 3; i++) {
		rows.push(issuance('a16', 'AT', '2024-02-01', { ...hei, education_level: 'low' }));
	}
	for (const l of range('a', 17, 20)) {
		rows.push(issuance(l, 'AT', '2024-02-01', { ...hei, education_level: 'low' }));
	}
	rows.push(issuance('a21', 'AT', '2024-02-01', hei));
	for (let i = 0; i < 2; i++) {
		rows.push(issuance('x1', 'AT', '2024-03-01', { ...hei, education_level: 'low' }));
	}

	// BE 2023: ECTS exactly on the band boundaries, EQF given three other ways.
	const be2023: Values[] = [
		{ ects: 0.99, eqf_level: null, qf_ehea_cycle: 'first' },
		{ ects: 1, eqf_level: null },
		{ ects: 5, eqf_level: null, annex_i_present: ALL_ELEMENTS - 128 },
		{ ects: 15 },
		{ ects: 30 },
		{ ects: 14.99 },
		{ ects: 10 },
		{ provider_id: 'BE-H2', ects: 10 },
		{ provider_id: 'BE-H2', ects: 10 },
		{ provider_id: 'BE-H2', ects: null, workload_hours: null }
	];
	range('b', 1, 10).forEach((l, i) =>
		rows.push(
			issuance(l, 'BE', '2023-05-01', {
				provider_id: 'BE-H1',
				labour_status: i < 5 ? 'unemployed' : 'employed',
				age_band: '25-34',
				...be2023[i]
			})
		)
	);

	// BE 2024: x1 (latest record, 'high') and five learners of BE-H1.
	rows.push(issuance('x1', 'BE', '2024-06-01', { provider_id: null, education_level: 'high' }));
	for (const l of range('b', 2, 6)) {
		rows.push(issuance(l, 'BE', '2024-02-01', { provider_id: 'BE-H1' }));
	}

	// Not a Member State: left out of every table.
	rows.push(issuance('n01', 'NO', '2023-05-01', { provider_id: 'NO-1' }));
	return rows;
}

const CATALOGUE: Values[] = [
	{
		offer_id: 'O1',
		provider_id: 'AT-H1',
		provider_type: 'hei',
		country: 'AT',
		in_public_catalogue: true
	},
	// O1 again (a duplicate row): counted once.
	{
		offer_id: 'O1',
		provider_id: 'AT-H1',
		provider_type: 'hei',
		country: 'AT',
		in_public_catalogue: true
	},
	// No provider type on the offer: taken from the register (vet).
	{
		offer_id: 'O2',
		provider_id: 'AT-V1',
		provider_type: null,
		country: 'AT',
		in_public_catalogue: false
	},
	{
		offer_id: 'O3',
		provider_id: 'AT-E1',
		provider_type: 'employer',
		country: 'AT',
		in_public_catalogue: true
	},
	{
		offer_id: 'O4',
		provider_id: 'BE-H1',
		provider_type: 'hei',
		country: 'BE',
		in_public_catalogue: true
	},
	{
		offer_id: 'O5',
		provider_id: 'BE-H1',
		provider_type: 'hei',
		country: 'BE',
		in_public_catalogue: null
	},
	{
		offer_id: 'O6',
		provider_id: 'NO-1',
		provider_type: 'hei',
		country: 'NO',
		in_public_catalogue: true
	}
];

const PROVIDERS: Values[] = [
	{
		provider_id: 'AT-H1',
		name: 'Hochschule Test',
		country: 'AT',
		provider_type: 'hei',
		recognition_policy_published: true
	},
	{
		provider_id: 'AT-V1',
		name: 'Berufsschule Test',
		country: 'AT',
		provider_type: 'vet',
		recognition_policy_published: false
	},
	{
		provider_id: 'AT-E1',
		name: 'Firma Test',
		country: 'AT',
		provider_type: 'employer',
		recognition_policy_published: null
	},
	{
		provider_id: 'BE-H1',
		name: 'Université Test',
		country: 'BE',
		provider_type: 'hei',
		recognition_policy_published: true
	},
	{
		provider_id: 'NO-1',
		name: 'Høgskole Test',
		country: 'NO',
		provider_type: 'hei',
		recognition_policy_published: true
	}
];

/** Adults aged 25-64. */
const ADULT_POPULATION: [string, number, number, string][] = [
	['AT', 2022, 10_000, ''],
	['AT', 2024, 20_000, 'p'],
	['EU27_2020', 2023, 100_000, '']
];

/** Groups' shares of the population: AT low-qualified in 2020 and 2024, BE rural (all ages). */
export const GROUP_BASELINES: [string, string, number, number, string, string][] = [
	['low_qualified', 'AT', 2020, 25, 'Y25-64', 'b'],
	['low_qualified', 'AT', 2024, 20, 'Y25-64', ''],
	['rural', 'BE', 2023, 40, 'all_ages', '']
];

const X = 'AES_FE_NFE_X_GOJT';
const TOTAL = 'sex=T;age=Y25-64';
const LOW = 'age=Y25-64;isced11=ED0-2';
const OFFICIAL_LONG: [string, string, number, string, number, string][] = [
	[X, 'AT', 2016, TOTAL, 50, ''],
	[X, 'AT', 2016, LOW, 25, ''],
	[X, 'AT', 2022, TOTAL, 40, ''],
	[X, 'AT', 2022, LOW, 10, 'u'],
	// Unemployed only in 2016: the latest wave with both rates is 2016.
	[X, 'AT', 2016, 'age=Y25-64;wstatus=UNE', 30, ''],
	// Another indicator with the same breakdown: not the one used.
	['AES_FE_NFE', 'AT', 2022, LOW, 99, ''],
	[X, 'EU27_2020', 2022, TOTAL, 39.5, ''],
	[X, 'EU27_2020', 2022, LOW, 18.4, ''],
	[X, 'EU27_2020', 2022, 'sex=T;age=Y55-64', 29.9, 'b'],
	// A group rate without the total of its year: no baseline for Belgium.
	[X, 'BE', 2022, LOW, 20, '']
];

async function insert(
	db: NativeDuckDB,
	table: string,
	columns: readonly StoreColumn[],
	rows: Values[]
) {
	const placeholders = columns.map((c) => `CAST(? AS ${c.type})`).join(', ');
	for (const row of rows) {
		await db.run(
			`INSERT INTO ${table} VALUES (${placeholders})`,
			columns.map((c) => row[c.name] ?? null)
		);
	}
}

export async function openFixtureStore(): Promise<NativeDuckDB> {
	const db = await openNativeDuckDB();
	await db.run(createTableSql('issuance', ISSUANCE_STORE_COLUMNS));
	await db.run(createTableSql('catalogue', CATALOGUE_STORE_COLUMNS));
	await db.run(createTableSql('providers', PROVIDER_STORE_COLUMNS));
	await createOfficialTables(db);
	await insert(db, 'issuance', ISSUANCE_STORE_COLUMNS, buildIssuance());
	await insert(
		db,
		'catalogue',
		CATALOGUE_STORE_COLUMNS,
		CATALOGUE.map((o) => ({ title: `Offer ${o.offer_id}`, provider_name: 'x', ...o }))
	);
	await insert(db, 'providers', PROVIDER_STORE_COLUMNS, PROVIDERS);
	for (const p of ADULT_POPULATION)
		await db.run('INSERT INTO adult_population VALUES (?, ?, ?, ?)', p);
	for (const b of GROUP_BASELINES)
		await db.run('INSERT INTO group_baselines VALUES (?, ?, ?, ?, ?, ?)', b);
	for (const o of OFFICIAL_LONG) {
		await db.run('INSERT INTO official_long VALUES (?, ?, ?, ?, ?, ?)', o);
	}
	return db;
}

/** A store holding only the given issuance records. */
export async function openStoreWith(records: Values[]): Promise<NativeDuckDB> {
	const db = await openEmptyStore();
	await insert(db, 'issuance', ISSUANCE_STORE_COLUMNS, records);
	return db;
}

/** An empty store: every table present, no rows. */
export async function openEmptyStore(): Promise<NativeDuckDB> {
	const db = await openNativeDuckDB();
	await db.run(createTableSql('issuance', ISSUANCE_STORE_COLUMNS));
	await db.run(createTableSql('catalogue', CATALOGUE_STORE_COLUMNS));
	await db.run(createTableSql('providers', PROVIDER_STORE_COLUMNS));
	await createOfficialTables(db);
	return db;
}

/** The official inputs' tables of the record store (provider-pipeline.ts), empty. */
async function createOfficialTables(db: NativeDuckDB) {
	await db.run(
		'CREATE TABLE adult_population (geo VARCHAR, year INTEGER, value DOUBLE, flags VARCHAR)'
	);
	await db.run(
		'CREATE TABLE group_baselines ("group" VARCHAR, geo VARCHAR, year INTEGER, share DOUBLE, ' +
			'basis VARCHAR, flags VARCHAR)'
	);
	await db.run(
		'CREATE TABLE official_long (indicator_code VARCHAR, geo VARCHAR, year INTEGER, ' +
			'breakdown VARCHAR, value DOUBLE, flags VARCHAR)'
	);
}

type Row = Record<string, unknown>;

/** The one row matching every given column, or a failure naming the filter. */
export function pick<R extends Row>(rows: readonly R[], where: Row): R {
	const found = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
	if (found.length !== 1) {
		throw new Error(`expected one row for ${JSON.stringify(where)}, found ${found.length}`);
	}
	return found[0];
}

/** Rows of a published table, column values zipped back into objects. */
export function rowsOf(table: {
	columns: readonly { name: string; values: readonly unknown[] }[];
}) {
	const n = table.columns[0]?.values.length ?? 0;
	return Array.from({ length: n }, (_, i) =>
		Object.fromEntries(table.columns.map((c) => [c.name, c.values[i]]))
	);
}

/** The true rows of a protected table (the counts before perturbation), for hand-computed checks. */
export function truthOf(table: ProtectedTable): Row[] {
	return table.truth.map((row) => ({ ...row }));
}

/** The rows as they would be published when the audit hides nothing: perturbed, then derived. */
export function publishedOf(table: ProtectedTable): Row[] {
	return table.derive(table.perturbed);
}
