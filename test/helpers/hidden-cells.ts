import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { tableFromIPC } from 'apache-arrow';
import { encodeArrowStream, type ColumnValues } from '../../pipelines/publish/arrow-table';

type Row = Record<string, string | number | boolean | null>;

export interface HiddenCellsOptions {
	/** A folder of published tables (static/data, build/data). */
	readonly dir: string;
	readonly table: string;
	readonly hide: (row: Row) => boolean;
	/** The columns a hidden cell has no value in: its counts and what is derived from them. */
	readonly columns: readonly string[];
}

/**
 * The file of `table` with the rows `hide` picks hidden as the disclosure control hides a cell
 * (the given columns null, flag c), and a manifest that vouches for it. Which cells a build hides
 * depends on its pseudonym key, so a test of hidden cells makes its own rather than hoping the
 * data has some.
 */
export function withHiddenCells(options: HiddenCellsOptions): {
	file: string;
	bytes: Uint8Array;
	manifest: string;
} {
	const manifest = JSON.parse(readFileSync(join(options.dir, 'manifest.json'), 'utf8'));
	const entry = manifest.tables.find((t: { name: string }) => t.name === options.table);
	if (!entry) throw new Error(`${options.table} is not published in ${options.dir}`);
	const rows = publishedRows(options.dir, entry.file);
	let hidden = 0;
	const changed = rows.map((r) => {
		if (!options.hide(r)) return r;
		hidden++;
		return { ...r, ...Object.fromEntries(options.columns.map((c) => [c, null])), flags: 'c' };
	});
	if (hidden === 0) throw new Error(`no row of ${options.table} to hide`);
	const bytes = encodeArrowStream(
		entry.columns.map((c: { name: string; type: string }) => ({
			...c,
			values: changed.map((r) => r[c.name]) as ColumnValues
		}))
	);
	entry.sha256 = createHash('sha256').update(bytes).digest('hex');
	entry.bytes = bytes.byteLength;
	return { file: entry.file, bytes, manifest: JSON.stringify(manifest) };
}

/** The rows of a published file, as plain objects. */
export function publishedRows(dir: string, file: string): Row[] {
	return tableFromIPC(readFileSync(join(dir, file)))
		.toArray()
		.map((r) => r.toJSON() as Row);
}

/** The page is served those cells hidden (withHiddenCells) instead of the build's file. */
export async function serveHiddenCells(page: Page, options: HiddenCellsOptions): Promise<void> {
	const served = withHiddenCells(options);
	await page.route(`**/data/${served.file}`, (route) =>
		route.fulfill({ body: Buffer.from(served.bytes), contentType: 'application/octet-stream' })
	);
	await page.route('**/data/manifest.json', (route) =>
		route.fulfill({ body: served.manifest, contentType: 'application/json' })
	);
}

/** A copy of the folder with those cells hidden (withHiddenCells), for the database adapters. */
export function publishedCopyWithHiddenCells(options: HiddenCellsOptions): string {
	const copy = mkdtempSync(join(tmpdir(), 'uptake-hidden-'));
	cpSync(options.dir, copy, { recursive: true });
	const hidden = withHiddenCells(options);
	writeFileSync(join(copy, hidden.file), hidden.bytes);
	writeFileSync(join(copy, 'manifest.json'), hidden.manifest);
	return copy;
}
