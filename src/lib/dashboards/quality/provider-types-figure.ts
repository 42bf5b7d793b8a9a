import { geoName } from '$core/contract/countries';
import { ANNEX_I_MANDATORY } from '$core/contract/issuance-record';
import {
	ALL_ELEMENTS,
	buildCompletenessByProviderTypeSql,
	COMPLETENESS_ELEMENTS,
	PROVIDER_BANDS,
	type ProviderTypeCompletenessRow
} from '$core/queries/quality';
import { chartMessage } from '$lib/charts/options/chart-message';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type MessageKey, type Translate } from '$lib/i18n/translate';
import { codeLabel } from '$lib/i18n/vocabulary';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	countText,
	elementLabel,
	isHidden,
	shareText,
	syntheticNotes,
	yearOf,
	type QualityFigureOptions
} from './chart-parts';
import { buildShareGridOption, type ShareGridCell } from './share-grid';
import type { QualityState } from './state';

type Input = FigureInput<QualityState, ProviderTypeCompletenessRow>;

/** The provider types of the rows, in the rows' order ('_T' first, as the query sorts them). */
export function providerTypesOf(rows: readonly ProviderTypeCompletenessRow[]): string[] {
	return [...new Set(rows.map((r) => r.provider_type))];
}

/** The rows by provider type, then by element code. */
export function rowsByTypeAndElement(
	rows: readonly ProviderTypeCompletenessRow[]
): Map<string, Map<string, ProviderTypeCompletenessRow>> {
	const byType = new Map<string, Map<string, ProviderTypeCompletenessRow>>();
	for (const row of rows) {
		const byElement = byType.get(row.provider_type) ?? new Map();
		byElement.set(row.element, row);
		byType.set(row.provider_type, byElement);
	}
	return byType;
}

/** A column's short name: the element's numeral in Annex I, "(vi)", or "All eleven". */
export function elementColumnLabel(t: Translate, element: string): string {
	if (element === ALL_ELEMENTS) return t('quality.provider_types.column.all');
	const roman = ANNEX_I_MANDATORY.find((e) => String(e.number) === element)?.roman;
	return roman ? `(${roman})` : element;
}

export const providerTypeLabel = (t: Translate, type: string): string =>
	codeLabel(t, 'provider_type', type);

const title = (state: QualityState, lang: Lang) => {
	const t = createTranslator(lang);
	return t('quality.provider_types.title', {
		country: geoName(state.geo, lang),
		year: state.year > 0 ? state.year : t('quality.year.latest')
	});
};

function gridCell(
	lang: Lang,
	row: ProviderTypeCompletenessRow | undefined,
	at: { x: number; y: number; type: string; element: string }
): ShareGridCell {
	const t = createTranslator(lang);
	const value = row?.share ?? null;
	const flags = row?.flags ?? '';
	const hidden = isHidden(value, flags);
	return {
		...at,
		value,
		hidden,
		label: hidden
			? t('quality.provider_types.hidden_short')
			: value === null
				? ':'
				: createNumberFormat(lang, 0)(value),
		tooltip: [
			`${providerTypeLabel(t, at.type)} · ${elementLabel(t, at.element)}`,
			t('quality.provider_types.tooltip', {
				share: shareText(lang, value, flags),
				with: countText(lang, row?.records_with_element ?? null, flags),
				records: countText(lang, row?.records ?? null, flags)
			})
		]
	};
}

function providerTypesChart({ rows, state, lang }: Input, options: QualityFigureOptions) {
	const t = createTranslator(lang);
	const year = yearOf(t, rows, state.year);
	const types = providerTypesOf(rows);
	const byType = rowsByTypeAndElement(rows);
	const cells = types.flatMap((type, y) =>
		COMPLETENESS_ELEMENTS.map((element, x) =>
			gridCell(lang, byType.get(type)?.get(element), { x, y, type, element })
		)
	);
	const empty =
		rows.length === 0
			? [chartMessage(t('quality.no_data', { country: geoName(state.geo, lang), year })).graphic]
			: [];
	return buildShareGridOption({
		columns: COMPLETENESS_ELEMENTS.map((e) => elementColumnLabel(t, e)),
		rows: types.map((type) => providerTypeLabel(t, type)),
		cells,
		legend: {
			title: t('quality.provider_types.legend'),
			bands: PROVIDER_BANDS.map((b) => t(`quality.providers.band.${b.band}` as MessageKey)),
			hidden: t('quality.hidden')
		},
		top: chartTop({ ...options, lang, legend: false }),
		ariaDescription: t('quality.provider_types.aria', {
			country: geoName(state.geo, lang),
			year
		}),
		graphic: empty
	}) satisfies EChartsCoreOption;
}

function providerTypesTable({ rows, state, lang }: Input): TableModel {
	const t = createTranslator(lang);
	const byType = rowsByTypeAndElement(rows);
	return {
		caption: t('quality.provider_types.caption', {
			country: geoName(state.geo, lang),
			year: yearOf(t, rows, state.year)
		}),
		digits: 1,
		unit: t('quality.unit.share'),
		columns: [
			{ key: 'provider_type', label: t('quality.table.provider_type'), kind: 'label' },
			{ key: 'records', label: t('quality.table.records_all'), kind: 'value', digits: 0 },
			...COMPLETENESS_ELEMENTS.map((element) => ({
				key: `share_${element}`,
				label: t('quality.provider_types.table.share', { element: elementLabel(t, element) }),
				kind: 'value' as const
			}))
		],
		rows: providerTypesOf(rows).map((type) => {
			const byElement = byType.get(type)!;
			const first = byElement.values().next().value;
			return [
				{ value: providerTypeLabel(t, type) },
				// The records are published unless they are what is hidden.
				{ value: first?.records ?? null, flags: first?.records === null ? first.flags : '' },
				...COMPLETENESS_ELEMENTS.map((element) => {
					const row = byElement.get(element);
					return { value: row?.share ?? null, flags: row?.flags ?? '' };
				})
			];
		})
	};
}

function providerTypesNotes(input: Input, options: QualityFigureOptions): string[] {
	const t = createTranslator(input.lang);
	const anyHidden = input.rows.some((r) => isHidden(r.share, r.flags));
	return [
		...syntheticNotes(t, options),
		t('quality.provider_types.note.reading'),
		t('quality.provider_types.note.type'),
		...(anyHidden ? [t('quality.provider_types.note.hidden')] : [])
	];
}

/**
 * The share of records carrying each mandatory Annex I element and all eleven, for each provider
 * type with records in the country (or the EU) and year chosen, every type first.
 */
export function qualityProviderTypesFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, ProviderTypeCompletenessRow> {
	return {
		id: 'quality-provider-types',
		height: 520,
		query: (state) => buildCompletenessByProviderTypeSql({ geo: state.geo, year: state.year }),
		title: ({ state, lang }) => title(state, lang),
		chart: (input) => providerTypesChart(input, options),
		table: providerTypesTable,
		notes: (input) => providerTypesNotes(input, options)
	};
}
