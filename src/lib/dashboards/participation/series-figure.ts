import {
	buildParticipationSql,
	PARTICIPATION_FROM_YEAR,
	type ParticipationRow
} from '$core/queries/adult-participation';
import type { FigureSpec } from '$lib/kit/figure';
import { createTranslator, type MessageKey } from '$lib/i18n/translate';
import { buildSeriesTable } from '$lib/tables/series-table';
import { buildParticipationOption } from './chart';
import { buildParticipationSeries } from './series';
import type { ParticipationState } from './state';

/** The EU-LFS 4-week participation rate of the chosen countries, 2000 onwards. */
export const participationSeriesFigure: FigureSpec<ParticipationState, ParticipationRow> = {
	id: 'participation-series',
	query: (state) =>
		buildParticipationSql({ geos: state.geo, sex: state.sex, fromYear: PARTICIPATION_FROM_YEAR }),
	title({ state, lang }) {
		const t = createTranslator(lang);
		return t('participation.chart.title', {
			sex: t(`participation.sex.${state.sex}` as MessageKey)
		});
	},
	chart: ({ rows, state, lang }) =>
		buildParticipationOption(buildParticipationSeries(rows, state.geo, lang), lang),
	table({ rows, state, lang }) {
		const t = createTranslator(lang);
		return buildSeriesTable({
			series: buildParticipationSeries(rows, state.geo, lang),
			caption: t('participation.table.caption', {
				sex: t(`participation.sex.${state.sex}` as MessageKey)
			}),
			xLabel: t('participation.table.year'),
			digits: 1,
			unit: t('participation.axis.value')
		});
	}
};
