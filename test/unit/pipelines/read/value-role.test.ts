import { describe, expect, it } from 'vitest';
import { valueRole } from '../../../../pipelines/read/long-statistics';

// The `kind` texts of targets/epsr_2030_targets_eu.csv (../shared/data), as they are.
describe('valueRole', () => {
	it('tells the EU target, the sum of the national targets, the milestone and a quoted baseline apart', () => {
		const role = (year: number, kind: string) =>
			valueRole({ indicator: 'adult_learning_participation_12m', year, kind });
		expect(
			role(
				2030,
				'EU headline target (European Pillar of Social Rights Action Plan, welcomed at Porto Social Summit 2021)'
			)
		).toBe('target');
		expect(role(2030, "aggregate of Member States' national 2030 commitments")).toBe(
			'aggregate_of_national_targets'
		);
		expect(
			role(
				2025,
				'EU-level target (European Education Area strategic framework 2021-2030, Council Resolution 2021/C 66/01)'
			)
		).toBe('milestone');
		expect(
			role(
				2016,
				'baseline quoted for the 60% target (AES 2016, excluding guided on-the-job training)'
			)
		).toBe('quoted_baseline');
		expect(role(2016, '')).toBe('observation');
	});

	it('reads every national target as one, whatever its kind says', () => {
		expect(
			valueRole({ indicator: 'EPSR_NATIONAL_TARGET_ADULT_LEARNING_12M', year: 2030, kind: '' })
		).toBe('national_target');
	});
});
