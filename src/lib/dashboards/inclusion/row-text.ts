import type { InclusionRow } from '$core/queries/inclusion';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import type { Translate } from '$lib/i18n/translate';
import { shareState } from './cells';
import { populationName, stateWord } from './labels';

/**
 * What a row says, one line per measure: the share of learners (with its counts) or why there is
 * none, the population share with its basis and year, and the AES rates. For tooltips.
 */
export function rowDetails(t: Translate, lang: Lang, row: InclusionRow): string[] {
	const pct = createNumberFormat(lang, 1);
	const ratio = createNumberFormat(lang, 2);
	const lines: string[] = [];
	const share = shareState(row);
	lines.push(
		share === 'value'
			? t('inclusion.tooltip.share', {
					share: pct(row.share_of_learners!),
					count: row.learners_in_group!,
					known: row.learners_with_known_attribute!
				})
			: `${t('inclusion.series.share')}: ${stateWord(t, share)}`
	);
	lines.push(
		row.population_share === null
			? t('inclusion.tooltip.no_population')
			: t('inclusion.tooltip.population', {
					share: `${pct(row.population_share)}${row.population_flags ? ` ${row.population_flags}` : ''}`,
					population: populationName(t, row.population_basis),
					year: row.population_year ?? ''
				})
	);
	if (row.representation_ratio !== null)
		lines.push(`${t('inclusion.basis.population')}: ${ratio(row.representation_ratio)}`);
	if (row.aes_rate_ratio !== null && row.aes_group_rate !== null && row.aes_total_rate !== null)
		lines.push(
			t('inclusion.tooltip.aes', {
				group: pct(row.aes_group_rate),
				total: pct(row.aes_total_rate),
				year: row.aes_year ?? '',
				ratio: ratio(row.aes_rate_ratio)
			})
		);
	return lines;
}
