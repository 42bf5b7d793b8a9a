import { describe, expect, it } from 'vitest';
import { createChunkDecoder } from '../../../../core/csv/decode-text';
import { detectEncoding } from '../../../../core/csv/detect-encoding';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('detectEncoding', () => {
	it('trusts a byte order mark first', () => {
		expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe('utf-8');
		expect(detectEncoding(bytes(0xff, 0xfe, 0x61, 0x00))).toBe('utf-16le');
		expect(detectEncoding(bytes(0xfe, 0xff, 0x00, 0x61))).toBe('utf-16be');
	});

	it('takes strict UTF-8 as UTF-8, ASCII and empty input included', () => {
		expect(detectEncoding(Buffer.from('nom;ville\nRené;Liège €\n'))).toBe('utf-8');
		expect(detectEncoding(Buffer.from('a,b\n1,2\n'))).toBe('utf-8');
		expect(detectEncoding(bytes())).toBe('utf-8');
	});

	it('allows a character cut by the end of the sample', () => {
		const euro = Buffer.from('a,€');
		expect(detectEncoding(euro.subarray(0, euro.length - 1))).toBe('utf-8');
	});

	it('falls back to windows-1252 for Latin-1 and windows-1252 bytes', () => {
		expect(detectEncoding(Buffer.from('nom;ville\nRené;Liège\n', 'latin1'))).toBe('windows-1252');
		expect(detectEncoding(bytes(0x61, 0x3b, 0x80, 0x0a))).toBe('windows-1252');
		expect(detectEncoding(bytes(0x61, 0xc3, 0x28))).toBe('windows-1252');
	});
});

describe('createChunkDecoder', () => {
	it('decodes the windows-1252 range 0x80-0x9f to its printable characters', () => {
		const decoder = createChunkDecoder('windows-1252');
		const text = decoder.write(bytes(0x80, 0x82, 0x85, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x9c, 0x9f));
		expect(text).toBe('€‚…Š‘’“”œŸ');
		expect(decoder.write(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\x81\x8d\x8f\x90\x9d');
		expect(decoder.write(Buffer.from('Liège Ø ÿ', 'latin1'))).toBe('Liège Ø ÿ');
		expect(decoder.end()).toBe('');
	});

	it('decodes UTF-8 characters cut across chunks', () => {
		const data = Buffer.from('é€😀');
		const decoder = createChunkDecoder('utf-8');
		let text = '';
		for (const byte of data) text += decoder.write(bytes(byte));
		expect(text + decoder.end()).toBe('é€😀');
	});

	it('strips the BOM and decodes UTF-16 cut in odd places', () => {
		const le = Buffer.concat([bytes(0xff, 0xfe), Buffer.from('a;é😀', 'utf16le')]);
		const be = Buffer.from(le).swap16();
		for (const [encoding, data] of [
			['utf-16le', le],
			['utf-16be', be]
		] as const) {
			const decoder = createChunkDecoder(encoding);
			let text = '';
			for (let at = 0; at < data.length; at += 3) text += decoder.write(data.subarray(at, at + 3));
			expect(text + decoder.end()).toBe('a;é😀');
		}
	});

	it('turns an incomplete character at the end into U+FFFD', () => {
		const decoder = createChunkDecoder('utf-8');
		expect(decoder.write(bytes(0x61, 0xe2, 0x82))).toBe('a');
		expect(decoder.end()).toBe('\uFFFD');
	});
});
