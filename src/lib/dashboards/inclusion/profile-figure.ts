import { geoName } from '$core/contract/countries';
import {
	buildInclusionCountryLatestSql,
	INCLUSION_GROUPS,
	type InclusionRow
} from '$core/queries/inclusion';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import { comparisonChart, comparisonFigureHeight, comparisonTable } from './comparison-figure';
import type { ComparisonItem } from './comparison-chart';
import { groupName, type InclusionFigureOptions } from './labels';
import { measureNotes } from './notes';

/** A country profile's view: the country (or the EU) is fixed, the year is its latest. */
export interface InclusionProfileState {
	readonly geo: string;
}

function items({ rows, lang }: FigureInput<InclusionProfileState, InclusionRow>): ComparisonItem[] {
	const t = createTranslator(lang);
	return rows.map((row) => ({ label: groupName(t, row.group), row, emphasis: false }));
}

const yearOf = (rows: readonly InclusionRow[]) => rows.find((r) => r.year !== null)?.year ?? '';

/**
 * One country's groups in the latest year it has records: each group's share of the learners
 * against its share of the population, and the two ratios. For the country profile
 * (`/country/<code>`), which links to `/inclusion?geo=<code>` for the full view.
 */
export function inclusionProfileFigure(
	options: InclusionFigureOptions
): FigureSpec<InclusionProfileState, InclusionRow> {
	return {
		id: 'inclusion-profile',
		height: comparisonFigureHeight(INCLUSION_GROUPS.length, options),
		query: (state) => buildInclusionCountryLatestSql({ geo: state.geo }),
		title({ state, lang }) {
			return createTranslator(lang)('inclusion.profile.title', {
				country: geoName(state.geo, lang)
			});
		},
		chart: (input) =>
			comparisonChart({
				items: items(input),
				lang: input.lang,
				figure: options,
				ariaDescription: createTranslator(input.lang)('inclusion.profile.aria', {
					country: geoName(input.state.geo, input.lang),
					year: yearOf(input.rows)
				})
			}),
		table(input) {
			const t = createTranslator(input.lang);
			return comparisonTable({
				items: items(input),
				lang: input.lang,
				caption: t('inclusion.profile.caption', {
					country: geoName(input.state.geo, input.lang),
					year: yearOf(input.rows)
				}),
				firstColumn: t('inclusion.table.group')
			});
		},
		notes(input) {
			const t = createTranslator(input.lang);
			const rural = input.rows.some((r) => r.population_basis === 'all_ages');
			return [
				...measureNotes(t, input.rows, options),
				...(rural ? [t('inclusion.notes.rural')] : [])
			];
		}
	};
}
