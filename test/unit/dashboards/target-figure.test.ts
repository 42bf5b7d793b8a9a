import { describe, expect, it } from 'vitest';
import { buildTargetsSql, type TargetRow } from '../../../core/queries/participation-targets';
import { buildTargetOption } from '../../../src/lib/dashboards/target/chart';
import { targetDistanceFigure } from '../../../src/lib/dashboards/target/figure';
import { caveatLabel, statusLabel } from '../../../src/lib/dashboards/target/labels';
import { targetState } from '../../../src/lib/dashboards/target/state';
import { createTranslator } from '../../../src/lib/i18n/translate';

const row = (geo: string, more: Partial<TargetRow> = {}): TargetRow => ({
	geo,
	baseline_year: 2016,
	baseline_value: 40,
	latest_year: 2022,
	latest_value: 44,
	latest_flags: '',
	target_year: 2030,
	target_value: 60,
	gap_pp: 16,
	observed_cagr: 0.016,
	required_cagr: 0.029,
	progress_status: 'limited_progress',
	target_source: 'EPM 2024',
	target_note: '',
	target_caveat: null,
	alternative_target_value: null,
	alternative_progress_status: null,
	targets_aggregate_value: null,
	milestone_year: null,
	milestone_value: null,
	milestone_gap_pp: null,
	milestone_required_cagr: null,
	...more
});
const t = createTranslator('en');

describe('the target page figure', () => {
	it('orders the EU first, then as asked', () => {
		const query = buildTargetsSql({ sort: 'value', eu: 'EU27_2020' });
		expect(query.tables).toEqual(['participation_targets']);
		expect(query.sql).toMatch(/ORDER BY geo = \? DESC, latest_value DESC NULLS LAST, geo$/);
		expect(query.params).toEqual(['EU27_2020']);
		expect(buildTargetsSql({ sort: 'gap', eu: 'EU27_2020' }).sql).toMatch(/gap_pp DESC NULLS LAST/);
	});

	it('puts the numbers of the rows in the table, growth in percent a year, status and caveat in words', () => {
		const table = targetDistanceFigure.table({
			rows: [
				row('FI', {
					latest_value: 51.8,
					latest_flags: 'u',
					target_caveat: 'conflicting_sources',
					alternative_target_value: 50,
					alternative_progress_status: 'target_achieved'
				}),
				row('NO', { target_value: null, progress_status: 'missing_target', gap_pp: null })
			],
			state: targetState.defaults(),
			lang: 'en'
		});
		expect(table.columns.map((c) => c.key)).toEqual([
			'geo',
			'latest',
			'target',
			'gap',
			'observed',
			'required',
			'status',
			'caveat'
		]);
		const [fi, no] = table.rows;
		expect(fi[0].value).toBe('Finland');
		expect(fi[1]).toEqual({ value: 51.8, flags: 'u' });
		expect(fi[4].value).toBeCloseTo(1.6, 12);
		expect(fi[5].value).toBeCloseTo(2.9, 12);
		expect(fi[6].value).toBe('limited progress');
		expect(fi[7].value).toBe(
			'The public sources differ: another gives 50 %, which would read “target achieved”.'
		);
		expect(no[2].value).toBeNull();
		expect(no[6].value).toBe('not assessed');
		expect(no[7].value).toBe('No national target.');
	});

	it('draws the disputed target only when there is one', () => {
		const plain = buildTargetOption([row('BE')], 'en') as { series: { id: string }[] };
		expect(plain.series.map((s) => s.id)).toEqual(['level', 'target']);
		const disputed = buildTargetOption(
			[row('FI', { alternative_target_value: 50, target_caveat: 'conflicting_sources' })],
			'en'
		) as { series: { id: string; data: unknown[] }[] };
		expect(disputed.series.map((s) => s.id)).toEqual(['level', 'target', 'alternative']);
		expect(disputed.series[2].data).toEqual([50]);
	});

	it('says a conflict without another value, and nothing for a plain target', () => {
		expect(caveatLabel(t, row('SE', { target_caveat: 'conflicting_sources' }))).toBe(
			'The public sources give different values for this target.'
		);
		expect(caveatLabel(t, row('BE'))).toBeNull();
		expect(statusLabel(t, null)).toBeNull();
		expect(statusLabel(t, 'moving_away')).toBe('moving away from the target');
	});
});

describe('the notes beside the distance to target', () => {
	it('name where the targets are published, the notes that say more, and who has none', () => {
		const notes = targetDistanceFigure.notes!({
			rows: [
				row('BE', { target_note: 'identical in another table' }),
				row('RO', { target_note: 'identical in another table; target below the 2022 value' }),
				row('SK', { target_source: 'JAF_EPM.R' }),
				row('NO', { target_value: null, target_source: null })
			],
			state: targetState.defaults(),
			lang: 'en'
		});
		expect(notes).toEqual([
			'National targets as published in EPM 2024 (BE, RO).',
			'National targets as published in JAF_EPM.R (SK).',
			'Romania: identical in another table; target below the 2022 value',
			'No national target: Norway.'
		]);
	});
});
