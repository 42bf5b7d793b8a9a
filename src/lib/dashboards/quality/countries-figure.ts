import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import {
	ALL_ELEMENTS,
	buildCompletenessByCountrySql,
	type CompletenessRow
} from '$core/queries/quality';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	COUNTRY_COLOUR,
	COUNTRY_STRONG,
	elementLabel,
	EU_COLOUR,
	syntheticNotes,
	yearOf,
	type QualityFigureOptions
} from './chart-parts';
import { completenessCells, completenessColumns } from './elements-figure';
import { buildShareBarsOption } from './share-bars';
import type { QualityState } from './state';

type Input = FigureInput<QualityState, CompletenessRow>;

function countriesChart({ rows, state, lang }: Input, options: QualityFigureOptions) {
	const t = createTranslator(lang);
	const year = yearOf(t, rows, state.year);
	const element = elementLabel(t, state.element);
	return buildShareBarsOption({
		categories: rows.map((r) => geoName(r.geo, lang)),
		series: [
			{
				key: 'share',
				name: `${element}, ${year}`,
				colour: COUNTRY_COLOUR,
				bars: rows.map((r) => ({
					value: r.share,
					flags: r.flags,
					...(r.geo === EU_AGGREGATE
						? { colour: EU_COLOUR }
						: r.geo === state.geo
							? { colour: COUNTRY_STRONG }
							: {})
				}))
			}
		],
		axisName: t('quality.axis.records_with'),
		max: 100,
		top: chartTop({ ...options, lang, legend: true }),
		ariaDescription: t('quality.countries.aria', { element, year }),
		lang
	});
}

function countriesTable({ rows, state, lang }: Input): TableModel {
	const t = createTranslator(lang);
	return {
		caption: t('quality.countries.caption', {
			element: elementLabel(t, state.element),
			year: yearOf(t, rows, state.year)
		}),
		digits: 1,
		unit: t('quality.unit.share'),
		columns: [
			{ key: 'geo', label: t('quality.table.country'), kind: 'label' },
			...completenessColumns(lang, 'geo', elementLabel(t, state.element))
		],
		rows: rows.map((r) => [{ value: geoName(r.geo, lang) }, ...completenessCells(r)])
	};
}

/** One element's completeness in every Member State and the EU, ranked, in the year chosen. */
export function qualityCountriesFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, CompletenessRow> {
	return {
		id: 'quality-countries',
		height: 760,
		query: (state) => buildCompletenessByCountrySql({ year: state.year, element: state.element }),
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t('quality.countries.title', {
				element: elementLabel(t, state.element),
				year: state.year > 0 ? state.year : t('quality.year.latest')
			});
		},
		chart: (input) => countriesChart(input, options),
		table: countriesTable,
		notes({ state, lang }) {
			const t = createTranslator(lang);
			return [
				...syntheticNotes(t, options),
				t('quality.countries.note.order'),
				...(state.element === ALL_ELEMENTS ? [t('quality.elements.note.all')] : [])
			];
		}
	};
}
