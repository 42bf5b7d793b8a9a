import type { CsvEncoding } from './types';

export interface ChunkDecoder {
	/** Decodes one chunk; bytes of a character cut at the chunk's end are kept for the next. */
	write(bytes: Uint8Array): string;
	/** Flushes what is left; an incomplete character becomes U+FFFD. */
	end(): string;
}

/**
 * One streaming TextDecoder per file. Windows-1252 goes through the streaming path too: since
 * Node 20.18.3 the non-streaming TextDecoder('windows-1252') turns 0x80..0x9F into C1 controls
 * instead of '€', '’'... (nodejs/node#60888); the streaming path maps them as WHATWG says.
 */
export function createChunkDecoder(encoding: CsvEncoding): ChunkDecoder {
	const decoder = new TextDecoder(encoding);
	return {
		write: (bytes) => decoder.decode(bytes, { stream: true }),
		end: () => decoder.decode()
	};
}
