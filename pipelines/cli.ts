import { parsePipelineArgs, UsageError, USAGE, type PipelineOptions } from './cli-args';
import { MissingDataError } from './inputs/data-dirs';
import { OutputLocationError, removeTempFiles } from './output-locations';
import { InputError } from './report/input-issue';
import { ErrorRateExceeded, runPipelines, UnexpectedFailure } from './run';
import { PseudonymKeyError } from './stages/pseudonym-key';

/** UPTAKE_DEBUG=1 adds the stack of an unexpected failure to stderr (it is in the run report). */
const debug = () => process.env.UPTAKE_DEBUG === '1';

/** A message on one line: an error's own line breaks would split it. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

const say = (message: string) => process.stderr.write(`pipelines: ${message}\n`);

function sayUnexpected(error: unknown, reportPath?: string): void {
	const message = error instanceof Error ? error.message : String(error);
	const details = reportPath
		? `; details in ${reportPath}`
		: debug()
			? ''
			: '; UPTAKE_DEBUG=1 prints the details';
	say(`unexpected failure: ${oneLine(message)}${details}`);
	if (debug() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
}

let options: PipelineOptions | undefined;

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parsePipelineArgs(process.argv.slice(2));
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`${error.message}\n\n${USAGE}\n`);
			return 2;
		}
		throw error;
	}
	if (parsed === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	options = parsed;
	const log = options.quiet ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
	try {
		await runPipelines(options, log);
		return 0;
	} catch (error) {
		if (error instanceof OutputLocationError) {
			for (const problem of error.problems) say(problem);
			return 2;
		}
		if (error instanceof PseudonymKeyError) {
			say(oneLine(error.message));
			return 2;
		}
		if (
			error instanceof MissingDataError ||
			error instanceof InputError ||
			error instanceof ErrorRateExceeded
		) {
			say(error.message);
			return 1;
		}
		if (error instanceof UnexpectedFailure) {
			sayUnexpected(error.failure, error.reportPath);
			return 1;
		}
		throw error;
	}
}

/** Last resort (a failure outside the run's own path): one line, and no temporary file left. */
function fail(error: unknown): never {
	if (options) removeTempFiles([options.outDir, options.reportDir, options.workDir]);
	sayUnexpected(error);
	process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

main().then((code) => process.exit(code), fail);
