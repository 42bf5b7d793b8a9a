import { describe, expect, it } from 'vitest';
import { participationTargetsTable } from '../../../../pipelines/stages/participation-targets';
import type { LongObservation } from '../../../../pipelines/read/long-statistics';

const obs = (
	indicator: string,
	geo: string,
	year: number,
	breakdown: string,
	value: number,
	flags = ''
): LongObservation => ({
	indicator,
	geo,
	year,
	breakdown,
	value,
	flags,
	unit: 'PC',
	source: 'test',
	sourceRef: '',
	kind: '',
	file: 'eurostat/test.csv'
});
const rate = (geo: string, year: number, value: number, flags = '') =>
	obs('AES_FE_NFE_X_GOJT', geo, year, 'sex=T;age=Y25-64', value, flags);
const target = (geo: string, value: number) =>
	obs('EPSR_NATIONAL_TARGET_ADULT_LEARNING_12M', geo, 2030, 'age=Y25-64', value);

const LONG = [
	rate('BE', 2016, 40),
	rate('BE', 2022, 44, 'b'),
	rate('DE', 2016, 50),
	rate('DE', 2022, 50),
	rate('FR', 2016, 30),
	rate('FR', 2022, 36),
	rate('EU27_2020', 2016, 40),
	rate('EU27_2020', 2022, 42),
	// Another breakdown and another indicator must be ignored.
	obs('AES_FE_NFE_X_GOJT', 'BE', 2022, 'age=Y25-64;isced11=ED0-2', 10),
	obs('AES_FE_NFE', 'BE', 2022, 'sex=T;age=Y25-64', 99),
	target('BE', 60),
	target('DE', 55),
	target('FR', 35),
	target('EU27_2020', 60),
	target('NO', 70)
];

function rows() {
	const table = participationTargetsTable(LONG, [], 'official')!;
	const n = table.columns[0].values.length;
	return Array.from({ length: n }, (_, i) =>
		Object.fromEntries(table.columns.map((c) => [c.name, c.values[i]]))
	);
}

describe('participation against the national 2030 targets', () => {
	it('covers the EU first, then the Member States with a target (not other countries)', () => {
		expect(rows().map((r) => r.geo)).toEqual(['EU27_2020', 'BE', 'DE', 'FR']);
	});

	it('computes the gap, the linear path and the CAGR status by hand', () => {
		const [eu, be, de, fr] = rows();
		// BE: 40 (2016) -> 44 (2022), target 60 in 2030.
		expect(be.gap_pp).toBe(16);
		expect(be.path_value).toBeCloseTo(40 + (20 * 6) / 14, 9);
		expect(be.deviation_from_path_pp).toBeCloseTo(44 - (40 + (20 * 6) / 14), 9);
		expect(be.cagr_ratio).toBeCloseTo(((44 / 40) ** (1 / 6) - 1) / ((60 / 40) ** (1 / 14) - 1), 9);
		expect(be.progress_status).toBe('limited_progress');
		expect(be.latest_flags).toBe('b');
		// DE: no change at all: ratio exactly 0 is still "limited progress", not "moving away".
		expect(de.cagr_ratio).toBe(0);
		expect(de.progress_status).toBe('limited_progress');
		// FR: above its target.
		expect(fr.gap_pp).toBe(-1);
		expect(fr.progress_status).toBe('target_achieved');
		expect(eu.progress_status).toBe('limited_progress');
		expect(eu.gap_pp).toBe(18);
	});

	it('classifies the Member States with the Social Scoreboard method, not the EU aggregate', () => {
		const [eu, be, de, fr] = rows();
		// Levels 44, 50, 36 and changes 4, 0, 6: z-scores by hand (population standard deviation).
		expect(be.level_score).toBeCloseTo(0.1162476387, 9);
		expect(be.change_score).toBeCloseTo(0.2672612419, 9);
		expect(be.scoreboard_category).toBe('on_average');
		expect(de.level_score).toBeCloseTo(1.1624763874, 9);
		expect(de.change_score).toBeCloseTo(-1.3363062096, 9);
		expect(de.scoreboard_category).toBe('good_but_to_monitor');
		expect(fr.scoreboard_category).toBe('weak_but_improving');
		expect(eu.scoreboard_category).toBeNull();
	});

	it('publishes nothing without the headline series or the targets', () => {
		expect(
			participationTargetsTable(
				LONG.filter((o) => o.year !== 2030),
				[],
				'official'
			)
		).toBeUndefined();
	});
});
