import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const BUFFER_BYTES = 1 << 20;
/** UTF-8 bytes per UTF-16 code unit, at most. */
export const MAX_UTF8_BYTES_PER_UNIT = 3;

/**
 * Appends text to a file through a buffer, synchronously (which is its backpressure), and
 * moves it into place only on commit: a failed run never leaves a half-written file behind.
 */
export class LineWriter {
	readonly #path: string;
	readonly #temp: string;
	#fd: number;
	// Text is encoded into bytes as it arrives: lines held as strings until a flush outlived V8's
	// young generation, and copying them at every scavenge was a third of the ingestion time.
	protected buffer = Buffer.allocUnsafe(BUFFER_BYTES);
	protected size = 0;

	constructor(path: string) {
		mkdirSync(dirname(path), { recursive: true });
		this.#path = path;
		this.#temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
		this.#fd = openSync(this.#temp, 'w');
	}

	write(text: string): void {
		this.reserve(text.length * MAX_UTF8_BYTES_PER_UNIT);
		this.size += this.buffer.write(text, this.size, 'utf8');
	}

	/** Makes room for `bytes` more bytes in the buffer, flushing or growing it. */
	protected reserve(bytes: number): void {
		if (bytes <= this.buffer.length - this.size) return;
		this.flush();
		if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
	}

	flush(): void {
		let written = 0;
		while (written < this.size) {
			written += writeSync(this.#fd, this.buffer, written, this.size - written);
		}
		this.size = 0;
		if (this.buffer.length > BUFFER_BYTES) this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
	}

	commit(): void {
		this.flush();
		closeSync(this.#fd);
		renameSync(this.#temp, this.#path);
	}

	abort(): void {
		try {
			closeSync(this.#fd);
		} catch {
			// already closed
		}
		rmSync(this.#temp, { force: true });
	}
}
