import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import { buildInclusionGroupSql, INCLUSION_GEOS, type InclusionRow } from '$core/queries/inclusion';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import { comparisonChart, comparisonFigureHeight, comparisonTable } from './comparison-figure';
import type { ComparisonItem } from './comparison-chart';
import { groupName, type InclusionFigureOptions } from './labels';
import { measureNotes } from './notes';
import type { InclusionState } from './state';

function items({ rows, state, lang }: FigureInput<InclusionState, InclusionRow>): ComparisonItem[] {
	return rows.map((row) => ({
		label: geoName(row.geo, lang),
		row,
		emphasis: row.geo === EU_AGGREGATE || row.geo === state.geo
	}));
}

function groupNotes(
	input: FigureInput<InclusionState, InclusionRow>,
	options: InclusionFigureOptions
): string[] {
	const t = createTranslator(input.lang);
	const { rows, state } = input;
	const group = groupName(t, state.group);
	const notes: string[] = [];
	if (!rows.some((r) => r.population_share !== null))
		notes.push(
			rows.some((r) => r.aes_rate_ratio !== null)
				? t('inclusion.group.aes_only', { group })
				: t('inclusion.group.no_baseline', { group })
		);
	if (rows.some((r) => r.population_basis === 'all_ages')) notes.push(t('inclusion.notes.rural'));
	return [...measureNotes(t, rows, options), ...notes];
}

/**
 * One group in every country in one year: its share of the learners against its share of the
 * population, and the two ratios (representation, and the AES participation gap).
 */
export function inclusionGroupFigure(
	options: InclusionFigureOptions
): FigureSpec<InclusionState, InclusionRow> {
	return {
		id: 'inclusion-group',
		height: comparisonFigureHeight(INCLUSION_GEOS.length, options),
		query: (state) => buildInclusionGroupSql({ year: state.year, group: state.group }),
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t('inclusion.group.title', { group: groupName(t, state.group), year: state.year });
		},
		chart: (input) =>
			comparisonChart({
				items: items(input),
				lang: input.lang,
				figure: options,
				ariaDescription: createTranslator(input.lang)('inclusion.group.aria', {
					group: groupName(createTranslator(input.lang), input.state.group),
					year: input.state.year
				})
			}),
		table(input) {
			const t = createTranslator(input.lang);
			return comparisonTable({
				items: items(input),
				lang: input.lang,
				caption: t('inclusion.group.caption', {
					group: groupName(t, input.state.group),
					year: input.state.year
				}),
				firstColumn: t('inclusion.table.country')
			});
		},
		notes: (input) => groupNotes(input, options)
	};
}
