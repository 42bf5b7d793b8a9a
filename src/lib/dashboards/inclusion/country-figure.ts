import { geoName } from '$core/contract/countries';
import {
	buildInclusionCountrySql,
	INCLUSION_GROUPS,
	type InclusionRow
} from '$core/queries/inclusion';
import { createNumberFormat } from '$lib/i18n/format';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import { hasPopulationBaseline, isHidden, representationState, shareState } from './cells';
import { comparisonTable } from './comparison-figure';
import { buildCountryOption, type CountryLine } from './country-chart';
import {
	groupName,
	stateWord,
	SYNTHETIC_MARK_HEIGHT,
	withSyntheticMark,
	type InclusionFigureOptions
} from './labels';
import { measureNotes } from './notes';
import type { InclusionState } from './state';

/** The lines of the chart: one per group, its ratio only where it has a population baseline. */
export function countryLines(
	rows: readonly InclusionRow[],
	state: Pick<InclusionState, 'group'>,
	name: (group: string) => string
): CountryLine[] {
	return INCLUSION_GROUPS.map((group, colour) => {
		const own = rows
			.filter((r) => r.group === group && r.year !== null)
			.sort((a, b) => a.year! - b.year!);
		const withBaseline = own.some(hasPopulationBaseline);
		return {
			key: group,
			name: name(group),
			colour,
			emphasis: group === state.group,
			shares: own.map((r) => [r.year!, shareState(r) === 'value' ? r.share_of_learners : null]),
			ratios: withBaseline
				? own.map((r) => [
						r.year!,
						representationState(r) === 'value' ? r.representation_ratio : null
					])
				: []
		};
	});
}

function countryChart(
	{ rows, state, lang }: FigureInput<InclusionState, InclusionRow>,
	options: InclusionFigureOptions
) {
	const t = createTranslator(lang);
	const name = (group: string) => groupName(t, group);
	const option = buildCountryOption({
		lines: countryLines(rows, state, name),
		hidden: rows.filter(isHidden).map((r) => [r.year!, name(r.group)]),
		labels: {
			year: t('inclusion.table.year'),
			share: t('inclusion.country.share_axis'),
			ratio: t('inclusion.basis.population'),
			parity: t('inclusion.axis.parity'),
			hidden: stateWord(t, 'hidden'),
			formatShare: createNumberFormat(lang, 1),
			formatRatio: createNumberFormat(lang, 2)
		},
		ariaDescription: t('inclusion.country.aria', { country: geoName(state.geo, lang) }),
		top: options.synthetic ? SYNTHETIC_MARK_HEIGHT : 0
	});
	return withSyntheticMark(option, { synthetic: options.synthetic, lang });
}

const groupIndex = (group: string) => (INCLUSION_GROUPS as readonly string[]).indexOf(group);

/** One country's (or the EU's) groups over the years: shares of learners and ratios. */
export function inclusionCountryFigure(
	options: InclusionFigureOptions
): FigureSpec<InclusionState, InclusionRow> {
	return {
		id: 'inclusion-country',
		height: 600 + (options.synthetic ? SYNTHETIC_MARK_HEIGHT : 0),
		query: (state) => buildInclusionCountrySql({ geo: state.geo }),
		title({ state, lang }) {
			return createTranslator(lang)('inclusion.country.title', {
				country: geoName(state.geo, lang)
			});
		},
		chart: (input) => countryChart(input, options),
		table({ rows, state, lang }) {
			const t = createTranslator(lang);
			const sorted = [...rows].sort(
				(a, b) => groupIndex(a.group) - groupIndex(b.group) || (a.year ?? 0) - (b.year ?? 0)
			);
			return comparisonTable({
				items: sorted.map((row) => ({ label: groupName(t, row.group), row, emphasis: false })),
				lang,
				caption: t('inclusion.country.caption', { country: geoName(state.geo, lang) }),
				firstColumn: t('inclusion.table.group'),
				withYear: true
			});
		},
		notes({ rows, lang }) {
			const t = createTranslator(lang);
			const rural = rows.some((r) => r.population_basis === 'all_ages');
			return [
				...measureNotes(t, rows, options),
				t('inclusion.country.baseline_years'),
				...(rural ? [t('inclusion.notes.rural')] : [])
			];
		}
	};
}
