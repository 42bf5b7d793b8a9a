import { geoName } from '$core/contract/countries';
import type { SourceLevelRow } from '$core/queries/participation-sources';
import { classIndex, type ChoroplethClass } from '$lib/charts/choropleth';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import { TILE_POSITIONS, tilesInReadingOrder } from './tile-layout';

export const NO_DATA_TILE = '#e0e0e0';

/** A level as the map and the tiles show it: "45.3 b", or "no data". */
export function levelText(level: number | null, flags: string | null, lang: Lang): string {
	if (level === null) return createTranslator(lang)('target.map.no_data');
	return `${createNumberFormat(lang, 1)(level)}${flags ? ` ${flags}` : ''}`;
}

export interface Tile {
	readonly geo: string;
	readonly name: string;
	readonly text: string;
	readonly fill: string;
	readonly column: number;
	readonly row: number;
}

/**
 * The tiles of the Member States coloured by the classes of the map, in reading order (row by
 * row, west to east): the order of the keyboard follows the grid the eye sees.
 */
export function buildTiles(options: {
	levels: readonly SourceLevelRow[];
	classes: readonly ChoroplethClass[];
	lang: Lang;
}): Tile[] {
	const byGeo = new Map(options.levels.map((l) => [l.geo, l]));
	return tilesInReadingOrder().flatMap((geo) => {
		const level = byGeo.get(geo);
		if (!level) return [];
		const [column, row] = TILE_POSITIONS[geo];
		const index = classIndex(level.level, options.classes);
		return [
			{
				geo,
				name: geoName(geo, options.lang),
				text: levelText(level.level, level.level_flags, options.lang),
				fill: index < 0 ? NO_DATA_TILE : options.classes[index].colour,
				column,
				row
			}
		];
	});
}
