// Reads the pipeline's progress lines (pipelines/report/progress.ts) to time its stages.
//
// While a stage runs, about once a second: `<stage>: N rows, R rows/s`; when the stage that is
// current at progress.done() ends: `<stage>: N rows, R rows/s, S s`. stageIssuance() starts the
// stage 'issuance records', switches to 'digital credentials' right after the last issuance CSV
// file when there are credential files, and calls done() at its end. So the issuance CSV step
// (read, validate, pseudonymise, write to staging) ends either at the 'issuance records' final
// line (its S is the step's own time), or where 'digital credentials' started (that line's
// arrival minus its S). It started rows / rate before any of its running lines arrived.

/** One stderr line of the child and when the parent received it (performance.now(), ms). */
export interface TimedLine {
	readonly at: number;
	readonly text: string;
}

export interface ProgressLine {
	readonly at: number;
	readonly stage: string;
	readonly rows: number;
	readonly rate: number;
	/** Present on the line printed when the stage ends. */
	readonly seconds?: number;
}

const PROGRESS = /^(.+?): ([\d,]+) rows, ([\d,]+) rows\/s(?:, ([\d.]+) s)?$/;
const number = (text: string) => Number(text.replaceAll(',', ''));

export function parseProgress(lines: readonly TimedLine[]): ProgressLine[] {
	const out: ProgressLine[] = [];
	for (const { at, text } of lines) {
		const m = PROGRESS.exec(text.trim());
		if (!m) continue;
		out.push({
			at,
			stage: m[1],
			rows: number(m[2]),
			rate: number(m[3]),
			...(m[4] === undefined ? {} : { seconds: Number(m[4]) })
		});
	}
	return out;
}

/** A line printed while a stage runs (no final seconds). */
export function isRunningProgress(text: string): boolean {
	const m = PROGRESS.exec(text.trim());
	return m !== null && m[4] === undefined;
}

export interface StageTime {
	readonly seconds: number;
	/** Start and end on the clock of the lines (ms). */
	readonly start: number;
	readonly end: number;
	/** How the time was obtained, for the output. */
	readonly how: string;
}

/** The middle value (the upper of the two middle ones for an even count). */
export const median = (values: readonly number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Seconds of the issuance CSV step, from the progress lines. `fallbackStart` (ms, same clock) is
 * used when the step was too short to print a running line (under a second).
 */
export function issuanceStageTime(
	lines: readonly TimedLine[],
	fallbackStart?: number
): StageTime | undefined {
	const progress = parseProgress(lines);
	const issuance = progress.filter((p) => p.stage === 'issuance records');
	const final = issuance.find((p) => p.seconds !== undefined);
	if (final?.seconds !== undefined) {
		return {
			seconds: final.seconds,
			start: final.at - final.seconds * 1000,
			end: final.at,
			how: "the pipeline's own 'issuance records' final line"
		};
	}
	const credentials = progress.find(
		(p) => p.stage === 'digital credentials' && p.seconds !== undefined
	);
	if (credentials?.seconds === undefined) return undefined;
	const end = credentials.at - credentials.seconds * 1000;
	const running = issuance.filter((p) => p.rate > 0);
	let start: number;
	let how: string;
	if (running.length > 0) {
		start = median(running.map((p) => p.at - (p.rows / p.rate) * 1000));
		how =
			`start from ${running.length} running 'issuance records' lines (arrival - rows/rate), ` +
			`end where 'digital credentials' started (its final line's arrival - its seconds)`;
	} else if (fallbackStart !== undefined) {
		start = fallbackStart;
		how = "start at the 'pseudonymisation:' log line, end where 'digital credentials' started";
	} else return undefined;
	return { seconds: (end - start) / 1000, start, end, how };
}
