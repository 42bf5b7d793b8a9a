import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import {
	buildSupplySql,
	orderCategories,
	TOTAL_CATEGORY,
	UPTAKE_GEOS,
	type SupplyRow
} from '$core/queries/uptake';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { seriesColour } from '$lib/charts/palette';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import { codeLabel, dimensionLabel } from '$lib/i18n/vocabulary';
import type { FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { buildBarsOption, marksHeight, tint, withMarks, type BarSeries } from './chart-parts';
import { categoryText, geoNames } from './labels';
import { notCutText, syntheticNote } from './notes';
import { chosenCategory, chosenYear, inShownGeos, shownGeos, type UptakeState } from './state';
import { flaggedCell } from '$lib/tables/hidden-value';

// The supply side: catalogue offers by provider type, split into those listed in a public
// catalogue (Europass and the like) and the others, for the EU or each country chosen. The
// catalogue has provider types but no year and no other characteristic.

const PROVIDER_TYPE = 'provider_type' as const;

/** The provider type chosen stands out; a category of another dimension cannot cut offers. */
function supplyCut(state: UptakeState): 'none' | 'highlight' | 'not_cut' {
	const category = chosenCategory(state);
	if (!category) return 'none';
	return category.dimension === PROVIDER_TYPE ? 'highlight' : 'not_cut';
}

/**
 * The rows of the geos shown in the order of the table: all offers, then each provider type;
 * geos within.
 */
export function supplyInTableOrder(all: readonly SupplyRow[], state: UptakeState): SupplyRow[] {
	const rows = inShownGeos(all, state);
	const order = [
		TOTAL_CATEGORY,
		...orderCategories(
			PROVIDER_TYPE,
			rows.map((r) => r.provider_type)
		)
	];
	const rank = new Map(order.map((c, i) => [c, i]));
	return [...rows].sort(
		(a, b) => (rank.get(a.provider_type) ?? 0) - (rank.get(b.provider_type) ?? 0)
	);
}

/** The line written on the chart besides the synthetic mark: what it is not cut by. */
function chartLines(state: UptakeState, t: Translate): string[] {
	const category = chosenCategory(state);
	return category && supplyCut(state) === 'not_cut' ? [notCutText(category, t)] : [];
}

function buildSupplyOption(
	rows: readonly SupplyRow[],
	state: UptakeState,
	lang: Lang
): EChartsCoreOption {
	const t = createTranslator(lang);
	const geos = shownGeos(state);
	const codes = orderCategories(
		PROVIDER_TYPE,
		rows.map((r) => r.provider_type)
	);
	const byKey = new Map(rows.map((r) => [`${r.geo}|${r.provider_type}`, r]));
	const highlight = supplyCut(state) === 'highlight' ? chosenCategory(state)?.category : undefined;
	const several = geos.length > 1;
	const series: BarSeries[] = geos.flatMap((geo, i) => {
		const colour = geo === EU_AGGREGATE ? '#332288' : seriesColour(i);
		const part = (key: 'listed' | 'not_listed', value: (r: SupplyRow) => number) => ({
			key: `${geo}-${key}`,
			name: several
				? `${geoName(geo, lang)}: ${t(`uptake.supply.${key}`)}`
				: t(`uptake.supply.${key}`),
			colour: key === 'listed' ? colour : tint(colour, 0.6),
			stack: geo,
			bars: codes.map((code) => {
				const row = byKey.get(`${geo}|${code}`);
				return {
					code,
					value: row ? value(row) : 0,
					hidden: false,
					dim: highlight !== undefined && code !== highlight
				};
			})
		});
		return [
			part('listed', (r) => r.offers_in_public_catalogue),
			part('not_listed', (r) => r.offers - r.offers_in_public_catalogue)
		];
	});
	const lines = chartLines(state, t);
	return withMarks(
		buildBarsOption({
			categories: codes.map((c) => codeLabel(t, PROVIDER_TYPE, c)),
			series,
			horizontal: true,
			axisName: t('uptake.supply.axis'),
			format: createNumberFormat(lang, 0),
			formatAxis: createNumberFormat(lang, 0),
			ariaDescription: t('uptake.supply.aria', { geos: geoNames(geos, lang) }),
			hiddenLabel: t('uptake.hidden.legend'),
			top: marksHeight(lines)
		}),
		{ lang, lines, message: rows.length === 0 ? t('uptake.empty') : undefined }
	);
}

function supplyTable(rows: readonly SupplyRow[], state: UptakeState, lang: Lang): TableModel {
	const t = createTranslator(lang);
	const geos = shownGeos(state);
	const several = geos.length > 1;
	return {
		caption: t('uptake.supply.caption', { geos: geoNames(geos, lang) }),
		digits: 0,
		unit: t('uptake.supply.axis'),
		columns: [
			{ key: 'provider_type', label: dimensionLabel(t, PROVIDER_TYPE), kind: 'label' },
			...(several
				? [{ key: 'geo', label: t('uptake.table.country'), kind: 'label' as const }]
				: []),
			{ key: 'offers', label: t('uptake.supply.offers'), kind: 'value' },
			{ key: 'listed', label: t('uptake.supply.listed'), kind: 'value' },
			{ key: 'share', label: t('uptake.supply.share'), kind: 'value', digits: 1 },
			{ key: 'providers', label: t('uptake.supply.providers'), kind: 'value' }
		],
		rows: supplyInTableOrder(rows, state).map((r) => [
			{ value: codeLabel(t, PROVIDER_TYPE, r.provider_type) },
			...(several ? [{ value: geoName(r.geo, lang) }] : []),
			flaggedCell(r.offers, r.flags),
			flaggedCell(r.offers_in_public_catalogue, r.flags),
			flaggedCell(r.share_in_public_catalogue, r.flags),
			flaggedCell(r.providers, r.flags)
		])
	};
}

function supplyNotes(state: UptakeState, lang: Lang): string[] {
	const t = createTranslator(lang);
	const category = chosenCategory(state);
	const year = chosenYear(state);
	return [
		syntheticNote(t),
		t('uptake.supply.note'),
		...(category && supplyCut(state) === 'not_cut'
			? [t('uptake.supply.note.not_cut', { filter: categoryText(t, category) })]
			: []),
		...(year !== undefined ? [t('uptake.supply.note.no_year', { year })] : [])
	];
}

/** Catalogue offers per provider type and how many are in a public catalogue. */
export const uptakeSupplyFigure: FigureSpec<UptakeState, SupplyRow> = {
	id: 'uptake-supply',
	height: 520,
	// Every place at once: a change of country is drawn from the rows the page has.
	query: () => buildSupplySql({ geos: UPTAKE_GEOS }),
	title({ state, lang }) {
		return createTranslator(lang)('uptake.supply.title', {
			geos: geoNames(shownGeos(state), lang)
		});
	},
	chart: ({ rows, state, lang }) => buildSupplyOption(rows, state, lang),
	table: ({ rows, state, lang }) => supplyTable(rows, state, lang),
	notes: ({ state, lang }) => supplyNotes(state, lang)
};
