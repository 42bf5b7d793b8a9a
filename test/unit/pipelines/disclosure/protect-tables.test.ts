import { describe, expect, it } from 'vitest';
import { protectTables } from '../../../../pipelines/disclosure/protect-tables';
import { perturbRows, type ProtectedTable } from '../../../../pipelines/disclosure/protected-table';
import type { IndicatorRow } from '../../../../pipelines/indicators/indicator-table';
import type { RelationBuilder } from '../../../../pipelines/disclosure/relations/types';
import { cellOf, term } from '../../../../pipelines/disclosure/relations/types';

// Cell keys that pick a given noise from the perturbation table (core/methods/cell-key.ts):
// for a count >= 2, a key below 10 % of 65 536 gives -2, 40-70 % gives 0, from 90 % +2.
const MINUS_2 = 0;
const ZERO = 32768;
const PLUS_2 = 60000;

/** A one-line table: parts a, b and their total T, counts in `n`, share = n / T. */
function lineTable(rows: { part: string; n: number; key: number }[]): ProtectedTable {
	const raw = rows.map((r) => ({ part: r.part, n: r.n, n_key: r.key }));
	const counts = [{ count: 'n', present: true }];
	const { truth, perturbed } = perturbRows('line', raw, counts);
	return {
		name: 'line',
		keyColumns: ['part'],
		counts,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		derive: (published: readonly IndicatorRow[]) => {
			const total = published.find((r) => r.part === 'T')?.n;
			return published.map((row) => ({
				...row,
				share:
					typeof row.n === 'number' && typeof total === 'number' && total > 0 ? row.n / total : null
			}));
		},
		build: (published: readonly IndicatorRow[]) => ({
			name: 'line',
			kind: 'synthetic',
			columns: [
				{ name: 'part', type: 'utf8', values: published.map((r) => r.part as string) },
				{ name: 'n', type: 'int32', values: published.map((r) => r.n as number | null) },
				{ name: 'share', type: 'float64', values: published.map((r) => r.share as number | null) },
				{ name: 'flags', type: 'utf8', values: published.map((r) => r.flags as string) }
			],
			flags: { c: 'confidential' },
			source: {
				dataset: 'test',
				title: 'test',
				publisher: 'test',
				licence: 'test',
				attribution: 'test',
				extractionDate: null,
				inputs: []
			}
		})
	};
}

const lineSums: RelationBuilder = (tables) => {
	const line = tables.get('line');
	if (!line) return [];
	const id = (part: string) =>
		cellOf(tables, 'line', line.truth.find((r) => r.part === part) as IndicatorRow, 'n');
	return [{ id: 'a + b = T', terms: [term(id('a')), term(id('b')), term(id('T'), -1)] }];
};

const column = (
	table: { columns: readonly { name: string; values: readonly unknown[] }[] },
	name: string
) => table.columns.find((c) => c.name === name)?.values;

describe('protectTables', () => {
	it('publishes perturbed counts, the shares from them, and its figures', async () => {
		const result = await protectTables({
			tables: [
				lineTable([
					{ part: 'a', n: 3, key: ZERO },
					{ part: 'b', n: 7, key: PLUS_2 },
					{ part: 'T', n: 10, key: ZERO }
				])
			],
			relations: [lineSums],
			minCell: 5
		});
		const [table] = result.tables;
		expect(column(table, 'n')).toEqual([3, 9, 10]);
		expect(column(table, 'share')).toEqual([0.3, 0.9, 1]);
		expect(table.protection).toEqual({
			method: 'cell-key perturbation',
			maxPerturbation: 2,
			minCell: 5,
			counts: ['n'],
			hiddenCells: 0
		});
		expect(result.summary).toMatchObject({
			countCells: 3,
			changedCells: 1,
			meanAbsoluteChange: 2 / 3,
			smallCells: 1,
			hiddenCells: [],
			audit: { rounds: 1, sensitiveCells: 1, findings: 0, recoveredBeforeHiding: 0 }
		});
		// a: its own box is 1..5, and b = T - a (b in 7..11, T in 8..12) leaves room: the audit
		// finds a second value for it.
		const narrowest = result.summary.audit.narrowest!;
		expect(narrowest).toMatchObject({ cell: 'line|a|n', truth: 3 });
		expect(narrowest.max).toBeGreaterThan(narrowest.min);
	});

	it('hides a count that the noises pin exactly, and audits again', async () => {
		// T 10 -> 8, a 3 -> 5, b 7 -> 9: a + b = T then forces a = 3.
		const result = await protectTables({
			tables: [
				lineTable([
					{ part: 'a', n: 3, key: PLUS_2 },
					{ part: 'b', n: 7, key: PLUS_2 },
					{ part: 'T', n: 10, key: MINUS_2 }
				])
			],
			relations: [lineSums],
			minCell: 5
		});
		const [table] = result.tables;
		// a is hidden, and T, the largest count whose bound pinned it (b in 7..11 then leaves a
		// free: a = T - b with T unknown).
		expect(column(table, 'n')).toEqual([null, 9, null]);
		expect(column(table, 'share')).toEqual([null, null, null]);
		expect(column(table, 'flags')).toEqual(['c', '', 'c']);
		expect(table.protection?.hiddenCells).toBe(2);
		expect(result.summary).toMatchObject({
			hiddenCells: ['line|T|n', 'line|a|n'],
			audit: { rounds: 2, recoveredBeforeHiding: 1, findings: 0 }
		});
	});

	it('fails, naming the cell, when hiding cannot protect it', async () => {
		// A relation that pins a whatever is published: a = 3 (a constant known to everyone).
		const pinned: RelationBuilder = (tables) => [
			{
				id: 'a is known',
				terms: [term(cellOf(tables, 'line', tables.get('line')!.truth[0], 'n'))],
				constant: 3
			}
		];
		await expect(
			protectTables({
				tables: [
					lineTable([
						{ part: 'a', n: 3, key: ZERO },
						{ part: 'b', n: 7, key: ZERO },
						{ part: 'T', n: 10, key: ZERO }
					])
				],
				relations: [pinned],
				minCell: 5
			})
		).rejects.toThrow(/1 small counts can be read off .*: line\|a\|n$/);
	});
});
