import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import {
	ALL_ELEMENTS,
	buildCompletenessTrendSql,
	type CompletenessRow
} from '$core/queries/quality';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { chartMessage } from '$lib/charts/options/chart-message';
import { buildFlaggedLineOption, type FlaggedSeries } from '$lib/charts/options/flagged-line';
import { createNumberFormat } from '$lib/i18n/format';
import { createTranslator, flagMeaning } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	CONTAIN_LABELS,
	elementLabel,
	HIDDEN_DECAL,
	HIDDEN_FILL,
	isHidden,
	syntheticNotes,
	type QualityFigureOptions
} from './chart-parts';
import { comparedGeos, completenessCells, completenessColumns } from './elements-figure';
import type { QualityState } from './state';

type Input = FigureInput<QualityState, CompletenessRow>;

function lines({ rows, state, lang }: Input): FlaggedSeries[] {
	return comparedGeos(state.geo).map((geo) => ({
		key: geo === EU_AGGREGATE ? 'eu' : 'country',
		name: geoName(geo, lang),
		emphasis: geo === state.geo,
		points: rows
			.filter((r) => r.geo === geo)
			.map((r) => ({ x: r.year, value: r.share, flags: r.flags }))
	}));
}

function trendChart(input: Input, options: QualityFigureOptions): EChartsCoreOption {
	const { rows, state, lang } = input;
	const t = createTranslator(lang);
	const top = chartTop({ ...options, lang, legend: true });
	const base = buildFlaggedLineOption({
		series: lines(input),
		labels: {
			xAxis: t('quality.axis.year'),
			yAxis: t('quality.axis.records_with'),
			breakLegend: t('participation.break.legend'),
			flagMeaning: (f) => flagMeaning(t, f),
			formatValue: createNumberFormat(lang, 1),
			formatAxis: createNumberFormat(lang, 0),
			notAvailable: t('flags.na')
		},
		ariaDescription: t('quality.trend.aria', {
			element: elementLabel(t, state.element),
			country: geoName(state.geo, lang)
		})
	}) as EChartsCoreOption & {
		series: unknown[];
		legend: { data: unknown[] };
		grid: object;
		yAxis: object;
	};
	// A hidden year is a grey hatched square on the axis, named in the legend: not a gap alone.
	const hidden = rows.filter((r) => isHidden(r.share, r.flags));
	const hiddenName = t('quality.hidden');
	const hiddenSeries = hidden.length
		? [
				{
					id: '__hidden',
					name: hiddenName,
					type: 'scatter',
					symbol: 'rect',
					symbolSize: 12,
					itemStyle: { color: HIDDEN_FILL, decal: HIDDEN_DECAL, borderColor: '#6b6b6b' },
					label: { show: true, position: 'top', color: '#1a1a1a', formatter: 'c' },
					tooltip: { show: false },
					data: hidden.map((r) => [r.year, 0])
				}
			]
		: [];
	const empty =
		rows.length === 0 ? [chartMessage(t('quality.trend.no_data')).graphic] : ([] as object[]);
	return {
		...base,
		graphic: [...top.graphic, ...empty],
		legend: {
			...base.legend,
			top: top.legendTop,
			left: 0,
			data: [...base.legend.data, ...(hidden.length ? [hiddenName] : [])]
		},
		grid: { ...base.grid, containLabel: undefined, ...CONTAIN_LABELS, top: top.gridTop + 16 },
		yAxis: { ...base.yAxis, max: 100 },
		series: [...base.series, ...hiddenSeries]
	};
}

function trendTable({ rows, state, lang }: Input): TableModel {
	const t = createTranslator(lang);
	const geos = comparedGeos(state.geo);
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const byGeoYear = new Map(rows.map((r) => [`${r.geo}|${r.year}`, r]));
	return {
		caption: t('quality.trend.caption', {
			element: elementLabel(t, state.element),
			countries: geos.map((g) => geoName(g, lang)).join(', ')
		}),
		digits: 1,
		unit: t('quality.unit.share'),
		columns: [
			{ key: 'year', label: t('quality.axis.year'), kind: 'label' },
			...geos.flatMap((geo) =>
				completenessColumns(lang, geo === EU_AGGREGATE ? 'eu' : 'country', geoName(geo, lang))
			)
		],
		rows: years.map((year) => [
			{ value: String(year) },
			...geos.flatMap((geo) => completenessCells(byGeoYear.get(`${geo}|${year}`)))
		])
	};
}

/** One element's completeness (all eleven by default) over the years of issue. */
export function qualityTrendFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, CompletenessRow> {
	return {
		id: 'quality-trend',
		height: 420,
		query: (state) => buildCompletenessTrendSql({ geo: state.geo, element: state.element }),
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t('quality.trend.title', {
				element: elementLabel(t, state.element),
				country: geoName(state.geo, lang)
			});
		},
		chart: (input) => trendChart(input, options),
		table: trendTable,
		notes({ state, lang }) {
			const t = createTranslator(lang);
			return [
				...syntheticNotes(t, options),
				...(state.element === ALL_ELEMENTS ? [t('quality.elements.note.all')] : [])
			];
		}
	};
}
