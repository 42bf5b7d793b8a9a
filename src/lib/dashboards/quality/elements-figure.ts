import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import {
	ALL_ELEMENTS,
	buildElementCompletenessSql,
	COMPLETENESS_ELEMENTS,
	type CompletenessRow
} from '$core/queries/quality';
import { chartMessage } from '$lib/charts/options/chart-message';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableColumn, TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	COUNTRY_COLOUR,
	COUNTRY_STRONG,
	elementLabel,
	EU_COLOUR,
	EU_STRONG,
	syntheticNotes,
	yearOf,
	type QualityFigureOptions
} from './chart-parts';
import { buildShareBarsOption, type ShareBarSeries } from './share-bars';
import type { QualityState } from './state';
import { flaggedCell } from '$lib/tables/hidden-value';

/** The geos a view compares: the country chosen, then the EU (the EU alone when chosen). */
export function comparedGeos(geo: string): string[] {
	return geo === EU_AGGREGATE ? [EU_AGGREGATE] : [geo, EU_AGGREGATE];
}

/** The rows of one geo by element code. */
export function rowsByElement<Row extends { geo: string; element: string }>(
	rows: readonly Row[],
	geo: string
): Map<string, Row> {
	return new Map(rows.filter((r) => r.geo === geo).map((r) => [r.element, r]));
}

const title = (state: QualityState, lang: Lang) => {
	const t = createTranslator(lang);
	return t('quality.elements.title', {
		country: geoName(state.geo, lang),
		year: state.year > 0 ? state.year : t('quality.year.latest')
	});
};

function elementsChart(
	{ rows, state, lang }: FigureInput<QualityState, CompletenessRow>,
	options: QualityFigureOptions
): EChartsCoreOption {
	const t = createTranslator(lang);
	const year = yearOf(t, rows, state.year);
	const geos = comparedGeos(state.geo);
	const series: ShareBarSeries[] = geos.map((geo) => {
		const byElement = rowsByElement(rows, geo);
		const eu = geo === EU_AGGREGATE;
		return {
			key: eu ? 'eu' : 'country',
			name: `${geoName(geo, lang)}, ${year}`,
			colour: eu ? EU_COLOUR : COUNTRY_COLOUR,
			bars: COMPLETENESS_ELEMENTS.map((element) => {
				const row = byElement.get(element);
				return {
					value: row?.share ?? null,
					flags: row?.flags ?? '',
					// All eleven at once: the bar the figure is about, in a darker shade.
					...(element === ALL_ELEMENTS ? { colour: eu ? EU_STRONG : COUNTRY_STRONG } : {})
				};
			})
		};
	});
	const option = buildShareBarsOption({
		categories: COMPLETENESS_ELEMENTS.map((e) => elementLabel(t, e)),
		series,
		axisName: t('quality.axis.records_with'),
		max: 100,
		top: chartTop({ ...options, lang, legend: true }),
		ariaDescription: t('quality.elements.aria', { country: geoName(state.geo, lang), year }),
		lang
	});
	if (rows.some((r) => r.geo === state.geo)) return option;
	const empty = chartMessage(
		t('quality.no_data', { country: geoName(state.geo, lang), year })
	).graphic;
	return { ...option, graphic: [...(option.graphic as object[]), empty] };
}

/** The columns of one geo in a completeness table: its share, records with it, records. */
export function completenessColumns(lang: Lang, key: string, name: string): readonly TableColumn[] {
	const t = createTranslator(lang);
	return [
		{ key: `${key}_share`, label: t('quality.table.share', { name }), kind: 'value' },
		{
			key: `${key}_with`,
			label: t('quality.table.records_with', { name }),
			kind: 'value',
			digits: 0
		},
		{ key: `${key}_records`, label: t('quality.table.records', { name }), kind: 'value', digits: 0 }
	];
}

/** The cells of a completeness row under completenessColumns: hidden counts stay hidden. */
export function completenessCells(row: CompletenessRow | undefined) {
	const flags = row?.flags ?? '';
	return [
		flaggedCell(row?.share ?? null, flags),
		flaggedCell(row?.records_with_element ?? null, flags),
		flaggedCell(row?.records ?? null, flags)
	];
}

function elementsTable({
	rows,
	state,
	lang
}: FigureInput<QualityState, CompletenessRow>): TableModel {
	const t = createTranslator(lang);
	const year = yearOf(t, rows, state.year);
	const geos = comparedGeos(state.geo);
	const byGeo = geos.map((geo) => rowsByElement(rows, geo));
	return {
		caption: t('quality.elements.caption', {
			countries: geos.map((g) => geoName(g, lang)).join(', '),
			year
		}),
		digits: 1,
		unit: t('quality.unit.share'),
		columns: [
			{ key: 'element', label: t('quality.table.element'), kind: 'label' },
			...geos.flatMap((geo) =>
				completenessColumns(lang, geo === EU_AGGREGATE ? 'eu' : 'country', geoName(geo, lang))
			)
		],
		rows: COMPLETENESS_ELEMENTS.map((element) => [
			{ value: elementLabel(t, element) },
			...byGeo.flatMap((byElement) => completenessCells(byElement.get(element)))
		])
	};
}

function elementsNotes(
	{ lang }: FigureInput<QualityState, CompletenessRow>,
	options: QualityFigureOptions
): string[] {
	const t = createTranslator(lang);
	return [...syntheticNotes(t, options), t('quality.elements.note.all')];
}

/**
 * The share of records carrying each mandatory Annex I element and all eleven, for the country
 * and year chosen, the EU beside it.
 */
export function qualityElementsFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, CompletenessRow> {
	return {
		id: 'quality-elements',
		height: 600,
		query: (state) => buildElementCompletenessSql({ geo: state.geo, year: state.year }),
		title: ({ state, lang }) => title(state, lang),
		chart: (input) => elementsChart(input, options),
		table: elementsTable,
		notes: (input) => elementsNotes(input, options)
	};
}
