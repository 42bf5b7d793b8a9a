import { describe, expect, it } from 'vitest';
import { suppressTable } from '../../../../pipelines/indicators/suppress';

type Row = Record<string, unknown>;

const spec = {
	dimensions: [{ column: 'geo', total: 'T' }, { column: 'dim' }, { column: 'cat', total: '_T' }],
	count: 'n',
	derived: ['rate']
};

function row(geo: string, dim: string, cat: string, n: number): Row {
	return { geo, dim, cat, n, rate: n / 10, flags: '' };
}

// Two dimensions (p and q) of one table, each with its own copy of the _T rows.
const rows: Row[] = [
	row('A', 'p', '_T', 12),
	row('A', 'p', 'x', 6),
	row('A', 'p', 'y', 6),
	row('A', 'q', '_T', 12),
	row('A', 'q', 'z', 12),
	row('B', 'p', '_T', 3),
	row('B', 'p', 'x', 3),
	row('B', 'q', '_T', 3),
	row('B', 'q', 'z', 3),
	row('T', 'p', '_T', 15),
	row('T', 'p', 'x', 9),
	row('T', 'p', 'y', 6),
	row('T', 'q', '_T', 15),
	row('T', 'q', 'z', 15)
];

const hidden = (out: Row[]) =>
	out.filter((r) => r.flags === 'c').map((r) => `${r.geo}|${r.dim}|${r.cat}`);

describe('suppressTable', () => {
	it('hides every copy of a cell that one dimension hid', () => {
		// p overlaps like topic does: its one category x (3 of 12) is hidden, so its line can only
		// be protected by hiding its _T; q's copy of that _T would then give it away.
		const table = [
			row('A', 'p', '_T', 12),
			row('A', 'p', 'x', 3),
			row('A', 'q', '_T', 12),
			row('A', 'q', 'z', 6),
			row('A', 'q', 'w', 7)
		];
		const plain = suppressTable({ table: 't', rows: table, spec });
		expect(hidden(plain)).toEqual(['A|p|_T', 'A|p|x']);

		const out = suppressTable({
			table: 't',
			rows: table,
			spec,
			sameCell: (r) => (r.cat === '_T' ? String(r.geo) : null)
		});
		expect(hidden(out)).toEqual(['A|p|_T', 'A|p|x', 'A|q|_T', 'A|q|z']);
	});

	it('keeps copies alike through secondary suppression along another dimension', () => {
		const out = suppressTable({
			table: 't',
			rows,
			spec,
			sameCell: (r) => (r.cat === '_T' ? String(r.geo) : null)
		});
		expect(hidden(out)).toContain('B|q|_T');
		for (const geo of ['A', 'B', 'T']) {
			const copies = out.filter((r) => r.geo === geo && r.cat === '_T');
			expect(new Set(copies.map((r) => r.flags)).size, geo).toBe(1);
		}
	});

	it('hides forced cells with their derived values, and protects them like primary ones', () => {
		const line = [row('A', 'p', '_T', 20), row('A', 'p', 'x', 8), row('A', 'p', 'y', 12)];
		const out = suppressTable({
			table: 't',
			rows: line,
			spec,
			forced: (r) => r.cat === 'x'
		});
		expect(out[1]).toMatchObject({ n: null, rate: null, flags: 'c' });
		expect(out[2]).toMatchObject({ n: null, rate: null, flags: 'c' });
		expect(out[0]).toMatchObject({ n: 20, flags: '' });
	});

	it('throws when the published table would fail the audit', () => {
		expect(() =>
			suppressTable({
				table: 't',
				rows,
				spec,
				derive: (out) => out.map((r) => ({ ...r, rate: 1 }))
			})
		).toThrow(/disclosure audit of t failed/);
	});
});
