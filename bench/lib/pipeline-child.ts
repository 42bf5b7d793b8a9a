// Runs pipelines/cli.ts in this process, exactly as `npm run pipelines -- ARGS` would, and on exit
// writes the peak resident set size (getrusage maxrss: V8 heap and DuckDB's native memory alike)
// to stderr after PEAK_RSS_MARKER. Usage: node --import tsx bench/lib/pipeline-child.ts ARGS
import { writeSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PEAK_RSS_MARKER = '#bench-child-peak-rss-kib';

const cli = fileURLToPath(new URL('../../pipelines/cli.ts', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
	process.on('exit', () => {
		writeSync(2, `${PEAK_RSS_MARKER} ${process.resourceUsage().maxRSS}\n`);
	});
	await import(pathToFileURL(cli).href);
}
