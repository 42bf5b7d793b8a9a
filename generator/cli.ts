import { parseArgs, USAGE } from './args';
import { generateDataset } from './generate';

async function main(): Promise<number> {
	let options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (err) {
		process.stderr.write(`generate: ${(err as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	if (options === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	const quiet = options.quiet;
	const started = performance.now();
	try {
		await generateDataset({
			...options,
			// The population source is always reported: it decides what the data looks like.
			log: (line) => {
				if (!quiet || /population|fallback|warning/.test(line))
					process.stderr.write(`generate: ${line}\n`);
			}
		});
	} catch (err) {
		process.stderr.write(`generate: failed: ${(err as Error).message}\n`);
		return 1;
	}
	if (!quiet) {
		const secs = ((performance.now() - started) / 1000).toFixed(1);
		process.stderr.write(
			`generate: wrote ${options.records} records to ${options.outDir} in ${secs} s\n`
		);
	}
	return 0;
}

process.exitCode = await main();
