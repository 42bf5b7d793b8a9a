import { describe, expect, it } from 'vitest';
import { createRowBuilder } from '../../../pipelines/ingest/row-builder';

describe('createRowBuilder', () => {
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
