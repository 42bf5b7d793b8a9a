import { describe, expect, it } from 'vitest';
import { parsePipelineArgs, USAGE, UsageError } from '../../../pipelines/cli-args';

describe('parsePipelineArgs', () => {
	it('takes a threshold of 5 by default, and refuses one below 1', () => {
		expect(parsePipelineArgs([])).toMatchObject({ minCell: 5 });
		expect(parsePipelineArgs(['--min-cell', '10'])).toMatchObject({ minCell: 10 });
		expect(() => parsePipelineArgs(['--min-cell', '0'])).toThrow(/min-cell/);
		expect(() => parsePipelineArgs(['--disclosure-audit'])).toThrow();
	});

	it('takes --today only as a day that exists', () => {
		expect(parsePipelineArgs(['--today', '2024-02-29'])).toMatchObject({ today: '2024-02-29' });
		for (const day of ['2024-13-45', '2023-02-29', '2024-04-31', '24-01-01', '2024-1-1']) {
			expect(() => parsePipelineArgs(['--today', day]), day).toThrow(UsageError);
			expect(() => parsePipelineArgs(['--today', day]), day).toThrow(/^--today: /);
		}
	});

	it('refuses an empty --data-dir (it would read the working directory)', () => {
		expect(() => parsePipelineArgs(['--data-dir', ''])).toThrow(UsageError);
		expect(() => parsePipelineArgs(['--data-dir', ''])).toThrow(/--data-dir: an empty path/);
	});

	it('documents the exit codes, the output checks and the key rule', () => {
		expect(USAGE).toMatch(/^ {2}1 {2}input errors .* or an\n.*unexpected failure/m);
		expect(USAGE).toMatch(/^ {2}2 {2}usage: .*output folder that cannot be used/m);
		expect(USAGE).toContain('shorter than 16 bytes');
		expect(USAGE).toContain('not on /proc, /sys or /dev');
	});
});
