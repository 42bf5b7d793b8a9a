import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, describe, expect, it } from 'vitest';
import type { ManifestTable } from '../../../core/contract/manifest';
import { buildArrowFile } from '../../../src/lib/explore/export-arrow';
import { buildResultCsv } from '../../../src/lib/explore/export-csv';
import {
	exportFileName,
	exportMetadata,
	exportSidecar,
	type ExportProvenance
} from '../../../src/lib/explore/export-metadata';
import { buildParquetFile } from '../../../src/lib/explore/export-parquet';
import { readParquet } from './read-parquet';
import { sampleView } from './fixtures';

const table = (name: string, kind: 'official' | 'synthetic'): ManifestTable => ({
	name,
	file: `${name}.arrows`,
	rows: 1,
	bytes: 1,
	sha256: '0'.repeat(64),
	kind,
	columns: [],
	flags: {},
	source: {
		dataset: `${name}-set`,
		title: `${name} title`,
		publisher: kind === 'official' ? 'Eurostat' : 'Uptake (synthetic data generator)',
		licence: kind === 'official' ? 'CC BY 4.0' : 'EUPL-1.2',
		attribution: 'x',
		extractionDate: kind === 'official' ? '2025-05-01' : null,
		inputs: []
	}
});

const provenance: ExportProvenance = {
	sql: "SELECT * FROM uptake -- 'quoted'",
	tables: [table('uptake', 'synthetic'), table('population', 'official')],
	release: { pipelineVersion: '0.1.0', generatedAt: '2026-12-04T17:05:51.000Z' },
	citation: 'Uptake (2026). Query over the published tables uptake, population.',
	url: 'http://127.0.0.1/explore?sql=SELECT',
	accessed: '2027-01-15',
	sourceLine: 'Source: … Synthetic data, not real records.'
};

const dir = mkdtempSync(join(tmpdir(), 'uptake-explore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CSV export', () => {
	it('writes every row, raw values, NULL as empty, and no cell a spreadsheet would run', () => {
		const csv = buildResultCsv(sampleView());
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toEqual([
			'geo,year,credentials,share,flags,active,day,at',
			'AT,2024,120,12.5,,true,2024-01-02,2024-01-02 03:04:05',
			'BE,2024,,,c,false,,',
			`"'=HYPERLINK(""x"")",2024,7,0.25,,,2024-12-31,2024-01-02 03:04:05.250`,
			'DE,2025,,3,,true,2000-02-29,1970-01-01 00:00:00',
			''
		]);
	});
});

describe('provenance', () => {
	it('names the query, its link, the release and the tables, synthetic ones as such', () => {
		expect(Object.fromEntries(exportMetadata(provenance))).toEqual({
			'uptake:citation': provenance.citation,
			'uptake:query': provenance.sql,
			'uptake:url': provenance.url,
			'uptake:accessed': '2027-01-15',
			'uptake:pipeline_version': '0.1.0',
			'uptake:generated_at': '2026-12-04T17:05:51.000Z',
			'uptake:tables': 'uptake (synthetic), population (official)',
			'uptake:synthetic_tables': 'uptake',
			'uptake:sources':
				'Uptake (synthetic data generator), uptake-set; Eurostat, population-set (2025-05-01)',
			'uptake:licences': 'EUPL-1.2; CC BY 4.0',
			'uptake:source_line': provenance.sourceLine
		});
	});

	it('writes a JSON sidecar for the CSV file', () => {
		const sidecar = JSON.parse(
			exportSidecar({ fileName: 'q.csv', view: sampleView(), provenance })
		);
		expect(sidecar).toMatchObject({
			file: 'q.csv',
			rows: 4,
			query: provenance.sql,
			citation: provenance.citation,
			release: { pipelineVersion: '0.1.0', generatedAt: '2026-12-04T17:05:51.000Z' }
		});
		expect(sidecar.columns[0]).toEqual({ name: 'geo', type: 'Utf8' });
		expect(
			sidecar.tables.map((t: { name: string; synthetic: boolean }) => [t.name, t.synthetic])
		).toEqual([
			['uptake', true],
			['population', false]
		]);
	});

	it('names files after the tables and the query, the same query the same name', () => {
		const name = exportFileName({ sql: 'SELECT 1', tables: ['uptake'], extension: 'parquet' });
		expect(name).toMatch(/^uptake-query-uptake-[0-9a-f]{8}\.parquet$/);
		expect(exportFileName({ sql: 'SELECT 1', tables: ['uptake'], extension: 'parquet' })).toBe(
			name
		);
		expect(exportFileName({ sql: 'SELECT 2', tables: ['uptake'], extension: 'parquet' })).not.toBe(
			name
		);
		expect(exportFileName({ sql: 'SELECT 1', tables: [], extension: 'csv' })).toMatch(
			/^uptake-query-[0-9a-f]{8}\.csv$/
		);
	});
});

describe('Arrow export', () => {
	it('keeps the types and the rows, with the provenance in the schema metadata', () => {
		const view = sampleView();
		const back = tableFromIPC(buildArrowFile(view.result, exportMetadata(provenance)));
		expect(back.numRows).toBe(4);
		expect(back.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(
			view.result.schema.fields.map((f) => `${f.name}:${f.type}`)
		);
		expect(back.getChild('credentials')?.toArray()).toEqual(Int32Array.from([120, 0, 7, 0]));
		expect(back.getChild('credentials')?.get(1)).toBeNull();
		expect(back.schema.metadata.get('uptake:query')).toBe(provenance.sql);
		expect(back.schema.metadata.get('uptake:synthetic_tables')).toBe('uptake');
	});
});

describe('Parquet export', () => {
	it('reads back in DuckDB with the same rows, types and the provenance', async () => {
		const path = join(dir, 'result.parquet');
		writeFileSync(path, new Uint8Array(buildParquetFile(sampleView(), exportMetadata(provenance))));
		const back = await readParquet(path);
		expect(back.types).toEqual({
			geo: 'VARCHAR',
			year: 'INTEGER',
			credentials: 'INTEGER',
			share: 'DOUBLE',
			flags: 'VARCHAR',
			active: 'BOOLEAN',
			day: 'DATE',
			at: 'TIMESTAMP'
		});
		expect(back.rows).toEqual([
			{
				geo: 'AT',
				year: 2024,
				credentials: 120,
				share: 12.5,
				flags: '',
				active: true,
				day: '2024-01-02',
				at: '2024-01-02 03:04:05'
			},
			{
				geo: 'BE',
				year: 2024,
				credentials: null,
				share: null,
				flags: 'c',
				active: false,
				day: null,
				at: null
			},
			{
				geo: '=HYPERLINK("x")',
				year: 2024,
				credentials: 7,
				share: 0.25,
				flags: '',
				active: null,
				day: '2024-12-31',
				at: '2024-01-02 03:04:05.25'
			},
			{
				geo: 'DE',
				year: 2025,
				credentials: null,
				share: 3,
				flags: '',
				active: true,
				day: '2000-02-29',
				at: '1970-01-01 00:00:00'
			}
		]);
		expect(back.metadata['uptake:query']).toBe(provenance.sql);
		expect(back.metadata['uptake:citation']).toBe(provenance.citation);
		expect(back.metadata['uptake:generated_at']).toBe('2026-12-04T17:05:51.000Z');
		expect(back.metadata['uptake:tables']).toBe('uptake (synthetic), population (official)');
	});
});
