import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowColumn } from '$lib/explore/local/arrow-columns';

describe('Arrow columns made without builders (no eval under the CSP)', () => {
	it('keeps strings, numbers and nulls through an IPC stream', () => {
		const table = new Table({
			s: arrowColumn('utf8', ['BE', null, 'Jörg', '', 'ĸ€']),
			i: arrowColumn('int32', [1, null, -3, 0, 2 ** 31 - 1]),
			f: arrowColumn('float64', [0.5, 2, null, -1e-9, 100])
		});
		const back = tableFromIPC(tableToIPC(table, 'stream'));
		expect(back.toArray().map((row) => row.toJSON())).toEqual([
			{ s: 'BE', i: 1, f: 0.5 },
			{ s: null, i: null, f: 2 },
			{ s: 'Jörg', i: -3, f: null },
			{ s: '', i: 0, f: -1e-9 },
			{ s: 'ĸ€', i: 2 ** 31 - 1, f: 100 }
		]);
		expect(back.getChild('s')!.nullCount).toBe(1);
	});

	it('makes an empty column', () => {
		expect(arrowColumn('utf8', []).length).toBe(0);
	});
});
