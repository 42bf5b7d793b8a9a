import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { WARNING_EXAMPLES_PER_RULE } from '../../pipelines/report/issue-log';
import { ErrorRateExceeded, runPipelines } from '../../pipelines/run';
import { openNativeDuckDB } from '../../pipelines/stages/duckdb-native';
import { parseManifest } from '../../core/contract/manifest';
import { collectLearnerIds } from '../helpers/learner-ids';
import { pipelineOptions } from '../helpers/pipeline-options';
import { hasSharedData, SHARED_DATA_DIR } from '../helpers/shared-data';
import { createSyntheticDataset } from '../helpers/synthetic-dataset';

const KEY = 'integration-test-key-0123456789abcdef';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

function readCsv(path: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
}

describe('provider pipeline on a synthetic dataset', () => {
	let dataDir: string;
	let options: ReturnType<typeof pipelineOptions>;
	const logged: string[] = [];

	beforeAll(async () => {
		process.env.UPTAKE_PSEUDONYM_KEY = KEY;
		dataDir = await createSyntheticDataset({ records: 3000 });
		options = pipelineOptions({ dataDirs: hasSharedData ? [dataDir, SHARED_DATA_DIR] : [dataDir] });
		await runPipelines(options, (line) => logged.push(line));
	}, 600_000); // the disclosure audit takes minutes on sparse data (issue #9)

	it('accounts for every row: read = accepted + quarantined, per file', () => {
		const report = JSON.parse(readFileSync(join(options.reportDir, 'run-report.json'), 'utf8'));
		const issuance = report.files.filter((f: { file: string }) => f.file.startsWith('issuance/'));
		expect(issuance.length).toBeGreaterThan(20);
		for (const f of report.files) expect(f.read, f.file).toBe(f.accepted + f.quarantined);
		const quarantineRows = readCsv(join(options.reportDir, 'quarantine.csv'));
		const quarantinedRecords = new Set(quarantineRows.map((r) => `${r.file}:${r.line}`));
		const recordFiles = report.files.filter(
			(f: { unit: string }) => f.unit === 'record' || f.unit === 'credential'
		);
		const quarantined = recordFiles.reduce(
			(n: number, f: { quarantined: number }) => n + f.quarantined,
			0
		);
		expect(quarantinedRecords.size).toBe(quarantined);
	});

	it('catches every dirty row of the generator, each for the right reason', () => {
		const dirty = readCsv(join(dataDir, 'dirty-rows.csv')).filter((r) => r.table === 'issuance');
		expect(dirty.length).toBeGreaterThan(40);
		const quarantine = readCsv(join(options.reportDir, 'quarantine.csv'));
		const warnings = readCsv(join(options.reportDir, 'warnings.csv'));
		const rulesAt = (rows: Record<string, string>[], file: string, line: string) =>
			rows.filter((r) => r.file === file && r.line === line).map((r) => r.rule);
		const warningOnly = new Set([
			'missing_learner_id',
			'missing_title',
			'missing_awarding_body',
			'missing_learning_outcomes',
			'missing_workload',
			'missing_assessment_type',
			'missing_participation_form',
			'missing_quality_assurance',
			'formula_injection',
			'script_injection'
		]);
		const report = JSON.parse(readFileSync(join(options.reportDir, 'run-report.json'), 'utf8'));
		const ruleCount = (file: string, rule: string): number =>
			report.files.find((f: { file: string }) => f.file === file)?.issuesByRule[rule] ?? 0;
		for (const row of dirty) {
			const errors = rulesAt(quarantine, row.file, row.line);
			const where = `${row.file}:${row.line} ${row.kind}`;
			if (warningOnly.has(row.kind)) {
				expect(errors, where).toEqual([]);
				const expected = row.kind.startsWith('missing_') ? 'annex1.missing' : 'text.suspicious';
				// warnings.csv keeps the first examples of each rule per file; the report counts all.
				if (ruleCount(row.file, expected) <= WARNING_EXAMPLES_PER_RULE) {
					expect(rulesAt(warnings, row.file, row.line), where).toContain(expected);
				}
			} else {
				expect(errors.length, where).toBeGreaterThan(0);
				if (row.kind === 'duplicate_credential_id')
					expect(errors, where).toContain('credential.duplicate');
				if (row.kind === 'wrong_field_count') expect(errors, where).toContain('csv.field_count');
				if (row.kind === 'impossible_date') expect(errors, where).toContain('date.impossible');
				if (row.kind === 'future_date') expect(errors, where).toContain('date.future');
				if (row.kind === 'unknown_country') expect(errors, where).toContain('country.unknown');
				if (row.kind === 'very_long_field') expect(errors, where).toContain('field.too_long');
			}
		}
	});

	it('never writes a raw learner identifier: not to the published files, the reports or the log', async () => {
		const ids = await collectLearnerIds(dataDir);
		expect(ids.size).toBeGreaterThan(1000);
		const places = [...filesUnder(options.outDir), ...filesUnder(options.reportDir)];
		const texts = [
			...places.map((p) => [p, readFileSync(p, 'latin1')] as const),
			['log', logged.join('\n')] as const
		];
		const leaks: string[] = [];
		for (const [place, text] of texts) {
			for (const id of ids) if (text.includes(id)) leaks.push(`${place}: ${id.slice(0, 3)}…`);
		}
		expect(leaks).toEqual([]);
		// The quarantine keeps rows, but with the learner pseudonymised.
		const quarantine = readCsv(join(options.reportDir, 'quarantine.csv'));
		const withLearner = quarantine.filter((r) => r.record.includes('"learner_id":"p_'));
		expect(withLearner.length).toBeGreaterThan(10);
	});

	it('stores the records partitioned by country and year, with their source files', async () => {
		const store = join(options.workDir, 'store', 'issuance');
		const db = await openNativeDuckDB();
		try {
			const rows = await db.all<{
				issuer_country: string;
				first_country: string;
				year: number;
				issue_year: number;
				source_file: string;
				n: number;
			}>(
				`SELECT issuer_country, split_part(issuer_countries, ';', 1) AS first_country,
					CAST(year AS INTEGER) AS year, year(issue_date)::INTEGER AS issue_year, source_file,
					count(*)::INTEGER AS n
				FROM read_parquet('${store}/**/*.parquet', hive_partitioning = true)
				GROUP BY ALL`
			);
			const report = JSON.parse(readFileSync(join(options.reportDir, 'run-report.json'), 'utf8'));
			const stored = new Map<string, number>();
			for (const row of rows) {
				expect(row.issuer_country).toBe(row.first_country);
				expect(row.year).toBe(row.issue_year);
				stored.set(row.source_file, (stored.get(row.source_file) ?? 0) + row.n);
			}
			// Every accepted record is in the store under the file it came from.
			for (const f of report.files.filter((f: { file: string }) =>
				/^(issuance|credentials)\//.test(f.file)
			)) {
				expect(stored.get(f.file) ?? 0, f.file).toBe(f.accepted);
			}
			const duplicates = readCsv(join(options.reportDir, 'quarantine.csv')).filter(
				(r) => r.rule === 'credential.duplicate'
			);
			expect(duplicates.length).toBeGreaterThan(0);
			for (const d of duplicates) {
				expect(d.message).toMatch(/as (issuance|credentials)\/[^:]+:\d+; kept once$/);
			}
		} finally {
			db.close();
		}
	});

	it('labels the record-based tables synthetic and the official ones official', () => {
		const manifest = parseManifest(
			JSON.parse(readFileSync(join(options.outDir, 'manifest.json'), 'utf8'))
		);
		const kinds = Object.fromEntries(manifest.tables.map((t) => [t.name, t.kind]));
		expect(kinds.national_measures).toBe('synthetic');
		expect(kinds.credential_elements).toBe('synthetic');
		if (hasSharedData) expect(kinds.lfs_participation_4w).toBe('official');
		for (const t of manifest.tables.filter((t) => t.kind === 'synthetic')) {
			expect(t.source.title, t.name).toMatch(/synthetic/i);
		}
	});

	it('publishes byte-identical files when run again with the same key', async () => {
		const again = pipelineOptions({ dataDirs: options.dataDirs });
		await runPipelines(again, () => {});
		const files = readdirSync(options.outDir).sort();
		expect(readdirSync(again.outDir).sort()).toEqual(files);
		for (const file of files) {
			expect(
				readFileSync(join(again.outDir, file)).equals(readFileSync(join(options.outDir, file))),
				file
			).toBe(true);
		}
	}, 600_000); // the disclosure audit takes minutes on sparse data (issue #9)

	it('publishes nothing and fails when more records are quarantined than allowed', async () => {
		const strict = pipelineOptions({ dataDirs: [dataDir], maxErrorRate: 0.001 });
		await expect(runPipelines(strict, () => {})).rejects.toBeInstanceOf(ErrorRateExceeded);
		expect(() => readFileSync(join(strict.outDir, 'manifest.json'))).toThrow();
		const report = JSON.parse(readFileSync(join(strict.reportDir, 'run-report.json'), 'utf8'));
		expect(report.failed).toMatch(/more than --max-error-rate 0\.001/);
	}, 600_000); // the disclosure audit takes minutes on sparse data (issue #9)
});
