/**
 * Twice the signed area of a closed ring (first point repeated last), by the shoelace formula:
 * positive when the ring runs counter-clockwise with y pointing north.
 */
export function doubleSignedArea(ring: readonly (readonly number[])[]): number {
	let sum = 0;
	for (let i = 0; i + 1 < ring.length; i++) {
		sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
	}
	return sum;
}
