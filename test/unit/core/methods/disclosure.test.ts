import { describe, expect, it } from 'vitest';
import {
	applySuppression,
	auditSuppression,
	type DisclosureSpec,
	type Row
} from '../../../../core/methods/disclosure';

type Cells = Record<string, number | null>;

/**
 * Rows of a table from its inner cells ('F|Y' -> count) with every margin added as the sum of the
 * cells below it, for the dimensions that have a total. Values of a dimension are single letters.
 */
function table(spec: DisclosureSpec, inner: Cells, extra: Partial<Row> = {}): Row[] {
	const cells = new Map<string, number | null>(Object.entries(inner));
	spec.dimensions.forEach((dim, d) => {
		if (dim.total === undefined) return;
		for (const [key, count] of [...cells]) {
			const parts = key.split('|');
			parts[d] = dim.total;
			const k = parts.join('|');
			const previous = cells.get(k) ?? 0;
			cells.set(k, count === null || previous === null ? null : previous + count);
		}
	});
	return [...cells].map(([key, count]) => {
		const parts = key.split('|');
		const row: Record<string, unknown> = { ...extra, flags: '' };
		spec.dimensions.forEach((dim, d) => (row[dim.column] = parts[d]));
		row[spec.count] = count;
		return row;
	});
}

function keyOf(row: Row, spec: DisclosureSpec): string {
	return spec.dimensions.map((d) => row[d.column]).join('|');
}

/** The suppressed cells and why, keyed like the inner cells. */
function suppressed(rows: Row[], spec: DisclosureSpec): Record<string, string> {
	const { rows: out, reasons } = applySuppression({ rows, spec });
	const result: Record<string, string> = {};
	out.forEach((row, i) => {
		if (reasons[i]) result[keyOf(row, spec)] = reasons[i]!;
	});
	return result;
}

const SEX: DisclosureSpec = { dimensions: [{ column: 'sex', total: '_T' }], count: 'learners' };

describe('primary suppression', () => {
	it('suppresses every count below minCell, zero included, and publishes minCell', () => {
		const rows = ['1', '4', '5', '0', '6'].map((c, i) => ({ geo: `G${i}`, learners: Number(c) }));
		const spec: DisclosureSpec = { dimensions: [{ column: 'geo' }], count: 'learners' };
		const r = applySuppression({ rows, spec });
		expect(r.reasons).toEqual(['primary', 'primary', null, 'primary', null]);
		expect(r.rows.map((x) => x.learners)).toEqual([null, null, 5, null, 6]);
		expect(r.primary).toBe(3);
		expect(r.secondary).toBe(0);
	});

	it('uses a configurable threshold', () => {
		const rows = [9, 10, 4, 1].map((learners, i) => ({ geo: `G${i}`, learners }));
		const spec = { dimensions: [{ column: 'geo' }], count: 'learners' };
		expect(applySuppression({ rows, spec: { ...spec, minCell: 10 } }).reasons).toEqual([
			'primary',
			null,
			'primary',
			'primary'
		]);
		expect(applySuppression({ rows, spec: { ...spec, minCell: 1 } }).reasons).toEqual([
			null,
			null,
			null,
			null
		]);
	});

	it('nulls the derived columns, adds flag c, keeps other flags and columns', () => {
		const rows = [
			{ geo: 'AA', learners: 3, rate: 0.4, share: 0.1, population: 7500, flags: 'p' },
			{ geo: 'BB', learners: 30, rate: 4, share: 0.9, population: 7500, flags: 'e' },
			{ geo: 'CC', learners: 2, rate: 0.2, population: 10000 }
		];
		const spec: DisclosureSpec = {
			dimensions: [{ column: 'geo' }],
			count: 'learners',
			derived: ['rate', 'share']
		};
		const r = applySuppression({ rows, spec });
		expect(r.rows[0]).toEqual({
			geo: 'AA',
			learners: null,
			rate: null,
			share: null,
			population: 7500,
			flags: 'cp'
		});
		expect(r.rows[2]).not.toHaveProperty('share');
		expect(r.rows[1]).toBe(rows[1]);
		expect(r.rows[2]).toMatchObject({ learners: null, rate: null, flags: 'c' });
		expect(rows[0].learners).toBe(3);
	});

	it('uses the flag column named in the spec', () => {
		const rows = [{ geo: 'AA', n: 1, obs_flag: 'b' }];
		const spec = { dimensions: [{ column: 'geo' }], count: 'n', flags: 'obs_flag' };
		expect(applySuppression({ rows, spec }).rows[0]).toEqual({
			geo: 'AA',
			n: null,
			obs_flag: 'bc'
		});
	});
});

describe('threshold', () => {
	it('refuses a threshold below 1', () => {
		const spec = { dimensions: [{ column: 'geo' }], count: 'n' };
		for (const minCell of [0, -5, Number.NaN]) {
			expect(() => applySuppression({ rows: [], spec: { ...spec, minCell } })).toThrow(/minCell/);
			expect(() => auditSuppression({ rows: [], spec: { ...spec, minCell } })).toThrow(/minCell/);
		}
	});
});

describe('secondary suppression, one dimension', () => {
	it('hides the smallest other cell of the line', () => {
		// F 3 (primary), M 20, X 7, total 30: X is the smallest complement.
		expect(suppressed(table(SEX, { F: 3, M: 20, X: 7 }), SEX)).toEqual({
			F: 'primary',
			X: 'secondary'
		});
	});

	it('hides zeros as small cells: two hidden cells need no complement', () => {
		// F 3, M 20, X 0, total 23: F and X are both below 5.
		const r = applySuppression({ rows: table(SEX, { F: 3, M: 20, X: 0 }), spec: SEX });
		expect(r.rows.map((x) => [x.sex, x.learners])).toEqual([
			['F', null],
			['M', 20],
			['X', null],
			['_T', 23]
		]);
		expect(r.reasons).toEqual(['primary', null, 'primary', null]);
	});

	it('a zero alone in its line is protected by a complement', () => {
		// Not additive (the total also counts unknown sex): F 0, M 12, total 30.
		const rows = [
			{ sex: 'F', learners: 0 },
			{ sex: 'M', learners: 12 },
			{ sex: '_T', learners: 30 }
		];
		expect(applySuppression({ rows, spec: SEX }).reasons).toEqual(['primary', 'secondary', null]);
	});

	it('hides the total of a line with one cell', () => {
		const rows = [
			{ sex: 'F', learners: 3 },
			{ sex: '_T', learners: 30 }
		];
		const r = applySuppression({ rows, spec: SEX });
		expect(r.reasons).toEqual(['primary', 'secondary']);
		expect(auditSuppression({ rows: r.rows, spec: SEX })).toEqual([]);
	});

	it('hides a cell when only the total is small', () => {
		// Not additive: F 6, M 7, total 4 (distinct learners counted once in the total).
		const rows = [
			{ sex: 'F', learners: 6 },
			{ sex: 'M', learners: 7 },
			{ sex: '_T', learners: 4 }
		];
		expect(applySuppression({ rows, spec: SEX }).reasons).toEqual(['secondary', null, 'primary']);
	});

	it('protects a cell that was already missing', () => {
		// F null (not available), M 20, X 30, total 55: F would be 55 - 50 = 5.
		const rows = [
			{ sex: 'F', learners: null, flags: '' },
			{ sex: 'M', learners: 20, flags: '' },
			{ sex: 'X', learners: 30, flags: '' },
			{ sex: '_T', learners: 55, flags: '' }
		];
		const r = applySuppression({ rows, spec: SEX });
		expect(r.reasons).toEqual([null, 'secondary', null, null]);
		expect(r.rows[0]).toBe(rows[0]);
	});

	it('needs no secondary when two cells are already hidden or none is', () => {
		expect(suppressed(table(SEX, { F: 3, M: 2, X: 30 }), SEX)).toEqual({
			F: 'primary',
			M: 'primary'
		});
		expect(suppressed(table(SEX, { F: 5, M: 6, X: 30 }), SEX)).toEqual({});
	});

	it('breaks ties by row order', () => {
		expect(suppressed(table(SEX, { F: 3, M: 9, X: 9 }), SEX)).toEqual({
			F: 'primary',
			M: 'secondary'
		});
	});
});

describe('tables without totals', () => {
	it('suppresses only primary cells: there is no margin to subtract from', () => {
		const spec: DisclosureSpec = {
			dimensions: [{ column: 'geo' }, { column: 'sex' }],
			count: 'learners'
		};
		const rows = table(spec, { 'A|F': 3, 'A|M': 20, 'B|F': 0, 'B|M': 4, 'C|F': 8, 'C|M': 9 });
		expect(rows).toHaveLength(6);
		expect(suppressed(rows, spec)).toEqual({
			'A|F': 'primary',
			'B|F': 'primary',
			'B|M': 'primary'
		});
	});

	it('ignores dimensions without a total, such as the year', () => {
		// 2023: F 3, total 30 -> the total goes; 2024: F 10, total 40 stays.
		const spec: DisclosureSpec = {
			dimensions: [{ column: 'year' }, { column: 'sex', total: '_T' }],
			count: 'learners'
		};
		const rows = [
			{ year: 2023, sex: 'F', learners: 3 },
			{ year: 2023, sex: '_T', learners: 30 },
			{ year: 2024, sex: 'F', learners: 10 },
			{ year: 2024, sex: '_T', learners: 40 }
		];
		expect(applySuppression({ rows, spec }).reasons).toEqual(['primary', 'secondary', null, null]);
	});
});

describe('two and three dimensions', () => {
	const SEX_AGE: DisclosureSpec = {
		dimensions: [
			{ column: 'sex', total: '_T' },
			{ column: 'age', total: '_T' }
		],
		count: 'learners'
	};

	it('hides a rectangle of inner cells around a small cell', () => {
		//        Y   O  _T
		//   F    2  10  12
		//   M    8   9  17
		//  _T   10  19  29
		// F|Y primary; its column partner M|Y and row partner F|O; then M|O closes the rectangle.
		const rows = table(SEX_AGE, { 'F|Y': 2, 'F|O': 10, 'M|Y': 8, 'M|O': 9 });
		expect(rows).toHaveLength(9);
		expect(suppressed(rows, SEX_AGE)).toEqual({
			'F|Y': 'primary',
			'M|Y': 'secondary',
			'F|O': 'secondary',
			'M|O': 'secondary'
		});
	});

	it('picks the smallest complement in a wider line', () => {
		//        Y   O   Z  _T
		//   F    2  30  40  72
		//   M   20  31   6  57
		//  _T   22  61  46 129
		// F|Y primary. Row F: complement F|O (30 < 40). Column Y: M|Y (only one).
		// Row M now has M|Y hidden alone: complement M|Z (6 < 31). Column O: F|O alone, M|O the
		// only complement. Column Z: M|Z alone, F|Z the only complement. Row F: F|Y, F|O, F|Z;
		// row M: M|Y, M|O, M|Z; every column two: the whole inner table is hidden.
		const rows = table(SEX_AGE, {
			'F|Y': 2,
			'F|O': 30,
			'F|Z': 40,
			'M|Y': 20,
			'M|O': 31,
			'M|Z': 6
		});
		expect(suppressed(rows, SEX_AGE)).toEqual({
			'F|Y': 'primary',
			'F|O': 'secondary',
			'F|Z': 'secondary',
			'M|Y': 'secondary',
			'M|O': 'secondary',
			'M|Z': 'secondary'
		});
	});

	it('stops at two hidden cells per line when there are more rows', () => {
		//        Y   O  _T
		//   F    2  10  12
		//   M    8   9  17
		//   X   50  60 110
		//  _T   60  79 139
		// Column Y: M|Y (8 < 50). Row F: F|O. Column O: M|O (9 < 60). Row M: M|Y, M|O: done.
		const rows = table(SEX_AGE, {
			'F|Y': 2,
			'F|O': 10,
			'M|Y': 8,
			'M|O': 9,
			'X|Y': 50,
			'X|O': 60
		});
		expect(suppressed(rows, SEX_AGE)).toEqual({
			'F|Y': 'primary',
			'M|Y': 'secondary',
			'F|O': 'secondary',
			'M|O': 'secondary'
		});
	});

	it('hides small margins and their partners', () => {
		//        Y   O  _T
		//   F    1   1   2
		//   M   30  40  70
		//  _T   31  41  72
		// F|Y, F|O, F|_T primary (row F has three hidden cells). Column Y: F|Y alone -> M|Y;
		// column O -> M|O; column _T: F|_T alone -> M|_T. Row M then has three hidden cells.
		const rows = table(SEX_AGE, { 'F|Y': 1, 'F|O': 1, 'M|Y': 30, 'M|O': 40 });
		expect(suppressed(rows, SEX_AGE)).toEqual({
			'F|Y': 'primary',
			'F|O': 'primary',
			'F|_T': 'primary',
			'M|Y': 'secondary',
			'M|O': 'secondary',
			'M|_T': 'secondary'
		});
	});

	it('closes a 3 x 2 x 2 cube with totals on every dimension', () => {
		// a in {1, 2, 3}, b and c in {1, 2}. Only 1|1|1 = 2 is small. Along a, the complement is
		// always a = 2 (7 < 9, 50 < 80, 60 < 90, 70 < 100); along b and c a line has one other
		// inner cell. So the slices a = 1 and a = 2 are hidden whole, slice a = 3 and all 24
		// margin cells stay.
		const spec: DisclosureSpec = {
			dimensions: [
				{ column: 'a', total: 'T' },
				{ column: 'b', total: 'T' },
				{ column: 'c', total: 'T' }
			],
			count: 'n'
		};
		const rows = table(spec, {
			'1|1|1': 2,
			'1|1|2': 20,
			'1|2|1': 30,
			'1|2|2': 40,
			'2|1|1': 7,
			'2|1|2': 50,
			'2|2|1': 60,
			'2|2|2': 70,
			'3|1|1': 9,
			'3|1|2': 80,
			'3|2|1': 90,
			'3|2|2': 100
		});
		expect(rows).toHaveLength(4 * 3 * 3);
		expect(suppressed(rows, spec)).toEqual({
			'1|1|1': 'primary',
			'1|1|2': 'secondary',
			'1|2|1': 'secondary',
			'1|2|2': 'secondary',
			'2|1|1': 'secondary',
			'2|1|2': 'secondary',
			'2|2|1': 'secondary',
			'2|2|2': 'secondary'
		});
		const r = applySuppression({ rows, spec });
		expect(auditSuppression({ rows: r.rows, spec })).toEqual([]);
	});

	it('rejects a spec that leaves a dimension out', () => {
		const rows = [
			{ year: 2023, sex: 'F', learners: 3 },
			{ year: 2024, sex: 'F', learners: 3 }
		];
		expect(() => applySuppression({ rows, spec: SEX })).toThrow(/rows 0 and 1 are the same cell/);
	});
});

describe('auditSuppression', () => {
	it('finds published small counts', () => {
		const rows = [
			{ sex: 'F', learners: 4 },
			{ sex: 'M', learners: 5 },
			{ sex: 'X', learners: 0 }
		];
		const spec = { dimensions: [{ column: 'sex' }], count: 'learners' };
		expect(auditSuppression({ rows, spec })).toEqual([
			{ kind: 'small_count_published', row: 0, count: 4 },
			{ kind: 'small_count_published', row: 2, count: 0 }
		]);
		expect(auditSuppression({ rows, spec: { ...spec, minCell: 6 } })).toHaveLength(3);
	});

	it('finds a hidden cell recoverable from its line total', () => {
		const rows = [
			{ sex: 'F', learners: null },
			{ sex: 'M', learners: 20 },
			{ sex: 'X', learners: 7 },
			{ sex: '_T', learners: 30 }
		];
		expect(auditSuppression({ rows, spec: SEX })).toEqual([
			{ kind: 'derivable', row: 0, dimension: 'sex', value: 3 }
		]);
	});

	it('finds a hidden total recoverable as the sum of its line', () => {
		const rows = [
			{ sex: 'F', learners: 6 },
			{ sex: 'M', learners: 20 },
			{ sex: '_T', learners: null }
		];
		expect(auditSuppression({ rows, spec: SEX })).toEqual([
			{ kind: 'derivable', row: 2, dimension: 'sex', value: 26 }
		]);
	});

	it('finds a derived value left on a hidden count', () => {
		const rows = [
			{ sex: 'F', learners: null, rate: 0.3 },
			{ sex: 'M', learners: null, rate: null }
		];
		const spec = { dimensions: [{ column: 'sex' }], count: 'learners', derived: ['rate'] };
		expect(auditSuppression({ rows, spec })).toEqual([
			{ kind: 'derived_value_published', row: 0, column: 'rate' }
		]);
	});

	it('accepts two hidden cells in a line and a line without total', () => {
		const rows = [
			{ sex: 'F', learners: null },
			{ sex: 'M', learners: null },
			{ sex: 'X', learners: 7 },
			{ sex: '_T', learners: 30 }
		];
		expect(auditSuppression({ rows, spec: SEX })).toEqual([]);
		expect(auditSuppression({ rows: rows.slice(0, 3), spec: SEX })).toEqual([]);
	});
});

/** mulberry32: a small seeded PRNG, so that a failing table can be reproduced. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomTable(random: () => number) {
	const int = (n: number) => Math.floor(random() * n);
	const nDims = 1 + int(3);
	const dims = Array.from({ length: nDims }, (_, d) => ({
		column: `d${d}`,
		total: random() < 0.8 ? 'T' : undefined,
		values: Array.from({ length: 1 + int(4) }, (_, v) => String.fromCharCode(97 + v))
	}));
	const spec: DisclosureSpec = {
		dimensions: dims.map(({ column, total }) => (total ? { column, total } : { column })),
		count: 'n',
		derived: ['rate'],
		minCell: [3, 5, 5, 10][int(4)]
	};
	let keys: string[][] = [[]];
	for (const dim of dims) keys = keys.flatMap((k) => dim.values.map((v) => [...k, v]));
	const inner: Cells = {};
	for (const k of keys) {
		const r = random();
		inner[k.join('|')] = r < 0.2 ? 0 : r < 0.5 ? 1 + int(9) : r < 0.52 ? null : 1 + int(200);
	}
	const rows = table(spec, inner).map((row): Row => ({
		...row,
		rate: typeof row.n === 'number' ? row.n / 1000 : null
	}));
	// Drop a few rows (sparse tables) but never duplicate one.
	return { spec, rows: rows.filter(() => random() > 0.05) };
}

describe('property: nothing to find after applySuppression', () => {
	it('holds on 300 random tables', () => {
		const random = prng(20220616);
		let secondaries = 0;
		for (let t = 0; t < 300; t++) {
			const { spec, rows } = randomTable(random);
			const r = applySuppression({ rows, spec });
			expect(auditSuppression({ rows: r.rows, spec }), `table ${t}`).toEqual([]);
			rows.forEach((row, i) => {
				const n = row.n as number | null;
				const small = n !== null && n < spec.minCell!;
				expect(r.reasons[i] === 'primary').toBe(small);
				if (r.reasons[i]) {
					expect(r.rows[i]).toMatchObject({ n: null, rate: null });
					expect(r.rows[i].flags).toContain('c');
				} else {
					expect(r.rows[i]).toBe(row);
				}
			});
			secondaries += r.secondary;
		}
		// The generator must exercise secondary suppression, not only primary.
		expect(secondaries).toBeGreaterThan(300);
	});
});

describe('performance', () => {
	it('handles a table of about 100 000 rows', () => {
		// 40 countries x 50 fields x 48 groups plus totals on fields and groups.
		const random = prng(7);
		const rows: Row[] = [];
		const spec: DisclosureSpec = {
			dimensions: [
				{ column: 'geo' },
				{ column: 'field', total: '_T' },
				{ column: 'group', total: '_T' }
			],
			count: 'n',
			derived: ['share']
		};
		for (let g = 0; g < 40; g++) {
			const inner: Cells = {};
			for (let f = 0; f < 50; f++) {
				for (let a = 0; a < 48; a++) {
					inner[`G${g}|F${f}|A${a}`] =
						random() < 0.3 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 100);
				}
			}
			rows.push(...table(spec, inner).map((row) => ({ ...row, share: 0.5 })));
		}
		expect(rows.length).toBe(40 * 51 * 49);
		const start = performance.now();
		const r = applySuppression({ rows, spec });
		const elapsed = performance.now() - start;
		expect(auditSuppression({ rows: r.rows, spec })).toEqual([]);
		expect(r.primary).toBeGreaterThan(10000);
		expect(elapsed).toBeLessThan(5000);
	});
});
