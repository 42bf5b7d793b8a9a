import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PipelineOptions } from './cli-args';
import { discoverInputs } from './official/discover-inputs';
import { officialIndicatorsTable } from './official/long-tables';
import { participationTargetsTable } from './official/participation-targets';
import { readOfficialStatistics } from './official/read-official';
import { publishTables, type TableToPublish } from './publish/publish-tables';
import { writeRunReport, type RunReport } from './report/run-report';
import { PIPELINE_VERSION } from './version';

export class MissingDataError extends Error {}

function checkDataDirs(dirs: readonly string[]): string[] {
	return dirs.map((dir) => {
		const absolute = resolve(dir);
		if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
			throw new MissingDataError(
				`The data directory ${absolute} does not exist. It holds the inputs (Eurostat tables, ` +
					`provider records); pass its location with --data-dir DIR.`
			);
		}
		return absolute;
	});
}

export async function runPipelines(options: PipelineOptions, log: (line: string) => void) {
	const dataDirs = checkDataDirs(options.dataDirs);
	const inputs = discoverInputs(dataDirs);
	const report: RunReport = { pipelineVersion: PIPELINE_VERSION, files: [] };
	const tables: TableToPublish[] = [];

	const officialFiles = [...inputs.eurostat, ...inputs.targets];
	if (officialFiles.length === 0) log('no official statistics found (eurostat/, targets/)');
	log(`reading ${officialFiles.length} official statistics files`);
	const official = await readOfficialStatistics(officialFiles);
	report.files.push(...official.reports);
	tables.push(...official.tables);
	if (official.long.length > 0) {
		tables.push(officialIndicatorsTable(official.long, official.longInputs));
		const targets = participationTargetsTable(official.long, official.longInputs);
		if (targets) tables.push(targets);
	}

	const manifest = await publishTables({
		outDir: options.outDir,
		pipelineVersion: PIPELINE_VERSION,
		tables
	});
	await writeRunReport(options.reportDir, report);
	for (const t of manifest.tables) log(`published ${t.name}: ${t.rows} rows, ${t.bytes} bytes`);
	return { manifest, report };
}
