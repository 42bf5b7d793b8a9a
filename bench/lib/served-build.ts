// Shared by the browser benchmarks: serve a production build, wait for it, print figures.
import { spawn, type ChildProcess } from 'node:child_process';

export function bench(name: string, value: number, unit: string): void {
	console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`);
}

export { median } from './stage-timing';

export async function waitForServer(url: string): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(url)
				.then((r) => r.ok)
				.catch(() => false)
		)
			return;
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server at ${url} did not start`);
}

/** The build in `dir` served as in production (scripts/serve.ts: sirv, precompressed files). */
export function serve(dir: string, port: number): ChildProcess {
	return spawn(
		process.execPath,
		['--import', 'tsx', 'scripts/serve.ts', '--dir', dir, '--port', String(port)],
		{ stdio: 'ignore' }
	);
}
