import { ANNEX_I_MANDATORY, type IssuanceRecord } from '../../core/contract/issuance-record';
import { csvLine } from '../../core/export/csv-cell';
import { LineWriter } from '../report/line-writer';
import { validateIssuanceRow } from '../../core/contract/validate';
import type { InputFile } from '../inputs/discover-inputs';
import type { Pseudonymise } from './pseudonymise';
import { readCredentialsFiles } from '../read/read-credentials-file';
import type { IssueLog } from '../report/issue-log';
import type { Progress } from '../report/progress';
import type { FileCounts } from '../report/run-report';
import { ISSUANCE_STAGING_COLUMNS } from './store-schema';
import { readValidatedCsv } from '../read/validated-csv';
import { StagingWriter } from './staging-writer';
import { encodeStoreRow } from './store-row';
import { compareText } from '../publish/compare-text';
import { credentialKey, tallyCredential } from './provider-tables';

export interface ElementCount {
	readonly format: string;
	readonly element: number;
	readonly status: 'found' | 'missing' | 'not_mappable';
	count: number;
	/** Cell key: sum of the counted credentials' keys (credentialKey) modulo CELL_KEY_MODULUS. */
	key: number;
}

export interface StagedIssuance {
	readonly counts: FileCounts[];
	readonly staged: number;
	/** Per credential format, how often each mandatory Annex I element was found. */
	readonly elements: ElementCount[];
	/** The input files by the number the staging file gives them (source_file_number). */
	readonly sourceFiles: string[];
}

function maskLearner(pseudonymise: Pseudonymise) {
	return (raw: Record<string, string>) => {
		const id = raw.learner_id?.trim();
		return id ? { ...raw, learner_id: pseudonymise(id) } : raw;
	};
}

/**
 * Issuance CSV files and digital credentials, validated and pseudonymised, into one staging
 * file for DuckDB. Nothing with a raw learner identifier leaves this function.
 */
export async function stageIssuance(options: {
	csvFiles: readonly InputFile[];
	credentialFiles: readonly InputFile[];
	stagingPath: string;
	/** Where the per-credential report of Annex I elements goes (a report, never published). */
	credentialReportPath: string;
	pseudonymise: Pseudonymise;
	issues: IssueLog;
	progress: Progress;
	today?: string;
}): Promise<StagedIssuance> {
	const { pseudonymise, issues, progress } = options;
	const staging = new StagingWriter(options.stagingPath, ISSUANCE_STAGING_COLUMNS, encodeStoreRow);
	const counts: FileCounts[] = [];
	const maskRow = maskLearner(pseudonymise);
	const validateOptions = { today: options.today };
	let sequence = 0;
	const sourceFiles: string[] = [];
	const fileNumbers = new Map<string, number>();
	const fileNumber = (file: string) => {
		let n = fileNumbers.get(file);
		if (n === undefined) fileNumbers.set(file, (n = sourceFiles.push(file) - 1));
		return n;
	};
	// The row is written at once, so the pseudonym's bytes can go in the array the next call reuses.
	const stage = (record: IssuanceRecord, format: string, file: number, line: number) =>
		staging.write({
			record,
			pseudonym: record.learner_id === null ? null : pseudonymise.bytes(record.learner_id),
			sourceFormat: format,
			sourceFileNumber: file,
			sourceLine: line,
			sequence: ++sequence
		});
	try {
		progress.stage('issuance records');
		for (const input of options.csvFiles) {
			const file = fileNumber(input.name);
			counts.push(
				await readValidatedCsv({
					input,
					kind: 'issuance',
					validate: (raw) => validateIssuanceRow(raw, validateOptions),
					accept: (record, line) => stage(record, 'csv', file, line),
					issues,
					progress,
					maskRow
				})
			);
		}
		const elements = new Map<string, ElementCount>();
		if (options.credentialFiles.length > 0) {
			progress.stage('digital credentials');
			// One line per credential: which mandatory elements it carries. No identifier of the
			// learner or of the credential (ids can hold names); the file and position locate it.
			const report = new LineWriter(options.credentialReportPath);
			report.write(
				csvLine(['file', 'index', 'format', ...ANNEX_I_MANDATORY.map((e) => `element_${e.roman}`)])
			);
			const byPath = new Map(options.credentialFiles.map((f) => [f.path, f]));
			const results = await readCredentialsFiles(options.credentialFiles.map((f) => f.path));
			for (const result of results) {
				const name = byPath.get(result.file)?.name ?? result.file;
				const fileCounts = {
					file: name,
					unit: 'credential' as const,
					read: 0,
					accepted: 0,
					quarantined: 0
				};
				for (const error of result.errors) {
					fileCounts.read++;
					fileCounts.quarantined++;
					issues.add({
						severity: 'error',
						file: name,
						// An element of an array is located by its position, like the credentials read.
						line: error.index === undefined ? (error.line ?? 0) : error.index + 1,
						column: error.column ?? 0,
						rule: `credential.${error.kind}`,
						message:
							error.index === undefined
								? error.message
								: `credential #${error.index + 1}: ${error.message}`
					});
				}
				// OB 2.0 BadgeClass and Issuer documents are read to complete the assertions: used, not
				// credentials of their own.
				fileCounts.read += result.resources.length;
				fileCounts.accepted += result.resources.length;
				for (const imported of result.imports) {
					fileCounts.read++;
					progress.tick();
					const learner = imported.record.learner_id?.trim();
					tallyCredential(elements, {
						format: imported.format,
						elements: imported.elements,
						key: credentialKey({
							file: name,
							index: imported.index,
							credentialId: imported.credentialId ?? null,
							learnerPseudonym: learner ? pseudonymise(learner) : null
						})
					});
					const line = imported.index + 1;
					const status = new Map<number, string>(
						imported.elements.map((e) => [e.number, e.status])
					);
					report.write(
						csvLine([
							name,
							line,
							imported.format,
							...ANNEX_I_MANDATORY.map((e) => status.get(e.number) ?? 'missing')
						])
					);
					// The credential's own id (its `id` or JWT `jti`) makes repeated credentials duplicates.
					const validation = validateIssuanceRow(
						{ ...imported.record, credential_id: imported.credentialId ?? '' },
						validateOptions
					);
					const where = { file: name, line, column: 0 };
					// What the importer kept as unknown (a value outside a vocabulary, a duration it
					// cannot read, a second country): warnings naming the JSON path and the value.
					for (const w of imported.warnings) {
						issues.add({
							...where,
							severity: 'warning',
							rule: w.rule,
							message: `credential #${line}: ${w.message}`
						});
					}
					const located = validation.issues.map((issue) => ({
						...where,
						severity: issue.severity,
						rule: issue.rule,
						message: `credential #${line}: ${issue.message}`
					}));
					if (validation.record) {
						fileCounts.accepted++;
						stage(validation.record, imported.format, fileNumber(name), line);
						for (const issue of located) issues.add(issue);
					} else {
						fileCounts.quarantined++;
						const first = located.findIndex((i) => i.severity === 'error');
						located.forEach((issue, i) =>
							issues.add(issue, i === first ? maskRow(imported.record) : undefined)
						);
					}
				}
				counts.push(fileCounts);
			}
			report.commit();
		}
		staging.commit();
		progress.done();
		const sorted = [...elements.values()].sort(
			(a, b) =>
				compareText(a.format, b.format) || a.element - b.element || compareText(a.status, b.status)
		);
		return { counts, staged: staging.rows, elements: sorted, sourceFiles };
	} catch (error) {
		staging.abort();
		throw error;
	}
}
