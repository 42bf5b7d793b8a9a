import type { UptakeValues } from '$core/queries/uptake';
import type { Translate } from '$lib/i18n/translate';
import type { TableCell } from '$lib/tables/table-model';
import type { UptakeMeasure, UptakeUnit } from './state';
import { HIDDEN_FLAG, hiddenFlag, isHidden } from '$lib/tables/hidden-value';

export { HIDDEN_FLAG, hiddenFlag, isHidden } from '$lib/tables/hidden-value';

/** The column of a measure in a unit. */
function measureColumn(
	measure: UptakeMeasure,
	unit: UptakeUnit
): 'credentials' | 'learners' | 'credentials_per_1000_adults' | 'learners_per_1000_adults' {
	if (unit === 'count') return measure;
	return measure === 'credentials' ? 'credentials_per_1000_adults' : 'learners_per_1000_adults';
}

export function measureValue(row: UptakeValues, measure: UptakeMeasure, unit: UptakeUnit) {
	return row[measureColumn(measure, unit)];
}

/** Decimals of the rates per 1 000 adults: they are small (0.17 in the EU, 0.003 in a category). */
export const RATE_DIGITS = 3;

/** Decimals of a unit: whole counts, or rates. */
export const unitDigits = (unit: UptakeUnit) => (unit === 'count' ? 0 : RATE_DIGITS);

/** A table cell of a published value: a hidden one says so in words and carries its flag. */
export function valueCell(value: number | null, flags: string, t: Translate): TableCell {
	const flag = hiddenFlag(value, flags);
	return flag ? { value: null, flags: flag, missing: t('uptake.hidden') } : { value, flags: '' };
}

/**
 * The growth on the year before, hidden when this year's or the year before's credentials are
 * (the pipeline leaves it null then); otherwise null only where there is nothing to compare.
 */
export function growthCell(
	row: UptakeValues,
	previous: UptakeValues | undefined,
	t: Translate
): TableCell {
	const hidden =
		isHidden(row.credentials, row.flags) ||
		(previous !== undefined && isHidden(previous.credentials, previous.flags));
	if (row.growth_yoy === null && hidden) return valueCell(null, HIDDEN_FLAG, t);
	return { value: row.growth_yoy, flags: '' };
}
