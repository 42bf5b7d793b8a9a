/** Progress on stderr for long stages: rows, rows per second, stage; silent with --quiet. */
export interface Progress {
	stage(name: string): void;
	tick(rows?: number): void;
	done(): void;
}

const INTERVAL_MS = 1000;

export function createProgress(options: {
	quiet: boolean;
	write?: (line: string) => void;
}): Progress {
	const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
	let name = '';
	let rows = 0;
	let started = 0;
	let last = 0;
	const print = (final: boolean) => {
		const seconds = (performance.now() - started) / 1000;
		const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
		write(
			`${name}: ${rows.toLocaleString('en')} rows, ${rate.toLocaleString('en')} rows/s${final ? `, ${seconds.toFixed(1)} s` : ''}`
		);
	};
	if (options.quiet) return { stage() {}, tick() {}, done() {} };
	return {
		stage(next) {
			name = next;
			rows = 0;
			started = last = performance.now();
		},
		tick(n = 1) {
			rows += n;
			if ((rows & 1023) === 0) {
				const now = performance.now();
				if (now - last >= INTERVAL_MS) {
					last = now;
					print(false);
				}
			}
		},
		done() {
			if (name) print(true);
		}
	};
}
