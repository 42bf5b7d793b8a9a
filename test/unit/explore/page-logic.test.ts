import { Float64, Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { checkConsoleSql } from '../../../core/queries/console-guard';
import { EXAMPLE_QUERIES } from '../../../src/lib/explore/examples';
import {
	buildQuickChartOption,
	chartPoints,
	defaultChartChoice,
	MAX_CHART_POINTS
} from '../../../src/lib/explore/quick-chart';
import { consoleSchema } from '../../../src/lib/explore/schema';
import { exploreState } from '../../../src/lib/explore/state';
import { readManifest } from '../../../src/lib/server/build-database';
import { resultOf, sampleView } from './fixtures';

describe('the quick chart', () => {
	it('puts the first text column along the axis and the first numeric value as bars', () => {
		// year (column 1) is a coordinate: credentials is the value.
		expect(defaultChartChoice(sampleView().columns)).toEqual({ x: 0, y: 2, kind: 'bar' });
	});

	it('draws a line along a year or a number, and nothing without a numeric column', () => {
		const years = resultOf(
			new Table({
				year: vectorFromArray([2020, 2021], new Int32()),
				value: vectorFromArray([1.5, 2], new Float64())
			})
		);
		expect(defaultChartChoice(years.columns)).toEqual({ x: 0, y: 1, kind: 'line' });
		// Flags name no axis: the year does.
		const trend = resultOf(
			new Table({
				year: vectorFromArray([2020], new Int32()),
				credentials: vectorFromArray([5], new Int32()),
				flags: vectorFromArray([''], new Utf8())
			})
		);
		expect(defaultChartChoice(trend.columns)).toEqual({ x: 0, y: 1, kind: 'line' });
		const text = resultOf(new Table({ geo: vectorFromArray(['AT'], new Utf8()) }));
		expect(defaultChartChoice(text.columns)).toBeNull();
	});

	it('leaves hidden and NULL values out rather than drawing them as zero', () => {
		const points = chartPoints(sampleView(), { x: 0, y: 2, kind: 'bar' });
		expect(points).toEqual({
			labels: ['AT', 'BE', '=HYPERLINK("x")', 'DE'],
			values: [120, null, 7, null],
			missing: 2,
			cut: 0
		});
	});

	it(`draws at most ${MAX_CHART_POINTS} rows and counts the rest`, () => {
		const n = MAX_CHART_POINTS + 20;
		const view = resultOf(
			new Table({
				k: vectorFromArray(
					Array.from({ length: n }, (_v, i) => `k${i}`),
					new Utf8()
				),
				v: vectorFromArray(
					Array.from({ length: n }, (_v, i) => i),
					new Int32()
				)
			})
		);
		const points = chartPoints(view, { x: 0, y: 1, kind: 'bar' });
		expect(points.values).toHaveLength(MAX_CHART_POINTS);
		expect(points.cut).toBe(20);
	});

	it('says on the chart that synthetic data are synthetic, and what the axes are', () => {
		const option = buildQuickChartOption({
			view: sampleView(),
			choice: { x: 0, y: 2, kind: 'bar' },
			synthetic: true,
			lang: 'en',
			labels: { empty: 'nothing', description: 'credentials by geo' },
			formatValue: String
		}) as {
			graphic: { style: { text: string } }[];
			series: { type: string; data: (number | null)[] }[];
			xAxis: { name: string; data: string[] };
			yAxis: { name: string };
		};
		expect(option.graphic.map((g) => g.style.text)).toEqual(['Synthetic data, not real records']);
		expect(option.series[0]).toMatchObject({ type: 'bar', data: [120, null, 7, null] });
		expect(option.xAxis).toMatchObject({
			name: 'geo',
			data: ['AT', 'BE', '=HYPERLINK("x")', 'DE']
		});
		expect(option.yAxis.name).toBe('credentials');
		const official = buildQuickChartOption({
			view: sampleView(),
			choice: { x: 0, y: 2, kind: 'line' },
			synthetic: false,
			lang: 'en',
			labels: { empty: 'nothing', description: '' },
			formatValue: String
		}) as { graphic: unknown[] };
		expect(official.graphic).toEqual([]);
	});
});

describe('the URL state', () => {
	it('carries the query in ?sql= and restores it', () => {
		const sql = "SELECT geo, sum(credentials)\nFROM uptake WHERE flags <> 'c' GROUP BY 1";
		const query = exploreState.serialise({ sql }, undefined);
		expect(query.startsWith('?sql=')).toBe(true);
		expect(exploreState.parse(new URLSearchParams(query.slice(1)), undefined)).toEqual({ sql });
		expect(exploreState.serialise({ sql: '' }, undefined)).toBe('');
	});

	it('drops a query longer than the console accepts', () => {
		const search = new URLSearchParams({ sql: 'x'.repeat(20_001) });
		expect(exploreState.parse(search, undefined)).toEqual({ sql: '' });
	});
});

describe('the examples and the schema', () => {
	const manifest = readManifest();
	const names = manifest.tables.map((t) => t.name);

	it('every example passes the console’s checks and reads published tables', () => {
		for (const example of EXAMPLE_QUERIES) {
			const check = checkConsoleSql(example.sql, { tables: names });
			expect(check, example.id).toMatchObject({ ok: true });
			if (check.ok) expect(check.tables.length, example.id).toBeGreaterThan(0);
		}
	});

	it('lists every published table, without its input files, and the release', () => {
		const schema = consoleSchema(manifest);
		expect(schema.tables.map((t) => t.name)).toEqual(names);
		expect(schema.tables.every((t) => t.source.inputs.length === 0)).toBe(true);
		expect(schema.tables.map((t) => t.rows)).toEqual(manifest.tables.map((t) => t.rows));
		expect(schema.release).toEqual({
			pipelineVersion: manifest.pipelineVersion,
			generatedAt: manifest.generatedAt
		});
		expect(schema.examples).toHaveLength(EXAMPLE_QUERIES.length);
	});

	it('leaves out an example whose table this build did not publish', () => {
		const schema = consoleSchema({
			...manifest,
			tables: manifest.tables.filter((t) => t.name !== 'inclusion')
		});
		expect(schema.examples.map((e) => e.id)).not.toContain('inclusion_ratios');
	});

	it('no published column is a word the checker refuses bare', () => {
		for (const table of manifest.tables) {
			for (const column of table.columns) {
				const check = checkConsoleSql(`SELECT ${column.name} FROM ${table.name}`, {
					tables: names
				});
				const quoted = checkConsoleSql(`SELECT "${column.name}" FROM ${table.name}`, {
					tables: names
				});
				// A name that is a keyword (group) is written quoted; either way it is not refused
				// as a forbidden word.
				expect(check.ok || quoted.ok, `${table.name}.${column.name}`).toBe(true);
			}
		}
	});
});
