import { parsePipelineArgs, UsageError, USAGE } from './cli-args';
import { MissingDataError } from './inputs/data-dirs';
import { InputError } from './report/input-issue';
import { ErrorRateExceeded, runPipelines } from './run';

async function main(): Promise<number> {
	let options;
	try {
		options = parsePipelineArgs(process.argv.slice(2));
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`${error.message}\n\n${USAGE}\n`);
			return 2;
		}
		throw error;
	}
	if (options === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const log = options.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
	try {
		await runPipelines(options, log);
		return 0;
	} catch (error) {
		if (
			error instanceof MissingDataError ||
			error instanceof InputError ||
			error instanceof ErrorRateExceeded
		) {
			process.stderr.write(`pipelines: ${error.message}\n`);
			return 1;
		}
		throw error;
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		process.stderr.write(`pipelines: unexpected failure: ${(error as Error).stack ?? error}\n`);
		process.exit(1);
	}
);
