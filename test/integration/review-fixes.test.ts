import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runPipelines } from '../../pipelines/run';
import { pipelineOptions } from '../helpers/pipeline-options';
import { REPO_ROOT } from '../helpers/shared-data';

const SAMPLES = join(REPO_ROOT, 'data/samples');

function dataDir(): string {
	return mkdtempSync(join(tmpdir(), 'uptake-review-'));
}

function report(reportDir: string) {
	return JSON.parse(readFileSync(join(reportDir, 'run-report.json'), 'utf8')) as {
		files: {
			file: string;
			read: number;
			accepted: number;
			quarantined: number;
			duplicates?: number;
		}[];
	};
}

describe('inputs the first review found mishandled', () => {
	it('a file without a header row: the first line is counted and quarantined, and never echoed', async () => {
		const dir = dataDir();
		mkdirSync(join(dir, 'issuance'));
		writeFileSync(
			join(dir, 'issuance', 'no-header.csv'),
			'ana.lopez@example.org,MC-0001,Data basics,ES,2024-03-01\nbob@example.org,MC-0002,Data basics,ES,2024-03-02\n'
		);
		const options = pipelineOptions({ dataDirs: [dir], maxErrorRate: 1 });
		await runPipelines(options, () => {});
		const file = report(options.reportDir).files.find((f) => f.file === 'issuance/no-header.csv')!;
		expect(file).toMatchObject({ read: 2, accepted: 0, quarantined: 2 });
		for (const name of ['quarantine.csv', 'warnings.csv', 'run-report.json']) {
			const text = readFileSync(join(options.reportDir, name), 'utf8');
			expect(text, name).not.toContain('ana.lopez@example.org');
			expect(text, name).not.toContain('bob@example.org');
		}
	});

	it('the same credential in two files is stored once and reported as a duplicate', async () => {
		const dir = dataDir();
		mkdirSync(join(dir, 'credentials'));
		const sample = join(SAMPLES, 'credentials', 'sample-open-badge-3.json');
		copyFileSync(sample, join(dir, 'credentials', 'a.json'));
		copyFileSync(sample, join(dir, 'credentials', 'b.json'));
		const options = pipelineOptions({ dataDirs: [dir], maxErrorRate: 1 });
		await runPipelines(options, () => {});
		const files = report(options.reportDir).files;
		expect(files.find((f) => f.file === 'credentials/a.json')).toMatchObject({
			accepted: 1,
			quarantined: 0
		});
		expect(files.find((f) => f.file === 'credentials/b.json')).toMatchObject({
			accepted: 0,
			quarantined: 1,
			duplicates: 1
		});
	});

	it('files of the same name in two data directories are told apart', async () => {
		const [a, b] = [dataDir(), dataDir()];
		for (const dir of [a, b]) {
			mkdirSync(join(dir, 'issuance'));
			copyFileSync(
				join(SAMPLES, 'issuance', 'sample-issuance.csv'),
				join(dir, 'issuance', 'records.csv')
			);
		}
		const options = pipelineOptions({ dataDirs: [a, b], maxErrorRate: 1 });
		await runPipelines(options, () => {});
		const files = report(options.reportDir).files.filter((f) =>
			f.file.startsWith('issuance/records.csv')
		);
		expect(files.map((f) => f.file)).toEqual([
			'issuance/records.csv',
			`issuance/records.csv (${b})`
		]);
		// The second copy repeats every credential of the first: all three are its duplicates.
		expect(files[0]).toMatchObject({ read: 3, accepted: 3, quarantined: 0, duplicates: 0 });
		expect(files[1]).toMatchObject({ read: 3, accepted: 0, quarantined: 3, duplicates: 3 });
		const quarantine = Papa.parse<Record<string, string>>(
			readFileSync(join(options.reportDir, 'quarantine.csv'), 'utf8'),
			{ header: true, skipEmptyLines: true }
		).data;
		expect(quarantine.filter((r) => r.rule === 'credential.duplicate').map((r) => r.file)).toEqual(
			Array(3).fill(`issuance/records.csv (${b})`)
		);
	}, 600_000); // the disclosure audit takes minutes on sparse data (issue #9)
});
