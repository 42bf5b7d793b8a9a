import { EU_AGGREGATE, geoName, isMemberState } from '$core/contract/countries';
import type { ShapeRow } from '$core/queries/member-state-shapes';
import { buildUptakeCountriesSql, type UptakeCountryRow } from '$core/queries/uptake';
import {
	buildChoroplethOption,
	equalIntervalClasses,
	SEQUENTIAL_BLUES,
	type ChoroplethClass,
	type ChoroplethInput
} from '$lib/charts/choropleth';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import type { FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { buildBarsOption, marksHeight, withMarks } from './chart-parts';
import type { UptakeContext } from './context';
import {
	categoryText,
	measureLabel,
	titleWithCategory,
	rateAndGrowthColumns,
	yearText
} from './labels';
import { hiddenNote, incompleteNote, overlapNote, syntheticNote } from './notes';
import {
	chosenCategory,
	chosenCountries,
	inShownYear,
	shownYear,
	type UptakeMeasure,
	type UptakeState
} from './state';
import { growthCell, isHidden, measureValue, RATE_DIGITS, valueCell } from './values';

// The Member States side by side in one year, for the category chosen or all credentials: on a
// map and as a ranking, both from one query. Rates per 1 000 adults aged 25-64, so that
// countries of every size compare; the counts are in the table.

const BAR = '#0072B2';
const CHOSEN = '#D55E00';
const EU_LINE = '#332288';

/** The Member States' rates of a measure: hidden ones have none. */
function memberRates(rows: readonly UptakeCountryRow[], measure: UptakeMeasure) {
	return rows
		.filter((r) => isMemberState(r.geo))
		.map((r) => {
			const value = measureValue(r, measure, 'rate');
			return { row: r, value, hidden: isHidden(value, r.flags) };
		});
}

/** Colour classes of the map: the same for its ECharts drawing and the page's own. */
function rateClasses(
	rows: readonly UptakeCountryRow[],
	measure: UptakeMeasure,
	lang: Lang
): ChoroplethClass[] {
	const values = memberRates(rows, measure).flatMap((m) => (m.value === null ? [] : [m.value]));
	return [...equalIntervalClasses(values, SEQUENTIAL_BLUES, createNumberFormat(lang, RATE_DIGITS))];
}

/** The line written on the chart besides the synthetic mark: the category it is cut by. */
function chartLines(state: UptakeState, t: Translate): string[] {
	const category = chosenCategory(state);
	return category ? [categoryText(t, category)] : [];
}

/** What the map draws, for ECharts (downloads) and the page's own map (links). */
export function countriesMapInput(options: {
	shapes: readonly ShapeRow[];
	rows: readonly UptakeCountryRow[];
	state: UptakeState;
	context: UptakeContext;
	lang: Lang;
}): ChoroplethInput {
	const { shapes, state, context, lang } = options;
	const rows = inShownYear(options.rows, state, context);
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, RATE_DIGITS);
	const byGeo = new Map(rows.map((r) => [r.geo, r]));
	return {
		areas: shapes.map((s) => {
			const row = s.member ? byGeo.get(s.geo) : undefined;
			const value = row ? measureValue(row, state.measure, 'rate') : null;
			return {
				geo: s.geo,
				name: s.member ? geoName(s.geo, lang) : s.name,
				geometry: s.geometry,
				member: s.member,
				value,
				flags: row && isHidden(value, row.flags) ? 'c' : ''
			};
		}),
		classes: rateClasses(rows, state.measure, lang),
		noDataLabel: t('uptake.hidden.legend'),
		formatValue: (v) => format(v),
		ariaDescription: t('uptake.map.aria', {
			measure: measureLabel(t, state.measure, 'rate'),
			year: shownYear(state, context)
		}),
		selected: chosenCountries(state)
	};
}

function countriesTitle(state: UptakeState, context: UptakeContext, lang: Lang): string {
	const t = createTranslator(lang);
	const title = t('uptake.countries.title', {
		measure: measureLabel(t, state.measure, 'rate'),
		year: yearText(t, shownYear(state, context), context)
	});
	return titleWithCategory(t, title, chosenCategory(state));
}

/** The EU first, then the Member States by name; every count, rate and the growth. */
export function countriesTable(options: {
	rows: readonly UptakeCountryRow[];
	state: UptakeState;
	context: UptakeContext;
	lang: Lang;
}): TableModel {
	const { state, context, lang } = options;
	const t = createTranslator(lang);
	const category = chosenCategory(state);
	const year = yearText(t, shownYear(state, context), context);
	return {
		caption: category
			? t('uptake.countries.caption.category', { year, category: categoryText(t, category) })
			: t('uptake.countries.caption', { year }),
		digits: 0,
		unit: t('uptake.series.unit'),
		columns: [
			{ key: 'geo', label: t('uptake.table.country'), kind: 'label' },
			{ key: 'credentials', label: measureLabel(t, 'credentials', 'count'), kind: 'value' },
			{ key: 'learners', label: measureLabel(t, 'learners', 'count'), kind: 'value' },
			...rateAndGrowthColumns(t)
		],
		rows: countriesInTableOrder(options).map((r) => [
			{ value: geoName(r.geo, lang) },
			valueCell(r.credentials, r.flags, t),
			valueCell(r.learners, r.flags, t),
			valueCell(r.credentials_per_1000_adults, r.flags, t),
			valueCell(r.learners_per_1000_adults, r.flags, t),
			growthCell(r, undefined, t)
		])
	};
}

/**
 * The rows of the year shown in the order of the table (the EU, then by name): a row's button
 * filters on its geo.
 */
export function countriesInTableOrder(options: {
	rows: readonly UptakeCountryRow[];
	state: UptakeState;
	context: UptakeContext;
	lang: Lang;
}): UptakeCountryRow[] {
	const { state, context, lang } = options;
	const rows = inShownYear(options.rows, state, context);
	const name = (r: UptakeCountryRow) => geoName(r.geo, lang);
	return [
		...rows.filter((r) => r.geo === EU_AGGREGATE),
		...rows
			.filter((r) => r.geo !== EU_AGGREGATE)
			.sort((a, b) => name(a).localeCompare(name(b), lang))
	];
}

function countriesNotes(
	rows: readonly UptakeCountryRow[],
	state: UptakeState,
	context: UptakeContext,
	lang: Lang
): string[] {
	const t = createTranslator(lang);
	return [
		syntheticNote(t),
		t('uptake.note.rates'),
		t('uptake.note.eu_learners'),
		...overlapNote(chosenCategory(state)?.dimension, t),
		...(shownYear(state, context) === context.incomplete ? incompleteNote(context, t) : []),
		...hiddenNote(inShownYear(rows, state, context), t)
	];
}

function countriesQuery(state: UptakeState) {
	return buildUptakeCountriesSql({ category: chosenCategory(state) });
}

/** The Member States ranked by the rate of the measure, the EU as a line, the chosen in orange. */
function buildRankingOption(options: {
	rows: readonly UptakeCountryRow[];
	state: UptakeState;
	context: UptakeContext;
	lang: Lang;
}): EChartsCoreOption {
	const { state, context, lang } = options;
	const rows = inShownYear(options.rows, state, context);
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, RATE_DIGITS);
	const chosen = chosenCountries(state);
	const ranked = memberRates(rows, state.measure).sort(
		(a, b) =>
			Number(a.hidden) - Number(b.hidden) ||
			(b.value ?? 0) - (a.value ?? 0) ||
			(a.row.geo < b.row.geo ? -1 : 1)
	);
	const eu = rows.find((r) => r.geo === EU_AGGREGATE);
	const euValue = eu ? measureValue(eu, state.measure, 'rate') : null;
	const lines = chartLines(state, t);
	const label = measureLabel(t, state.measure, 'rate');
	return withMarks(
		buildBarsOption({
			categories: ranked.map((m) => geoName(m.row.geo, lang)),
			series: [
				{
					key: 'rate',
					name: label,
					colour: BAR,
					bars: ranked.map((m) => ({
						code: m.row.geo,
						value: m.value,
						hidden: m.hidden,
						...(chosen.includes(m.row.geo) ? { colour: CHOSEN } : {})
					}))
				}
			],
			horizontal: true,
			axisName: label,
			format,
			formatAxis: format,
			ariaDescription: t('uptake.ranking.aria', {
				measure: label,
				year: shownYear(state, context)
			}),
			hiddenLabel: t('uptake.hidden.legend'),
			top: marksHeight(lines),
			references:
				euValue === null
					? []
					: [
							{
								value: euValue,
								label: `${geoName(EU_AGGREGATE, lang)} ${format(euValue)}`,
								colour: EU_LINE
							}
						]
		}),
		{ lang, lines, message: rows.length === 0 ? t('uptake.empty') : undefined }
	);
}

/** The Member States ranked; a click on a bar (or a row's button) filters on the country. */
export function uptakeRankingFigure(
	context: UptakeContext
): FigureSpec<UptakeState, UptakeCountryRow> {
	return {
		id: 'uptake-ranking',
		height: 680,
		query: countriesQuery,
		title: ({ state, lang }) => countriesTitle(state, context, lang),
		chart: ({ rows, state, lang }) => buildRankingOption({ rows, state, context, lang }),
		table: ({ rows, state, lang }) => countriesTable({ rows, state, context, lang }),
		notes: ({ rows, state, lang }) => countriesNotes(rows, state, context, lang)
	};
}

/** The same rows on the map of the Member States (the page draws it with links). */
export function uptakeMapFigure(
	context: UptakeContext,
	shapes: readonly ShapeRow[]
): FigureSpec<UptakeState, UptakeCountryRow> {
	return {
		id: 'uptake-map',
		height: 640,
		query: countriesQuery,
		title: ({ state, lang }) => countriesTitle(state, context, lang),
		chart: ({ rows, state, lang }) => {
			const t = createTranslator(lang);
			const input = countriesMapInput({ shapes, rows, state, context, lang });
			return withMarks(buildChoroplethOption(input), {
				lang,
				lines: chartLines(state, t),
				right: true
			});
		},
		table: ({ rows, state, lang }) => countriesTable({ rows, state, context, lang }),
		notes: ({ rows, state, lang }) => [
			...countriesNotes(rows, state, context, lang),
			createTranslator(lang)('uptake.map.attribution')
		]
	};
}
