import type { CsvEncoding } from './types';

/** Why a file is not read as CSV text at all. */
export interface NotText {
	readonly rule: 'file.binary' | 'file.utf16_without_bom';
	/** What the file looks like and what to do, without the file's name. */
	readonly message: string;
}

/** Bytes examined for control characters and UTF-16's NULs. */
export const BINARY_SAMPLE_BYTES = 8192;
/** Control characters that make a sample binary: at least this many, and this share of it. */
const MIN_CONTROLS = 8;
const MIN_CONTROL_SHARE = 0.02;

const SAVE_AS_CSV = 'save it as CSV UTF-8';

interface Magic {
	readonly bytes: readonly number[];
	/** Where the bytes are; 0 unless said. */
	readonly at?: number;
	readonly what: string;
}

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

const MAGIC: readonly Magic[] = [
	{ bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
	{ bytes: ascii('GIF87a'), what: 'a GIF image' },
	{ bytes: ascii('GIF89a'), what: 'a GIF image' },
	{ bytes: ascii('WEBP'), at: 8, what: 'a WebP image' },
	{ bytes: ascii('%PDF-'), what: 'a PDF document' },
	{
		bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
		what: `an Excel 97-2003 workbook (.xls) or another legacy Office file, not a CSV file: ${SAVE_AS_CSV}`
	},
	{ bytes: [0x1f, 0x8b], what: 'a gzip-compressed file' }
];

const ZIP_SIGNATURES: readonly (readonly number[])[] = [
	[0x50, 0x4b, 0x03, 0x04],
	[0x50, 0x4b, 0x05, 0x06],
	[0x50, 0x4b, 0x07, 0x08]
];

function startsWith(sample: Uint8Array, bytes: readonly number[], at = 0): boolean {
	if (sample.length < at + bytes.length) return false;
	return bytes.every((b, k) => sample[at + k] === b);
}

/**
 * What a ZIP archive holds, from the entry names of its local headers (plain text near the
 * start, whether or not the entries are compressed): an Office Open XML or OpenDocument file
 * is a ZIP archive.
 */
function zipKind(sample: Uint8Array): string {
	const text = new TextDecoder('latin1').decode(sample);
	if (text.includes('xl/')) {
		return `an Excel workbook (.xlsx), not a CSV file: ${SAVE_AS_CSV}`;
	}
	if (text.includes('application/vnd.oasis.opendocument.spreadsheet')) {
		return `an OpenDocument spreadsheet (.ods), not a CSV file: ${SAVE_AS_CSV}`;
	}
	if (text.includes('word/')) return 'a Word document (.docx), not a CSV file';
	if (text.includes('ppt/')) return 'a PowerPoint presentation (.pptx), not a CSV file';
	if (text.includes('application/vnd.oasis.opendocument')) {
		return 'an OpenDocument file, not a CSV file';
	}
	return 'a ZIP archive, not a CSV file: extract the CSV files from it';
}

const looksLike = (what: string) =>
	what.includes('not a CSV file') ? `looks like ${what}` : `looks like ${what}, not a CSV file`;

/**
 * Recognises input that is not CSV text, from its first bytes: a known file signature (images,
 * PDF, Excel and other Office files, ZIP, gzip), UTF-16 without a byte-order mark (a NUL byte
 * at every other position), or control characters such as NUL in more than 2 % of the first
 * 8 KiB (a few NUL bytes in a text file are the rows' problem, not the file's). Null for text.
 * `encoding` is the encoding found from a byte-order mark, if any: UTF-16 text has NULs.
 */
export function detectNotText(sample: Uint8Array, encoding?: CsvEncoding): NotText | null {
	for (const magic of MAGIC) {
		if (startsWith(sample, magic.bytes, magic.at)) {
			return { rule: 'file.binary', message: looksLike(magic.what) };
		}
	}
	if (ZIP_SIGNATURES.some((signature) => startsWith(sample, signature))) {
		return { rule: 'file.binary', message: looksLike(zipKind(sample)) };
	}
	if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;

	const n = Math.min(sample.length, BINARY_SAMPLE_BYTES);
	let evenNul = 0;
	let oddNul = 0;
	let controls = 0;
	for (let i = 0; i < n; i++) {
		const b = sample[i];
		if (b === 0) {
			if ((i & 1) === 0) evenNul++;
			else oddNul++;
		}
		// C0 controls but tab, line feed, form feed and carriage return; DEL.
		if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) {
			controls++;
		}
	}
	const pairs = n >> 1;
	const utf16 = (nul: number, other: number) =>
		nul >= 2 && nul >= 0.3 * pairs && other <= 0.05 * nul;
	if (utf16(oddNul, evenNul) || utf16(evenNul, oddNul)) {
		const order = oddNul > evenNul ? 'little-endian' : 'big-endian';
		return {
			rule: 'file.utf16_without_bom',
			message:
				`looks like UTF-16 without a byte-order mark (${order}: a NUL byte beside every ` +
				'ASCII character); save it as UTF-8'
		};
	}
	if (controls >= MIN_CONTROLS && controls >= MIN_CONTROL_SHARE * n) {
		return {
			rule: 'file.binary',
			message:
				`looks like a binary file, not a CSV file: ${controls} of its first ${n} bytes are ` +
				'control characters such as NUL'
		};
	}
	return null;
}
