import type { PublishedQuery } from './sql-query';

export const SHAPES_TABLE = 'member_state_shapes';

/** One row of member_state_shapes (pipelines/stages/member-state-shapes.ts), sorted by geo. */
export interface ShapeRow {
	/** Eurostat country code (EL, not GR). */
	readonly geo: string;
	/** English name. */
	readonly name: string;
	/** An EU Member State; the other countries are drawn as grey context. */
	readonly member: boolean;
	/**
	 * JSON text of number[][][][] (polygons → rings → [x, y]): Lambert azimuthal equal-area,
	 * centre 10°E 52°N, kilometres, x east and y NORTH (flip y to draw on a screen).
	 */
	readonly geometry: string;
}

/** Every shape of the map, by code: read once (at build time), drawn with every view. */
export function buildShapesSql(): PublishedQuery {
	return {
		tables: [SHAPES_TABLE],
		sql: `SELECT geo, name, member, geometry FROM "${SHAPES_TABLE}" ORDER BY geo`,
		params: []
	};
}
