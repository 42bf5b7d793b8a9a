import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import {
	buildUptakeCountriesSql,
	buildUptakeSeriesSql,
	type UptakeCategory,
	type UptakeSeriesRow
} from '$core/queries/uptake';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { buildFlaggedLineOption } from '$lib/charts/options/flagged-line';
import { seriesColour } from '$lib/charts/palette';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, flagMeaning, type Translate } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	buildBarsOption,
	HIDDEN_COLOUR,
	marksHeight,
	withMarks,
	type BarSeries
} from './chart-parts';
import type { UptakeContext } from './context';
import {
	categoryText,
	geoNames,
	measureLabel,
	titleWithCategory,
	rateAndGrowthColumns,
	yearText
} from './labels';
import { seriesNotes } from './notes';
import {
	chosenCategory,
	chosenYear,
	forGeos,
	inShownGeos,
	shownGeos,
	shownYear,
	type UptakeMeasure,
	type UptakeState,
	type UptakeUnit
} from './state';
import { growthCell, hiddenFlag, isHidden, measureValue, unitDigits, valueCell } from './values';

/** What a series figure shows: the geos and category its rows are for, and how to draw them. */
interface SeriesView {
	readonly geos: readonly string[];
	readonly category?: UptakeCategory;
	/** The lines: one per geo for one measure, or both measures of one geo. */
	readonly lines: 'geos' | 'measures';
	readonly measure: UptakeMeasure;
	readonly unit: UptakeUnit;
	/** The year the other figures show, marked on the axis. */
	readonly year?: number;
	/** The reader chose that year (the other years of the growth are drawn pale). */
	readonly yearChosen?: boolean;
	readonly context: UptakeContext;
}

interface Line {
	readonly key: string;
	readonly name: string;
	readonly rows: readonly UptakeSeriesRow[];
	readonly measure: UptakeMeasure;
}

function linesOf(rows: readonly UptakeSeriesRow[], view: SeriesView, t: Translate, lang: Lang) {
	if (view.lines === 'measures') {
		const geo = view.geos[0];
		const own = rows.filter((r) => r.geo === geo);
		return (['credentials', 'learners'] as const).map((measure): Line => ({
			key: measure,
			name: measureLabel(t, measure, view.unit),
			rows: own,
			measure
		}));
	}
	return view.geos.map((geo): Line => ({
		key: geo,
		name: geoName(geo, lang),
		rows: rows.filter((r) => r.geo === geo),
		measure: view.measure
	}));
}

const INCOMPLETE_SYMBOL = 'emptyCircle';

/** The lines of the view, hidden years marked in grey on the axis, the year shown marked. */
function buildSeriesOption(
	rows: readonly UptakeSeriesRow[],
	view: SeriesView,
	lang: Lang
): EChartsCoreOption {
	const t = createTranslator(lang);
	const lines = linesOf(rows, view, t, lang);
	const digits = unitDigits(view.unit);
	const hiddenLabel = t('uptake.hidden.legend');
	const base = buildFlaggedLineOption({
		series: lines.map((line) => ({
			key: line.key,
			name: line.name,
			emphasis: line.key === EU_AGGREGATE,
			points: line.rows.map((r) => {
				const value = measureValue(r, line.measure, view.unit);
				return { x: r.year, value, flags: hiddenFlag(value, r.flags) };
			})
		})),
		labels: {
			xAxis: t('uptake.axis.year'),
			yAxis:
				view.lines === 'measures'
					? t(`uptake.unit.${view.unit}`)
					: measureLabel(t, view.measure, view.unit),
			breakLegend: '',
			flagMeaning: (f) => flagMeaning(t, f),
			formatValue: createNumberFormat(lang, digits),
			formatAxis: createNumberFormat(lang, digits),
			notAvailable: t('uptake.hidden')
		},
		ariaDescription: t('uptake.series.aria', { geos: geoNames(view.geos, lang) })
	}) as EChartsCoreOption & { series: Record<string, unknown>[]; legend: { data: unknown[] } };
	const incomplete = view.context.incomplete;
	const series = base.series.map((s, i) => ({
		...s,
		// Each point carries its year for a click; the incomplete year's points are hollow.
		data: (s.data as { value: [number, number | null] }[]).map((d) => ({
			...d,
			code: String(d.value[0]),
			...(d.value[0] === incomplete ? { symbol: INCOMPLETE_SYMBOL, symbolSize: 9 } : {})
		})),
		...(i === 0 && view.year !== undefined
			? {
					markLine: {
						silent: true,
						symbol: 'none',
						lineStyle: { color: '#555555', type: 'dotted', width: 1.5 },
						label: { formatter: String(view.year), position: 'end' },
						data: [{ xAxis: view.year }]
					}
				}
			: {})
	}));
	const hidden = lines.flatMap((line) =>
		line.rows
			.filter((r) => isHidden(measureValue(r, line.measure, view.unit), r.flags))
			.map((r) => ({ value: [r.year, 0], name: `${line.name}, ${r.year}` }))
	);
	const hiddenSeries =
		hidden.length > 0
			? [
					{
						id: '__hidden',
						name: hiddenLabel,
						type: 'scatter',
						symbol: 'rect',
						symbolSize: 12,
						color: HIDDEN_COLOUR,
						itemStyle: { color: '#ffffff', borderColor: HIDDEN_COLOUR, borderWidth: 2 },
						label: { show: true, position: 'top', formatter: 'c' },
						tooltip: { show: false },
						data: hidden
					}
				]
			: [];
	const written = chartLines(view, t);
	const top = marksHeight(written) + 56;
	const empty = rows.length === 0 ? t('uptake.empty') : undefined;
	return withMarks(
		{
			...base,
			grid: { left: 48, right: 24, top, bottom: 40, containLabel: true },
			legend: {
				...base.legend,
				top: marksHeight(written),
				left: 0,
				data: [...base.legend.data, ...(hidden.length > 0 ? [hiddenLabel] : [])]
			},
			series: [...series, ...hiddenSeries]
		},
		{ lang, lines: written, message: empty }
	);
}

/** The line written on the chart besides the synthetic mark: the category it is cut by. */
function chartLines(view: Pick<SeriesView, 'category'>, t: Translate): string[] {
	return view.category ? [categoryText(t, view.category)] : [];
}

/** One row per geo and year: both counts, both rates, and the growth. */
function seriesTable(rows: readonly UptakeSeriesRow[], view: SeriesView, lang: Lang): TableModel {
	const t = createTranslator(lang);
	const previous = new Map(rows.map((r) => [`${r.geo}|${r.year}`, r]));
	const several = view.geos.length > 1;
	return {
		caption: t(view.category ? 'uptake.series.caption.category' : 'uptake.series.caption', {
			geos: geoNames(view.geos, lang),
			category: view.category ? categoryText(t, view.category) : ''
		}),
		digits: 0,
		unit: t('uptake.series.unit'),
		columns: [
			{ key: 'year', label: t('uptake.axis.year'), kind: 'label' },
			...(several
				? [{ key: 'geo', label: t('uptake.table.country'), kind: 'label' as const }]
				: []),
			{ key: 'credentials', label: measureLabel(t, 'credentials', 'count'), kind: 'value' },
			{ key: 'learners', label: measureLabel(t, 'learners', 'count'), kind: 'value' },
			...rateAndGrowthColumns(t)
		],
		rows: forGeos(rows, view.geos).map((r) => [
			{ value: yearText(t, r.year, view.context) },
			...(several ? [{ value: geoName(r.geo, lang) }] : []),
			valueCell(r.credentials, r.flags, t),
			valueCell(r.learners, r.flags, t),
			valueCell(r.credentials_per_1000_adults, r.flags, t),
			valueCell(r.learners_per_1000_adults, r.flags, t),
			growthCell(r, previous.get(`${r.geo}|${r.year - 1}`), t)
		])
	};
}

/** The year-on-year growth of credentials, a bar per year and geo. */
function buildGrowthOption(
	rows: readonly UptakeSeriesRow[],
	view: SeriesView,
	lang: Lang
): EChartsCoreOption {
	const t = createTranslator(lang);
	const years = view.context.years.slice(1);
	const format = createNumberFormat(lang, 1);
	const byKey = new Map(rows.map((r) => [`${r.geo}|${r.year}`, r]));
	const series: BarSeries[] = view.geos.map((geo, i) => ({
		key: geo,
		name: geoName(geo, lang),
		colour: seriesColour(i),
		bars: years.map((year) => {
			const row = byKey.get(`${geo}|${year}`);
			const before = byKey.get(`${geo}|${year - 1}`);
			const cell = row ? growthCell(row, before, t) : { value: null };
			return {
				code: String(year),
				value: typeof cell.value === 'number' ? cell.value : null,
				hidden: cell.flags === 'c',
				// The year the other figures show stands out; the incomplete one is pale.
				dim: year === view.context.incomplete || (view.yearChosen === true && year !== view.year)
			};
		})
	}));
	const lines = chartLines(view, t);
	return withMarks(
		buildBarsOption({
			categories: years.map((y) => yearText(t, y, view.context)),
			series,
			horizontal: false,
			axisName: t('uptake.growth.axis'),
			format: (v) => `${format(v)} %`,
			formatAxis: createNumberFormat(lang, 0),
			ariaDescription: t('uptake.growth.aria', { geos: geoNames(view.geos, lang) }),
			hiddenLabel: t('uptake.hidden.legend'),
			top: marksHeight(lines)
		}),
		{ lang, lines, message: rows.length === 0 ? t('uptake.empty') : undefined }
	);
}

function growthTable(rows: readonly UptakeSeriesRow[], view: SeriesView, lang: Lang): TableModel {
	const t = createTranslator(lang);
	const byKey = new Map(rows.map((r) => [`${r.geo}|${r.year}`, r]));
	const several = view.geos.length > 1;
	return {
		caption: t('uptake.growth.caption', { geos: geoNames(view.geos, lang) }),
		digits: 1,
		unit: t('uptake.growth.axis'),
		columns: [
			{ key: 'year', label: t('uptake.axis.year'), kind: 'label' },
			...(several
				? [{ key: 'geo', label: t('uptake.table.country'), kind: 'label' as const }]
				: []),
			{ key: 'growth', label: t('uptake.table.growth'), kind: 'value' },
			{
				key: 'credentials',
				label: measureLabel(t, 'credentials', 'count'),
				kind: 'value',
				digits: 0
			}
		],
		rows: forGeos(rows, view.geos)
			.filter((r) => r.year !== view.context.years[0])
			.map((r) => [
				{ value: yearText(t, r.year, view.context) },
				...(several ? [{ value: geoName(r.geo, lang) }] : []),
				growthCell(r, byKey.get(`${r.geo}|${r.year - 1}`), t),
				valueCell(r.credentials, r.flags, t)
			])
	};
}

function pageView(state: UptakeState, context: UptakeContext): SeriesView {
	return {
		geos: shownGeos(state),
		category: chosenCategory(state),
		lines: 'geos',
		measure: state.measure,
		unit: state.unit,
		year: shownYear(state, context),
		yearChosen: chosenYear(state) !== undefined,
		context
	};
}

/** Every place's series of the category: the same query as the map's and the ranking's. */
function seriesQuery(state: UptakeState) {
	return buildUptakeCountriesSql({ category: chosenCategory(state) });
}

/** The chosen measure over the years for the EU or each country chosen, in the category chosen. */
export function uptakeSeriesFigure(
	context: UptakeContext
): FigureSpec<UptakeState, UptakeSeriesRow> {
	return {
		id: 'uptake-series',
		height: 420,
		query: seriesQuery,
		title({ state, lang }) {
			const t = createTranslator(lang);
			const view = pageView(state, context);
			const title = t('uptake.series.title', {
				measure: measureLabel(t, view.measure, view.unit),
				geos: geoNames(view.geos, lang)
			});
			return titleWithCategory(t, title, view.category);
		},
		chart: ({ rows, state, lang }) => buildSeriesOption(rows, pageView(state, context), lang),
		table: ({ rows, state, lang }) => seriesTable(rows, pageView(state, context), lang),
		notes: ({ rows, state, lang }) =>
			seriesNotes(inShownGeos(rows, state), pageView(state, context), lang)
	};
}

/** The growth of credentials on the year before, from the same rows as the series. */
export function uptakeGrowthFigure(
	context: UptakeContext
): FigureSpec<UptakeState, UptakeSeriesRow> {
	return {
		id: 'uptake-growth',
		height: 360,
		query: seriesQuery,
		title({ state, lang }) {
			const t = createTranslator(lang);
			const title = t('uptake.growth.title', { geos: geoNames(shownGeos(state), lang) });
			return titleWithCategory(t, title, chosenCategory(state));
		},
		chart: ({ rows, state, lang }) => buildGrowthOption(rows, pageView(state, context), lang),
		table: ({ rows, state, lang }) => growthTable(rows, pageView(state, context), lang),
		notes: ({ rows, state, lang }) =>
			seriesNotes(inShownGeos(rows, state), pageView(state, context), lang, 'growth')
	};
}

/**
 * One country's (or the EU's) credentials and learners over the years, the country fixed: for a
 * country profile or the landing page. Its query reads no state, so any page can show it.
 */
export function uptakeCountrySeriesFigure<State = unknown>(options: {
	geo: string;
	context: UptakeContext;
	unit?: UptakeUnit;
}): FigureSpec<State, UptakeSeriesRow> {
	const view: SeriesView = {
		geos: [options.geo],
		lines: 'measures',
		measure: 'credentials',
		unit: options.unit ?? 'count',
		context: options.context
	};
	return {
		id: 'uptake-country-series',
		height: 380,
		query: () => buildUptakeSeriesSql({ geos: [options.geo] }),
		title: ({ lang }) =>
			createTranslator(lang)('uptake.country.title', { geo: geoName(options.geo, lang) }),
		chart: ({ rows, lang }: FigureInput<State, UptakeSeriesRow>) =>
			buildSeriesOption(rows, view, lang),
		table: ({ rows, lang }) => seriesTable(rows, view, lang),
		notes: ({ rows, lang }) => seriesNotes(rows, view, lang)
	};
}
