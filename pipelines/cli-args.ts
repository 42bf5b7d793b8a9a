import { parseArgs } from 'node:util';

export interface PipelineOptions {
	/** Directories in the documented layout; their inputs are read together. */
	readonly dataDirs: readonly string[];
	readonly outDir: string;
	readonly reportDir: string;
	readonly quiet: boolean;
}

export const USAGE = `Usage: npm run pipelines -- [options]

Reads the inputs under the data directory and publishes Arrow tables and a manifest.

Options:
  --data-dir DIR     inputs in the documented layout (default ../shared/data);
                     repeat it to read several directories together
  --out DIR          where the published tables go (default static/data)
  --report-dir DIR   run report and quarantine, never published (default output/reports)
  --quiet            no progress on stderr
  --help             this text

Exit codes: 0 success, 1 input errors, 2 usage.`;

export class UsageError extends Error {}

export function parsePipelineArgs(argv: readonly string[]): PipelineOptions | 'help' {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			strict: true,
			allowPositionals: false,
			options: {
				'data-dir': { type: 'string', multiple: true, default: ['../shared/data'] },
				out: { type: 'string', default: 'static/data' },
				'report-dir': { type: 'string', default: 'output/reports' },
				quiet: { type: 'boolean', default: false },
				help: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const v = parsed.values;
	if (v.help) return 'help';
	return {
		dataDirs: v['data-dir'] as string[],
		outDir: v.out as string,
		reportDir: v['report-dir'] as string,
		quiet: v.quiet as boolean
	};
}
