import { closeSync, openSync, readSync } from 'node:fs';
import { createChunkDecoder } from '../../core/csv/decode-text';
import { detectNotText, type NotText } from '../../core/csv/detect-binary';
import { detectEncoding } from '../../core/csv/detect-encoding';
import { CSV_QUOTES, CsvParser, delimiterCode, quoteCode } from '../../core/csv/parse-csv';
import { CSV_DELIMITERS, sniffDialect } from '../../core/csv/sniff-delimiter';
import type { CsvEncoding, CsvHeader, CsvRow, CsvSkippedRecord } from '../../core/csv/types';

export interface ReadCsvFileOptions {
	path: string;
	/** Longer fields make their row malformed ('csv.field_too_long'). */
	maxFieldChars?: number;
	/** Skips sniffing: any single character but a quote or a line break. */
	delimiter?: string;
	/** Skips sniffing the quote character: `"` or `'`. */
	quote?: string;
	/** Skips detection. */
	encoding?: CsvEncoding;
	/**
	 * Bytes per read (default 64 KiB). A decoded chunk stays below V8's large-object size, so it
	 * is allocated in the young generation and dies there; 1 MiB chunks cost 20 % of throughput.
	 */
	chunkSize?: number;
	/** Bytes examined to detect the encoding. */
	sampleBytes?: number;
	maxHeaderFields?: number;
	/**
	 * Recognises the header the caller expects. When given, the header is the first of the
	 * first `maxPreambleRecords` + 1 records it accepts, and the records before it (an export's
	 * title or comment lines) are `skipped`; when it accepts none, the first record is the
	 * header. Only records of the sample are looked at: nothing is added per row.
	 */
	isHeader?: (names: readonly string[]) => boolean;
	/** Default 20. */
	maxPreambleRecords?: number;
	/** False reads any bytes as text (default true: see `notText`). */
	detectBinary?: boolean;
}

export interface CsvFile {
	path: string;
	encoding: CsvEncoding;
	delimiter: string;
	quote: string;
	/**
	 * Set when the first bytes are not text (an image, a workbook, UTF-16 without a byte-order
	 * mark...): then nothing is parsed, the header is null and there are no rows.
	 */
	notText: NotText | null;
	/** Null when the file has no record at all (empty, or blank lines only), or is not text. */
	header: CsvHeader | null;
	/** Records before the header that `isHeader` did not accept, in order. */
	skipped: CsvSkippedRecord[];
	/** Every record after the header, once each, as fields or as a malformed row. Single use. */
	rows: AsyncIterable<CsvRow>;
	/**
	 * The same rows in the batches the parser completes them in (one await per batch rather than
	 * per row). Single use, and only one of `rows` and `batches` may be read.
	 */
	batches: AsyncIterable<CsvRow[]>;
	/** Releases the file when `rows` is not read to its end or not read at all. */
	close(): void;
}

// Rows of a whole 1 MB chunk outlive V8's young generation; slices this size let them die
// young, which doubles throughput. With the default chunk size a decoded chunk is one slice.
const PARSE_SLICE_CHARS = 1 << 16;

function ioError(path: string, cause: unknown): Error {
	const detail = cause instanceof Error ? cause.message : String(cause);
	return new Error(`Cannot read CSV file ${path}: ${detail}`, { cause });
}

/** Slices of the sample fed to the parser that looks for the header. */
const SCOUT_SLICE_CHARS = 4096;

/**
 * The number of records before the first one `isHeader` accepts among the first
 * `maxPreamble` + 1 records of the sample; -1 when it accepts none.
 */
function preambleRecords(
	sample: readonly string[],
	complete: boolean,
	parserOptions: ConstructorParameters<typeof CsvParser>[0],
	isHeader: (names: readonly string[]) => boolean,
	maxPreamble: number
): number {
	const scout = new CsvParser({ ...parserOptions, skipRecords: maxPreamble + 1 });
	for (const text of sample) {
		for (let at = 0; at < text.length && !scout.headerDone; at += SCOUT_SLICE_CHARS) {
			scout.push(text.slice(at, at + SCOUT_SLICE_CHARS));
		}
	}
	if (complete && !scout.headerDone) scout.end();
	return scout.skipped.findIndex((r) => r.fields !== undefined && isHeader(r.fields));
}

function emptyRows(): AsyncGenerator<never> {
	return (async function* () {})();
}

/**
 * Streams a CSV file whose first non-blank record is the header (after a preamble, when
 * `isHeader` is given). Blank lines are no records but count as lines; a row's `line` is where
 * its record starts. Only I/O errors throw, and their message names the file; everything wrong
 * with the content is a malformed row, or `notText` for a file that is not text at all.
 */
export async function readCsvFile(options: ReadCsvFileOptions): Promise<CsvFile> {
	const { path, maxFieldChars = 1_000_000, chunkSize = 1 << 16, sampleBytes = 1 << 16 } = options;
	if (options.quote !== undefined) quoteCode(options.quote);
	if (options.delimiter !== undefined) delimiterCode(options.delimiter, options.quote);

	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
	} catch (cause) {
		throw ioError(path, cause);
	}
	const close = () => {
		if (fd === undefined) return;
		closeSync(fd);
		fd = undefined;
	};
	// One buffer for every read: a fresh buffer (and a decoded string) per megabyte was external
	// and large-object memory that made V8 collect its old generation every few chunks under the
	// pipeline's heap cap (115 full collections for 1 M records, against 8 now).
	const buffer = Buffer.allocUnsafe(chunkSize);
	let done = false;
	/** The next chunk, valid until the next call; null at the end of the file. */
	const read = (): Uint8Array | null => {
		if (fd === undefined) return null;
		let bytes: number;
		try {
			bytes = readSync(fd, buffer, 0, chunkSize, null);
		} catch (cause) {
			close();
			throw ioError(path, cause);
		}
		if (bytes === 0) {
			done = true;
			close();
			return null;
		}
		return buffer.subarray(0, bytes);
	};

	const sample: Buffer[] = [];
	let sampled = 0;
	while (sampled < sampleBytes) {
		const chunk = read();
		if (chunk === null) break;
		sample.push(Buffer.from(chunk));
		sampled += chunk.length;
	}
	const head = Buffer.concat(sample).subarray(0, sampleBytes);
	const encoding = options.encoding ?? detectEncoding(head);
	const notText = options.detectBinary === false ? null : detectNotText(head, encoding);
	if (notText !== null) {
		close();
		return {
			path,
			encoding,
			delimiter: options.delimiter ?? ',',
			quote: options.quote ?? '"',
			notText,
			header: null,
			skipped: [],
			rows: emptyRows(),
			batches: emptyRows(),
			close
		};
	}
	const decoder = createChunkDecoder(encoding);
	// Decoded chunk by chunk, so the parser sees the same boundaries as the file.
	const queue = sample.map((chunk) => decoder.write(chunk));
	if (done) queue.push(decoder.end());
	let { delimiter, quote } = sniffDialect({
		text: queue.join(''),
		complete: done,
		delimiter: options.delimiter,
		quote: options.quote
	});
	const limits = { maxFieldChars, maxHeaderFields: options.maxHeaderFields };
	let skipRecords = 0;
	if (options.isHeader) {
		// The sniffed dialect first; when the expected header is not among the first records read
		// with it (title lines with other delimiters can mislead the sniffer), the other ones.
		const dialects = [{ delimiter, quote }];
		for (const d of options.delimiter === undefined ? CSV_DELIMITERS : [options.delimiter]) {
			for (const q of options.quote === undefined ? CSV_QUOTES : [options.quote]) {
				if (d !== q && (d !== delimiter || q !== quote)) dialects.push({ delimiter: d, quote: q });
			}
		}
		for (const dialect of dialects) {
			const found = preambleRecords(
				queue,
				done,
				{ ...dialect, ...limits },
				options.isHeader,
				options.maxPreambleRecords ?? 20
			);
			if (found === -1) continue;
			({ delimiter, quote } = dialect);
			skipRecords = found;
			break;
		}
	}
	const parser = new CsvParser({ delimiter, quote, ...limits, skipRecords });

	let offset = 0;
	let parsedAll = false;
	/** Parses one more slice of text, reading the file when needed; false once all is parsed. */
	const advance = (): boolean => {
		if (queue.length > 0) {
			const text = queue[0];
			const end = Math.min(offset + PARSE_SLICE_CHARS, text.length);
			parser.push(offset === 0 && end === text.length ? text : text.slice(offset, end));
			offset = end;
			if (end === text.length) {
				queue.shift();
				offset = 0;
			}
			return true;
		}
		if (parsedAll) return false;
		if (done) {
			parser.end();
			parsedAll = true;
			return true;
		}
		const chunk = read();
		queue.push(chunk === null ? decoder.end() : decoder.write(chunk));
		return true;
	};
	while (!parser.headerDone && advance());

	async function* generateBatches(): AsyncGenerator<CsvRow[]> {
		try {
			do {
				const rows = parser.take();
				if (rows.length > 0) yield rows;
			} while (advance());
		} finally {
			close();
		}
	}

	async function* generateRows(): AsyncGenerator<CsvRow> {
		for await (const batch of generateBatches()) yield* batch;
	}

	return {
		path,
		encoding,
		delimiter,
		quote,
		notText: null,
		header: parser.header,
		skipped: parser.skipped,
		rows: generateRows(),
		batches: generateBatches(),
		close
	};
}
