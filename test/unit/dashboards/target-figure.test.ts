import { describe, expect, it } from 'vitest';
import {
	buildClassificationSql,
	buildTargetsSql,
	type ClassificationRow,
	type TargetRow
} from '../../../core/queries/participation-targets';
import {
	buildClassificationOption,
	targetClassificationFigure
} from '../../../src/lib/dashboards/target/classification';
import { buildTargetOption } from '../../../src/lib/dashboards/target/chart';
import { targetDistanceFigure } from '../../../src/lib/dashboards/target/figure';
import { caveatLabel, statusLabel } from '../../../src/lib/dashboards/target/labels';
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
			state: { sort: 'gap' },
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

const classified = (geo: string, more: Partial<ClassificationRow> = {}): ClassificationRow => ({
	geo,
	baseline_year: 2016,
	latest_year: 2022,
	latest_value: 50,
	latest_flags: '',
	change_pp: 1,
	level_score: 0.2,
	change_score: 0.1,
	scoreboard_category: 'on_average',
	scoreboard_exception: false,
	...more
});

describe('the classification figure', () => {
	it('reads the Member States only, best level first', () => {
		const query = buildClassificationSql({ eu: 'EU27_2020' });
		expect(query.sql).toMatch(/WHERE geo <> \?\nORDER BY level_score DESC NULLS LAST, geo$/);
		expect(query.params).toEqual(['EU27_2020']);
	});

	it('draws one series per category present, with the cut-offs at ±0.5 and ±1 on both axes', () => {
		const option = buildClassificationOption(
			[
				classified('SE', {
					level_score: 1.95,
					change_score: 1.17,
					scoreboard_category: 'best_performers'
				}),
				classified('RO', {
					level_score: -1.27,
					change_score: 2.03,
					scoreboard_category: 'weak_but_improving'
				}),
				classified('XX', {
					level_score: null,
					change_score: null,
					scoreboard_category: 'unclassified:missing_level'
				})
			],
			'en'
		) as {
			series: {
				id: string;
				data: { name: string; value: number[] }[];
				markLine?: { data: Record<string, number>[] };
			}[];
		};
		expect(option.series.map((s) => s.id)).toEqual(['best_performers', 'weak_but_improving']);
		expect(option.series[0].data).toEqual([{ name: 'SE', value: [1.95, 1.17] }]);
		const lines = option.series[0].markLine!.data.map((d) =>
			'xAxis' in d ? `x${d.xAxis}` : `y${d.yAxis}`
		);
		expect(lines.sort()).toEqual(['x-0.5', 'x-1', 'x0.5', 'x1', 'y-0.5', 'y-1', 'y0.5', 'y1']);
	});

	it('says the category in words, and when the exception rule applied', () => {
		const table = targetClassificationFigure.table({
			rows: [
				classified('BE', { scoreboard_category: 'to_watch', scoreboard_exception: true }),
				classified('XX', { scoreboard_category: 'unclassified:missing_level' })
			],
			state: { sort: 'gap' },
			lang: 'en'
		});
		expect(table.rows[0][5].value).toBe('to watch (exception: improved, though less than most)');
		expect(table.rows[1][5].value).toBe('not classified');
		expect(table.caption).toBe(
			'Member States classified on their level in 2022 and their change since 2016'
		);
	});
});
