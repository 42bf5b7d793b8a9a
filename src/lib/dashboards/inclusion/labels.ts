import type { InclusionGroup, PopulationBasis } from '$core/queries/inclusion';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { SYNTHETIC_MARK_HEIGHT, syntheticMark } from '$lib/charts/options/synthetic-mark';
import type { Lang } from '$lib/i18n/langs';
import type { MessageKey, Translate } from '$lib/i18n/translate';
import { codeLabel } from '$lib/i18n/vocabulary';
import type { CellState, RatioBasis } from './cells';

/** What every inclusion figure is built with, beside its state: known from the manifest. */
export interface InclusionFigureOptions {
	/** The inclusion table is synthetic in this build: every figure says so on itself. */
	readonly synthetic: boolean;
}

export const groupName = (t: Translate, group: InclusionGroup | string) =>
	codeLabel(t, 'group', group);

/** The group's name inside a sentence ("low-qualified adults"). */
export const groupInSentence = (t: Translate, group: InclusionGroup) =>
	t(`inclusion.sentence.group.${group}` as MessageKey);

/** Why a cell has no number, in one word or two ("hidden", "no baseline"). */
export const stateWord = (t: Translate, state: Exclude<CellState, 'value'>) =>
	t(`inclusion.state.${state}` as MessageKey);

/** The name of the ratio a cell shows. */
export const basisName = (t: Translate, basis: RatioBasis) =>
	t(`inclusion.basis.${basis}` as MessageKey);

/** The population a share is of ("adults aged 25-64", "the population of all ages"). */
export const populationName = (t: Translate, basis: PopulationBasis | null) =>
	basis === null ? '' : t(`inclusion.population.${basis}` as MessageKey);

/** The cell text of a missing value in a data table: what is missing, never ':' alone. */
export function missingText(t: Translate, state: CellState): string | undefined {
	return state === 'value' ? undefined : stateWord(t, state);
}

export { SYNTHETIC_MARK_HEIGHT };

/**
 * The chart with "synthetic data" written on it, top left (its subtitle, the kit's mark): a
 * picture copied out of the page keeps it. Other graphic elements of the chart stay.
 */
export function withSyntheticMark(
	option: EChartsCoreOption,
	options: { synthetic: boolean; lang: Lang }
): EChartsCoreOption {
	if (!options.synthetic) return option;
	const graphic = option.graphic;
	const others = graphic === undefined ? [] : Array.isArray(graphic) ? graphic : [graphic];
	return { ...option, graphic: [syntheticMark(options.lang), ...others] };
}
