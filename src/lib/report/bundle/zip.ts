import { crc32 } from './crc32';

// A minimal ZIP (PKWARE APPNOTE 6.3) writer and reader: stored entries only (no compression),
// UTF-8 names, no ZIP64. Enough for a report bundle of a few megabytes that every unzip tool,
// file manager and spreadsheet opens, without any dependency.

export interface ZipEntry {
	readonly path: string;
	readonly bytes: Uint8Array;
}

export interface ReadZipEntry extends ZipEntry {
	/** The CRC-32 stored in the archive equals the CRC-32 of the bytes read. */
	readonly crcOk: boolean;
}

export class ZipFormatError extends Error {}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20;
/** General purpose bit 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;
const STORED = 0;
const MAX_32 = 0xffffffff;

/** MS-DOS date and time of a moment (UTC), the ZIP's modification stamp (from 1980). */
export function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.max(1980, date.getUTCFullYear());
	return {
		time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
		date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()
	};
}

/** The entries in one stored ZIP, in the order given, every one stamped with `modified`. */
export function writeZip(entries: readonly ZipEntry[], modified = new Date(0)): Uint8Array {
	const encoder = new TextEncoder();
	const stamp = dosDateTime(modified);
	const seen = new Set<string>();
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		if (entry.path === '' || seen.has(entry.path))
			throw new ZipFormatError(`zip: empty or repeated entry name "${entry.path}"`);
		seen.add(entry.path);
		const name = encoder.encode(entry.path);
		const crc = crc32(entry.bytes);
		const size = entry.bytes.length;
		if (size > MAX_32 || offset > MAX_32) throw new ZipFormatError('zip: archive too large');
		const local = new DataView(new ArrayBuffer(30));
		local.setUint32(0, LOCAL_HEADER, true);
		local.setUint16(4, VERSION, true);
		local.setUint16(6, UTF8_NAMES, true);
		local.setUint16(8, STORED, true);
		local.setUint16(10, stamp.time, true);
		local.setUint16(12, stamp.date, true);
		local.setUint32(14, crc, true);
		local.setUint32(18, size, true);
		local.setUint32(22, size, true);
		local.setUint16(26, name.length, true);
		local.setUint16(28, 0, true);
		const head = new DataView(new ArrayBuffer(46));
		head.setUint32(0, CENTRAL_HEADER, true);
		head.setUint16(4, VERSION, true);
		head.setUint16(6, VERSION, true);
		head.setUint16(8, UTF8_NAMES, true);
		head.setUint16(10, STORED, true);
		head.setUint16(12, stamp.time, true);
		head.setUint16(14, stamp.date, true);
		head.setUint32(16, crc, true);
		head.setUint32(20, size, true);
		head.setUint32(24, size, true);
		head.setUint16(28, name.length, true);
		head.setUint32(42, offset, true);
		parts.push(new Uint8Array(local.buffer), name, entry.bytes);
		central.push(new Uint8Array(head.buffer), name);
		offset += 30 + name.length + size;
	}
	const centralSize = central.reduce((n, p) => n + p.length, 0);
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
	end.setUint16(8, entries.length, true);
	end.setUint16(10, entries.length, true);
	end.setUint32(12, centralSize, true);
	end.setUint32(16, offset, true);
	return concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** The entries of a stored ZIP, in the order of its central directory. */
export function readZip(bytes: Uint8Array): ReadZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const need = (at: number, length: number) => {
		if (at < 0 || at + length > bytes.length) throw new ZipFormatError('zip: truncated archive');
	};
	// The end record is the last 22 bytes, unless the archive has a comment (at most 65535 bytes).
	let end = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
		if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
			end = at;
			break;
		}
	}
	if (end < 0) throw new ZipFormatError('zip: not a ZIP archive (no end of central directory)');
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries: ReadZipEntry[] = [];
	for (let i = 0; i < count; i++) {
		need(at, 46);
		if (view.getUint32(at, true) !== CENTRAL_HEADER)
			throw new ZipFormatError('zip: broken central directory');
		const method = view.getUint16(at + 10, true);
		const crc = view.getUint32(at + 16, true);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const local = view.getUint32(at + 42, true);
		need(at + 46, nameLength);
		const path = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		if (method !== STORED)
			throw new ZipFormatError(
				`zip: ${path} is compressed (method ${method}); only stored entries are read`
			);
		need(local, 30);
		if (view.getUint32(local, true) !== LOCAL_HEADER)
			throw new ZipFormatError(`zip: broken local header of ${path}`);
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		need(start, size);
		const data = bytes.slice(start, start + size);
		entries.push({ path, bytes: data, crcOk: crc32(data) === crc });
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}
