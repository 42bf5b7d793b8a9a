// Throughput of the streaming CSV reader, against PapaParse 5 on the same input:
//   npx tsx bench/csv-parse.ts [rows] [runs]
//
// Two inputs of `rows` records (default 300 000): a generated 40-column file (every fourth field
// quoted, with a comma inside, CRLF) and an issuance-shaped file: the largest UTF-8 issuance file
// of a small seeded synthetic dataset (bench/lib/dataset.ts; today the German one: tab, CRLF, BOM,
// 39 columns, 3 % of learning outcomes a multi-line list inside quotes, 2 % dirty rows), its
// records repeated to `rows`. For each input, `runs` rounds (default 7) time every contender
// once, in an order rotated per round, so that the machine's drift hits all of them alike; the
// BENCH lines are medians, and a ratio is the median of the per-round ratios. BENCH_CSV_ONLY=a,b
// times only the named contenders (the BENCH lines that need the others are left out).
//
// Text contenders (the decoded text, cut in 64 KiB strings like readCsvFile's slices):
//   own            CsvParser fed the chunks (header, line numbers, per-row errors included)
//   papa_step      Papa.parse(text, { step }), the whole string at once
//   papa_step_64k  the same with chunkSize 64 KiB: Papa's StringStreamer cuts the same chunks
//   papa_chunk_64k Papa.parse(text, { chunk, chunkSize: 64 KiB })
//   papa_lines     papa_step plus what the pipelines need and Papa does not give: the 1-based
//                  physical line where each record starts, counted from meta.cursor
// File contenders (the same file on disk):
//   own_rows / own_batches   readCsvFile, per row (as the pipelines read) and per batch
//   papa_stream    Papa.parse(createReadStream(path, { encoding: 'utf8' }), { step }): the
//                  stream needs its encoding, else Papa decodes each Buffer chunk on its own
//   papa_stream_lines  papa_stream plus the line numbers (the counter reads the same chunks)
//   papa_duplex    createReadStream(...).pipe(Papa.parse(Papa.NODE_STREAM_INPUT, ...)), rows read
//                  from the stream
// Papa gets the delimiter and newline (no guessing) and header: false (header: true builds objects
// and is about 3.7 times slower); the consumer drops blank rows ([''], and the one after the
// final line break) itself. fastMode is checked but not timed: it splits quoted fields at their
// delimiters (see the '# ... check' lines). Papa's chunked paths parse `partialLine + chunk`, a
// concatenated string, and V8's indexOf on such a string is slow: on text with any character
// beyond Latin-1 (here '•', '–') the same chunks parse about 2.5 times slower than as flat strings.
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { CsvParser } from '../core/csv/parse-csv';
import { readCsvFile } from '../pipelines/read/read-csv-file';
import { ensureDataset } from './lib/dataset';

const ROWS = Number((process.argv[2] ?? '300000').replaceAll('_', ''));
const RUNS = Math.max(5, Number(process.argv[3] ?? 7));
const COLUMNS = 40;
const CHUNK = 1 << 16;
const REPO = fileURLToPath(new URL('..', import.meta.url));

const comment = (line: string) => console.log(`# ${line}`);
const bench = (name: string, value: number, unit: string) =>
	console.log(`BENCH ${name} ${Number.isInteger(value) ? value : value.toFixed(3)} ${unit}`);
const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const thousands = (n: number) => Math.round(n).toLocaleString('en').replaceAll(',', ' ');

function buildCsv(rows: number): string {
	const header = Array.from({ length: COLUMNS }, (_, j) => `col_${j}`).join(',');
	const lines = [header];
	for (let i = 0; i < rows; i++) {
		const fields: string[] = [];
		for (let j = 0; j < COLUMNS; j++) {
			if (j % 10 === 3) fields.push(`"Ré ${i % 97}, x"`);
			else if (j % 5 === 0) fields.push(String((i * 31 + j) % 100_000));
			else fields.push(`v${(i + j) % 1000}`);
		}
		lines.push(fields.join(','));
	}
	return lines.join('\r\n') + '\r\n';
}

interface Input {
	name: string;
	/** The file's bytes as written, BOM included. */
	file: string;
	/** The decoded text, as readCsvFile's decoder gives it (no BOM). */
	text: string;
	delimiter: string;
	newline: '\r\n' | '\n';
	rows: number;
}

/** Offsets where each physical line starts, counting CRLF, LF and CR alone as one break each. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) starts.push(i + 1);
		else if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		}
	}
	return starts;
}

/**
 * The largest UTF-8 issuance file of a small synthetic dataset, its records repeated (whole
 * records, cut where a record starts) to `rows` records after the header.
 */
async function buildIssuanceCsv(rows: number): Promise<Input> {
	const dataset = await ensureDataset({ repo: REPO, records: 20_000, seed: 'uptake-bench' });
	const source = dataset.issuance
		.filter((f) => f.format.encoding === 'utf-8')
		.sort((a, b) => b.bytes - a.bytes)[0];
	if (!source) throw new Error(`no UTF-8 issuance file in ${dataset.dir}`);
	const file = await readCsvFile({ path: source.path });
	const text = new TextDecoder().decode(readFileSync(source.path));
	const starts = lineStarts(text);
	const recordStarts: number[] = [];
	for await (const row of file.rows) recordStarts.push(starts[row.line - 1]);
	const headerEnd = recordStarts[0];
	const body = text.slice(headerEnd);
	const perCopy = recordStarts.length;
	const copies = Math.floor(rows / perCopy);
	const rest = rows - copies * perCopy;
	const tail = rest === 0 ? '' : text.slice(headerEnd, recordStarts[rest]);
	const decoded = text.slice(0, headerEnd) + body.repeat(copies) + tail;
	const newline = text.slice(0, headerEnd).endsWith('\r\n') ? '\r\n' : '\n';
	return {
		name: `issuance-shaped (${source.name}: ${JSON.stringify(source.format.delimiter)}, ${newline === '\r\n' ? 'CRLF' : 'LF'}${source.format.bom ? ', BOM' : ''}, ${file.header?.names.length} columns)`,
		file: (source.format.bom ? '\uFEFF' : '') + decoded,
		text: decoded,
		delimiter: file.delimiter,
		newline,
		rows
	};
}

type Contender = () => number | Promise<number>;

/** Papa's options for a string: its types leave out chunkSize and chunk, which strings take too. */
type StringConfig = Papa.ParseConfig<string[]> & {
	chunkSize?: number;
	chunk?: (results: Papa.ParseResult<string[]>) => void;
};

function parseString(text: string, config: StringConfig): void {
	Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
}

interface Fingerprint {
	rows: number;
	/** Records with the header's field count... */
	good: number;
	/** ...and the characters in their fields. */
	chars: number;
}

function chunksOf(text: string): string[] {
	const chunks: string[] = [];
	for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK));
	return chunks;
}

/**
 * Physical line numbers for Papa's rows, which carry only meta.cursor (the offset after the row,
 * so the offset where the next row starts): the text goes through `append` as well (the whole
 * string, or a stream's chunks as they arrive), which notes where each line starts (after CRLF,
 * LF or CR alone). Each chunk is searched on its own: indexOf on a concatenated string (a window
 * of chunks) was 20 to 60 times slower.
 */
class LineCounter {
	/** Offsets just past each line break, ascending; those before `head` are behind. */
	private ends: number[] = [];
	private head = 0;
	private line = 1;
	private length = 0;
	private pendingCR = false;

	append(chunk: string): void {
		if (this.head > 4096) {
			this.ends = this.ends.slice(this.head);
			this.head = 0;
		}
		const ends = this.ends;
		const base = this.length;
		let from = 0;
		// The LF of a CRLF cut by the chunk boundary: the break was noted at the CR.
		if (this.pendingCR && chunk.charCodeAt(0) === 10) from = 1;
		this.pendingCR = false;
		let lf = chunk.indexOf('\n', from);
		let cr = chunk.indexOf('\r', from);
		while (lf !== -1 || cr !== -1) {
			if (cr !== -1 && (lf === -1 || cr < lf)) {
				const end = chunk.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
				ends.push(base + end);
				if (end === chunk.length) this.pendingCR = chunk.charCodeAt(cr + 1) !== 10;
				if (lf !== -1 && lf < end) lf = chunk.indexOf('\n', end);
				cr = chunk.indexOf('\r', end);
			} else {
				ends.push(base + lf + 1);
				lf = chunk.indexOf('\n', lf + 1);
			}
		}
		this.length += chunk.length;
	}

	/** The 1-based line of offset `at`; `at` may only grow from call to call. */
	lineAt(at: number): number {
		const ends = this.ends;
		while (this.head < ends.length && ends[this.head] <= at) {
			this.head++;
			this.line++;
		}
		return this.line;
	}
}

/**
 * A step that counts records (not the header, not blank rows) and checks that their lines rise.
 * A row starts where the one before it ended (Papa gives blank lines as rows of one '').
 */
function lineCheckingStep(counter: LineCounter, done: (rows: number) => void) {
	let rows = -1;
	let start = 0;
	let previous = 0;
	return {
		step: (r: Papa.ParseStepResult<string[]>) => {
			const line = counter.lineAt(start);
			start = r.meta.cursor;
			const d = r.data;
			if (d.length > 1 || d[0] !== '') {
				rows++;
				if (line <= previous) throw new Error(`line ${line} after ${previous}`);
				previous = line;
			}
		},
		complete: () => done(rows)
	};
}

/** Papa's step rows, counted; the header and blank rows ([""]) left out. */
function papaStepCount(input: Input, extra: StringConfig = {}): number {
	let rows = -1;
	parseString(input.text, {
		delimiter: input.delimiter,
		newline: input.newline,
		...extra,
		step: (r) => {
			const d = r.data;
			if (d.length > 1 || d[0] !== '') rows++;
		}
	});
	return rows;
}

function textContenders(input: Input): Record<string, Contender> {
	const chunks = chunksOf(input.text);
	const { delimiter, newline } = input;
	return {
		own: () => {
			const parser = new CsvParser({ delimiter });
			let rows = 0;
			for (const chunk of chunks) {
				parser.push(chunk);
				rows += parser.take().length;
			}
			parser.end();
			return rows + parser.take().length;
		},
		papa_step: () => papaStepCount(input),
		papa_step_64k: () => papaStepCount(input, { chunkSize: CHUNK }),
		papa_chunk_64k: () => {
			let rows = -1;
			parseString(input.text, {
				delimiter,
				newline,
				chunkSize: CHUNK,
				chunk: (r) => {
					for (const d of r.data) if (d.length > 1 || d[0] !== '') rows++;
				}
			});
			return rows;
		},
		papa_lines: () => {
			const counter = new LineCounter();
			counter.append(input.text);
			let rows = 0;
			parseString(input.text, {
				delimiter,
				newline,
				...lineCheckingStep(counter, (n) => (rows = n))
			});
			return rows;
		}
	};
}

function fileContenders(input: Input, path: string): Record<string, Contender> {
	const { delimiter, newline } = input;
	const stream = () => createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK });
	return {
		own_rows: async () => {
			const file = await readCsvFile({ path });
			let rows = 0;
			for await (const row of file.rows) if (row.fields || row.error) rows++;
			return rows;
		},
		own_batches: async () => {
			const file = await readCsvFile({ path });
			let rows = 0;
			for await (const batch of file.batches) rows += batch.length;
			return rows;
		},
		papa_stream: () =>
			new Promise<number>((resolve, reject) => {
				let rows = -1;
				Papa.parse<string[]>(stream(), {
					delimiter,
					newline,
					step: (r) => {
						const d = r.data;
						if (d.length > 1 || d[0] !== '') rows++;
					},
					complete: () => resolve(rows),
					error: reject
				});
			}),
		papa_stream_lines: () =>
			new Promise<number>((resolve, reject) => {
				const counter = new LineCounter();
				const input = stream();
				// Registered before Papa's listener, so the counter has each chunk before Papa's steps.
				input.on('data', (chunk) => counter.append(chunk as string));
				Papa.parse<string[]>(input, {
					delimiter,
					newline,
					...lineCheckingStep(counter, resolve),
					error: reject
				});
			}),
		papa_duplex: () =>
			new Promise<number>((resolve, reject) => {
				let rows = -1;
				const parsed = stream()
					.on('error', reject)
					.pipe(Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, newline }));
				parsed.on('data', (d: string[]) => {
					if (d.length > 1 || d[0] !== '') rows++;
				});
				parsed.on('end', () => resolve(rows));
				parsed.on('error', reject);
			})
	};
}

/** What each parser makes of the text, for the correctness check (not timed). */
function fingerprints(input: Input): Record<string, Fingerprint> {
	const own: Fingerprint = { rows: 0, good: 0, chars: 0 };
	const parser = new CsvParser({ delimiter: input.delimiter });
	const tally = () => {
		for (const row of parser.take()) {
			own.rows++;
			if (row.fields && row.fields.length === parser.header!.names.length) {
				own.good++;
				for (const f of row.fields) own.chars += f.length;
			}
		}
	};
	for (const chunk of chunksOf(input.text)) {
		parser.push(chunk);
		tally();
	}
	parser.end();
	tally();
	const width = parser.header!.names.length;

	const papa = (config: StringConfig): Fingerprint => {
		const fp: Fingerprint = { rows: 0, good: 0, chars: 0 };
		let header = true;
		parseString(input.text, {
			delimiter: input.delimiter,
			newline: input.newline,
			...config,
			step: (r) => {
				const d = r.data;
				if (d.length === 1 && d[0] === '') return;
				if (header) {
					header = false;
					return;
				}
				fp.rows++;
				if (d.length === width) {
					fp.good++;
					for (const f of d) fp.chars += f.length;
				}
			}
		});
		return fp;
	};
	return {
		own,
		papa: papa({}),
		papa_64k: papa({ chunkSize: CHUNK }),
		papa_fastMode: papa({ fastMode: true })
	};
}

async function measure(
	label: string,
	contenders: Record<string, Contender>,
	rows: number
): Promise<Map<string, number[]>> {
	const only = process.env.BENCH_CSV_ONLY?.split(',');
	const names = Object.keys(contenders).filter((n) => !only || only.includes(n));
	const rates = new Map<string, number[]>(names.map((n) => [n, []]));
	for (let run = 0; run < RUNS; run++) {
		const order = names.map((_, i) => names[(i + run) % names.length]);
		for (const name of order) {
			const started = performance.now();
			const counted = await contenders[name]();
			const seconds = (performance.now() - started) / 1000;
			if (counted !== rows) throw new Error(`${label} ${name}: ${counted} rows, expected ${rows}`);
			rates.get(name)!.push(rows / seconds);
		}
	}
	for (const name of names) {
		const r = rates.get(name)!;
		comment(
			`${label} ${name.padEnd(14)} median ${thousands(median(r)).padStart(9)} rows/s  (min ${thousands(Math.min(...r))}, max ${thousands(Math.max(...r))})`
		);
	}
	return rates;
}

/** BENCH lines of one group's results; a line whose contenders were not run is left out. */
class Report {
	constructor(
		private rates: Map<string, number[]>,
		private prefix: string
	) {}

	/** The fastest of the contenders that ran, by median; undefined when none ran. */
	fastest(names: string[]): string | undefined {
		const ran = names.filter((n) => this.rates.has(n));
		if (ran.length === 0) return undefined;
		return ran.reduce((best, n) =>
			median(this.rates.get(n)!) > median(this.rates.get(best)!) ? n : best
		);
	}

	rate(name: string, contender: string | undefined): void {
		const r = contender && this.rates.get(contender);
		if (r) bench(`${this.prefix}${name}`, Math.round(median(r)), 'rows/s');
	}

	/** Median over the rounds of a / b, the two timed in the same round. */
	ratio(name: string, a: string | undefined, b: string | undefined): void {
		const x = a && this.rates.get(a);
		const y = b && this.rates.get(b);
		if (!x || !y) return;
		const ratios = x.map((v, i) => v / y[i]);
		comment(`${this.prefix}${name} per round: ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
		bench(`${this.prefix}${name}`, median(ratios), `x (${a} / ${b})`);
	}
}

async function runInput(input: Input, prefix: string, dir: string): Promise<void> {
	comment(
		`${input.name}: ${thousands(input.rows)} records, ${(input.text.length / 1e6).toFixed(1)} M chars, ${RUNS} interleaved rounds`
	);
	const fp = fingerprints(input);
	for (const [name, f] of Object.entries(fp)) {
		const same = f.rows === fp.own.rows && f.good === fp.own.good && f.chars === fp.own.chars;
		const verdict = name === 'own' ? '' : same ? ' (same as own)' : ' (DIFFERS from own)';
		comment(
			`${input.name} check ${name}: ${f.rows} records, ${f.good} with the header's field count, ${f.chars} chars${verdict}`
		);
	}
	const path = join(dir, `${prefix || 'generated'}.csv`);
	writeFileSync(path, input.file);
	const p = prefix ? `csv_parse_${prefix}_` : 'csv_parse_';

	const text = new Report(await measure(input.name, textContenders(input), input.rows), p);
	const papaStep = text.fastest(['papa_step', 'papa_step_64k']);
	text.rate('core_rows_per_s', 'own');
	text.rate('papaparse_rows_per_s', papaStep);
	text.ratio('ratio_own_to_papaparse', 'own', papaStep);
	text.rate('papaparse_chunk_rows_per_s', 'papa_chunk_64k');
	text.rate('papaparse_with_lines_rows_per_s', 'papa_lines');
	text.ratio('ratio_own_to_papaparse_with_lines', 'own', 'papa_lines');

	const file = new Report(
		await measure(`${input.name} file`, fileContenders(input, path), input.rows),
		p
	);
	const papaFile = file.fastest(['papa_stream', 'papa_duplex']);
	file.rate('rows_per_s', 'own_rows');
	file.rate('file_batches_rows_per_s', 'own_batches');
	file.rate('file_papaparse_rows_per_s', papaFile);
	file.ratio('file_ratio_own_to_papaparse', 'own_rows', papaFile);
	file.ratio('file_batches_ratio_own_to_papaparse', 'own_batches', papaFile);
	file.rate('file_papaparse_with_lines_rows_per_s', 'papa_stream_lines');
	file.ratio('file_ratio_own_to_papaparse_with_lines', 'own_rows', 'papa_stream_lines');
}

async function main(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'csv-bench-'));
	try {
		const text = buildCsv(ROWS);
		await runInput(
			{
				name: `generated ${COLUMNS}-column`,
				file: text,
				text,
				delimiter: ',',
				newline: '\r\n',
				rows: ROWS
			},
			'',
			dir
		);
		let issuance: Input | undefined;
		try {
			issuance = await buildIssuanceCsv(ROWS);
		} catch (error) {
			comment(`issuance-shaped input skipped: ${error instanceof Error ? error.message : error}`);
		}
		if (issuance) await runInput(issuance, 'issuance', dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
