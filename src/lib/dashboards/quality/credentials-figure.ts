import {
	ANNEX1_ELEMENTS,
	buildCredentialElementsSql,
	CREDENTIAL_STATUSES,
	CREDENTIALS_TOTAL,
	type CredentialElementRow,
	type CredentialStatus
} from '$core/queries/quality';
import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { chartMessage } from '$lib/charts/options/chart-message';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type MessageKey, type Translate } from '$lib/i18n/translate';
import { codeLabel } from '$lib/i18n/vocabulary';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	countText,
	elementLabel,
	flagsTooltip,
	HIDDEN_DECAL,
	HIDDEN_FILL,
	isHidden,
	syntheticNotes,
	type QualityFigureOptions
} from './chart-parts';
import type { QualityState } from './state';

type Input = FigureInput<QualityState, CredentialElementRow>;

const STATUS_COLOURS: Readonly<Record<CredentialStatus, string>> = {
	found: '#009E73',
	missing: '#D55E00',
	not_mappable: '#6B6B6B'
};

export const statusLabel = (t: Translate, status: string): string =>
	status === CREDENTIALS_TOTAL
		? t('quality.credentials.total')
		: t(`quality.credentials.status.${status}` as MessageKey);

/** The formats of the rows, in the rows' order (structured formats first). */
export function formatsOf(rows: readonly CredentialElementRow[]): string[] {
	return [...new Set(rows.map((r) => r.format))];
}

const cellKey = (format: string, element: number, status: string) =>
	`${format}|${element}|${status}`;

interface Datum {
	readonly value: number | null;
	readonly flags: string;
}

interface TooltipParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly axisValue: string;
	readonly data: Datum | undefined;
}

/**
 * Small multiples, one per format: for each mandatory element, the credentials where the importer
 * found it, found it missing, or found no place for it in the format (stacked counts).
 */
function credentialsChart({ rows, lang }: Input, options: QualityFigureOptions): EChartsCoreOption {
	const t = createTranslator(lang);
	const top = chartTop({ ...options, lang, legend: true });
	const formats = formatsOf(rows);
	const cells = new Map(rows.map((r) => [cellKey(r.format, r.element, r.status), r]));
	const elements = ANNEX1_ELEMENTS.map(Number);
	const labelShare = 26;
	const gap = 3;
	const plotShare =
		(100 - labelShare - 2 - gap * (formats.length - 1)) / Math.max(1, formats.length);
	const grids = formats.map((_, i) => ({
		left: `${labelShare + i * (plotShare + gap)}%`,
		width: `${plotShare}%`,
		top: top.gridTop,
		bottom: 48
	}));
	const bars = formats.flatMap((format, i) =>
		CREDENTIAL_STATUSES.map((status) => ({
			id: `${format}-${status}`,
			name: statusLabel(t, status),
			type: 'bar',
			stack: format,
			xAxisIndex: i,
			yAxisIndex: i,
			color: STATUS_COLOURS[status],
			barMaxWidth: 16,
			data: elements.map((e) => {
				const row = cells.get(cellKey(format, e, status));
				return { value: row?.credentials ?? null, flags: row?.flags ?? '' };
			})
		}))
	);
	// A hidden count has no length: a grey hatched square at the start of its row, marked c.
	const hidden = formats.flatMap((format, i) => {
		const points = elements.flatMap((e, row) =>
			CREDENTIAL_STATUSES.some((s) => {
				const cell = cells.get(cellKey(format, e, s));
				return cell !== undefined && isHidden(cell.credentials, cell.flags);
			})
				? [[0, row]]
				: []
		);
		return points.length
			? [
					{
						id: `${format}-hidden`,
						name: t('quality.hidden'),
						type: 'scatter',
						xAxisIndex: i,
						yAxisIndex: i,
						symbol: 'rect',
						symbolSize: 12,
						itemStyle: { color: HIDDEN_FILL, decal: HIDDEN_DECAL, borderColor: '#6b6b6b' },
						label: { show: true, position: 'right', color: '#1a1a1a', formatter: 'c' },
						tooltip: { show: false },
						data: points
					}
				]
			: [];
	});
	const empty = formats.length === 0 ? [chartMessage(t('quality.credentials.none')).graphic] : [];
	return {
		aria: { enabled: true, label: { description: t('quality.credentials.aria') } },
		animationDuration: 300,
		graphic: [...top.graphic, ...empty],
		legend: {
			top: top.legendTop,
			left: 0,
			data: [
				...CREDENTIAL_STATUSES.map((s) => statusLabel(t, s)),
				...(hidden.length ? [t('quality.hidden')] : [])
			]
		},
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: TooltipParam[]) =>
				[
					`<b>${escapeHtml(params[0]?.axisValue ?? '')}</b>`,
					...params
						.filter((p) => p.data)
						.map(
							(p) =>
								`${p.marker}${escapeHtml(p.seriesName)}: <b>${escapeHtml(countText(lang, p.data!.value, p.data!.flags))}</b>${flagsTooltip(t, p.data!.flags)}`
						)
				].join('<br/>')
		},
		grid: grids,
		xAxis: formats.map((format, i) => ({
			type: 'value',
			gridIndex: i,
			name: codeLabel(t, 'digital_format', format),
			nameLocation: 'middle',
			nameGap: 26,
			minInterval: 1
		})),
		yAxis: formats.map((_, i) => ({
			type: 'category',
			gridIndex: i,
			inverse: true,
			data: elements.map((e) => elementLabel(t, e)),
			axisTick: { show: false },
			axisLabel: { show: i === 0, width: 200, overflow: 'truncate' }
		})),
		series: [...bars, ...hidden]
	};
}

function credentialsTable({ rows, lang }: Input): TableModel {
	const t = createTranslator(lang);
	const cells = new Map(rows.map((r) => [cellKey(r.format, r.element, r.status), r]));
	const statuses = [CREDENTIALS_TOTAL, ...CREDENTIAL_STATUSES];
	return {
		caption: t('quality.credentials.caption'),
		digits: 0,
		unit: t('quality.unit.credentials'),
		columns: [
			{ key: 'format', label: t('quality.table.format'), kind: 'label' },
			{ key: 'element', label: t('quality.table.element'), kind: 'label' },
			...statuses.map((s) => ({ key: s, label: statusLabel(t, s), kind: 'value' as const }))
		],
		rows: formatsOf(rows).flatMap((format) =>
			ANNEX1_ELEMENTS.map(Number).map((element) => [
				{ value: codeLabel(t, 'digital_format', format) },
				{ value: elementLabel(t, element) },
				...statuses.map((s) => {
					const row = cells.get(cellKey(format, element, s));
					return { value: row?.credentials ?? null, flags: row?.flags ?? '' };
				})
			])
		)
	};
}

/** Totals per format, for the notes: "European Digital Credentials (ELM): 9 credentials". */
function formatTotals(rows: readonly CredentialElementRow[], lang: Lang): string {
	const t = createTranslator(lang);
	return formatsOf(rows)
		.map((format) => {
			// Every element counts every credential once: the total of element (i) is the format's.
			const total = rows.find((r) => r.format === format && r.status === CREDENTIALS_TOTAL);
			return `${codeLabel(t, 'digital_format', format)}: ${countText(lang, total?.credentials ?? null, total?.flags ?? '')}`;
		})
		.join('; ');
}

/** The mandatory Annex I elements found in imported digital credentials, per format. */
export function qualityCredentialsFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, CredentialElementRow> {
	return {
		id: 'quality-credentials',
		height: 500,
		query: () => buildCredentialElementsSql(),
		title: ({ lang }) => createTranslator(lang)('quality.credentials.title'),
		chart: (input) => credentialsChart(input, options),
		table: credentialsTable,
		notes({ rows, lang }) {
			const t = createTranslator(lang);
			return [
				...syntheticNotes(t, options),
				t('quality.credentials.note.totals', { totals: formatTotals(rows, lang) }),
				t('quality.credentials.note.statuses'),
				t('quality.credentials.note.perturbed'),
				t('quality.credentials.note.country')
			];
		}
	};
}
