import { Int32, RecordBatch, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { createResultView, plainValue } from '../../../src/lib/explore/result-view';
import {
	columnWidths,
	displayCell,
	flagsColumnOf,
	visibleRows
} from '../../../src/lib/explore/result-table';
import { sampleView } from './fixtures';

describe('createResultView', () => {
	it('names each column with a kind and reads any cell as a plain value', () => {
		const view = sampleView();
		expect(view.columns.map((c) => `${c.name}:${c.kind}`)).toEqual([
			'geo:text',
			'year:number',
			'credentials:number',
			'share:number',
			'flags:text',
			'active:boolean',
			'day:date',
			'at:timestamp'
		]);
		expect(view.rowCount).toBe(4);
		expect(view.value(0, 0)).toBe('AT');
		expect(view.value(1, 2)).toBeNull();
		expect(view.value(2, 3)).toBe(0.25);
		expect(view.value(0, 6)).toBe('2024-01-02');
		expect(view.value(3, 6)).toBe('2000-02-29');
		expect(view.value(0, 7)).toBe('2024-01-02 03:04:05');
		expect(view.value(2, 7)).toBe('2024-01-02 03:04:05.250');
		expect(view.value(3, 7)).toBe('1970-01-01 00:00:00');
		expect(view.value(2, 5)).toBeNull();
		expect(view.value(4, 0)).toBeNull();
		expect(view.columnValues(2)).toEqual([120, null, 7, null]);
	});

	it('reads rows across record batches, in any order', () => {
		const batch = (from: number, n: number) =>
			new Table({
				i: vectorFromArray(
					Array.from({ length: n }, (_v, k) => from + k),
					new Int32()
				)
			}).batches[0];
		const batches: RecordBatch[] = [batch(0, 3), batch(3, 1), batch(4, 5)];
		const view = createResultView({ schema: batches[0].schema, batches });
		expect(view.rowCount).toBe(9);
		expect([8, 0, 3, 4, 2, 7].map((r) => view.value(r, 0))).toEqual([8, 0, 3, 4, 2, 7]);
		expect(view.columnValues(0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
	});

	it('keeps the columns of an empty result', () => {
		const table = new Table({ geo: vectorFromArray([] as string[], new Utf8()) });
		const view = createResultView({ schema: table.schema, batches: [] });
		expect(view.rowCount).toBe(0);
		expect(view.columns).toEqual([{ name: 'geo', kind: 'text', type: 'Utf8' }]);
	});
});

describe('plainValue', () => {
	it('keeps big integers exact beyond 2^53 and writes other shapes as text', () => {
		expect(plainValue('number', 42n)).toBe(42);
		expect(plainValue('number', 2n ** 60n)).toBe('1152921504606846976');
		expect(plainValue('other', new Uint8Array([0, 255]))).toBe('\\x00ff');
		expect(plainValue('other', { toJSON: () => ({ a: 1, b: [2n] }) })).toBe('{"a":1,"b":["2"]}');
		expect(plainValue('other', Int32Array.from([1, 2]))).toBe('[1,2]');
		expect(plainValue('text', undefined)).toBeNull();
	});
});

describe('the result table', () => {
	const labels = { hidden: 'hidden', null: 'NULL' };

	it('shows a NULL in a row flagged c as hidden, any other NULL as NULL', () => {
		const view = sampleView();
		const flags = flagsColumnOf(view);
		expect(flags).toBe(4);
		expect(displayCell(view, 1, 2, flags, labels)).toEqual({ text: 'hidden (c)', state: 'hidden' });
		expect(displayCell(view, 1, 3, flags, labels)).toEqual({ text: 'hidden (c)', state: 'hidden' });
		expect(displayCell(view, 3, 2, flags, labels)).toEqual({ text: 'NULL', state: 'null' });
		expect(displayCell(view, 0, 2, flags, labels)).toEqual({ text: '120', state: 'value' });
		// Without a flags column, a NULL is a NULL.
		expect(displayCell(view, 1, 2, -1, labels)).toEqual({ text: 'NULL', state: 'null' });
	});

	it('draws only the rows in sight, and a few either side', () => {
		const at = (scrollTop: number) =>
			visibleRows({
				scrollTop,
				viewportHeight: 280,
				rowHeight: 28,
				rowCount: 100_000,
				overscan: 5
			});
		expect(at(0)).toEqual({ first: 0, last: 15 });
		expect(at(28 * 500)).toEqual({ first: 495, last: 515 });
		expect(at(28 * 100_000)).toEqual({ first: 99_995, last: 100_000 });
		expect(
			visibleRows({ scrollTop: 0, viewportHeight: 280, rowHeight: 28, rowCount: 3, overscan: 5 })
		).toEqual({
			first: 0,
			last: 3
		});
		const { first, last } = at(28 * 50_000 + 13);
		expect(last - first).toBeLessThanOrEqual(21);
	});

	it('sizes columns from the header and the first rows, within limits', () => {
		expect(columnWidths(sampleView(), { sample: 200, min: 4, max: 12 })).toEqual([
			12, 4, 11, 5, 5, 6, 10, 12
		]);
	});
});
