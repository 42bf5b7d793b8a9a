import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { encodeCp1252Into } from './cp1252';

export interface CsvFormat {
	readonly delimiter: string;
	readonly eol: string;
	readonly encoding: 'utf-8' | 'windows-1252';
	readonly bom: boolean;
}

export const PLAIN_CSV: CsvFormat = { delimiter: ',', eol: '\n', encoding: 'utf-8', bom: false };

export interface WrittenFile {
	readonly path: string;
	readonly rows: number;
	readonly lines: number;
	readonly bytes: number;
	readonly sha256: string;
	readonly unmappable: number;
}

const CHUNK_BYTES = 1 << 18;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams CSV rows to disk: encodes each row straight into a 256 KiB chunk, hashes and writes
 * full chunks, and hands the caller a promise to wait on when the stream's buffer is full, so
 * memory stays bounded however many rows go through.
 */
export class CsvWriter {
	rows = 0;
	/** 1-based line number where the next row starts (quoted fields may span lines). */
	line = 1;
	private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
	private used = 0;
	private bytes = 0;
	private unmappable = 0;
	private readonly utf8: boolean;
	private readonly hash: Hash = createHash('sha256');
	private readonly stream: WriteStream;
	private readonly special: RegExp;
	private failure: Error | undefined;

	constructor(
		readonly path: string,
		readonly format: CsvFormat
	) {
		this.utf8 = format.encoding === 'utf-8';
		this.stream = createWriteStream(path, { highWaterMark: 1 << 20 });
		this.stream.on('error', (err) => {
			this.failure = err;
		});
		const d = format.delimiter === '\t' ? '\\t' : format.delimiter;
		this.special = new RegExp(`[${d}"\\r\\n]`);
		if (format.bom && this.utf8) {
			UTF8_BOM.copy(this.chunk);
			this.used = UTF8_BOM.length;
		}
	}

	private quote(field: string): string {
		if (!this.special.test(field)) return field;
		for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) this.line++;
		return `"${field.replaceAll('"', '""')}"`;
	}

	/** The header does not count as a row. */
	writeHeader(names: readonly string[]): Promise<void> | undefined {
		const result = this.writeRow(names);
		this.rows--;
		return result;
	}

	/** Writes `fields`, or `fields[order[0]], fields[order[1]], ...` when an order is given. */
	writeRow(fields: readonly string[], order?: readonly number[]): Promise<void> | undefined {
		if (this.failure) throw this.failure;
		const n = order ? order.length : fields.length;
		let text = '';
		for (let i = 0; i < n; i++) {
			if (i > 0) text += this.format.delimiter;
			text += this.quote(order ? fields[order[i]] : fields[i]);
		}
		text += this.format.eol;
		this.line++;
		this.rows++;
		return this.append(text);
	}

	private append(text: string): Promise<void> | undefined {
		const worst = this.utf8 ? text.length * 3 : text.length;
		let wait: Promise<void> | undefined;
		if (this.used + worst > this.chunk.length) {
			wait = this.flush();
			if (worst > this.chunk.length) this.chunk = Buffer.allocUnsafe(worst);
		}
		if (this.utf8) {
			this.used += this.chunk.write(text, this.used, 'utf8');
		} else {
			const r = encodeCp1252Into(text, this.chunk, this.used);
			this.used = r.end;
			this.unmappable += r.unmappable;
		}
		return wait;
	}

	private flush(): Promise<void> | undefined {
		if (this.used === 0) return undefined;
		const full = this.chunk.subarray(0, this.used);
		this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
		this.used = 0;
		this.hash.update(full);
		this.bytes += full.length;
		if (this.stream.write(full)) return undefined;
		return once(this.stream, 'drain').then(() => undefined);
	}

	async close(): Promise<WrittenFile> {
		await this.flush();
		this.stream.end();
		await finished(this.stream);
		if (this.failure) throw this.failure;
		return {
			path: this.path,
			rows: this.rows,
			lines: this.line - 1,
			bytes: this.bytes,
			sha256: this.hash.digest('hex'),
			unmappable: this.unmappable
		};
	}

	/** Stops writing after a failure elsewhere; the staging directory is removed anyway. */
	destroy(): void {
		this.stream.destroy();
	}
}
