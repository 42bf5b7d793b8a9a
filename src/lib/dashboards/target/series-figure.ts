import { chartMessage } from '$lib/charts/options/chart-message';
import { geoName } from '$core/contract/countries';
import {
	buildSourceSeriesSql,
	TARGET_SOURCE,
	type SeriesPart,
	type SourceSeriesRow
} from '$core/queries/participation-sources';
import { buildFlaggedLineOption } from '$lib/charts/options/flagged-line';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, flagMeaning, type Translate } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { isCheckNote } from './labels';
import { sourceDefinition, sourceLabel } from './sources';
import type { TargetState } from './state';

const TARGET_COLOUR = '#D55E00';
const PATH_COLOUR = '#555555';

const PART_ORDER: Record<SeriesPart, number> = {
	observed: 0,
	path: 1,
	target: 2,
	alternative_target: 3,
	milestone: 4
};

const partOf = (rows: readonly SourceSeriesRow[], part: SeriesPart) =>
	rows.filter((r) => r.part === part && r.value !== null);

/** The series drawn besides the observations: path, target, other target, milestone. */
function referenceSeries(rows: readonly SourceSeriesRow[], t: Translate, lang: Lang) {
	const format = createNumberFormat(lang, 1);
	const point = (part: SeriesPart, name: string, symbol: string, filled: boolean) => {
		const points = partOf(rows, part);
		if (points.length === 0) return [];
		return [
			{
				id: part,
				name,
				type: 'scatter',
				color: TARGET_COLOUR,
				symbol,
				symbolSize: 14,
				itemStyle: filled
					? { color: TARGET_COLOUR }
					: { color: '#ffffff', borderColor: TARGET_COLOUR, borderWidth: 2 },
				label: {
					show: true,
					position: 'left',
					formatter: (p: { value: [number, number] }) => `${format(p.value[1])} %`
				},
				data: points.map((r) => [r.year, r.value])
			}
		];
	};
	const path = partOf(rows, 'path');
	const target = partOf(rows, 'target')[0];
	return [
		...(path.length === 2
			? [
					{
						id: 'path',
						name: t('target.series_chart.path'),
						type: 'line',
						color: PATH_COLOUR,
						symbol: 'none',
						lineStyle: { type: 'dashed', width: 2 },
						data: path.map((r) => [r.year, r.value]),
						...(target
							? {
									markLine: {
										silent: true,
										symbol: 'none',
										lineStyle: { color: TARGET_COLOUR, type: 'dotted', width: 1.5 },
										label: {
											position: 'insideStartTop',
											formatter: t('target.series_chart.target_line')
										},
										data: [{ yAxis: target.value }]
									}
								}
							: {})
					}
				]
			: []),
		...point('target', t('target.series.target'), 'diamond', true),
		...point('alternative_target', t('target.series.alternative'), 'diamond', false),
		...point('milestone', t('target.series_chart.milestone'), 'triangle', true)
	];
}

function seriesChart({ rows, state, lang }: FigureInput<TargetState, SourceSeriesRow>) {
	const t = createTranslator(lang);
	const observed = partOf(rows, 'observed');
	const name = geoName(state.geo, lang);
	const base = buildFlaggedLineOption({
		series: [
			{
				key: 'observed',
				name: sourceLabel(t, state.source),
				points: observed.map((r) => ({ x: r.year, value: r.value, flags: r.flags })),
				emphasis: true
			}
		],
		labels: {
			xAxis: t('participation.axis.year'),
			yAxis: t('target.axis.value'),
			breakLegend: t('participation.break.legend'),
			flagMeaning: (f) => (f === 'b' ? t('participation.break.tooltip') : flagMeaning(t, f)),
			formatValue: createNumberFormat(lang, 1),
			formatAxis: createNumberFormat(lang, 0),
			notAvailable: t('flags.na')
		},
		ariaDescription: t('target.series_chart.aria', { country: name })
	}) as EChartsCoreOption & { series: unknown[]; legend: { data: unknown[] } };
	const references = referenceSeries(rows, t, lang);
	const empty =
		observed.length === 0
			? chartMessage(
					t('target.series_chart.no_data', { country: name, source: sourceLabel(t, state.source) })
				)
			: {};
	return {
		...base,
		...empty,
		legend: { ...base.legend, data: [...base.legend.data, ...references.map((r) => r.name)] },
		series: [...base.series, ...references]
	};
}

function seriesTable({ rows, state, lang }: FigureInput<TargetState, SourceSeriesRow>): TableModel {
	const t = createTranslator(lang);
	const partLabel: Record<SeriesPart, string> = {
		observed: t('target.series_chart.observed'),
		target: t('target.series.target'),
		alternative_target: t('target.series.alternative'),
		milestone: t('target.series_chart.milestone'),
		path: t('target.series_chart.path')
	};
	return {
		caption: t('target.series_chart.caption', {
			country: geoName(state.geo, lang),
			source: sourceLabel(t, state.source)
		}),
		digits: 1,
		unit: t('target.axis.value'),
		columns: [
			{ key: 'part', label: t('target.series_chart.part'), kind: 'label' },
			{ key: 'year', label: t('participation.table.year'), kind: 'label' },
			{ key: 'value', label: t('target.series_chart.value'), kind: 'value' }
		],
		rows: [...rows]
			.sort((a, b) => PART_ORDER[a.part] - PART_ORDER[b.part] || a.year - b.year)
			.map((r) => [
				{ value: partLabel[r.part] },
				{ value: String(r.year) },
				{ value: r.value, flags: r.flags }
			])
	};
}

/** The notes of the sources on the values shown, and what the view cannot show. */
function seriesNotes({ rows, state, lang }: FigureInput<TargetState, SourceSeriesRow>) {
	const t = createTranslator(lang);
	const notes = [sourceDefinition(t, state.source)];
	if (rows.every((r) => r.part !== 'observed'))
		notes.push(
			t('target.series_chart.no_data', {
				country: geoName(state.geo, lang),
				source: sourceLabel(t, state.source)
			})
		);
	if (state.source !== TARGET_SOURCE) notes.push(t('target.series_chart.no_target_here'));
	else if (!rows.some((r) => r.part === 'target')) notes.push(t('target.caveat.no_target'));
	const format = createNumberFormat(lang, 1);
	for (const r of rows) {
		if (r.note === '' || r.part === 'path' || isCheckNote(r.note)) continue;
		// The other target's note is where that value is published.
		notes.push(
			r.part === 'alternative_target' && r.value !== null
				? t('target.series_chart.alternative_note', { value: format(r.value), source: r.note })
				: `${r.year}: ${r.note}`
		);
	}
	return [...new Set(notes)];
}

/** One country's series from the chosen survey, with its own 2030 target and linear path. */
export const targetSeriesFigure: FigureSpec<TargetState, SourceSeriesRow> = {
	id: 'target-series',
	height: 440,
	query: (state) => buildSourceSeriesSql({ source: state.source, geo: state.geo }),
	title({ state, lang }) {
		const t = createTranslator(lang);
		return t('target.series_chart.title', {
			country: geoName(state.geo, lang),
			source: sourceLabel(t, state.source)
		});
	},
	chart: seriesChart,
	table: seriesTable,
	notes: seriesNotes
};
