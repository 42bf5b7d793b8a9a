import { buildFlaggedLineOption, type FlaggedSeries } from '$lib/charts/options/flagged-line';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, flagMeaning } from '$lib/i18n/translate';

/** The participation chart's option, built the same way at build time and in the browser. */
export function buildParticipationOption(
	series: readonly FlaggedSeries[],
	lang: Lang
): EChartsCoreOption {
	const t = createTranslator(lang);
	return buildFlaggedLineOption({
		series,
		ariaDescription: t('participation.chart.aria', {
			countries: series.map((s) => s.name).join(', ')
		}),
		labels: {
			xAxis: t('participation.axis.year'),
			yAxis: t('participation.axis.value'),
			breakLegend: t('participation.break.legend'),
			flagMeaning: (f) => (f === 'b' ? t('participation.break.tooltip') : flagMeaning(t, f)),
			formatValue: createNumberFormat(lang, 1),
			formatAxis: createNumberFormat(lang, 0),
			notAvailable: t('flags.na')
		}
	});
}
