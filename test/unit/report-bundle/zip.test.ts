import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/lib/report/bundle/crc32';
import { dosDateTime, readZip, writeZip, ZipFormatError } from '../../../src/lib/report/bundle/zip';

const text = (s: string) => new TextEncoder().encode(s);

describe('crc32', () => {
	it('gives the check values of CRC-32/ISO-HDLC', () => {
		expect(crc32(text('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
		expect(crc32(text('a'))).toBe(0xe8b7be43);
		expect(crc32(text('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
	});
});

describe('dosDateTime', () => {
	it('packs a UTC moment into MS-DOS date and time (two-second steps, from 1980)', () => {
		// 2026-12-04 17:05:51 → date (46 << 9) | (12 << 5) | 4, time (17 << 11) | (5 << 5) | 25
		expect(dosDateTime(new Date('2026-12-04T17:05:51Z'))).toEqual({
			date: (46 << 9) | (12 << 5) | 4,
			time: (17 << 11) | (5 << 5) | 25
		});
		expect(dosDateTime(new Date(0)).date).toBe((0 << 9) | (1 << 5) | 1);
	});
});

describe('writeZip / readZip', () => {
	const entries = [
		{ path: 'manifest.json', bytes: text('{"a":1}\n') },
		{ path: 'figures/01-é.csv', bytes: text('x,y\n1,2\n') },
		{ path: 'empty.txt', bytes: new Uint8Array() }
	];

	it('round-trips names (UTF-8), bytes and order', () => {
		const back = readZip(writeZip(entries));
		expect(back.map((e) => e.path)).toEqual(entries.map((e) => e.path));
		back.forEach((e, i) => {
			expect([...e.bytes]).toEqual([...entries[i].bytes]);
			expect(e.crcOk).toBe(true);
		});
	});

	it('writes the same bytes for the same entries and stamp', () => {
		const stamp = new Date('2026-01-02T03:04:06Z');
		expect(writeZip(entries, stamp)).toEqual(writeZip(entries, stamp));
	});

	it('is read by an independent ZIP reader (Python zipfile, which checks the CRCs)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
		const file = join(dir, 'a.zip');
		writeFileSync(file, writeZip(entries, new Date('2026-12-04T17:05:51Z')));
		const out = execFileSync('python3', [
			'-c',
			'import sys, zipfile, json; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; ' +
				'print(json.dumps([[i.filename, z.read(i).decode(), i.date_time] for i in z.infolist()]))',
			file
		]).toString();
		expect(JSON.parse(out)).toEqual([
			['manifest.json', '{"a":1}\n', [2026, 12, 4, 17, 5, 50]],
			['figures/01-é.csv', 'x,y\n1,2\n', [2026, 12, 4, 17, 5, 50]],
			['empty.txt', '', [2026, 12, 4, 17, 5, 50]]
		]);
	});

	it('reads an archive written by an independent writer (zip -0)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-test-'));
		writeFileSync(join(dir, 'one.txt'), 'hello\n');
		execFileSync('zip', ['-0', '-X', '-q', 'out.zip', 'one.txt'], { cwd: dir });
		const back = readZip(new Uint8Array(readFileSync(join(dir, 'out.zip'))));
		expect(back).toHaveLength(1);
		expect(back[0].path).toBe('one.txt');
		expect(new TextDecoder().decode(back[0].bytes)).toBe('hello\n');
		expect(back[0].crcOk).toBe(true);
	});

	it('flags an entry whose bytes no longer match its CRC', () => {
		const zip = writeZip(entries);
		// The first entry's data starts after its 30-byte header and 13-byte name.
		zip[30 + 'manifest.json'.length] ^= 0x01;
		const back = readZip(zip);
		expect(back.map((e) => e.crcOk)).toEqual([false, true, true]);
	});

	it('refuses what is not a ZIP, repeated names and compressed entries', () => {
		expect(() => readZip(text('not a zip at all, just some text here'))).toThrow(ZipFormatError);
		expect(() => writeZip([entries[0], entries[0]])).toThrow(/repeated/);
		const zip = writeZip([entries[0]]);
		const central = zip.length - 22 - 46 - 'manifest.json'.length;
		zip[central + 10] = 8; // deflate
		expect(() => readZip(zip)).toThrow(/compressed/);
	});
});
