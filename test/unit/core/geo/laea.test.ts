import { describe, expect, it } from 'vitest';
import { AUTHALIC_RADIUS_KM as R, projectLaea } from '../../../../core/geo/laea';

const DEG = Math.PI / 180;

describe('projectLaea (centre 10°E 52°N, km, y north)', () => {
	it('puts the centre at the origin', () => {
		const [x, y] = projectLaea(10, 52);
		expect(x).toBeCloseTo(0, 9);
		expect(y).toBeCloseTo(0, 9);
	});

	it('maps the central meridian to x = 0 with y = 2R sin(Δφ/2), north positive', () => {
		// On the central meridian k' = 1 / cos(Δφ/2), so y = R k' sin Δφ = 2R sin(Δφ/2).
		const north = projectLaea(10, 62);
		expect(north[0]).toBeCloseTo(0, 9);
		expect(north[1]).toBeCloseTo(2 * R * Math.sin(5 * DEG), 6); // 1110.54 km
		expect(north[1]).toBeCloseTo(1110.54, 2);
		const south = projectLaea(10, 42);
		expect(south[1]).toBeCloseTo(-1110.54, 2);
		const pole = projectLaea(10, 90);
		expect(pole[1]).toBeCloseTo(2 * R * Math.sin(19 * DEG), 6);
	});

	it('is symmetric east and west of the central meridian', () => {
		for (const [d, lat] of [
			[5, 52],
			[20, 40],
			[35, 65]
		]) {
			const [xe, ye] = projectLaea(10 + d, lat);
			const [xw, yw] = projectLaea(10 - d, lat);
			expect(xe).toBeGreaterThan(0);
			expect(xw).toBeCloseTo(-xe, 9);
			expect(yw).toBeCloseTo(ye, 9);
		}
	});

	it('puts the equator 90° east of the centre at x = R√2, y = 0', () => {
		// cos φ = 1, sin φ = 0, cos Δλ = 0: k' = √2, x = R√2, y = R√2 (cos φ1·0 − sin φ1·0) = 0.
		const [x, y] = projectLaea(100, 0);
		expect(x).toBeCloseTo(R * Math.SQRT2, 6);
		expect(y).toBeCloseTo(0, 9);
	});

	it('bends parallels towards the pole away from the central meridian', () => {
		expect(projectLaea(-5, 34)[1]).toBeGreaterThan(projectLaea(10, 34)[1]);
	});

	it('has no image for the antipode of the centre', () => {
		expect(projectLaea(-170, -52).every(Number.isNaN)).toBe(true);
	});
});
