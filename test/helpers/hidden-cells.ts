import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { encodeArrowStream, type ColumnValues } from '../../pipelines/publish/arrow-table';

type Row = Record<string, string | number | boolean | null>;

/**
 * A copy of a folder of published tables in which the rows of `table` that `hide` picks are
 * hidden as the disclosure control hides a cell (the given columns null, flag c), with a manifest
 * that vouches for the new file. Which cells a build hides depends on its pseudonym key, so a test
 * of hidden cells makes its own rather than hoping the data has some.
 */
export function publishedCopyWithHiddenCells(options: {
	dir: string;
	table: string;
	hide: (row: Row) => boolean;
	columns: readonly string[];
}): string {
	const copy = mkdtempSync(join(tmpdir(), 'uptake-hidden-'));
	cpSync(options.dir, copy, { recursive: true });
	const manifestPath = join(copy, 'manifest.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
	const entry = manifest.tables.find((t: { name: string }) => t.name === options.table);
	if (!entry) throw new Error(`${options.table} is not published in ${options.dir}`);
	const rows = tableFromIPC(readFileSync(join(copy, entry.file)))
		.toArray()
		.map((r) => r.toJSON() as Row);
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
	writeFileSync(join(copy, entry.file), bytes);
	entry.sha256 = createHash('sha256').update(bytes).digest('hex');
	entry.bytes = bytes.byteLength;
	writeFileSync(manifestPath, JSON.stringify(manifest));
	return copy;
}
