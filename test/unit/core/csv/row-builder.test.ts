import { describe, expect, it } from 'vitest';
import { createRowBuilder } from '../../../../core/csv/row-builder';
import { createCompiledRowBuilder } from '../../../../pipelines/read/row-builder';

// The browser's builder and the pipelines' compiled one must give the same rows, key order included.
const BUILDERS = [
	['createRowBuilder', createRowBuilder],
	['createCompiledRowBuilder', createCompiledRowBuilder]
] as const;

describe.each(BUILDERS)('%s', (_name, createRowBuilder) => {
	it('keys fields by column name and leaves out unnamed columns', () => {
		const build = createRowBuilder(['learner_id', '', 'eqf_level']);
		const row = build(['L-1', 'ignored', '6']);
		expect(row).toEqual({ learner_id: 'L-1', eqf_level: '6' });
		expect('ects' in row).toBe(false);
	});

	it('takes any header text as a key, without running it or touching the prototype', () => {
		const build = createRowBuilder(['2024', 'a"b', "c'); throw 1; ('", '__proto__']);
		const row = build(['x', 'y', 'z', 'w']);
		expect(row).toEqual({ '2024': 'x', 'a"b': 'y', "c'); throw 1; ('": 'z' });
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
	});
});

describe.each(BUILDERS)('%s: key order', (_name, createRowBuilder) => {
	it('puts keys in the given order whatever the file order, the other columns after', () => {
		const order = ['learner_id', 'title', 'issue_date'];
		const a = createRowBuilder(['issue_date', 'extra', 'learner_id', 'title'], order);
		const b = createRowBuilder(['title', 'learner_id', 'issue_date', 'extra'], order);
		const rowA = a(['2024-01-01', 'x', 'L-1', 'T']);
		const rowB = b(['T', 'L-1', '2024-01-01', 'x']);
		expect(Object.keys(rowA)).toEqual(['learner_id', 'title', 'issue_date', 'extra']);
		expect(Object.keys(rowB)).toEqual(Object.keys(rowA));
		expect(rowB).toEqual(rowA);
	});
});
