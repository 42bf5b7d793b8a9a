// Lambert azimuthal equal-area projection on a sphere (Snyder, "Map Projections: A Working
// Manual", 1987, eq. 24-2 to 24-4), in the aspect of ETRS89-LAEA (EPSG:3035): centre 10°E 52°N.
// The sphere has the authalic radius of GRS80, so areas are true to well under 1 %; the
// ellipsoidal EPSG:3035 differs by a few km, which a 1:60 million country map does not show.
// No false easting or northing: the centre projects to (0, 0), x grows east, y grows NORTH.

/** Authalic radius of the GRS80 ellipsoid, in kilometres. */
export const AUTHALIC_RADIUS_KM = 6371.0072;

/** The centre of the ETRS89-LAEA aspect (EPSG:3035), in degrees. */
export const LAEA_EUROPE_CENTRE = { lon: 10, lat: 52 } as const;

const RAD = Math.PI / 180;

/**
 * Projects a longitude/latitude (degrees) to [x, y] kilometres from the centre, x east and y
 * north. The antipode of the centre has no image: NaN is returned for it.
 */
export function projectLaea(
	lon: number,
	lat: number,
	centre: { readonly lon: number; readonly lat: number } = LAEA_EUROPE_CENTRE,
	radius: number = AUTHALIC_RADIUS_KM
): [number, number] {
	const phi = lat * RAD;
	const phi1 = centre.lat * RAD;
	const dLambda = (lon - centre.lon) * RAD;
	const cosPhi = Math.cos(phi);
	const cosDl = Math.cos(dLambda);
	const denominator = 1 + Math.sin(phi1) * Math.sin(phi) + Math.cos(phi1) * cosPhi * cosDl;
	if (!(denominator > 0)) return [NaN, NaN];
	const k = Math.sqrt(2 / denominator);
	return [
		radius * k * cosPhi * Math.sin(dLambda),
		radius * k * (Math.cos(phi1) * Math.sin(phi) - Math.sin(phi1) * cosPhi * cosDl)
	];
}
