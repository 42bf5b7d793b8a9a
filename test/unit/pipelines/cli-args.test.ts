import { describe, expect, it } from 'vitest';
import { parsePipelineArgs } from '../../../pipelines/cli-args';

describe('parsePipelineArgs', () => {
	it('runs the disclosure audit only when asked', () => {
		expect(parsePipelineArgs([])).toMatchObject({ disclosureAudit: false, minCell: 5 });
		expect(parsePipelineArgs(['--disclosure-audit'])).toMatchObject({ disclosureAudit: true });
	});
});
