import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectNotText } from '../../../../core/csv/detect-binary';
import { FIXTURES, createRandom } from './csv-test-kit';

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(
		parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))
	);

/** A ZIP local file header for a stored entry named `name` holding `data`. */
function zipEntry(name: string, data: string): Buffer {
	const header = Buffer.alloc(30);
	header.writeUInt32LE(0x04034b50, 0);
	header.writeUInt16LE(20, 4);
	header.writeUInt32LE(data.length, 18);
	header.writeUInt32LE(data.length, 22);
	header.writeUInt16LE(name.length, 26);
	return Buffer.concat([header, Buffer.from(name), Buffer.from(data)]);
}

const csv =
	'id,title,ects\n' + Array.from({ length: 200 }, (_, k) => `${k},Course ${k},5\n`).join('');

describe('detectNotText: file signatures', () => {
	it('names images, PDF, legacy Office and gzip files', () => {
		const cases: [Buffer, string][] = [
			[readFileSync(join(FIXTURES, 'renamed-image.csv')), 'looks like a PNG image, not a CSV file'],
			[bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'looks like a JPEG image, not a CSV file'],
			[bytes('GIF89a', [1, 0, 1, 0]), 'looks like a GIF image, not a CSV file'],
			[bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'looks like a WebP image, not a CSV file'],
			[bytes('%PDF-1.7\n'), 'looks like a PDF document, not a CSV file'],
			[bytes([0x1f, 0x8b, 8, 0]), 'looks like a gzip-compressed file, not a CSV file'],
			[
				bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0]),
				'looks like an Excel 97-2003 workbook (.xls) or another legacy Office file, not a CSV file: save it as CSV UTF-8'
			]
		];
		for (const [sample, message] of cases) {
			expect(detectNotText(sample), message).toEqual({ rule: 'file.binary', message });
		}
	});

	it('tells an Excel workbook from other ZIP archives by its entries', () => {
		const workbook = readFileSync(join(FIXTURES, 'renamed-workbook.csv'));
		expect(detectNotText(workbook)).toEqual({
			rule: 'file.binary',
			message: 'looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV UTF-8'
		});
		const ods = Buffer.concat([
			zipEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
			zipEntry('content.xml', '<x/>')
		]);
		expect(detectNotText(ods)?.message).toBe(
			'looks like an OpenDocument spreadsheet (.ods), not a CSV file: save it as CSV UTF-8'
		);
		const docx = Buffer.concat([
			zipEntry('[Content_Types].xml', '<x/>'),
			zipEntry('word/document.xml', '<x/>')
		]);
		expect(detectNotText(docx)?.message).toBe('looks like a Word document (.docx), not a CSV file');
		expect(detectNotText(zipEntry('records.csv', csv))?.message).toBe(
			'looks like a ZIP archive, not a CSV file: extract the CSV files from it'
		);
	});
});

describe('detectNotText: control characters and UTF-16', () => {
	it('hints at UTF-16 without a byte-order mark, either byte order', () => {
		const le = Buffer.from(csv, 'utf16le');
		expect(detectNotText(le)).toEqual({
			rule: 'file.utf16_without_bom',
			message:
				'looks like UTF-16 without a byte-order mark (little-endian: a NUL byte beside every ASCII character); save it as UTF-8'
		});
		const be = Buffer.from(le).swap16();
		expect(detectNotText(be)?.message).toMatch(
			/^looks like UTF-16 without a byte-order mark \(big-endian/
		);
		// Non-ASCII text still has NULs beside its digits, delimiters and line breaks.
		const greek = Buffer.from('κωδικός,τίτλος\n' + '1,Μάθημα\n'.repeat(100), 'utf16le');
		expect(detectNotText(greek)?.rule).toBe('file.utf16_without_bom');
	});

	it('reads UTF-16 with a byte-order mark as text', () => {
		const le = Buffer.from(`\uFEFF${csv}`, 'utf16le');
		expect(detectNotText(le, 'utf-16le')).toBeNull();
		expect(detectNotText(Buffer.from(le).swap16(), 'utf-16be')).toBeNull();
	});

	it('finds random bytes binary, with or without NUL bytes', () => {
		const random = createRandom(3);
		for (const length of [200, 700, 100_000]) {
			const data = Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
			expect(detectNotText(data)?.message, String(length)).toMatch(
				/^looks like a binary file, not a CSV file: \d+ of its first \d+ bytes are control characters such as NUL$/
			);
			const noNul = data.map((b) => (b === 0 ? 1 : b));
			expect(detectNotText(noNul)?.rule).toBe('file.binary');
		}
	});

	it('leaves text with a few NUL bytes or control characters to the rows', () => {
		expect(detectNotText(Buffer.from(csv))).toBeNull();
		expect(detectNotText(Buffer.from(''))).toBeNull();
		expect(detectNotText(Buffer.from('a,b\n1,x\0y\n2,3\n'))).toBeNull();
		const someNuls = Buffer.from(csv.replaceAll(/Course (1\d),/g, 'Cou\0rse $1,'));
		expect(someNuls.filter((b) => b === 0).length).toBe(10);
		expect(detectNotText(someNuls)).toBeNull();
		expect(detectNotText(Buffer.from(`\uFEFF${csv}\f\t\x1a`))).toBeNull();
		// Windows-1252 and Latin-1 use the high bytes, never the controls.
		const latin = Buffer.from(Array.from({ length: 3000 }, (_, k) => 0x80 + (k % 128)));
		expect(detectNotText(latin)).toBeNull();
	});
});
