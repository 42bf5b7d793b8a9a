import { geoName } from '$core/contract/countries';
import { isUptakeBreakdown, type UptakeCategory } from '$core/queries/uptake';
import type { Lang } from '$lib/i18n/langs';
import type { MessageKey, Translate } from '$lib/i18n/translate';
import { codeLabel, dimensionLabel } from '$lib/i18n/vocabulary';
import type { FilterChip } from '$lib/kit/selection';
import type { TableColumn } from '$lib/tables/table-model';
import type { UptakeContext } from './context';
import type { UptakeMeasure, UptakeUnit } from './state';
import { RATE_DIGITS } from './values';

/** "Micro-credentials issued", "Learners per 1 000 adults aged 25-64", ... */
export function measureLabel(t: Translate, measure: UptakeMeasure, unit: UptakeUnit): string {
	return t(`uptake.measure.${measure}.${unit}` as MessageKey);
}

/** The name of a category in its dimension: "Higher education institution", "EQF level 6". */
function categoryName(t: Translate, category: UptakeCategory): string {
	return codeLabel(t, category.dimension, category.category);
}

/** "Provider type: Higher education institution". */
export function categoryText(t: Translate, category: UptakeCategory): string {
	return `${dimensionLabel(t, category.dimension)}: ${categoryName(t, category)}`;
}

/** A title with the category its figure is cut by, if any. */
export function titleWithCategory(
	t: Translate,
	title: string,
	category: UptakeCategory | undefined
): string {
	return category
		? t('uptake.title.category', { title, category: categoryText(t, category) })
		: title;
}

/** A year, said to be incomplete when its records stop at the release's date. */
export function yearText(t: Translate, year: number, context: UptakeContext): string {
	return year === context.incomplete
		? t('uptake.year.incomplete', { year, date: context.releaseDate })
		: String(year);
}

/** The text of a filter chip: "Country: France", "Year: 2024", "Funding: Individual learning account". */
export function chipLabel(options: {
	chip: FilterChip;
	t: Translate;
	lang: Lang;
	context: UptakeContext;
}): string {
	const { chip, t, lang, context } = options;
	const name = dimensionLabel(t, chip.dimension);
	if (chip.dimension === 'geo') return `${name}: ${geoName(chip.value, lang)}`;
	if (chip.dimension === 'year') return `${name}: ${yearText(t, Number(chip.value), context)}`;
	if (isUptakeBreakdown(chip.dimension))
		return categoryText(t, { dimension: chip.dimension, category: chip.value });
	return `${name}: ${chip.value}`;
}

/** The geos of a figure by name: "European Union (27)", "France, Germany". */
export function geoNames(geos: readonly string[], lang: Lang): string {
	return geos.map((g) => geoName(g, lang)).join(', ');
}

/** The last columns of every uptake table: both rates per 1 000 adults, then the growth. */
export function rateAndGrowthColumns(t: Translate): TableColumn[] {
	return [
		{
			key: 'credentials_rate',
			label: measureLabel(t, 'credentials', 'rate'),
			kind: 'value',
			digits: RATE_DIGITS
		},
		{
			key: 'learners_rate',
			label: measureLabel(t, 'learners', 'rate'),
			kind: 'value',
			digits: RATE_DIGITS
		},
		{ key: 'growth', label: t('uptake.table.growth'), kind: 'value', digits: 1 }
	];
}
