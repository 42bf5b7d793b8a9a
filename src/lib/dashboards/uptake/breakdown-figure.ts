import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import {
	buildUptakeBreakdownSql,
	orderCategories,
	TOTAL_CATEGORY,
	type UptakeBreakdown,
	type UptakeBreakdownRow
} from '$core/queries/uptake';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { seriesColour } from '$lib/charts/palette';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import { codeLabel, dimensionLabel } from '$lib/i18n/vocabulary';
import type { FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { buildBarsOption, marksHeight, withMarks } from './chart-parts';
import type { UptakeContext } from './context';
import { categoryText, geoNames, measureLabel, rateAndGrowthColumns, yearText } from './labels';
import {
	hiddenNote,
	incompleteNote,
	learnerNotes,
	notCutText,
	overlapNote,
	syntheticNote
} from './notes';
import { chosenCategory, inShownYear, shownGeos, shownYear, type UptakeState } from './state';
import { growthCell, isHidden, measureValue, unitDigits, valueCell } from './values';

// The credentials (or learners) of each category of one dimension, for the EU or each country
// chosen, in one year. A category chosen in the same dimension stands out; a category of another
// dimension cannot cut these rows (one characteristic at a time), and the figure says so.

/** The chosen category cuts this breakdown only when it is one of its own categories. */
export function breakdownCut(state: UptakeState): 'none' | 'highlight' | 'not_cut' {
	const category = chosenCategory(state);
	if (!category) return 'none';
	return category.dimension === state.by ? 'highlight' : 'not_cut';
}

/**
 * The rows of the year shown in the order of the table: the total, then each category; geos
 * within.
 */
export function breakdownInTableOrder(options: {
	rows: readonly UptakeBreakdownRow[];
	state: UptakeState;
	context: UptakeContext;
}): UptakeBreakdownRow[] {
	const rows = inShownYear(options.rows, options.state, options.context);
	const by: UptakeBreakdown = options.state.by;
	const order = [
		TOTAL_CATEGORY,
		...orderCategories(
			by,
			rows.map((r) => r.category)
		)
	];
	const rank = new Map(order.map((c, i) => [c, i]));
	// Stable: the geos keep the query's order within a category.
	return [...rows].sort((a, b) => (rank.get(a.category) ?? 0) - (rank.get(b.category) ?? 0));
}

/** The line written on the chart besides the synthetic mark: what it is not cut by. */
function chartLines(state: UptakeState, t: Translate): string[] {
	const category = chosenCategory(state);
	return category && breakdownCut(state) === 'not_cut' ? [notCutText(category, t)] : [];
}

function buildBreakdownOption(options: {
	rows: readonly UptakeBreakdownRow[];
	state: UptakeState;
	context: UptakeContext;
	lang: Lang;
}): EChartsCoreOption {
	const { state, context, lang } = options;
	const rows = inShownYear(options.rows, state, context);
	const t = createTranslator(lang);
	const geos = shownGeos(state);
	const codes = orderCategories(
		state.by,
		rows.map((r) => r.category)
	);
	const byKey = new Map(rows.map((r) => [`${r.geo}|${r.category}`, r]));
	const chosen = chosenCategory(state);
	const highlight = breakdownCut(state) === 'highlight' ? chosen?.category : undefined;
	const digits = unitDigits(state.unit);
	const format = createNumberFormat(lang, digits);
	const lines = chartLines(state, t);
	const label = measureLabel(t, state.measure, state.unit);
	return withMarks(
		buildBarsOption({
			categories: codes.map((c) => codeLabel(t, state.by, c)),
			series: geos.map((geo, i) => ({
				key: geo,
				name: geoName(geo, lang),
				colour: geo === EU_AGGREGATE ? '#332288' : seriesColour(i),
				bars: codes.map((code) => {
					const row = byKey.get(`${geo}|${code}`);
					const value = row ? measureValue(row, state.measure, state.unit) : null;
					return {
						code,
						value,
						hidden: row !== undefined && isHidden(value, row.flags),
						dim: highlight !== undefined && code !== highlight
					};
				})
			})),
			horizontal: true,
			axisName: label,
			format,
			formatAxis: createNumberFormat(lang, digits),
			ariaDescription: t('uptake.breakdown.aria', {
				dimension: dimensionLabel(t, state.by),
				geos: geoNames(geos, lang),
				year: shownYear(state, context)
			}),
			hiddenLabel: t('uptake.hidden.legend'),
			top: marksHeight(lines)
		}),
		{ lang, lines, message: rows.length === 0 ? t('uptake.empty') : undefined }
	);
}

function breakdownTable(options: {
	rows: readonly UptakeBreakdownRow[];
	state: UptakeState;
	context: UptakeContext;
	lang: Lang;
}): TableModel {
	const { state, context, lang } = options;
	const rows = inShownYear(options.rows, state, context);
	const t = createTranslator(lang);
	const geos = shownGeos(state);
	const several = geos.length > 1;
	const totals = new Map(rows.filter((r) => r.category === TOTAL_CATEGORY).map((r) => [r.geo, r]));
	// A share is hidden when the category's count or the total's is.
	const share = (r: UptakeBreakdownRow, count: 'credentials' | 'learners') => {
		const total = totals.get(r.geo);
		const hidden =
			isHidden(r[count], r.flags) || (total !== undefined && isHidden(total[count], total.flags));
		return valueCell(r[`${count}_share`], hidden ? 'c' : '', t);
	};
	return {
		caption: t('uptake.breakdown.caption', {
			dimension: dimensionLabel(t, state.by),
			geos: geoNames(geos, lang),
			year: yearText(t, shownYear(state, context), context)
		}),
		digits: 0,
		unit: t('uptake.series.unit'),
		columns: [
			{ key: 'category', label: dimensionLabel(t, state.by), kind: 'label' },
			...(several
				? [{ key: 'geo', label: t('uptake.table.country'), kind: 'label' as const }]
				: []),
			{ key: 'credentials', label: measureLabel(t, 'credentials', 'count'), kind: 'value' },
			{
				key: 'credentials_share',
				label: t('uptake.table.credentials_share'),
				kind: 'value',
				digits: 1
			},
			{ key: 'learners', label: measureLabel(t, 'learners', 'count'), kind: 'value' },
			{ key: 'learners_share', label: t('uptake.table.learners_share'), kind: 'value', digits: 1 },
			...rateAndGrowthColumns(t)
		],
		rows: breakdownInTableOrder(options).map((r) => [
			{ value: codeLabel(t, state.by, r.category) },
			...(several ? [{ value: geoName(r.geo, lang) }] : []),
			valueCell(r.credentials, r.flags, t),
			share(r, 'credentials'),
			valueCell(r.learners, r.flags, t),
			share(r, 'learners'),
			valueCell(r.credentials_per_1000_adults, r.flags, t),
			valueCell(r.learners_per_1000_adults, r.flags, t),
			growthCell(r, undefined, t)
		])
	};
}

function breakdownNotes(options: {
	rows: readonly UptakeBreakdownRow[];
	state: UptakeState;
	context: UptakeContext;
	lang: Lang;
}): string[] {
	const { rows, state, context, lang } = options;
	const t = createTranslator(lang);
	const category = chosenCategory(state);
	return [
		syntheticNote(t),
		...(category && breakdownCut(state) === 'not_cut'
			? [t('uptake.note.not_cut', { filter: categoryText(t, category) })]
			: []),
		t('uptake.note.share'),
		...overlapNote(state.by, t),
		...learnerNotes(shownGeos(state), t),
		...(shownYear(state, context) === context.incomplete ? incompleteNote(context, t) : []),
		...hiddenNote(inShownYear(rows, state, context), t)
	];
}

/** One dimension's categories; a click on a bar (or a row's button) filters on the category. */
export function uptakeBreakdownFigure(
	context: UptakeContext
): FigureSpec<UptakeState, UptakeBreakdownRow> {
	return {
		id: 'uptake-breakdown',
		height: 520,
		query: (state) => buildUptakeBreakdownSql({ geos: shownGeos(state), dimension: state.by }),
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t('uptake.breakdown.title', {
				measure: measureLabel(t, state.measure, state.unit),
				dimension: dimensionLabel(t, state.by),
				geos: geoNames(shownGeos(state), lang),
				year: yearText(t, shownYear(state, context), context)
			});
		},
		chart: ({ rows, state, lang }) => buildBreakdownOption({ rows, state, context, lang }),
		table: ({ rows, state, lang }) => breakdownTable({ rows, state, context, lang }),
		notes: ({ rows, state, lang }) => breakdownNotes({ rows, state, context, lang })
	};
}
