import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PipelineOptions } from './cli-args';
import { checkDataDirs, isSyntheticDir } from './inputs/data-dirs';
import { discoverInputs, PROVIDER_FOLDERS, type InputFile } from './inputs/discover-inputs';
import { officialIndicatorsTable } from './stages/official-long-tables';
import { participationTargetsTable } from './stages/participation-targets';
import { readOfficialStatistics } from './stages/official-statistics';
import { runProviderPipeline } from './stages/provider-pipeline';
import { publishTables, type TableToPublish } from './publish/publish-tables';
import { IssueLog } from './report/issue-log';
import { createProgress } from './report/progress';
import { createRunReport, errorRate, writeRunReport } from './report/run-report';
import { PIPELINE_VERSION } from './version';

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the newest input's modification time. */
function inputsTime(files: readonly InputFile[]): string {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
	const newest = files.reduce(
		(t, f) => Math.max(t, Math.floor(statSync(f.path).mtimeMs / 1000)),
		0
	);
	return new Date(newest * 1000).toISOString();
}

/** More records were quarantined than --max-error-rate allows: nothing is published. */
export class ErrorRateExceeded extends Error {}

export async function runPipelines(options: PipelineOptions, log: (line: string) => void) {
	const dataDirs = checkDataDirs(options.dataDirs);
	const inputs = discoverInputs(dataDirs);
	const report = createRunReport(PIPELINE_VERSION);
	const issues = new IssueLog(options.reportDir);
	const progress = createProgress({ quiet: options.quiet });
	const tables: TableToPublish[] = [];
	const extra: Record<string, unknown> = {
		minCell: options.minCell,
		maxErrorRate: options.maxErrorRate
	};
	try {
		const officialFiles = [...inputs.eurostat, ...inputs.targets];
		log(
			officialFiles.length === 0
				? 'no official statistics found (folders eurostat/, targets/)'
				: `reading ${officialFiles.length} official statistics files`
		);
		const syntheticDirs = new Set(dataDirs.filter(isSyntheticDir));
		const official = await readOfficialStatistics(officialFiles, (f) =>
			syntheticDirs.has(f.dataDir)
		);
		const longKind = official.longSynthetic ? 'synthetic' : 'official';
		report.files.push(...official.reports);
		for (const issue of official.issues) issues.add(issue);
		tables.push(...official.tables);
		if (official.long.length > 0) {
			tables.push(officialIndicatorsTable(official.long, official.longInputs, longKind));
			const targets = participationTargetsTable(official.long, official.longInputs, longKind);
			if (targets) tables.push(targets);
		}

		if (PROVIDER_FOLDERS.some((folder) => inputs[folder].length > 0)) {
			const provider = await runProviderPipeline({
				pipeline: options,
				inputs,
				dataDirs,
				official,
				report,
				issues,
				progress,
				log,
				beforeIndicators: () => {
					const rate = errorRate(report);
					if (rate > options.maxErrorRate) {
						throw new ErrorRateExceeded(
							`${(rate * 100).toFixed(2)} % of the records were quarantined, more than ` +
								`--max-error-rate ${options.maxErrorRate}: nothing was published. ` +
								`See ${resolve(options.reportDir)}/quarantine.csv.`
						);
					}
				}
			});
			extra.recordData = { kind: provider.kind, stored: provider.stored };
			tables.push(...provider.tables);
		} else {
			log(
				'no provider data found (folders issuance/, credentials/, catalogue/, providers/, measures/)'
			);
		}
	} catch (error) {
		issues.commit();
		await writeRunReport({
			reportDir: options.reportDir,
			report,
			issues,
			extra: { ...extra, failed: String((error as Error).message) }
		});
		throw error;
	}
	const manifest = await publishTables({
		outDir: options.outDir,
		pipelineVersion: PIPELINE_VERSION,
		generatedAt: inputsTime(Object.values(inputs).flat()),
		tables
	});
	issues.commit();
	await writeRunReport({ reportDir: options.reportDir, report, issues, extra });
	for (const t of manifest.tables)
		log(`published ${t.name} (${t.kind}): ${t.rows} rows, ${t.bytes} bytes`);
	return { manifest, report };
}
