import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared-data';

function runCli(...args: string[]) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'pipelines/cli.ts', ...args], {
		cwd: REPO_ROOT,
		encoding: 'utf8'
	});
}

describe('npm run pipelines', () => {
	it('exits 2 with the usage on an unknown option', () => {
		const result = runCli('--bogus');
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/Unknown option '--bogus'/);
		expect(result.stderr).toContain('Usage: npm run pipelines');
	});

	it('exits 1 and names the directory when the data directory is missing', () => {
		const out = mkdtempSync(join(tmpdir(), 'uptake-cli-'));
		const result = runCli('--data-dir', '/nonexistent/data', '--out', out, '--report-dir', out);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('The data directory /nonexistent/data does not exist');
	});

	it('prints the usage with --help and exits 0', () => {
		const result = runCli('--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('--data-dir DIR');
		expect(result.stdout).toMatch(/Exit codes:\n {2}0 {2}success\n {2}1 {2}input errors/);
		expect(result.stdout).toMatch(/\n {2}2 {2}usage: /);
	});
});
