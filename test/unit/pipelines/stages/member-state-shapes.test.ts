import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectLaea } from '../../../../core/geo/laea';
import { SHAPES_TABLE } from '../../../../core/queries/member-state-shapes';
import { discoverInputs, type InputFile } from '../../../../pipelines/inputs/discover-inputs';
import { encodeArrowStream } from '../../../../pipelines/publish/arrow-table';
import type { TableToPublish } from '../../../../pipelines/publish/publish-tables';
import { sha256 } from '../../../../pipelines/publish/sha256';
import { InputError } from '../../../../pipelines/report/input-issue';
import {
	GISCO_GEOMETRY_FILE,
	memberStateShapesTable
} from '../../../../pipelines/stages/member-state-shapes';
import { hasSharedData, SHARED_DATA_DIR } from '../../../helpers/shared-data';

type Position = [number, number];
type Geometry = number[][][][];

/** A closed, counter-clockwise lon/lat rectangle. */
const box = (w: number, s: number, e: number, n: number): Position[] => [
	[w, s],
	[e, s],
	[e, n],
	[w, n],
	[w, s]
];

const feature = (
	id: string,
	name: string,
	eu: boolean,
	geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }
) => ({
	type: 'Feature',
	id,
	properties: { id, name, iso3: 'XXX', eu, efta: false, candidate: false },
	geometry
});

// Real GeoJSON, features deliberately out of order.
const FIXTURE = {
	type: 'FeatureCollection',
	name: 'test subset',
	features: [
		// Spain: the mainland (drawn clockwise, to be turned) and a Canary island (dropped).
		feature('ES', 'Spain', true, {
			type: 'MultiPolygon',
			coordinates: [[box(-8, 37, 2, 43).reverse()], [box(-16, 28, -15, 28.5)]]
		}),
		// Greece, with two consecutive points that are the same once rounded to 1 km.
		feature('EL', 'Greece', true, {
			type: 'Polygon',
			coordinates: [
				[
					[21, 38],
					[24, 38],
					[24.0001, 38.0001],
					[24, 41],
					[21, 41],
					[21, 38]
				]
			]
		}),
		// Italy with a hole that stays and a hole smaller than 1 km, which goes.
		feature('IT', 'Italy', true, {
			type: 'Polygon',
			coordinates: [
				box(8, 38, 16, 46),
				box(12, 43, 13, 44).reverse(),
				box(12.4, 41.9, 12.4005, 41.9005).reverse()
			]
		}),
		// Switzerland: a neighbour drawn as context.
		feature('CH', 'Switzerland', false, { type: 'Polygon', coordinates: [box(6, 46, 10, 47.8)] }),
		// Vatican City: smaller than the 1 km grid.
		feature('VA', 'Vatican City', false, {
			type: 'Polygon',
			coordinates: [box(12.45, 41.9, 12.455, 41.905)]
		}),
		// Greenland: west of 25°W.
		feature('GL', 'Greenland', false, { type: 'Polygon', coordinates: [box(-45, 60, -30, 70)] })
	]
};

const dirs: string[] = [];
afterAll(() => {
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dataDirWith(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'shapes-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const inputFile = (dir: string, entry: string): InputFile => ({
	path: join(dir, entry),
	name: `gisco/${entry}`,
	folder: 'gisco',
	dataDir: dir
});

async function run(files: InputFile[]) {
	const lines: string[] = [];
	const table = await memberStateShapesTable(files, (l) => lines.push(l));
	return { table, lines };
}

function columns(table: TableToPublish) {
	const byName = Object.fromEntries(table.columns.map((c) => [c.name, c.values]));
	return table.columns[0].values.map((_, i) => ({
		geo: byName.geo[i] as string,
		name: byName.name[i] as string,
		member: byName.member[i] as boolean,
		geometry: JSON.parse(byName.geometry[i] as string) as Geometry
	}));
}

/** Twice the signed area, y north: positive when counter-clockwise. */
const doubleArea = (ring: number[][]) =>
	ring.slice(1).reduce((s, p, i) => s + ring[i][0] * p[1] - p[0] * ring[i][1], 0);

describe('memberStateShapesTable on a small GeoJSON', () => {
	const text = JSON.stringify(FIXTURE);
	const dir = dataDirWith({ [GISCO_GEOMETRY_FILE]: text, 'other.topo.json': '{}' });
	const files = [inputFile(dir, GISCO_GEOMETRY_FILE), inputFile(dir, 'other.topo.json')];

	it('publishes one row per country with a polygon left, sorted by geo', async () => {
		const { table, lines } = await run(files);
		expect(table!.name).toBe(SHAPES_TABLE);
		expect(table!.kind).toBe('official');
		expect(table!.columns.map((c) => [c.name, c.type])).toEqual([
			['geo', 'utf8'],
			['name', 'utf8'],
			['member', 'bool'],
			['geometry', 'utf8']
		]);
		const rows = columns(table!);
		expect(rows.map((r) => [r.geo, r.name, r.member])).toEqual([
			['CH', 'Switzerland', false],
			['EL', 'Greece', true],
			['ES', 'Spain', true],
			['IT', 'Italy', true]
		]);
		// The other file of gisco/ is named once; what was dropped is said.
		expect(lines.filter((l) => l.includes('other.topo.json'))).toHaveLength(1);
		expect(lines.join('\n')).toMatch(/outside the box: GL/);
		expect(lines.join('\n')).toMatch(/smaller than the 1 km grid: VA/);
	});

	it('projects to whole kilometres, y north, and drops the polygons outside the box', async () => {
		const rows = columns((await run(files)).table!);
		const es = rows.find((r) => r.geo === 'ES')!;
		expect(es.geometry).toHaveLength(1); // the Canary island is gone
		const ring = es.geometry[0][0];
		for (const [x, y] of ring) {
			expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
		}
		const [x, y] = projectLaea(-8, 43);
		expect(ring).toContainEqual([Math.round(x), Math.round(y)]);
		// North is up: the northern edge has larger y than the southern one.
		const ys = ring.map((p) => p[1]);
		expect(Math.max(...ys)).toBe(Math.round(projectLaea(-8, 43)[1]));
		expect(Math.min(...ys)).toBeLessThan(Math.max(...ys));
	});

	it('turns outer rings counter-clockwise and holes clockwise, closes every ring', async () => {
		const rows = columns((await run(files)).table!);
		for (const row of rows) {
			for (const [outer, ...holes] of row.geometry) {
				expect(doubleArea(outer)).toBeGreaterThan(0);
				for (const h of holes) expect(doubleArea(h)).toBeLessThan(0);
				for (const ring of [outer, ...holes]) {
					expect(ring.length).toBeGreaterThanOrEqual(4);
					expect(ring[ring.length - 1]).toEqual(ring[0]);
				}
			}
		}
	});

	it('drops repeated points after rounding and rings left too small', async () => {
		const rows = columns((await run(files)).table!);
		const el = rows.find((r) => r.geo === 'EL')!.geometry[0][0];
		expect(el).toHaveLength(5); // [24, 38] and [24.0001, 38.0001] are the same kilometre
		for (let i = 1; i < el.length; i++) expect(el[i]).not.toEqual(el[i - 1]);
		const it_ = rows.find((r) => r.geo === 'IT')!.geometry;
		expect(it_).toHaveLength(1);
		expect(it_[0]).toHaveLength(2); // the outer ring and the 1° hole; the tiny hole is gone
	});

	it('records the source, the licence and the input checksum', async () => {
		const { table } = await run(files);
		expect(table!.source).toMatchObject({
			publisher: 'Eurostat GISCO',
			attribution: '© EuroGeographics for the administrative boundaries; Source: Eurostat/GISCO',
			extractionDate: null,
			inputs: [{ path: `gisco/${GISCO_GEOMETRY_FILE}`, sha256: sha256(text) }]
		});
		expect(table!.source.extractionNote).toMatch(/Canary Islands, Madeira and the Azores/);
		expect(table!.source.extractionNote).toMatch(/Cyprus/);
		expect(table!.source.extractionNote).toMatch(/GL/);
		expect(table!.flags).toEqual({});
	});

	it('gives the same bytes on every run', async () => {
		const a = encodeArrowStream((await run(files)).table!.columns);
		const b = encodeArrowStream((await run(files)).table!.columns);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});
});

describe('memberStateShapesTable without the file or with a malformed one', () => {
	it('publishes nothing and says so in one line when the file is absent', async () => {
		const { table, lines } = await run([]);
		expect(table).toBeUndefined();
		expect(lines).toEqual([
			`no GISCO geometry found (gisco/${GISCO_GEOMETRY_FILE}): the map is not drawn`
		]);
	});

	const malformed: [string, string, RegExp][] = [
		['not JSON', '{"type": "FeatureCollection", ', /file\.not_json/],
		['not a FeatureCollection', '{"type": "Feature"}', /geojson\.not_feature_collection/],
		[
			'a feature without "eu"',
			JSON.stringify({
				type: 'FeatureCollection',
				features: [{ ...FIXTURE.features[1], properties: { id: 'EL', name: 'Greece' } }]
			}),
			/feature 1 \(EL\): "eu"/
		],
		[
			'a ring of two points',
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					feature('EL', 'Greece', true, {
						type: 'Polygon',
						coordinates: [
							[
								[21, 38],
								[24, 38]
							]
						]
					})
				]
			}),
			/geojson\.bad_geometry/
		],
		[
			'a country twice',
			JSON.stringify({
				type: 'FeatureCollection',
				features: [FIXTURE.features[1], FIXTURE.features[1]]
			}),
			/EL occurs twice/
		]
	];
	for (const [what, text, message] of malformed) {
		it(`stops on ${what} with an InputError naming the file`, async () => {
			const dir = dataDirWith({ [GISCO_GEOMETRY_FILE]: text });
			const error = await run([inputFile(dir, GISCO_GEOMETRY_FILE)]).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(InputError);
			expect((error as InputError).message).toContain(`gisco/${GISCO_GEOMETRY_FILE}`);
			expect((error as InputError).message).toMatch(message);
		});
	}
});

describe.skipIf(!hasSharedData)('memberStateShapesTable on the GISCO file', () => {
	const files = () => discoverInputs([SHARED_DATA_DIR]).gisco;

	it('publishes the 27 Member States and their neighbours, without the Atlantic islands', async () => {
		const { table, lines } = await run(files());
		const rows = columns(table!);
		expect(rows.filter((r) => r.member)).toHaveLength(27);
		expect(rows.map((r) => r.geo)).toContain('EL');
		expect(rows.map((r) => r.geo)).toContain('CY');
		expect(rows.map((r) => r.geo)).toContain('CH');
		expect(rows.map((r) => r.geo)).toEqual([...rows.map((r) => r.geo)].sort());
		// The Canaries lie south of the 34th parallel; where it crosses Spain's longitudes
		// (10°W–4°E), it is lowest at 4°E, nearest the central meridian.
		const south = projectLaea(4, 34)[1];
		const es = rows.find((r) => r.geo === 'ES')!.geometry.flat(2);
		expect(Math.min(...es.map((p) => p[1]))).toBeGreaterThan(south);
		// Madeira lies south of 34°N, the Azores west of 25°W: nothing of Portugal west of 12°W.
		const west = projectLaea(-12, 36)[0];
		const pt = rows.find((r) => r.geo === 'PT')!.geometry.flat(2);
		expect(Math.min(...pt.map((p) => p[0]))).toBeGreaterThan(west);
		expect(lines.filter((l) => l.includes('topo.json'))).toHaveLength(1);
	});

	it('gives the same bytes on every run', async () => {
		const a = encodeArrowStream((await run(files())).table!.columns);
		const b = encodeArrowStream((await run(files())).table!.columns);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
		expect(a.byteLength).toBeLessThan(200_000);
	});

	it('checksums the file it read', async () => {
		const { table } = await run(files());
		const path = files().find((f) => f.name.endsWith(GISCO_GEOMETRY_FILE))!.path;
		expect(table!.source.inputs[0].sha256).toBe(sha256(readFileSync(path)));
	});
});
