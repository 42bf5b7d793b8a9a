// A tile grid of the 27 Member States: each country one equal square, placed roughly where it
// lies (column from west to east, row from north to south). It needs no geometry, gives small
// countries the same room as large ones, and every tile is a link.

export const TILE_POSITIONS: Readonly<Record<string, readonly [column: number, row: number]>> = {
	SE: [4, 0],
	FI: [5, 0],
	IE: [0, 1],
	DK: [3, 1],
	EE: [5, 1],
	NL: [2, 2],
	DE: [3, 2],
	PL: [4, 2],
	LV: [5, 2],
	BE: [1, 3],
	LU: [2, 3],
	CZ: [3, 3],
	SK: [4, 3],
	LT: [5, 3],
	PT: [0, 4],
	FR: [1, 4],
	AT: [2, 4],
	HU: [3, 4],
	RO: [4, 4],
	ES: [0, 5],
	IT: [1, 5],
	SI: [2, 5],
	HR: [3, 5],
	BG: [4, 5],
	MT: [1, 6],
	EL: [4, 6],
	CY: [5, 6]
};

/** The tiles in reading order (row by row, west to east): the order of the keyboard. */
export function tilesInReadingOrder(): string[] {
	return Object.entries(TILE_POSITIONS)
		.sort(([, a], [, b]) => a[1] - b[1] || a[0] - b[0])
		.map(([geo]) => geo);
}
