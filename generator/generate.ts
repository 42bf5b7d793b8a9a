import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { CATALOGUE_DIRTY_KINDS, catalogueDirt, createOffers, offerRow } from './catalogue';
import { CATALOGUE_COLUMNS, MEASURE_COLUMNS, PROVIDER_COLUMNS } from './columns';
import { createCountryTraits } from './country-traits';
import { createCredentials } from './credentials';
import { CsvWriter, PLAIN_CSV, type CsvFormat } from './csv-writer';
import { daysFromCivil, parseIsoDate } from './dates';
import { ISSUANCE_DIRTY_KINDS } from './dirty';
import { DIRTY_ROWS_COLUMNS, DirtyLedger } from './ledger';
import { learnerId } from './learners';
import {
	buildManifest,
	buildReadme,
	csvManifestEntry,
	type ManifestFile,
	type ManifestFacts
} from './manifest';
import { createMeasures, MEASURE_DIRTY_KINDS, measureDirt } from './measures';
import { loadPopulation } from './population';
import { createRng, hashString } from './prng';
import { exportProfile } from './profiles';
import { createProviders, PROVIDER_DIRTY_KINDS, providerDirt, providerRow } from './providers';
import { Staging } from './staging';
import { insertDirtyRows, type PlacedRow } from './table-dirt';
import { writeIssuance } from './write-issuance';

export interface GenerateOptions {
	readonly records: number;
	readonly seed: string;
	readonly outDir: string;
	/** Folder holding eurostat/demo_pjan_total_T_subset.tsv; fallback weights without it. */
	readonly dataDir?: string;
	readonly fromYear: number;
	readonly toYear: number;
	/** Date of the extract (ISO); no clean issue date is later. */
	readonly asOf: string;
	readonly dirtyRate: number;
	readonly credentials?: number;
	readonly log?: (line: string) => void;
	/** Called as issuance rows are written; throwing from it aborts the run (used by tests). */
	readonly onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
	readonly outDir: string;
	readonly manifest: Record<string, unknown>;
	readonly ledger: Record<string, unknown>;
}

const TOP_LEVEL = [
	'providers',
	'catalogue',
	'measures',
	'credentials',
	'credentials-expected.json',
	'issuance',
	'dirty-rows.csv',
	'dirty-ledger.json',
	'README-synthetic.txt',
	'manifest.json'
];

const TABLE_KINDS = {
	issuance: ISSUANCE_DIRTY_KINDS,
	providers: PROVIDER_DIRTY_KINDS,
	catalogue: CATALOGUE_DIRTY_KINDS,
	measures: MEASURE_DIRTY_KINDS
};

export function validateOptions(o: GenerateOptions): void {
	const fail = (msg: string) => {
		throw new Error(msg);
	};
	if (!Number.isInteger(o.records) || o.records < 0) fail('--records must be a whole number ≥ 0');
	if (!Number.isInteger(o.fromYear) || !Number.isInteger(o.toYear)) fail('years must be integers');
	if (o.fromYear < 1990 || o.toYear > 2999 || o.fromYear > o.toYear) {
		fail(`bad year range ${o.fromYear}..${o.toYear}`);
	}
	const asOf = parseIsoDate(o.asOf);
	if (asOf === undefined) fail(`--as-of must be a valid yyyy-mm-dd date, got ${o.asOf}`);
	else if (asOf < daysFromCivil(o.fromYear, 1, 1)) fail('--as-of is before --from-year');
	if (!(o.dirtyRate >= 0 && o.dirtyRate <= 1)) fail('--dirty-rate must be between 0 and 1');
	if (!o.outDir) fail('--out is required');
}

export async function generateDataset(options: GenerateOptions): Promise<GenerateResult> {
	validateOptions(options);
	const log = options.log ?? (() => {});
	const seed = options.seed;
	const population = await loadPopulation(options.dataDir);
	population.messages.forEach((m) => log(m));
	const countries = createCountryTraits(seed, population.entries);
	const providers = createProviders(seed, countries);
	const offers = createOffers(seed, providers);
	const firstDay = daysFromCivil(options.fromYear, 1, 1);
	const lastDay = Math.min(
		parseIsoDate(options.asOf) as number,
		daysFromCivil(options.toYear, 12, 31)
	);

	await mkdir(options.outDir, { recursive: true });
	const tag = `${process.pid}-${hashString(seed)[0].toString(36)}`;
	const staging = await Staging.create(options.outDir, tag);
	const open: CsvWriter[] = [];
	const openWriter = async (relative: string, format: CsvFormat, header: readonly string[]) => {
		await staging.ensureDir(relative);
		const writer = new CsvWriter(staging.path(relative), format);
		open.push(writer);
		await writer.writeHeader(header);
		return writer;
	};
	try {
		const files: ManifestFile[] = [];
		const rowsOut = await openWriter('dirty-rows.csv', PLAIN_CSV, DIRTY_ROWS_COLUMNS);
		const ledger = new DirtyLedger(TABLE_KINDS, rowsOut);
		const plainShape = {
			format: PLAIN_CSV,
			dateStyle: 'iso' as const,
			decimalComma: false,
			headerStyle: 'snake' as const
		};

		const writeTable = async (
			table: string,
			relative: string,
			columns: readonly string[],
			placed: readonly PlacedRow[]
		) => {
			const writer = await openWriter(relative, PLAIN_CSV, columns);
			for (const row of placed) {
				const rowNo = writer.rows + 1;
				const line = writer.line;
				await writer.writeRow(row.fields);
				if (row.kind) await ledger.record(table, relative, rowNo, line, row.kind, row.column ?? '');
			}
			const written = await writer.close();
			ledger.setRows(table, relative, written.rows);
			files.push(csvManifestEntry(relative, table, written, plainShape));
		};

		const providerRows = providers.map(providerRow);
		await writeTable(
			'providers',
			'providers/providers.csv',
			PROVIDER_COLUMNS,
			insertDirtyRows(
				providerRows,
				createRng(seed, 'providers-dirt'),
				options.dirtyRate,
				PROVIDER_DIRTY_KINDS,
				providerDirt(providerRows)
			)
		);
		const offerRows = offers.map(offerRow);
		await writeTable(
			'catalogue',
			'catalogue/catalogue.csv',
			CATALOGUE_COLUMNS,
			insertDirtyRows(
				offerRows,
				createRng(seed, 'catalogue-dirt'),
				options.dirtyRate,
				CATALOGUE_DIRTY_KINDS,
				catalogueDirt(offerRows)
			)
		);
		const measureRows = createMeasures(seed, countries, lastDay);
		await writeTable(
			'measures',
			'measures/measures.csv',
			MEASURE_COLUMNS,
			insertDirtyRows(
				measureRows,
				createRng(seed, 'measures-dirt'),
				options.dirtyRate,
				MEASURE_DIRTY_KINDS,
				measureDirt(measureRows)
			)
		);

		await mkdir(staging.path('credentials'), { recursive: true });
		const credentials = createCredentials({
			seed,
			count: options.credentials ?? 20,
			countries,
			offers,
			firstDay,
			lastDay,
			learnerIdFor: (c, i) => learnerId(exportProfile(c.geo).learnerIdStyle, c, i)
		});
		for (const c of credentials) {
			await writeFile(staging.path(c.path), c.text);
			files.push(jsonEntry(c.path, 'credentials', c.text));
		}
		const expected = `${JSON.stringify(
			credentials.map((c) => c.expected),
			null,
			2
		)}\n`;
		await writeFile(staging.path('credentials-expected.json'), expected);
		files.push(jsonEntry('credentials-expected.json', 'credentials_expected', expected));

		const issuance = await writeIssuance({
			options,
			countries,
			providers,
			offers,
			lastDay,
			ledger,
			openWriter,
			log
		});
		files.push(...issuance.files);

		const rowsWritten = await rowsOut.close();
		files.push(csvManifestEntry('dirty-rows.csv', 'dirty_rows', rowsWritten, plainShape));
		const ledgerJson = {
			synthetic: true,
			seed,
			dirtyRate: options.dirtyRate,
			tables: ledger.toJSON()
		};
		const ledgerText = `${JSON.stringify(ledgerJson, null, 2)}\n`;
		await writeFile(staging.path('dirty-ledger.json'), ledgerText);
		files.push(jsonEntry('dirty-ledger.json', 'dirty_ledger', ledgerText));

		const input: ManifestFacts = {
			seed,
			records: options.records,
			fromYear: options.fromYear,
			toYear: options.toYear,
			asOf: options.asOf,
			dirtyRate: options.dirtyRate,
			population,
			distinctLearners: issuance.distinctLearners,
			cleanGaps: issuance.cleanGaps,
			files: files.sort((a, b) => (a.path < b.path ? -1 : 1))
		};
		const readme = buildReadme(input);
		await writeFile(staging.path('README-synthetic.txt'), readme);
		const manifest = buildManifest({
			...input,
			files: [...input.files, jsonEntry('README-synthetic.txt', 'readme', readme)]
		});
		await writeFile(staging.path('manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
		await staging.commit(TOP_LEVEL, 'manifest.json');
		return { outDir: options.outDir, manifest, ledger: ledgerJson };
	} catch (err) {
		open.forEach((w) => w.destroy());
		await staging.abort();
		throw err;
	}
}

function jsonEntry(path: string, table: string, text: string): ManifestFile {
	const bytes = Buffer.from(text, 'utf8');
	return {
		path,
		table,
		bytes: bytes.length,
		sha256: createHash('sha256').update(bytes).digest('hex')
	};
}
