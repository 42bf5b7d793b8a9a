import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PipelineOptions } from './cli-args';
import { eurostatColumns, flagsLegend } from './eurostat-table';
import { publishTables, type TableToPublish } from './publish/publish-tables';
import { sha256File } from './publish/sha256';
import { readEurostatTsv } from './readers/eurostat-tsv';
import { writeRunReport, type RunReport } from './report/run-report';
import { LFS_PARTICIPATION_4W, type OfficialSource } from './sources/official-sources';
import { PIPELINE_VERSION } from './version';

export class MissingDataError extends Error {}

async function officialTsvTable(dataDir: string, source: OfficialSource, report: RunReport) {
	const path = join(dataDir, source.path);
	if (!existsSync(path)) {
		throw new MissingDataError(
			`${path}: missing; this official table cannot be published without it.`
		);
	}
	const tsv = await readEurostatTsv({ path, file: source.path });
	const columns = eurostatColumns(tsv);
	const cells = tsv.linesRead * tsv.header.periods.length;
	report.files.push({
		file: source.path,
		unit: 'cell',
		read: cells,
		accepted: tsv.observations.length,
		quarantined: tsv.quarantined.length,
		issues: tsv.quarantined
	});
	const table: TableToPublish = {
		name: source.table,
		kind: 'official',
		unit: source.unit,
		columns,
		flags: flagsLegend(tsv.observations.map((o) => o.flags)),
		source: {
			dataset: source.dataset,
			title: source.title,
			publisher: source.publisher,
			licence: source.licence,
			attribution: source.attribution,
			url: source.url,
			extractionDate: source.extractionDate,
			extractionNote: source.extractionNote,
			inputs: [{ path: source.path, sha256: await sha256File(path) }]
		}
	};
	return table;
}

export async function runPipelines(options: PipelineOptions, log: (line: string) => void) {
	const dataDir = resolve(options.dataDir);
	if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
		throw new MissingDataError(
			`The data directory ${dataDir} does not exist. It holds the public reference data ` +
				`(Eurostat tables); pass its location with --data-dir DIR.`
		);
	}
	const report: RunReport = { pipelineVersion: PIPELINE_VERSION, files: [] };
	log(`reading ${LFS_PARTICIPATION_4W.path}`);
	const tables = [await officialTsvTable(dataDir, LFS_PARTICIPATION_4W, report)];
	const manifest = await publishTables({
		outDir: options.outDir,
		pipelineVersion: PIPELINE_VERSION,
		tables
	});
	await writeRunReport(options.reportDir, report);
	for (const t of manifest.tables) log(`published ${t.name}: ${t.rows} rows, ${t.bytes} bytes`);
	return { manifest, report };
}
