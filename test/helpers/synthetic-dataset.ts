import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../../generator/generate';

/** A small synthetic dataset, the same on every call with the same arguments. */
export async function createSyntheticDataset(options: {
	records: number;
	seed?: string;
	dirtyRate?: number;
}) {
	const outDir = join(mkdtempSync(join(tmpdir(), 'uptake-syn-')), 'data');
	await generateDataset({
		records: options.records,
		seed: options.seed ?? 'test',
		outDir,
		fromYear: 2019,
		toYear: 2025,
		asOf: '2025-12-31',
		dirtyRate: options.dirtyRate ?? 0.02,
		credentials: 12
	});
	return outDir;
}
