import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PipelineOptions } from '../../pipelines/cli-args';

/** Options for a pipeline run in fresh temporary folders; the validation day is fixed. */
export function pipelineOptions(
	overrides: Partial<PipelineOptions> & Pick<PipelineOptions, 'dataDirs'>
): PipelineOptions {
	const root = mkdtempSync(join(tmpdir(), 'uptake-run-'));
	return {
		outDir: join(root, 'out'),
		reportDir: join(root, 'reports'),
		workDir: join(root, 'work'),
		quiet: true,
		minCell: 5,
		maxErrorRate: 0.05,
		today: '2026-11-28',
		...overrides
	};
}
