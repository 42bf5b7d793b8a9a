import type { CsvEncoding } from './types';

export interface ChunkDecoder {
	/** Decodes one chunk; bytes of a character cut at the chunk's end are kept for the next. */
	write(bytes: Uint8Array): string;
	/** Flushes what is left; an incomplete character becomes U+FFFD. */
	end(): string;
}

// WHATWG index-windows-1252 for 0x80..0x9F; the rest of the code page is Latin-1.
const WINDOWS_1252_C1 = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
].map((code) => String.fromCharCode(code));

const C1_CONTROLS = /[\x80-\x9f]/g;

function decodeWindows1252(bytes: Uint8Array): string {
	const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	return latin1.replace(C1_CONTROLS, (char) => WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]);
}

/**
 * Windows-1252 is decoded here: since Node 20.18.3 TextDecoder('windows-1252') turns 0x80..0x9F
 * into C1 controls instead of '€', '’'... on its non-streaming path (nodejs/node#60888).
 */
export function createChunkDecoder(encoding: CsvEncoding): ChunkDecoder {
	if (encoding === 'windows-1252') return { write: decodeWindows1252, end: () => '' };
	const decoder = new TextDecoder(encoding);
	return {
		write: (bytes) => decoder.decode(bytes, { stream: true }),
		end: () => decoder.decode()
	};
}
