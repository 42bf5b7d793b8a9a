import { join } from 'node:path';
import type { DataKind, ManifestInput } from '../../core/contract/manifest';
import type { PipelineOptions } from '../cli-args';
import { isSyntheticDir } from '../inputs/data-dirs';
import type { InputFile, InputFolder } from '../inputs/discover-inputs';
import type { OfficialStatistics } from './official-statistics';
import type { TableToPublish } from '../publish/publish-tables';
import { computeIndicatorTables } from '../indicators/compute-indicators';
import { protectTables } from '../disclosure/protect-tables';
import { DERIVED_CELLS, PUBLISHED_RELATIONS } from '../disclosure/relations';
import { sha256File } from '../publish/sha256';
import { loadPseudonymKey } from './pseudonym-key';
import { createPseudonymiser } from './pseudonymise';
import type { IssueLog } from '../report/issue-log';
import type { Progress } from '../report/progress';
import type { RunReport } from '../report/run-report';
import { openNativeDuckDB, type NativeDuckDB } from './duckdb-native';
import { CATALOGUE_STORE_COLUMNS, PROVIDER_STORE_COLUMNS } from './store-schema';
import { stageIssuance } from './issuance-stage';
import { credentialElementsTable, measuresTable } from './provider-tables';
import { readMeasures, stageCatalogue, stageProviders } from './reference-stage';
import { loadStagedTable, storeIssuance } from './store-stage';
import {
	ADULT_POPULATION_TABLE,
	computeBaselines,
	GROUP_BASELINES_TABLE
} from '../indicators/population-baselines';

export const DEMO_KEY_FILE = '.uptake/pseudonym.key';

async function checksums(files: readonly InputFile[]): Promise<ManifestInput[]> {
	return Promise.all(files.map(async (f) => ({ path: f.name, sha256: await sha256File(f.path) })));
}

/** Rows into a new table of the record store, 500 at a time. */
async function insertRows(
	db: NativeDuckDB,
	table: string,
	columns: string,
	rows: readonly (readonly (string | number | null)[])[]
) {
	await db.run(`CREATE OR REPLACE TABLE ${table} (${columns})`);
	const width = columns.split(',').length;
	const placeholders = `(${Array.from({ length: width }, () => '?').join(', ')})`;
	for (let i = 0; i < rows.length; i += 500) {
		const chunk = rows.slice(i, i + 500);
		await db.run(
			`INSERT INTO ${table} VALUES ${chunk.map(() => placeholders).join(', ')}`,
			chunk.flat()
		);
	}
}

/** The official inputs the indicators read: baselines and long-format statistics. */
async function loadOfficialIntoDb(db: NativeDuckDB, official: OfficialStatistics) {
	const baselines = computeBaselines(official.statTables);
	await insertRows(
		db,
		ADULT_POPULATION_TABLE,
		'geo VARCHAR, year INTEGER, value DOUBLE, flags VARCHAR',
		baselines.adults.map((a) => [a.geo, a.year, a.adults, a.flags])
	);
	await insertRows(
		db,
		GROUP_BASELINES_TABLE,
		'"group" VARCHAR, geo VARCHAR, year INTEGER, share DOUBLE, basis VARCHAR, flags VARCHAR',
		baselines.groups.map((g) => [g.group, g.geo, g.year, g.share, g.basis, g.flags])
	);
	await insertRows(
		db,
		'official_long',
		'indicator_code VARCHAR, geo VARCHAR, year INTEGER, breakdown VARCHAR, value DOUBLE, flags VARCHAR',
		official.long.map((o) => [o.indicator, o.geo, o.year, o.breakdown, o.value, o.flags])
	);
}

export interface ProviderResult {
	readonly tables: TableToPublish[];
	readonly kind: DataKind;
	readonly stored: number;
}

/**
 * Provider data end to end: read and validate, pseudonymise, store (Parquet by country and year),
 * indicators as SQL, disclosure control. Returns the tables to publish.
 */
export async function runProviderPipeline(options: {
	pipeline: PipelineOptions;
	inputs: Record<InputFolder, InputFile[]>;
	dataDirs: readonly string[];
	official: OfficialStatistics;
	report: RunReport;
	issues: IssueLog;
	progress: Progress;
	log: (line: string) => void;
	beforeIndicators: () => void;
}): Promise<ProviderResult> {
	const { pipeline, inputs, report, issues, progress, log } = options;
	const kind: DataKind = options.dataDirs.some(isSyntheticDir) ? 'synthetic' : 'official';
	const workDir = pipeline.workDir;
	const key = loadPseudonymKey({
		env: process.env,
		keyFile: pipeline.keyFile,
		demoKeyFile: DEMO_KEY_FILE
	});
	log(
		key.generated
			? `pseudonymisation: generated a demo key in ${DEMO_KEY_FILE} (keep it to get the same pseudonyms next time)`
			: `pseudonymisation: key from ${key.origin}`
	);
	const pseudonymise = createPseudonymiser(key.key);
	const db = await openNativeDuckDB({ tempDir: join(workDir, 'duckdb-tmp') });
	try {
		const staged = await stageIssuance({
			csvFiles: inputs.issuance,
			credentialFiles: inputs.credentials,
			stagingPath: join(workDir, 'staging', 'issuance.csv'),
			credentialReportPath: join(pipeline.reportDir, 'credentials.csv'),
			pseudonymise,
			issues,
			progress,
			today: pipeline.today
		});
		progress.stage('catalogue and providers');
		const catalogue = await stageCatalogue({
			files: inputs.catalogue,
			stagingPath: join(workDir, 'staging', 'catalogue.csv'),
			issues,
			progress
		});
		const providers = await stageProviders({
			files: inputs.providers,
			stagingPath: join(workDir, 'staging', 'providers.csv'),
			issues,
			progress
		});
		const measures = await readMeasures({ files: inputs.measures, issues, progress });
		progress.done();

		log('storing the records (Parquet, partitioned by country and year)');
		const stored = await storeIssuance({
			db,
			stagingPath: join(workDir, 'staging', 'issuance.csv'),
			sourceFiles: staged.sourceFiles,
			storeDir: join(workDir, 'store', 'issuance'),
			issues
		});
		for (const counts of staged.counts) {
			const duplicates = stored.duplicatesByFile.get(counts.file) ?? 0;
			report.files.push({
				...counts,
				accepted: counts.accepted - duplicates,
				quarantined: counts.quarantined + duplicates,
				duplicates
			});
		}
		report.files.push(...catalogue.counts, ...providers.counts, ...measures.counts);
		await loadStagedTable({
			db,
			table: 'catalogue',
			stagingPath: join(workDir, 'staging', 'catalogue.csv'),
			columns: CATALOGUE_STORE_COLUMNS,
			rows: catalogue.rows
		});
		await loadStagedTable({
			db,
			table: 'providers',
			stagingPath: join(workDir, 'staging', 'providers.csv'),
			columns: PROVIDER_STORE_COLUMNS,
			rows: providers.rows
		});
		await loadOfficialIntoDb(db, options.official);

		options.beforeIndicators();
		log(`computing indicators over ${stored.stored.toLocaleString('en')} stored records`);
		const recordInputs = await checksums([
			...inputs.issuance,
			...inputs.credentials,
			...inputs.catalogue,
			...inputs.providers
		]);
		const indicators = await computeIndicatorTables({
			db,
			minCell: pipeline.minCell,
			kind,
			inputs: recordInputs
		});
		const toProtect = [...indicators.protected];
		if (staged.elements.length > 0) {
			toProtect.push(
				credentialElementsTable({
					elements: staged.elements,
					kind,
					minCell: pipeline.minCell,
					inputs: await checksums(inputs.credentials)
				})
			);
		}
		log(`protecting ${toProtect.length} tables of counts and auditing them as an outsider would`);
		const protection = await protectTables({
			tables: toProtect,
			relations: PUBLISHED_RELATIONS,
			derived: DERIVED_CELLS,
			minCell: pipeline.minCell
		});
		const { summary } = protection;
		report.disclosure = summary;
		log(
			`disclosure: ${summary.countCells} counts perturbed (mean change ` +
				`${summary.meanAbsoluteChange.toFixed(2)}), ${summary.audit.sensitiveCells} small ` +
				`counts proved not recoverable over ${summary.audit.relations} relations, ` +
				`${summary.hiddenCells.length} hidden, ${Math.round(protection.millis)} ms`
		);
		const tables = [...protection.tables, ...indicators.plain];
		if (measures.measures.length > 0) {
			tables.push(
				measuresTable({
					measures: measures.measures,
					kind,
					inputs: await checksums(inputs.measures)
				})
			);
		}
		return { tables, kind, stored: stored.stored };
	} finally {
		db.close();
	}
}
