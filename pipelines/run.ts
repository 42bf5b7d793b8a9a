import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PipelineOptions } from './cli-args';
import { checkDataDirs, isSyntheticDir, MissingDataError } from './inputs/data-dirs';
import { discoverInputs, PROVIDER_FOLDERS, type InputFile } from './inputs/discover-inputs';
import { officialIndicatorsTable } from './stages/official-long-tables';
import { memberStateShapesTable } from './stages/member-state-shapes';
import { participationTargetsTable } from './stages/participation-targets';
import { readOfficialStatistics } from './stages/official-statistics';
import { DEMO_KEY_FILE, runProviderPipeline } from './stages/provider-pipeline';
import { checkPseudonymKey, PseudonymKeyError } from './stages/pseudonym-key';
import { checkOutputLocations, OutputLocationError, removeTempFiles } from './output-locations';
import { InputError } from './report/input-issue';
import { publishTables, type TableToPublish } from './publish/publish-tables';
import { IssueLog } from './report/issue-log';
import { createProgress } from './report/progress';
import { createRunReport, errorRate, RUN_REPORT_FILE, writeRunReport } from './report/run-report';
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

/**
 * A run stopped on something no input or option explains (a bug, a disk that filled up). The run
 * report, when it could be written, holds what was read until then, the message and the stack.
 */
export class UnexpectedFailure extends Error {
	constructor(
		readonly failure: unknown,
		/** The run report written for the failed run, or undefined when it could not be. */
		readonly reportPath: string | undefined
	) {
		super(failure instanceof Error ? failure.message : String(failure), { cause: failure });
		this.name = 'UnexpectedFailure';
	}
}

/** Failures whose message says all (inputs, options): passed on as they are. */
function isExplained(error: unknown): boolean {
	return (
		error instanceof ErrorRateExceeded ||
		error instanceof InputError ||
		error instanceof MissingDataError ||
		error instanceof PseudonymKeyError ||
		error instanceof OutputLocationError
	);
}

export async function runPipelines(options: PipelineOptions, log: (line: string) => void) {
	const dataDirs = checkDataDirs(options.dataDirs);
	const inputs = discoverInputs(dataDirs);
	const providerData = PROVIDER_FOLDERS.some((folder) => inputs[folder].length > 0);
	// Usage errors before any work: the key, then every output folder (created and probed).
	checkPseudonymKey({
		env: process.env,
		keyFile: options.keyFile,
		demoKeyFile: providerData ? DEMO_KEY_FILE : undefined
	});
	const outputDirs = checkOutputLocations([
		{ option: '--out', path: options.outDir },
		{ option: '--report-dir', path: options.reportDir },
		{ option: '--work-dir', path: options.workDir }
	]);
	const report = createRunReport(PIPELINE_VERSION);
	const issues = new IssueLog(options.reportDir, { console: log });
	let issuesCommitted = false;
	const commitIssues = () => {
		issues.commit();
		issuesCommitted = true;
	};
	const progress = createProgress({ quiet: options.quiet });
	const tables: TableToPublish[] = [];
	const extra: Record<string, unknown> = {
		minCell: options.minCell,
		maxErrorRate: options.maxErrorRate
	};
	try {
		const officialFiles = [...inputs.eurostat, ...inputs.targets, ...inputs.baselines];
		log(
			officialFiles.length === 0
				? 'no official statistics found (folders eurostat/, targets/, baselines/)'
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
		const shapes = await memberStateShapesTable(inputs.gisco, log);
		if (shapes) tables.push(shapes);

		if (providerData) {
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
					// A provider file not read at all (an image, UTF-16 without a byte-order mark)
					// holds records nobody counted: as if all were quarantined, more than any error
					// rate below 1 allows (publishing without them would understate uptake).
					const unread = report.files.filter(
						(f) =>
							f.unit === 'file' &&
							f.quarantined > 0 &&
							PROVIDER_FOLDERS.some((folder) => f.file.startsWith(`${folder}/`))
					);
					if (unread.length > 0 && options.maxErrorRate < 1) {
						throw new ErrorRateExceeded(
							`${unread.map((f) => f.file).join(', ')} could not be read at all: ` +
								`nothing was published. See ${resolve(options.reportDir)}/quarantine.csv.`
						);
					}
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
		const manifest = await publishTables({
			outDir: options.outDir,
			pipelineVersion: PIPELINE_VERSION,
			generatedAt: inputsTime(Object.values(inputs).flat()),
			tables
		});
		commitIssues();
		await writeRunReport({ reportDir: options.reportDir, report, issues, extra });
		for (const t of manifest.tables)
			log(`published ${t.name} (${t.kind}): ${t.rows} rows, ${t.bytes} bytes`);
		return { manifest, report };
	} catch (error) {
		const explained = isExplained(error);
		const message = error instanceof Error ? error.message : String(error);
		const failed: Record<string, unknown> = { failed: message };
		if (!explained) {
			report.notes.push(`the run stopped on an unexpected failure: ${message}`);
			if (error instanceof Error && error.stack) failed.failedStack = error.stack;
		}
		// What was read so far: the quarantine and warnings up to the failure, and the report.
		if (!issuesCommitted) {
			try {
				commitIssues();
			} catch {
				issues.abort();
			}
		}
		let reportPath: string | undefined = join(resolve(options.reportDir), RUN_REPORT_FILE);
		try {
			await writeRunReport({
				reportDir: options.reportDir,
				report,
				issues,
				extra: { ...extra, ...failed }
			});
		} catch {
			reportPath = undefined;
		}
		removeTempFiles(outputDirs);
		if (explained) throw error;
		throw new UnexpectedFailure(error, reportPath);
	}
}
