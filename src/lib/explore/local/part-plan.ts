// How the validating workers share a file: each computes the same plan from the file's start.
import Papa from 'papaparse';
import { MAX_PREAMBLE_RECORDS } from './local-validator';
import { cutAtRecords, type FilePart } from './record-cuts';
import { numberRecords, type NumberedRecord } from './record-lines';

/** Files smaller than this are checked by one worker: cutting them gains nothing. */
export const MIN_SPLIT_BYTES = 1 << 23;

/**
 * The parts of a file several workers share, the same in each of them, with the file's first
 * records (where a later part finds the header); undefined when the file is checked whole: small,
 * in UTF-16 (the cut is found by bytes), without line feeds (they are what the cut counts), with
 * too few records at its start to find the header as the first part does, or no cut found.
 */
export async function planParts(
	file: Blob,
	encoding: string,
	sample: string,
	parse: Papa.ParseConfig,
	of: number,
	minBytes = MIN_SPLIT_BYTES
): Promise<{ parts: FilePart[]; head: NumberedRecord[] } | undefined> {
	if (file.size < minBytes || encoding.startsWith('utf-16') || !sample.includes('\n')) {
		return undefined;
	}
	const head = numberRecords(Papa.parse<string[]>(sample, parse).data, 1).records;
	if (head.length <= MAX_PREAMBLE_RECORDS + 1) return undefined;
	const parts = await cutAtRecords(file, of, parse.quoteChar ?? '"');
	return parts.length === of ? { parts, head } : undefined;
}
