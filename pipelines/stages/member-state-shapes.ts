import { doubleSignedArea } from '../../core/geo/ring-area';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { projectLaea } from '../../core/geo/laea';
import { SHAPES_TABLE } from '../../core/queries/member-state-shapes';
import type { InputFile } from '../inputs/discover-inputs';
import type { TableToPublish } from '../publish/publish-tables';
import { compareText } from '../publish/compare-text';
import { sha256File } from '../publish/sha256';
import { InputError } from '../report/input-issue';

/** The one file of gisco/ the map is drawn from (../shared/data/SOURCES.md, gisco/). */
export const GISCO_GEOMETRY_FILE = 'europe_CNTR_RG_60M_2024_4326.geojson';

/**
 * Polygons whose outer ring's centroid falls outside this box are dropped: the outermost regions
 * in the Atlantic (Canary Islands, Madeira, Azores), which would stretch the map of Europe.
 * Cyprus (33°E 35°N) stays.
 */
export const SHAPES_BOX = { minLon: -25, maxLon: 45, minLat: 34, maxLat: 72 } as const;

export const GISCO_SOURCE = {
	dataset: 'GISCO CNTR_RG_60M_2024 (Countries 2024, 1:60 Million, EPSG:4326)',
	title:
		'Country boundaries of Europe (GISCO Countries 2024, 1:60 Million), projected to Lambert azimuthal equal-area (centre 10°E 52°N)',
	publisher: 'Eurostat GISCO',
	licence:
		'GISCO copyright notice: re-use with attribution; EuroGeographics administrative boundaries for non-commercial use unless otherwise agreed',
	attribution: '© EuroGeographics for the administrative boundaries; Source: Eurostat/GISCO',
	url: 'https://ec.europa.eu/eurostat/web/gisco/geodata/administrative-units/countries'
} as const;

type Ring = [number, number][];
type Polygon = Ring[];

interface Shape {
	readonly geo: string;
	readonly name: string;
	readonly member: boolean;
	readonly polygons: Polygon[];
}

function fail(file: string, rule: string, message: string): never {
	throw new InputError({ severity: 'error', file, line: 0, column: 0, rule, message });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A GeoJSON position [lon, lat] (a third coordinate, the altitude, is allowed and ignored). */
function isPosition(p: unknown): p is [number, number] {
	return (
		Array.isArray(p) &&
		p.length >= 2 &&
		p.every((c) => typeof c === 'number' && Number.isFinite(c)) &&
		Math.abs(p[0]) <= 180 &&
		Math.abs(p[1]) <= 90
	);
}

function isPolygon(p: unknown): p is [number, number][][] {
	return (
		Array.isArray(p) &&
		p.length > 0 &&
		p.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition))
	);
}

/** The features of a GeoJSON FeatureCollection of countries, checked; longitude/latitude. */
function parseShapes(text: string, file: string): Shape[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		fail(file, 'file.not_json', `not JSON: ${(error as Error).message}`);
	}
	if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
		fail(file, 'geojson.not_feature_collection', 'expected a GeoJSON FeatureCollection');
	}
	const seen = new Set<string>();
	return json.features.map((feature: unknown, i: number) => {
		const where = `feature ${i + 1}`;
		if (!isObject(feature) || !isObject(feature.properties) || !isObject(feature.geometry)) {
			fail(
				file,
				'geojson.bad_feature',
				`${where}: expected a Feature with properties and geometry`
			);
		}
		const { properties: props, geometry } = feature;
		const geo = props.id ?? feature.id;
		if (typeof geo !== 'string' || !/^[A-Z]{2}$/.test(geo)) {
			fail(file, 'geojson.bad_feature', `${where}: "id" must be a two-letter Eurostat code`);
		}
		if (typeof props.name !== 'string' || props.name.trim() === '') {
			fail(file, 'geojson.bad_feature', `${where} (${geo}): "name" must be a non-empty text`);
		}
		if (typeof props.eu !== 'boolean') {
			fail(file, 'geojson.bad_feature', `${where} (${geo}): "eu" must be true or false`);
		}
		if (seen.has(geo)) fail(file, 'geojson.duplicate_feature', `${where}: ${geo} occurs twice`);
		seen.add(geo);
		const coordinates = geometry.coordinates;
		let polygons: unknown[];
		if (geometry.type === 'Polygon') polygons = [coordinates];
		else if (geometry.type === 'MultiPolygon' && Array.isArray(coordinates)) polygons = coordinates;
		else {
			fail(file, 'geojson.bad_geometry', `${where} (${geo}): expected a Polygon or MultiPolygon`);
		}
		if (!polygons.every(isPolygon)) {
			fail(
				file,
				'geojson.bad_geometry',
				`${where} (${geo}): coordinates must be rings of at least 4 [longitude, latitude] positions`
			);
		}
		return {
			geo,
			name: props.name.trim(),
			member: props.eu,
			polygons: (polygons as Polygon[]).map((p) =>
				p.map((ring) => ring.map(([lon, lat]): [number, number] => [lon, lat]))
			)
		};
	});
}

/** The centroid of a closed ring (of its area; of its points when it has none). */
export function ringCentroid(ring: Ring): [number, number] {
	const a = doubleSignedArea(ring);
	if (a !== 0) {
		let cx = 0;
		let cy = 0;
		for (let i = 0; i + 1 < ring.length; i++) {
			const cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
			cx += (ring[i][0] + ring[i + 1][0]) * cross;
			cy += (ring[i][1] + ring[i + 1][1]) * cross;
		}
		return [cx / (3 * a), cy / (3 * a)];
	}
	const n = ring.length;
	return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
}

function inBox([lon, lat]: [number, number]): boolean {
	return (
		lon >= SHAPES_BOX.minLon &&
		lon <= SHAPES_BOX.maxLon &&
		lat >= SHAPES_BOX.minLat &&
		lat <= SHAPES_BOX.maxLat
	);
}

/**
 * A ring projected to whole kilometres, without consecutive repeated points, closed, and turned
 * counter-clockwise (an outer ring) or clockwise (a hole) as RFC 7946 asks; undefined when
 * rounding left fewer than 4 points or no area.
 */
function projectRing(ring: Ring, outer: boolean): Ring | undefined {
	const out: Ring = [];
	for (const [lon, lat] of ring) {
		const [x, y] = projectLaea(lon, lat);
		// `+ 0` turns -0 into 0: the same bytes whatever side of zero a value was rounded from.
		const point: [number, number] = [Math.round(x) + 0, Math.round(y) + 0];
		const last = out[out.length - 1];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
	}
	const [first, last] = [out[0], out[out.length - 1]];
	if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
	if (out.length < 4) return undefined;
	const area = doubleSignedArea(out);
	if (area === 0) return undefined;
	return area > 0 === outer ? out : out.reverse();
}

function projectPolygon(polygon: Polygon): Polygon | undefined {
	const [outer, ...holes] = polygon;
	const projected = projectRing(outer, true);
	if (!projected) return undefined;
	const kept = holes.map((h) => projectRing(h, false)).filter((h): h is Ring => h !== undefined);
	return [projected, ...kept];
}

/**
 * The country shapes of the map (EU Member States and their European neighbours, drawn as
 * context), projected to kilometres; undefined when the GISCO geometry is not among the inputs.
 * A file that is not a GeoJSON FeatureCollection of countries stops the run (InputError).
 */
export async function memberStateShapesTable(
	files: readonly InputFile[],
	log: (line: string) => void
): Promise<TableToPublish | undefined> {
	const geometry = files.filter((f) => basename(f.path) === GISCO_GEOMETRY_FILE);
	const others = files.filter((f) => basename(f.path) !== GISCO_GEOMETRY_FILE);
	if (others.length > 0) {
		log(
			`gisco/: not read (only ${GISCO_GEOMETRY_FILE} is): ${others.map((f) => f.name).join(', ')}`
		);
	}
	const file = geometry[0];
	if (!file) {
		log(`no GISCO geometry found (gisco/${GISCO_GEOMETRY_FILE}): the map is not drawn`);
		return undefined;
	}
	const shapes = parseShapes(await readFile(file.path, 'utf8'), file.name);
	const outsideBox: string[] = [];
	const tooSmall: string[] = [];
	const rows: Shape[] = [];
	for (const shape of shapes) {
		const inside = shape.polygons.filter((p) => inBox(ringCentroid(p[0])));
		const polygons = inside.map(projectPolygon).filter((p): p is Polygon => p !== undefined);
		if (polygons.length > 0) rows.push({ ...shape, polygons });
		else (inside.length === 0 ? outsideBox : tooSmall).push(shape.geo);
	}
	rows.sort((a, b) => compareText(a.geo, b.geo));
	const notDrawn = [
		outsideBox.length > 0 ? `outside the box: ${outsideBox.sort(compareText).join(', ')}` : '',
		tooSmall.length > 0
			? `smaller than the 1 km grid: ${tooSmall.sort(compareText).join(', ')}`
			: ''
	].filter(Boolean);
	const members = rows.filter((r) => r.member).length;
	log(
		`read ${file.name}: ${rows.length} countries (${members} EU Member States)` +
			(notDrawn.length > 0 ? `; no polygon left, not published: ${notDrawn.join('; ')}` : '')
	);
	return {
		name: SHAPES_TABLE,
		kind: 'official',
		columns: [
			{ name: 'geo', type: 'utf8', values: rows.map((r) => r.geo) },
			{ name: 'name', type: 'utf8', values: rows.map((r) => r.name) },
			{
				name: 'member',
				type: 'bool',
				values: rows.map((r) => r.member),
				description: 'an EU Member State (EU27); the other countries are drawn as context'
			},
			{
				name: 'geometry',
				type: 'utf8',
				values: rows.map((r) => JSON.stringify(r.polygons)),
				description:
					'JSON text of the MultiPolygon coordinates [polygon][ring][point][x, y]: Lambert azimuthal equal-area on a sphere centred on 10°E 52°N (the ETRS89-LAEA aspect, no false origin), x east and y north, whole kilometres; outer rings counter-clockwise, holes clockwise'
			}
		],
		flags: {},
		source: {
			...GISCO_SOURCE,
			extractionDate: null,
			extractionNote:
				`Europe subset of the GISCO 1:60 Million countries prepared for this project (../shared/data/SOURCES.md, gisco/). ` +
				`Polygons whose outer-ring centroid lies outside ${-SHAPES_BOX.minLon}°W–${SHAPES_BOX.maxLon}°E, ` +
				`${SHAPES_BOX.minLat}°N–${SHAPES_BOX.maxLat}°N are dropped: the Canary Islands, Madeira and the Azores are not drawn; Cyprus is. ` +
				`Coordinates rounded to whole kilometres; repeated points and rings left with fewer than 4 points dropped.` +
				(notDrawn.length > 0
					? ` Countries with no polygon left (${notDrawn.join('; ')}) are not in the table.`
					: ''),
			inputs: [{ path: file.name, sha256: await sha256File(file.path) }]
		}
	};
}
