import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, findTable } from '../../core/contract/manifest';
import {
	buildParticipationGeosSql,
	buildParticipationSql,
	PARTICIPATION_TABLE,
	type ParticipationRow
} from '../../core/queries/adult-participation';
import { DEFAULT_GEOS } from '../../src/lib/dashboards/participation/state';
import { runPipelines } from '../../pipelines/run';
import { sha256 } from '../../pipelines/publish/sha256';
import { openBothAdapters, type BothAdapters } from '../helpers/published-adapters';
import { pipelineOptions } from '../helpers/pipeline-options';
import { hasSharedData, SHARED_DATA_DIR } from '../helpers/shared-data';

describe.skipIf(!hasSharedData)('pipeline → Arrow → DuckDB → the participation page query', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'uptake-out-'));
	const reportDir = mkdtempSync(join(tmpdir(), 'uptake-report-'));
	let db: BothAdapters;
	let sourceRows: {
		geo: string;
		sex: string;
		age: string;
		year: number;
		value: number | null;
		flags: string;
	}[];

	beforeAll(async () => {
		await runPipelines(
			pipelineOptions({ dataDirs: [SHARED_DATA_DIR], outDir, reportDir }),
			() => {}
		);
		const manifest = parseManifest(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
		const table = findTable(manifest, PARTICIPATION_TABLE);
		const bytes = readFileSync(join(outDir, table.file));
		expect(sha256(bytes)).toBe(table.sha256);
		expect(bytes.byteLength).toBe(table.bytes);
		sourceRows = tableFromIPC(bytes)
			.toArray()
			.map((r) => r.toJSON()) as typeof sourceRows;
		expect(sourceRows).toHaveLength(table.rows);
		db = await openBothAdapters(outDir);
	});
	afterAll(() => db?.close());

	it('gives the same rows through the build adapter and the browser engine', async () => {
		const queries = [
			buildParticipationSql({ geos: DEFAULT_GEOS, sex: 'T' }),
			buildParticipationSql({ geos: ['FR', 'EU27_2020', 'SE'], sex: 'F', fromYear: 2010 }),
			buildParticipationGeosSql()
		];
		for (const query of queries) {
			const atBuild = await db.build.query(query);
			expect(atBuild.length).toBeGreaterThan(0);
			expect(await db.browser.query(query)).toEqual(atBuild);
		}
		const first = await db.build.query<ParticipationRow>(queries[0]);
		expect(first.length).toBe(DEFAULT_GEOS.length * 24);
		// Every published row of the view, and only those, in country then year order.
		const expected = sourceRows
			.filter((r) => r.sex === 'T' && r.age === 'Y25-64' && DEFAULT_GEOS.includes(r.geo as never))
			.map(({ geo, year, value, flags }) => ({ geo, year, value, flags }))
			.sort((a, b) => (a.geo < b.geo ? -1 : a.geo > b.geo ? 1 : a.year - b.year));
		expect(first).toEqual(expected);
	});

	it('returns the published values and flags for a chosen view', async () => {
		const rows = await db.browser.query<ParticipationRow>(
			buildParticipationSql({ geos: ['EU27_2020', 'FR'], sex: 'T' })
		);
		expect(rows.find((r) => r.geo === 'EU27_2020' && r.year === 2022)).toEqual({
			geo: 'EU27_2020',
			year: 2022,
			value: 11.9,
			flags: ''
		});
		// France's 2013 LFS redesign: a break in series, kept through the whole chain.
		expect(rows.find((r) => r.geo === 'FR' && r.year === 2013)?.flags).toBe('b');
		expect(rows.find((r) => r.geo === 'EU27_2020' && r.year === 2000)?.value).toBeNull();
	});

	it('publishes the table with its provenance and accounts for every input cell', () => {
		const manifest = parseManifest(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
		const table = findTable(manifest, PARTICIPATION_TABLE);
		expect(table.source).toMatchObject({
			dataset: 'trng_lfse_04',
			publisher: 'Eurostat',
			attribution: 'Source: Eurostat'
		});
		expect(table.source.licence).toMatch(/CC BY 4\.0/);
		expect(table.source.inputs[0].path).toBe('eurostat/trng_lfse_04_nuts0.tsv');
		expect(table.flags.b).toBe('break in time series');
		expect(table.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
			'freq:utf8',
			'unit:utf8',
			'sex:utf8',
			'age:utf8',
			'geo:utf8',
			'time_period:utf8',
			'year:int32',
			'value:float64',
			'flags:utf8'
		]);
		const report = JSON.parse(readFileSync(join(reportDir, 'run-report.json'), 'utf8'));
		for (const file of report.files) expect(file.read).toBe(file.accepted + file.quarantined);
	});

	it('publishes byte-identical files when run again on the same input', async () => {
		const again = mkdtempSync(join(tmpdir(), 'uptake-again-'));
		await runPipelines(
			pipelineOptions({ dataDirs: [SHARED_DATA_DIR], outDir: again, reportDir }),
			() => {}
		);
		const files = readdirSync(outDir).sort();
		expect(readdirSync(again).sort()).toEqual(files);
		for (const file of files) {
			expect(sha256(readFileSync(join(again, file)))).toBe(
				sha256(readFileSync(join(outDir, file)))
			);
		}
	});
});

describe('pipeline without the shared data directory', () => {
	it('says so plainly and writes nothing', async () => {
		const outDir = join(mkdtempSync(join(tmpdir(), 'uptake-none-')), 'out');
		await expect(
			runPipelines(
				pipelineOptions({ dataDirs: ['/nonexistent/shared/data'], outDir, reportDir: outDir }),
				() => {}
			)
		).rejects.toThrow(/The data directory \/nonexistent\/shared\/data does not exist.*--data-dir/);
		expect(() => readFileSync(join(outDir, 'manifest.json'))).toThrow();
	});
});
