import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const FLUSH_AT = 1 << 20;

/**
 * Appends text to a file through a buffer, synchronously (which is its backpressure), and
 * moves it into place only on commit: a failed run never leaves a half-written file behind.
 */
export class LineWriter {
	readonly #path: string;
	readonly #temp: string;
	#fd: number;
	#buffer: string[] = [];
	#size = 0;

	constructor(path: string) {
		mkdirSync(dirname(path), { recursive: true });
		this.#path = path;
		this.#temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
		this.#fd = openSync(this.#temp, 'w');
	}

	write(text: string): void {
		this.#buffer.push(text);
		this.#size += text.length;
		if (this.#size >= FLUSH_AT) this.flush();
	}

	flush(): void {
		if (this.#buffer.length === 0) return;
		writeSync(this.#fd, this.#buffer.join(''));
		this.#buffer = [];
		this.#size = 0;
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
