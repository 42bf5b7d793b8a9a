import { describe, expect, it } from 'vitest';
import { participationTargetsTable } from '../../../../pipelines/stages/participation-targets';
import type { LongObservation } from '../../../../pipelines/read/long-statistics';

const obs = (
	indicator: string,
	geo: string,
	year: number,
	breakdown: string,
	value: number,
	flags = '',
	more: Partial<LongObservation> = {}
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
	role: 'observation',
	note: '',
	file: 'eurostat/test.csv',
	...more
});
const rate = (geo: string, year: number, value: number, flags = '') =>
	obs('AES_FE_NFE_X_GOJT', geo, year, 'sex=T;age=Y25-64', value, flags);
const target = (geo: string, value: number, note = '') =>
	obs('EPSR_NATIONAL_TARGET_ADULT_LEARNING_12M', geo, 2030, 'age=Y25-64', value, '', {
		role: 'national_target',
		note,
		file: 'eurostat/targets.csv'
	});
const euValue = (year: number, value: number, role: LongObservation['role']) =>
	obs('adult_learning_participation_12m', 'EU27_2020', year, '', value, '', {
		role,
		file: 'targets/eu.csv'
	});

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
	target('NO', 70),
	euValue(2030, 60, 'target'),
	euValue(2030, 57.6, 'aggregate_of_national_targets'),
	euValue(2025, 47, 'milestone'),
	euValue(2016, 37, 'quoted_baseline'),
	// Not read by the table: its file must not be named among its inputs.
	obs('LFS_4W', 'BE', 2022, 'sex=T;age=Y25-64', 10, '', { file: 'eurostat/unused.csv' })
];

const INPUTS = [
	'eurostat/test.csv',
	'eurostat/targets.csv',
	'targets/eu.csv',
	'eurostat/unused.csv'
].map((path) => ({ path, sha256: '0'.repeat(64) }));

function rows(long = LONG) {
	const table = participationTargetsTable(long, INPUTS, 'official')!;
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

	it('gives the EU its 2025 milestone with its own gap and required growth, and the sum of the national targets', () => {
		const [eu, be] = rows();
		expect(eu.milestone_year).toBe(2025);
		expect(eu.milestone_value).toBe(47);
		// 47 - 42 (2022).
		expect(eu.milestone_gap_pp).toBe(5);
		// From 40 (2016) to 47 in 9 years.
		expect(eu.milestone_required_cagr).toBeCloseTo((47 / 40) ** (1 / 9) - 1, 12);
		// Observed (42/40)^(1/6) - 1 = 0.00816 against 0.01808 required: ratio 0.45.
		expect(eu.milestone_status).toBe('limited_progress');
		expect(eu.targets_aggregate_value).toBe(57.6);
		expect(eu.target_value).toBe(60);
		expect(be.milestone_year).toBeNull();
		expect(be.targets_aggregate_value).toBeNull();
	});

	it('flags a target the sources disagree on, with the other value and the status it would give', () => {
		const long = [
			...LONG,
			rate('FI', 2016, 50),
			rate('FI', 2022, 52),
			target('FI', 60, 'CONFLICT: another table gives 50'),
			rate('SE', 2016, 40),
			rate('SE', 2022, 41),
			target('SE', 45, 'conflict between two editions')
		];
		const byGeo = new Map(rows(long).map((r) => [r.geo, r]));
		const fi = byGeo.get('FI')!;
		expect(fi.target_value).toBe(60);
		expect(fi.target_caveat).toBe('conflicting_sources');
		expect(fi.target_note).toBe('CONFLICT: another table gives 50');
		expect(fi.alternative_target_value).toBe(50);
		expect(fi.alternative_target_source).toMatch(/JAF_EPM\.R/);
		// 52 against 60: limited progress; against 50: achieved.
		expect(fi.progress_status).toBe('limited_progress');
		expect(fi.alternative_progress_status).toBe('target_achieved');
		// A note that says so is enough for the caveat; no other value is known.
		const se = byGeo.get('SE')!;
		expect(se.target_caveat).toBe('conflicting_sources');
		expect(se.alternative_target_value).toBeNull();
		expect(byGeo.get('BE')!.target_caveat).toBeNull();
		expect(byGeo.get('BE')!.alternative_progress_status).toBeNull();
	});

	it('names among its inputs only the files its figures come from', () => {
		const table = participationTargetsTable(LONG, INPUTS, 'official')!;
		expect(table.source.inputs.map((i) => i.path)).toEqual([
			'eurostat/test.csv',
			'eurostat/targets.csv',
			'targets/eu.csv'
		]);
	});

	it('reads a value given in two files from the AES wave file, as the page does', () => {
		const waves = 'eurostat/aes_participation_by_country.csv';
		const wave = { ...rate('BE', 2022, 45, 'u'), file: waves };
		const other = { ...rate('BE', 2022, 99), file: 'eurostat/aes_breakdowns.csv' };
		for (const long of [
			[...LONG, wave, other],
			[...LONG, other, wave]
		]) {
			const be = rows(long).find((r) => r.geo === 'BE')!;
			expect([be.latest_value, be.latest_flags]).toEqual([45, 'u']);
		}
	});
});
