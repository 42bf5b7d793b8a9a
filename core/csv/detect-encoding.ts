import type { CsvEncoding } from './types';

/**
 * BOM first; otherwise the sample must be strict UTF-8 (a sequence cut at the end of the
 * sample is allowed), else windows-1252, which also reads Latin-1.
 */
export function detectEncoding(sample: Uint8Array): CsvEncoding {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
	if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
	if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
		return 'utf-8';
	} catch {
		return 'windows-1252';
	}
}
