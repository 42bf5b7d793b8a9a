import { geoName } from '$core/contract/countries';
import type { UptakeCategory, UptakeSeriesRow } from '$core/queries/uptake';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import type { UptakeContext } from './context';
import { categoryText, yearText } from './labels';
import { isHidden, RATE_DIGITS } from './values';

/**
 * One sentence per geo shown: its credentials and learners in the year shown, per 1 000 adults
 * aged 25-64, and the growth on the year before. Read from the series rows (no query of its
 * own); a hidden count says "hidden".
 */
export function headlineSentences(options: {
	rows: readonly UptakeSeriesRow[];
	geos: readonly string[];
	year: number;
	category?: UptakeCategory;
	context: UptakeContext;
	lang: Lang;
}): string[] {
	const { rows, geos, year, category, context, lang } = options;
	const t = createTranslator(lang);
	const count = createNumberFormat(lang, 0);
	const rate = createNumberFormat(lang, RATE_DIGITS);
	const growth = createNumberFormat(lang, 1);
	const hidden = t('uptake.hidden');
	const shown = (value: number | null, flags: string, format: (v: number) => string) =>
		value === null ? (isHidden(value, flags) ? hidden : ':') : format(value);
	return geos.flatMap((geo) => {
		const row = rows.find((r) => r.geo === geo && r.year === year);
		if (!row) return [];
		const sentence = t('uptake.headline.sentence', {
			geo: geoName(geo, lang),
			year: yearText(t, year, context),
			credentials: shown(row.credentials, row.flags, count),
			learners: shown(row.learners, row.flags, count),
			credentialsRate: shown(row.credentials_per_1000_adults, row.flags, rate),
			learnersRate: shown(row.learners_per_1000_adults, row.flags, rate)
		});
		const change =
			row.growth_yoy === null
				? ''
				: `; ${t('uptake.headline.growth', {
						growth: `${row.growth_yoy > 0 ? '+' : ''}${growth(row.growth_yoy)}`,
						before: year - 1
					})}`;
		const cut = category ? ` (${categoryText(t, category)})` : '';
		return [`${sentence}${cut}${change}.`];
	});
}
