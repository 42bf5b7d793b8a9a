// The manifest of published tables: written by the pipelines, read by the site and the browser.
// One validator serves both sides so that a manifest the site cannot read is never published.

export const MANIFEST_SCHEMA_VERSION = 1;

export type ColumnType = 'utf8' | 'float64' | 'int32' | 'bool';
export type DataKind = 'official' | 'synthetic';

export interface ManifestColumn {
	readonly name: string;
	readonly type: ColumnType;
	readonly description?: string;
}

export interface ManifestInput {
	/** Path relative to the data directory it was read from. */
	readonly path: string;
	readonly sha256: string;
}

export interface ManifestSource {
	/** Eurostat dataset code or another stable identifier of the source. */
	readonly dataset: string;
	readonly title: string;
	readonly publisher: string;
	readonly licence: string;
	readonly attribution: string;
	/** Date the source was extracted (YYYY-MM-DD), or null when the source does not state it. */
	readonly extractionDate: string | null;
	readonly extractionNote?: string;
	readonly url?: string;
	readonly inputs: readonly ManifestInput[];
}

/** How a table's counts of persons or records are protected (pipelines/disclosure). */
export interface ManifestProtection {
	readonly method: 'cell-key perturbation';
	/** The largest change the perturbation makes to a count. */
	readonly maxPerturbation: number;
	/** Counts from 1 to minCell - 1 are the ones no outsider may read off. */
	readonly minCell: number;
	/** The perturbed count columns; rates and shares are computed from them. */
	readonly counts: readonly string[];
	/** Cells hidden (flag c) because the audit could recover them even perturbed. */
	readonly hiddenCells: number;
}

export interface ManifestTable {
	readonly name: string;
	readonly file: string;
	readonly rows: number;
	readonly bytes: number;
	readonly sha256: string;
	readonly kind: DataKind;
	readonly columns: readonly ManifestColumn[];
	readonly source: ManifestSource;
	/** Meaning of each flag letter that occurs in the table. */
	readonly flags: Readonly<Record<string, string>>;
	readonly unit?: string;
	/** Present on tables of counts of persons or records. */
	readonly protection?: ManifestProtection;
}

export interface Manifest {
	readonly schemaVersion: number;
	readonly pipelineVersion: string;
	/**
	 * When the inputs were last changed (ISO 8601), or SOURCE_DATE_EPOCH: a time that depends only
	 * on the inputs, so that a re-run on the same files gives the same manifest.
	 */
	readonly generatedAt: string;
	readonly tables: readonly ManifestTable[];
}

export class ManifestError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ManifestError';
	}
}

const COLUMN_TYPES: readonly string[] = ['utf8', 'float64', 'int32', 'bool'];
const TABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function need(cond: unknown, where: string, what: string): asserts cond {
	if (!cond) throw new ManifestError(`manifest ${where}: ${what}`);
}

function checkString(o: Json, key: string, where: string): string {
	need(
		typeof o[key] === 'string' && (o[key] as string).length > 0,
		where,
		`"${key}" must be a non-empty string`
	);
	return o[key] as string;
}

function checkSource(s: unknown, where: string): void {
	need(isObject(s), where, '"source" must be an object');
	for (const key of ['dataset', 'title', 'publisher', 'licence', 'attribution'])
		checkString(s, key, `${where}.source`);
	need(
		s.extractionDate === null ||
			(typeof s.extractionDate === 'string' && DATE.test(s.extractionDate)),
		`${where}.source`,
		'"extractionDate" must be YYYY-MM-DD or null'
	);
	need(Array.isArray(s.inputs), `${where}.source`, '"inputs" must be an array');
	s.inputs.forEach((input: unknown, i: number) => {
		need(isObject(input), `${where}.source.inputs[${i}]`, 'must be an object');
		checkString(input, 'path', `${where}.source.inputs[${i}]`);
		need(
			SHA256.test(String(input.sha256)),
			`${where}.source.inputs[${i}]`,
			'"sha256" must be 64 hex digits'
		);
	});
}

function checkTable(t: unknown, i: number, names: Set<string>): void {
	const where = `tables[${i}]`;
	need(isObject(t), where, 'must be an object');
	const name = checkString(t, 'name', where);
	need(TABLE_NAME.test(name), where, `table name "${name}" must be a lower-case SQL identifier`);
	need(!names.has(name), where, `table name "${name}" repeated`);
	names.add(name);
	const file = checkString(t, 'file', where);
	need(
		!file.includes('/') && !file.includes('\\') && file.endsWith('.arrows'),
		where,
		`file "${file}" must be a bare .arrows name`
	);
	need(
		Number.isInteger(t.rows) && (t.rows as number) >= 0,
		where,
		'"rows" must be a non-negative integer'
	);
	need(
		Number.isInteger(t.bytes) && (t.bytes as number) > 0,
		where,
		'"bytes" must be a positive integer'
	);
	need(SHA256.test(String(t.sha256)), where, '"sha256" must be 64 hex digits');
	need(
		t.kind === 'official' || t.kind === 'synthetic',
		where,
		'"kind" must be official or synthetic'
	);
	need(
		Array.isArray(t.columns) && t.columns.length > 0,
		where,
		'"columns" must be a non-empty array'
	);
	t.columns.forEach((c: unknown, j: number) => {
		need(isObject(c), `${where}.columns[${j}]`, 'must be an object');
		checkString(c, 'name', `${where}.columns[${j}]`);
		need(
			COLUMN_TYPES.includes(c.type as string),
			`${where}.columns[${j}]`,
			`unknown type "${String(c.type)}"`
		);
	});
	checkSource(t.source, where);
	need(isObject(t.flags), where, '"flags" must be an object');
	if (t.protection !== undefined) checkProtection(t.protection, t.columns, `${where}.protection`);
}

function checkProtection(p: unknown, columns: readonly unknown[], where: string): void {
	need(isObject(p), where, 'must be an object');
	need(p.method === 'cell-key perturbation', where, '"method" must be "cell-key perturbation"');
	for (const key of ['maxPerturbation', 'minCell', 'hiddenCells']) {
		need(
			Number.isInteger(p[key]) && (p[key] as number) >= 0,
			where,
			`"${key}" must be a non-negative integer`
		);
	}
	const names = new Set(columns.map((c) => (c as Json).name));
	need(
		Array.isArray(p.counts) && p.counts.every((c) => typeof c === 'string' && names.has(c)),
		where,
		'"counts" must list columns of the table'
	);
}

/** Validates parsed JSON as a manifest; throws a ManifestError naming the offending field. */
export function parseManifest(json: unknown): Manifest {
	need(isObject(json), 'root', 'must be an object');
	need(
		json.schemaVersion === MANIFEST_SCHEMA_VERSION,
		'root',
		`schemaVersion must be ${MANIFEST_SCHEMA_VERSION}`
	);
	checkString(json, 'pipelineVersion', 'root');
	need(
		typeof json.generatedAt === 'string' && !Number.isNaN(Date.parse(json.generatedAt)),
		'root',
		'"generatedAt" must be an ISO 8601 time'
	);
	need(Array.isArray(json.tables), 'root', '"tables" must be an array');
	const names = new Set<string>();
	json.tables.forEach((t: unknown, i: number) => checkTable(t, i, names));
	return json as unknown as Manifest;
}

export function findTable(manifest: Manifest, name: string): ManifestTable {
	const table = manifest.tables.find((t) => t.name === name);
	if (!table) throw new ManifestError(`manifest has no table "${name}"`);
	return table;
}
