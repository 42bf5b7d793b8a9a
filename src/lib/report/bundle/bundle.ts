import type { DataKind, Manifest } from '$core/contract/manifest';
import type { PublishedQuery, SqlParam } from '$core/queries/sql-query';
import { inlineParams } from './inline-sql';
import { BUNDLE_FORMAT_VERSION, METHOD_VERSIONS, type MethodVersion } from './method-versions';
import { columnsOf, rowsToCsv } from './rows-csv';
import { readZip, writeZip, ZipFormatError } from './zip';

// A report bundle: one ZIP with, for every figure of a report, the SQL it ran (parameters
// inlined, runnable as it stands in DuckDB) and the rows it drew (CSV); the release's published
// Arrow tables the figures read, when given; and manifest.json, with the report, the figures,
// the method versions, the published tables' checksums and the sha256 of every other file.
// Opened again, the files are checked against their checksums (a changed file is "tampered",
// by name) and every figure's SQL is run again on the published tables and compared with its rows.

export const BUNDLE_FORMAT = 'uptake-report-bundle';
export const BUNDLE_MANIFEST = 'manifest.json';
export const BUNDLE_README = 'README.txt';

/** One figure of a report, as the report page drew it. */
export interface BundleFigure {
	/** The figure's stable id (its anchor on the page). */
	readonly id: string;
	/** Its number in the report ("3" or "3.2"). */
	readonly number: number | string;
	readonly title: string;
	/** The SQL it ran, with `?` placeholders, and their values in order. */
	readonly sql: string;
	readonly params?: readonly SqlParam[];
	/** The published tables the SQL reads. */
	readonly tables: readonly string[];
	/** The rows the SQL returned, as drawn. */
	readonly rows: readonly Record<string, unknown>[];
}

/** What a report page gives to build its bundle. */
export interface ReportBundleInput {
	readonly report: {
		readonly id: string;
		readonly title: string;
		/** The data release the figures were computed on (the manifest's). */
		readonly release: { readonly pipelineVersion: string; readonly generatedAt: string };
		/** When the bundle was made (ISO 8601); stamps the ZIP entries too. */
		readonly generatedAt: string;
		readonly lang?: string;
		/** The page's address, for the README. */
		readonly url?: string;
	};
	readonly figures: readonly BundleFigure[];
	/** The published manifest (all tables, or at least those the figures read). */
	readonly manifest: Pick<Manifest, 'pipelineVersion' | 'generatedAt' | 'tables'>;
	/** The Arrow files of the tables the figures read, by table name, to carry in the bundle. */
	readonly tableFiles?: Readonly<Record<string, Uint8Array>>;
}

export interface BundleFileEntry {
	readonly path: string;
	readonly bytes: number;
	readonly sha256: string;
}

export interface BundleFigureEntry {
	readonly id: string;
	readonly number: number | string;
	readonly title: string;
	readonly tables: readonly string[];
	/** The runnable SQL (parameters inlined) and the rows' CSV, paths in the bundle. */
	readonly sqlFile: string;
	readonly csvFile: string;
	/** The SQL as the page ran it, with its parameters. */
	readonly sql: string;
	readonly params: readonly SqlParam[];
	readonly columns: readonly string[];
	readonly rows: number;
}

export interface BundleDataTable {
	readonly name: string;
	readonly file: string;
	readonly sha256: string;
	readonly rows: number;
	readonly kind: DataKind;
	readonly dataset: string;
	/** The path of its Arrow file in the bundle, when carried. */
	readonly bundled: string | null;
}

/** manifest.json of a bundle. */
export interface BundleManifest {
	readonly format: typeof BUNDLE_FORMAT;
	readonly formatVersion: number;
	readonly report: ReportBundleInput['report'];
	readonly methods: {
		readonly pipelineVersion: string;
		readonly methods: readonly MethodVersion[];
	};
	readonly data: {
		readonly pipelineVersion: string;
		readonly generatedAt: string;
		readonly tables: readonly BundleDataTable[];
	};
	readonly figures: readonly BundleFigureEntry[];
	/** Every other file of the bundle with its sha256. */
	readonly files: readonly BundleFileEntry[];
}

export class BundleError extends Error {}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A file stem from a figure's number and id: "03-target-distance". */
function figureStem(figure: BundleFigure, index: number): string {
	const number = String(figure.number).replace(/[^0-9A-Za-z.]+/g, '-');
	const id = figure.id.replace(/[^0-9A-Za-z_-]+/g, '-').slice(0, 60);
	return `${String(index + 1).padStart(2, '0')}-${number}-${id}`;
}

/** A line of an SQL comment: no line break can end the comment early. */
const commentLine = (text: string) => `-- ${text.replace(/[\r\n]+/g, ' ')}\n`;

function sqlFileText(figure: BundleFigure, runnable: string): string {
	return (
		commentLine(`Figure ${figure.number}: ${figure.title}`) +
		commentLine(`Tables: ${figure.tables.join(', ')}`) +
		commentLine('Parameters inlined; run it in DuckDB over the tables of data/ (see README.txt).') +
		`${runnable.trim()}\n`
	);
}

function readmeText(input: ReportBundleInput, manifest: Omit<BundleManifest, 'files'>): string {
	const lines = [
		`${input.report.title}`,
		`Report bundle (format ${BUNDLE_FORMAT} ${BUNDLE_FORMAT_VERSION}), made ${input.report.generatedAt}`,
		`Data release: pipeline ${input.report.release.pipelineVersion}, ${input.report.release.generatedAt}`,
		input.report.url ? `Page: ${input.report.url}` : '',
		'',
		'figures/NN-<number>-<id>.sql  the SQL behind each figure, parameters inlined',
		'figures/NN-<number>-<id>.csv  the rows the figure drew (as the SQL returned them)',
		'data/<table>.arrows           the published tables the figures read (Arrow IPC stream)',
		'manifest.json                 figures, method versions, table checksums, sha256 of every file',
		'',
		'To recompute a figure with the DuckDB command line:',
		'  INSTALL nanoarrow FROM community; LOAD nanoarrow;   -- reads Arrow IPC streams',
		"  CREATE TABLE <table> AS FROM read_arrow('data/<table>.arrows');   -- each table, by its name",
		'  .read figures/NN-<number>-<id>.sql',
		'and compare with the CSV. The Uptake site does it all in the browser at /report/verify.',
		'',
		'Figures:',
		...manifest.figures.map((f) => `  ${f.number}  ${f.title}  (${f.sqlFile})`)
	];
	return `${lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n')}\n`;
}

/** The bundle of a report, as ZIP bytes. */
export async function buildReportBundle(input: ReportBundleInput): Promise<Uint8Array> {
	const encoder = new TextEncoder();
	const files: { path: string; bytes: Uint8Array }[] = [];
	const figures: BundleFigureEntry[] = input.figures.map((figure, i) => {
		const stem = `figures/${figureStem(figure, i)}`;
		const params = figure.params ?? [];
		const columns = columnsOf(figure.rows);
		files.push(
			{
				path: `${stem}.sql`,
				bytes: encoder.encode(sqlFileText(figure, inlineParams(figure.sql, params)))
			},
			{ path: `${stem}.csv`, bytes: encoder.encode(rowsToCsv(figure.rows, columns)) }
		);
		return {
			id: figure.id,
			number: figure.number,
			title: figure.title,
			tables: [...figure.tables],
			sqlFile: `${stem}.sql`,
			csvFile: `${stem}.csv`,
			sql: figure.sql,
			params: [...params],
			columns,
			rows: figure.rows.length
		};
	});
	const used = new Set(input.figures.flatMap((f) => f.tables));
	const tables: BundleDataTable[] = input.manifest.tables
		.filter((t) => used.has(t.name))
		.map((t) => {
			const bytes = input.tableFiles?.[t.name];
			const bundled = bytes ? `data/${t.name}.arrows` : null;
			if (bytes && bundled) files.push({ path: bundled, bytes });
			return {
				name: t.name,
				file: t.file,
				sha256: t.sha256,
				rows: t.rows,
				kind: t.kind,
				dataset: t.source.dataset,
				bundled
			};
		});
	const missing = [...used].filter((name) => !tables.some((t) => t.name === name));
	if (missing.length > 0) throw new BundleError(`bundle: tables not in the manifest: ${missing}`);
	const body: Omit<BundleManifest, 'files'> = {
		format: BUNDLE_FORMAT,
		formatVersion: BUNDLE_FORMAT_VERSION,
		report: input.report,
		methods: { pipelineVersion: input.manifest.pipelineVersion, methods: METHOD_VERSIONS },
		data: {
			pipelineVersion: input.manifest.pipelineVersion,
			generatedAt: input.manifest.generatedAt,
			tables
		},
		figures
	};
	files.unshift({ path: BUNDLE_README, bytes: encoder.encode(readmeText(input, body)) });
	const entries: BundleFileEntry[] = [];
	for (const f of files)
		entries.push({ path: f.path, bytes: f.bytes.length, sha256: await sha256Hex(f.bytes) });
	const manifest: BundleManifest = { ...body, files: entries };
	const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, '\t')}\n`);
	return writeZip(
		[{ path: BUNDLE_MANIFEST, bytes: manifestBytes }, ...files],
		new Date(input.report.generatedAt)
	);
}

/** A bundle opened: its manifest, its files, and the entries whose ZIP CRC did not match. */
export interface ReportBundle {
	readonly manifest: BundleManifest;
	readonly files: ReadonlyMap<string, Uint8Array>;
	readonly crcErrors: readonly string[];
}

function isBundleManifest(value: unknown): value is BundleManifest {
	const m = value as Partial<BundleManifest> | null;
	return (
		typeof m === 'object' &&
		m !== null &&
		m.format === BUNDLE_FORMAT &&
		Array.isArray(m.figures) &&
		Array.isArray(m.files) &&
		typeof m.report === 'object' &&
		typeof m.data === 'object'
	);
}

/** Opens the ZIP bytes of a bundle; throws BundleError when they are not a report bundle. */
export function readReportBundle(bytes: Uint8Array): ReportBundle {
	let entries;
	try {
		entries = readZip(bytes);
	} catch (error) {
		throw new BundleError(error instanceof ZipFormatError ? error.message : String(error));
	}
	const files = new Map(entries.map((e) => [e.path, e.bytes]));
	const manifestBytes = files.get(BUNDLE_MANIFEST);
	if (!manifestBytes) throw new BundleError(`bundle: no ${BUNDLE_MANIFEST} in the archive`);
	let manifest: unknown;
	try {
		manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
	} catch {
		throw new BundleError(`bundle: ${BUNDLE_MANIFEST} is not JSON`);
	}
	if (!isBundleManifest(manifest))
		throw new BundleError(`bundle: ${BUNDLE_MANIFEST} is not a report bundle manifest`);
	return {
		manifest,
		files,
		crcErrors: entries.filter((e) => !e.crcOk).map((e) => e.path)
	};
}

export type FileStatus = 'ok' | 'tampered' | 'missing' | 'unlisted';
export type FigureStatus = 'matches' | 'differs' | 'tampered' | 'error';

export interface FileCheck {
	readonly path: string;
	readonly status: FileStatus;
}

/** The first cell where the recomputed rows and the bundle's differ. */
export interface FigureDifference {
	/** 0 is the header line, 1 the first row. */
	readonly line: number;
	readonly stored: string | null;
	readonly recomputed: string | null;
}

export interface FigureCheck {
	readonly id: string;
	readonly number: number | string;
	readonly title: string;
	readonly status: FigureStatus;
	/** The bundle files of the figure that fail their checksum (status tampered). */
	readonly tamperedFiles: readonly string[];
	readonly rows: { readonly stored: number; readonly recomputed: number | null };
	readonly difference: FigureDifference | null;
	/** Why the SQL could not run (status error). */
	readonly error: string | null;
}

export interface TableChange {
	readonly name: string;
	readonly bundled: string;
	/** The checksum published now, or null when the table is no longer published. */
	readonly published: string | null;
}

export interface BundleVerification {
	readonly files: readonly FileCheck[];
	/** Every file that fails its checksum, is missing, or is in the archive without a checksum. */
	readonly tampered: readonly string[];
	readonly figures: readonly FigureCheck[];
	/** Published tables whose checksum differs from the bundle's (a new data release). */
	readonly changedTables: readonly TableChange[];
	/** Every figure matches and no file is tampered. */
	readonly ok: boolean;
}

/** Runs one figure's SQL (parameters inlined) on the published tables it names. */
export type RunSql = (query: PublishedQuery) => Promise<Record<string, unknown>[]>;

/** Two CSV lines are equal, or differ only in the last digits of a floating-point number. */
function sameLine(a: string, b: string): boolean {
	if (a === b) return true;
	const ca = a.split(',');
	const cb = b.split(',');
	if (ca.length !== cb.length) return false;
	return ca.every((x, i) => {
		const y = cb[i];
		if (x === y) return true;
		const nx = Number(x);
		const ny = Number(y);
		if (x.trim() === '' || y.trim() === '' || !Number.isFinite(nx) || !Number.isFinite(ny))
			return false;
		return Math.abs(nx - ny) <= 1e-9 * Math.max(1, Math.abs(nx), Math.abs(ny));
	});
}

function firstDifference(stored: string, recomputed: string): FigureDifference | null {
	const a = stored.split('\n');
	const b = recomputed.split('\n');
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (a[i] === undefined || b[i] === undefined || !sameLine(a[i], b[i]))
			return { line: i, stored: a[i] ?? null, recomputed: b[i] ?? null };
	}
	return null;
}

/**
 * Checks every file of a bundle against its checksum, then runs every figure's SQL again and
 * compares its rows with the bundle's CSV. `published`: the manifest published now, to say which
 * tables changed since the bundle was made.
 */
export async function verifyReportBundle(
	bundle: ReportBundle,
	runSql: RunSql,
	options: { published?: Pick<Manifest, 'tables'> } = {}
): Promise<BundleVerification> {
	const { manifest } = bundle;
	const listed = new Set(manifest.files.map((f) => f.path));
	const files: FileCheck[] = [];
	for (const entry of manifest.files) {
		const bytes = bundle.files.get(entry.path);
		let status: FileStatus = 'ok';
		if (!bytes) status = 'missing';
		else if (
			bundle.crcErrors.includes(entry.path) ||
			bytes.length !== entry.bytes ||
			(await sha256Hex(bytes)) !== entry.sha256
		)
			status = 'tampered';
		files.push({ path: entry.path, status });
	}
	for (const path of bundle.files.keys())
		if (path !== BUNDLE_MANIFEST && !listed.has(path)) files.push({ path, status: 'unlisted' });
	if (bundle.crcErrors.includes(BUNDLE_MANIFEST))
		files.unshift({ path: BUNDLE_MANIFEST, status: 'tampered' });
	const tampered = files.filter((f) => f.status !== 'ok').map((f) => f.path);
	const decoder = new TextDecoder();

	const figures: FigureCheck[] = [];
	for (const figure of manifest.figures) {
		const base = { id: figure.id, number: figure.number, title: figure.title };
		const own = [figure.sqlFile, figure.csvFile];
		const tamperedFiles = own.filter(
			(path) => tampered.includes(path) || !listed.has(path) || !bundle.files.has(path)
		);
		const stored = decoder.decode(bundle.files.get(figure.csvFile) ?? new Uint8Array());
		const storedRows = Math.max(0, stored.split('\n').filter((l) => l !== '').length - 1);
		if (tamperedFiles.length > 0) {
			figures.push({
				...base,
				status: 'tampered',
				tamperedFiles,
				rows: { stored: storedRows, recomputed: null },
				difference: null,
				error: null
			});
			continue;
		}
		const sql = decoder.decode(bundle.files.get(figure.sqlFile));
		try {
			const rows = await runSql({ sql, params: [], tables: figure.tables });
			const recomputed = rowsToCsv(rows, figure.columns.length > 0 ? figure.columns : undefined);
			const difference = firstDifference(stored, recomputed);
			const sameColumns =
				rows.length === 0 || columnsOf(rows).join(',') === figure.columns.join(',');
			figures.push({
				...base,
				status: difference === null && sameColumns ? 'matches' : 'differs',
				tamperedFiles: [],
				rows: { stored: storedRows, recomputed: rows.length },
				difference,
				error: null
			});
		} catch (error) {
			figures.push({
				...base,
				status: 'error',
				tamperedFiles: [],
				rows: { stored: storedRows, recomputed: null },
				difference: null,
				error: error instanceof Error ? error.message : String(error)
			});
		}
	}

	const published = new Map((options.published?.tables ?? []).map((t) => [t.name, t.sha256]));
	const changedTables: TableChange[] = options.published
		? manifest.data.tables
				.filter((t) => published.get(t.name) !== t.sha256)
				.map((t) => ({ name: t.name, bundled: t.sha256, published: published.get(t.name) ?? null }))
		: [];
	return {
		files,
		tampered,
		figures,
		changedTables,
		ok: tampered.length === 0 && figures.every((f) => f.status === 'matches')
	};
}

/** A figure of a report page for its bundle: its query as the page ran it, and its rows. */
export function bundleFigure(options: {
	id: string;
	number: number | string;
	title: string;
	query: PublishedQuery;
	rows: readonly unknown[];
}): BundleFigure {
	return {
		id: options.id,
		number: options.number,
		title: options.title,
		sql: options.query.sql,
		params: options.query.params,
		tables: options.query.tables,
		rows: options.rows as readonly Record<string, unknown>[]
	};
}

/** The bundle's file name: "uptake-report-eu-2026-12-04.zip". */
export function bundleFileName(report: Pick<ReportBundleInput['report'], 'id' | 'generatedAt'>) {
	const id = report.id.replace(/[^0-9A-Za-z_-]+/g, '-').toLowerCase();
	return `uptake-report-${id}-${report.generatedAt.slice(0, 10)}.zip`;
}
