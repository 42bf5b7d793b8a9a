import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import {
	buildProviderBandsSql,
	HIDDEN_BAND,
	type ProviderBand,
	type ProviderBandRow
} from '$core/queries/quality';
import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { chartMessage } from '$lib/charts/options/chart-message';
import { createNumberFormat, formatInteger } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type MessageKey, type Translate } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	CONTAIN_LABELS,
	COUNTRY_COLOUR,
	COUNTRY_STRONG,
	HIDDEN_DECAL,
	HIDDEN_FILL,
	syntheticNotes,
	type QualityFigureOptions
} from './chart-parts';
import type { QualityState } from './state';
import { flaggedCell } from '$lib/tables/hidden-value';

type Input = FigureInput<QualityState, ProviderBandRow>;

/** The band of providers that carry all eleven elements in at least 90 % of their records. */
export const TOP_BAND: ProviderBand = '90-100';

export const bandLabel = (t: Translate, band: string): string =>
	t(`quality.providers.band.${band}` as MessageKey);

/** The bands shown: the hidden band only when a provider's share is hidden. */
export const shownBands = (rows: readonly ProviderBandRow[]) =>
	rows.filter((r) => r.band !== HIDDEN_BAND || r.providers > 0);

interface BarParam {
	readonly name: string;
	readonly marker: string;
	readonly data: { value: number; share: number | null };
}

function providersChart({ rows, state, lang }: Input, options: QualityFigureOptions) {
	const t = createTranslator(lang);
	const top = chartTop({ ...options, lang, legend: false });
	const percent = createNumberFormat(lang, 0);
	const bands = shownBands(rows);
	const label = (value: number, share: number | null) =>
		`${formatInteger(lang, value)}${share === null ? '' : ` (${percent(share)} %)`}`;
	const total = rows.reduce((sum, r) => sum + r.providers, 0);
	const empty = total === 0 ? [chartMessage(t('quality.providers.none')).graphic] : [];
	return {
		aria: {
			enabled: true,
			label: { description: t('quality.providers.aria', { country: geoName(state.geo, lang) }) }
		},
		animationDuration: 300,
		graphic: [...top.graphic, ...empty],
		grid: { left: 8, right: 16, top: top.gridTop + 16, bottom: 40, ...CONTAIN_LABELS },
		tooltip: {
			trigger: 'item',
			formatter: (p: BarParam) =>
				`${p.marker}${escapeHtml(p.name)}: <b>${escapeHtml(label(p.data.value, p.data.share))}</b>`
		},
		xAxis: {
			type: 'category',
			name: t('quality.axis.provider_band'),
			nameLocation: 'middle',
			nameGap: 28,
			data: bands.map((r) => bandLabel(t, r.band)),
			axisTick: { show: false }
		},
		yAxis: {
			type: 'value',
			name: t('quality.axis.providers'),
			nameLocation: 'end',
			nameTextStyle: { align: 'left' },
			minInterval: 1
		},
		series: [
			{
				id: 'providers',
				name: t('quality.axis.providers'),
				type: 'bar',
				barMaxWidth: 72,
				label: {
					show: true,
					position: 'top',
					formatter: (p: BarParam) => label(p.data.value, p.data.share)
				},
				data: bands.map((r) => ({
					value: r.providers,
					share: r.share_of_providers,
					itemStyle:
						r.band === HIDDEN_BAND
							? { color: HIDDEN_FILL, decal: HIDDEN_DECAL, borderColor: '#6b6b6b' }
							: { color: r.band === TOP_BAND ? COUNTRY_STRONG : COUNTRY_COLOUR }
				}))
			}
		]
	} satisfies EChartsCoreOption;
}

function providersTable({ rows, state, lang }: Input): TableModel {
	const t = createTranslator(lang);
	return {
		caption: t('quality.providers.caption', { country: geoName(state.geo, lang) }),
		digits: 0,
		unit: t('quality.unit.providers'),
		columns: [
			{ key: 'band', label: t('quality.table.band'), kind: 'label' },
			{ key: 'providers', label: t('quality.axis.providers'), kind: 'value' },
			{
				key: 'share_of_providers',
				label: t('quality.table.share_of_providers'),
				kind: 'value',
				digits: 1
			},
			{ key: 'records', label: t('quality.table.provider_records'), kind: 'value' }
		],
		rows: shownBands(rows).map((r) => [
			{ value: bandLabel(t, r.band) },
			{ value: r.providers },
			{ value: r.share_of_providers },
			flaggedCell(r.records, r.flags)
		])
	};
}

/** "56 of 185 providers (30.3 %) carry all eleven elements in at least 90 % of their records." */
export function topBandSentence(rows: readonly ProviderBandRow[], lang: Lang): string | undefined {
	const t = createTranslator(lang);
	const total = rows.reduce((sum, r) => sum + r.providers, 0);
	const top = rows.find((r) => r.band === TOP_BAND);
	if (!top || total === 0) return undefined;
	return t('quality.providers.note.top', {
		count: formatInteger(lang, top.providers),
		total: formatInteger(lang, total),
		share: createNumberFormat(lang, 1)(top.share_of_providers ?? 0)
	});
}

/**
 * The providers of the country chosen (or of every Member State) by the share of their records
 * carrying all eleven elements, over all years. Completeness per provider type has a figure of
 * its own (provider-types-figure.ts), which the notes point to.
 */
export function qualityProvidersFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, ProviderBandRow> {
	return {
		id: 'quality-providers',
		height: 420,
		query: (state) => buildProviderBandsSql({ geo: state.geo }),
		title: ({ state, lang }) =>
			createTranslator(lang)('quality.providers.title', { country: geoName(state.geo, lang) }),
		chart: (input) => providersChart(input, options),
		table: providersTable,
		notes({ rows, state, lang }) {
			const t = createTranslator(lang);
			const top = topBandSentence(rows, lang);
			return [
				...(top ? [top] : []),
				...syntheticNotes(t, options),
				t('quality.providers.note.type'),
				t('quality.providers.note.years'),
				...(state.geo === EU_AGGREGATE ? [t('quality.providers.note.eu')] : []),
				t('quality.providers.note.unknown')
			];
		}
	};
}
