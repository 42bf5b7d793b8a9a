import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../../../helpers/shared-data';
import { CsvParser } from '../../../../core/csv/parse-csv';
import type { CsvHeader, CsvRow } from '../../../../core/csv/types';
import {
	readCsvFile,
	type CsvFile,
	type ReadCsvFileOptions
} from '../../../../pipelines/read/read-csv-file';

export const FIXTURES = resolve(REPO_ROOT, 'test/fixtures/csv');

/** mulberry32: small, seeded, good enough for fuzzing. */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface TempDir {
	write(name: string, content: string | Uint8Array): string;
	remove(): void;
}

export function createTempDir(): TempDir {
	const dir = mkdtempSync(join(tmpdir(), 'uptake-csv-'));
	return {
		write(name, content) {
			const path = join(dir, name);
			writeFileSync(path, content);
			return path;
		},
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}

export async function collect(file: CsvFile): Promise<CsvRow[]> {
	const rows: CsvRow[] = [];
	for await (const row of file.rows) rows.push(row);
	return rows;
}

export async function readAll(
	options: ReadCsvFileOptions
): Promise<{ file: CsvFile; rows: CsvRow[] }> {
	const file = await readCsvFile(options);
	return { file, rows: await collect(file) };
}

/** Feeds the parser `text` cut at the given offsets. */
export function parsePieces(
	text: string,
	cuts: number[],
	delimiter = ',',
	maxFieldChars?: number
): { header: CsvHeader | null; rows: CsvRow[] } {
	const parser = new CsvParser({ delimiter, maxFieldChars });
	const rows: CsvRow[] = [];
	let start = 0;
	for (const cut of [...cuts, text.length]) {
		parser.push(text.slice(start, cut));
		rows.push(...parser.take());
		start = cut;
	}
	parser.end();
	rows.push(...parser.take());
	return { header: parser.header, rows };
}

export function randomCuts(random: () => number, length: number, maxPiece: number): number[] {
	const cuts: number[] = [];
	for (let at = 1 + Math.floor(random() * maxPiece); at < length;) {
		cuts.push(at);
		at += 1 + Math.floor(random() * maxPiece);
	}
	return cuts;
}
