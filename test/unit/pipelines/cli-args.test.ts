import { describe, expect, it } from 'vitest';
import { parsePipelineArgs } from '../../../pipelines/cli-args';

describe('parsePipelineArgs', () => {
	it('takes a threshold of 5 by default, and refuses one below 1', () => {
		expect(parsePipelineArgs([])).toMatchObject({ minCell: 5 });
		expect(parsePipelineArgs(['--min-cell', '10'])).toMatchObject({ minCell: 10 });
		expect(() => parsePipelineArgs(['--min-cell', '0'])).toThrow(/min-cell/);
		expect(() => parsePipelineArgs(['--disclosure-audit'])).toThrow();
	});
});
