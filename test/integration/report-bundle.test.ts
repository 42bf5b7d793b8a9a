// A report bundle of two real figures (the 60 % target's distance figure and the coverage table),
// their SQL run on the published default dataset: it round-trips (every figure matches, on the
// browser's adapter and on the tables the bundle carries itself), a changed table makes a figure
// differ, and a changed byte is named as tampered.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, type Manifest } from '../../core/contract/manifest';
import { targetDistanceFigure } from '../../src/lib/dashboards/target/figure';
import { targetState } from '../../src/lib/dashboards/target/state';
import {
	buildReportBundle,
	bundleFigure,
	readReportBundle,
	verifyReportBundle,
	type ReportBundleInput,
	type RunSql
} from '../../src/lib/report/bundle/bundle';
import { readZip, writeZip } from '../../src/lib/report/bundle/zip';
import { coverageTableFigure } from '../../src/lib/report/coverage/figures';
import { coverageState } from '../../src/lib/report/coverage/state';
import { publishedCopyWithHiddenCells } from '../helpers/hidden-cells';
import { openBothAdapters, type BothAdapters } from '../helpers/published-adapters';
import { openPublishedData, PUBLISHED_DATA_DIR } from '../helpers/published-data';

describe('report bundle over the published tables', () => {
	let db: BothAdapters;
	let manifest: Manifest;
	let input: ReportBundleInput;
	let zip: Uint8Array;
	const run =
		(adapters: BothAdapters): RunSql =>
		(query) =>
			adapters.browser.query<Record<string, unknown>>(query);

	beforeAll(async () => {
		db = await openPublishedData();
		manifest = parseManifest(
			JSON.parse(readFileSync(join(PUBLISHED_DATA_DIR, 'manifest.json'), 'utf8'))
		);
		const target = targetDistanceFigure;
		const targetView = targetState.defaults();
		const coverage = coverageTableFigure(manifest.tables);
		const coverageView = coverageState.defaults();
		const figures = [
			{
				figure: target.id,
				title: target.title({ state: targetView, lang: 'en' }),
				query: target.query(targetView)
			},
			{
				figure: coverage.id,
				title: coverage.title({ state: coverageView, lang: 'en' }),
				query: coverage.query(coverageView)
			}
		];
		const used = new Set(figures.flatMap((f) => f.query.tables));
		input = {
			report: {
				id: 'test',
				title: 'Two figures',
				release: { pipelineVersion: manifest.pipelineVersion, generatedAt: manifest.generatedAt },
				generatedAt: '2026-12-05T09:00:00.000Z'
			},
			figures: await Promise.all(
				figures.map(async (f, i) =>
					bundleFigure({
						id: f.figure,
						number: i + 1,
						title: f.title,
						query: f.query,
						rows: await db.build.query(f.query)
					})
				)
			),
			manifest,
			tableFiles: Object.fromEntries(
				manifest.tables
					.filter((t) => used.has(t.name))
					.map((t) => [t.name, new Uint8Array(readFileSync(join(PUBLISHED_DATA_DIR, t.file)))])
			)
		};
		zip = await buildReportBundle(input);
	});
	afterAll(() => db?.close());

	it('carries each figure’s rows, SQL and tables, and every figure matches on the site’s tables', async () => {
		const bundle = readReportBundle(zip);
		expect(bundle.manifest.figures.map((f) => [f.id, f.rows])).toEqual([
			['target-distance', input.figures[0].rows.length],
			['coverage-table', input.figures[1].rows.length]
		]);
		expect(input.figures[1].rows.length).toBe(9 * 28);
		expect(bundle.manifest.data.tables.every((t) => t.bundled !== null)).toBe(true);
		const result = await verifyReportBundle(bundle, run(db), { published: manifest });
		expect(result.figures.map((f) => [f.id, f.status, f.rows.recomputed])).toEqual([
			['target-distance', 'matches', input.figures[0].rows.length],
			['coverage-table', 'matches', 9 * 28]
		]);
		expect(result.tampered).toEqual([]);
		expect(result.changedTables).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('recomputes every figure from the tables the bundle carries, nothing else', async () => {
		const bundle = readReportBundle(zip);
		const dir = mkdtempSync(join(tmpdir(), 'uptake-bundle-'));
		const tables = manifest.tables.filter((t) =>
			bundle.manifest.data.tables.some((b) => b.name === t.name)
		);
		for (const t of bundle.manifest.data.tables)
			writeFileSync(join(dir, t.file), bundle.files.get(t.bundled!)!);
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, tables }));
		const own = await openBothAdapters(dir);
		try {
			const result = await verifyReportBundle(bundle, run(own));
			expect(result.figures.map((f) => f.status)).toEqual(['matches', 'matches']);
		} finally {
			await own.close();
		}
	});

	it('finds a figure that no longer matches a changed table, and says which table changed', async () => {
		// Austria's latest LFS 4-week value hidden: the coverage table differs, the target not.
		const dir = publishedCopyWithHiddenCells({
			dir: PUBLISHED_DATA_DIR,
			table: 'lfs_participation_4w',
			hide: (r) => r.geo === 'AT' && r.sex === 'T' && r.age === 'Y25-64' && r.year === 2023,
			columns: ['value']
		});
		const changed = await openBothAdapters(dir);
		try {
			const published = parseManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
			const result = await verifyReportBundle(readReportBundle(zip), run(changed), { published });
			expect(result.figures.map((f) => f.status)).toEqual(['matches', 'differs']);
			expect(result.figures[1].difference?.stored).toMatch(/^lfs_4w,AT,2023,/);
			expect(result.figures[1].difference?.recomputed).toMatch(/^lfs_4w,AT,2023,c,hidden,/);
			expect(result.changedTables.map((c) => c.name)).toEqual(['lfs_participation_4w']);
		} finally {
			await changed.close();
		}
	});

	it('names the CSV whose byte was changed as tampered, and its figure', async () => {
		const entries = readZip(zip).map((e) => {
			if (!e.path.endsWith('coverage-table.csv')) return e;
			const bytes = e.bytes.slice();
			const at = new TextDecoder().decode(bytes).indexOf(',2023,');
			bytes[at + 4] = '1'.charCodeAt(0); // 2023 → 2013
			return { path: e.path, bytes };
		});
		const result = await verifyReportBundle(readReportBundle(writeZip(entries)), run(db));
		expect(result.tampered).toEqual(['figures/02-2-coverage-table.csv']);
		expect(result.figures.map((f) => f.status)).toEqual(['matches', 'tampered']);
		expect(result.ok).toBe(false);
	});
});
