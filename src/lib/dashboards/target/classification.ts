import { chartMessage } from '$lib/charts/options/chart-message';
import { escapeHtml } from '$lib/charts/escape-html';
import { geoName } from '$core/contract/countries';
import { SCOREBOARD_CATEGORIES, type ScoreboardCategory } from '$core/methods/classification';
import type { SourceLevelRow } from '$core/queries/participation-sources';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import { createTranslator, type MessageKey, type Translate } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { classifyLevels, comparedYears, levelsQuery, type ClassifiedLevel } from './levels';
import { sourceDefinition, sourceLabel } from './sources';
import type { TargetState } from './state';

/** The category in words; a row the method could not classify says so. */
export function categoryLabel(t: Translate, category: string | null | undefined): string {
	return category && (SCOREBOARD_CATEGORIES as readonly string[]).includes(category)
		? t(`target.category.${category}` as MessageKey)
		: t('target.category.unclassified');
}

/** One colour per category (Okabe-Ito, 3:1 against white), for the points and their zones. */
export const CATEGORY_COLOURS: Readonly<Record<ScoreboardCategory, string>> = {
	best_performers: '#009E73',
	better_than_average: '#0072B2',
	good_but_to_monitor: '#56B4E9',
	on_average: '#6B6B6B',
	weak_but_improving: '#CC79A7',
	to_watch: '#E69F00',
	critical_situations: '#D55E00'
};

type Rect = readonly [x0: number, x1: number, y0: number, y1: number];

/**
 * The zones of the method's table (DOMAIN.md) on the plane of level score (x) and change score
 * (y), within ±bound. The exception rule moves single countries, not zones.
 */
export function categoryZones(bound: number): Readonly<Record<ScoreboardCategory, Rect[]>> {
	const b = bound;
	return {
		best_performers: [[1, b, -1, b]],
		better_than_average: [
			[0.5, 1, -1, b],
			[-0.5, 0.5, 1, b]
		],
		good_but_to_monitor: [[0.5, b, -b, -1]],
		on_average: [[-0.5, 0.5, -1, 1]],
		weak_but_improving: [[-b, -0.5, 1, b]],
		to_watch: [
			[-1, -0.5, -b, 1],
			[-0.5, 0.5, -b, -1]
		],
		critical_situations: [[-b, -1, -b, 1]]
	};
}

const CUT_OFFS = [-1, -0.5, 0.5, 1];

interface ScatterParam {
	readonly seriesName: string;
	readonly marker: string;
	readonly data: { value: [number, number]; name: string; lowReliability: boolean };
}

function classificationChart({ rows, state, lang }: FigureInput<TargetState, SourceLevelRow>) {
	const t = createTranslator(lang);
	const score = createNumberFormat(lang, 2);
	const { members, unclassified } = classifyLevels(rows);
	const classified = members.filter((m) => m.category !== undefined);
	const extreme = Math.max(
		3,
		...classified.flatMap((m) => [Math.abs(m.levelScore ?? 0), Math.abs(m.changeScore ?? 0)])
	);
	const bound = Math.ceil(extreme * 2) / 2;
	const zones = categoryZones(bound);
	const line = (axis: 'xAxis' | 'yAxis', value: number) => ({
		[axis]: value,
		lineStyle: { color: Math.abs(value) === 1 ? '#555555' : '#999999', type: 'dashed' },
		label: { show: false }
	});
	const zoneSeries = {
		id: '__zones',
		type: 'scatter',
		silent: true,
		data: [],
		tooltip: { show: false },
		markArea: {
			silent: true,
			data: SCOREBOARD_CATEGORIES.flatMap((c) =>
				zones[c].map(([x0, x1, y0, y1]) => [
					{ xAxis: x0, yAxis: y0, itemStyle: { color: CATEGORY_COLOURS[c], opacity: 0.1 } },
					{ xAxis: x1, yAxis: y1 }
				])
			)
		},
		markLine: {
			silent: true,
			symbol: 'none',
			data: [...CUT_OFFS.map((v) => line('xAxis', v)), ...CUT_OFFS.map((v) => line('yAxis', v))]
		}
	};
	const categories = SCOREBOARD_CATEGORIES.filter((c) => classified.some((m) => m.category === c));
	const points = categories.map((category) => ({
		id: category,
		name: categoryLabel(t, category),
		type: 'scatter',
		color: CATEGORY_COLOURS[category],
		symbolSize: 11,
		label: {
			show: true,
			position: 'right',
			fontSize: 10,
			formatter: (p: ScatterParam) => `${p.data.name}${p.data.lowReliability ? ' (u)' : ''}`
		},
		data: classified
			.filter((m) => m.category === category)
			.map((m) => ({
				name: m.geo,
				value: [m.levelScore, m.changeScore],
				lowReliability: m.lowReliability,
				// Low reliability: an empty marker.
				...(m.lowReliability
					? {
							itemStyle: {
								color: '#ffffff',
								borderColor: CATEGORY_COLOURS[category],
								borderWidth: 2
							}
						}
					: {})
			}))
	}));
	const message = unclassified
		? chartMessage(
				t(`target.classification.none.${unclassified}` as MessageKey, {
					source: sourceLabel(t, state.source)
				})
			)
		: {};
	return {
		aria: { enabled: true, label: { description: t('target.classification.aria') } },
		animationDuration: 300,
		grid: { left: 24, right: 24, top: 56, bottom: 40, containLabel: true },
		legend: { top: 0, type: 'scroll', data: categories.map((c) => categoryLabel(t, c)) },
		tooltip: {
			trigger: 'item',
			formatter: (p: ScatterParam) =>
				`${p.marker}<b>${escapeHtml(geoName(p.data.name, lang))}</b><br/>${escapeHtml(p.seriesName)}<br/>` +
				`${escapeHtml(t('target.classification.level_score'))}: ${score(p.data.value[0])}<br/>` +
				`${escapeHtml(t('target.classification.change_score'))}: ${score(p.data.value[1])}` +
				(p.data.lowReliability
					? `<br/>${escapeHtml(t('target.classification.low_reliability'))}`
					: '')
		},
		xAxis: {
			type: 'value',
			name: t('target.classification.level_score'),
			nameLocation: 'middle',
			nameGap: 28,
			min: -bound,
			max: bound
		},
		yAxis: {
			type: 'value',
			name: t('target.classification.change_score'),
			nameLocation: 'end',
			nameTextStyle: { align: 'left' },
			min: -bound,
			max: bound
		},
		...message,
		series: [zoneSeries, ...points]
	} satisfies EChartsCoreOption;
}

function categoryText(t: Translate, m: ClassifiedLevel): string {
	const label = categoryLabel(t, m.category);
	if (m.exceptionApplied) return `${label} (${t('target.classification.exception')})`;
	if (m.reason) return `${label} (${t(`target.classification.reason.${m.reason}` as MessageKey)})`;
	return label;
}

function classificationTable({ rows, lang }: FigureInput<TargetState, SourceLevelRow>): TableModel {
	const t = createTranslator(lang);
	const years = comparedYears(rows);
	const shown = { from: years.from ?? '', to: years.to ?? '' };
	const { members } = classifyLevels(rows);
	const ordered = [...members].sort(
		(a, b) => (b.levelScore ?? -Infinity) - (a.levelScore ?? -Infinity) || (a.geo < b.geo ? -1 : 1)
	);
	return {
		caption: t('target.classification.caption', shown),
		digits: 2,
		unit: t('target.classification.unit'),
		columns: [
			{ key: 'geo', label: t('target.table.country'), kind: 'label' },
			// Levels and changes with the source's one decimal; scores with two.
			{
				key: 'level',
				label: t('target.table.latest', { year: shown.to }),
				kind: 'value',
				digits: 1
			},
			{
				key: 'previous',
				label: t('target.table.latest', { year: shown.from }),
				kind: 'value',
				digits: 1
			},
			{
				key: 'change',
				label: t('target.classification.change', shown),
				kind: 'value',
				digits: 1
			},
			{ key: 'level_score', label: t('target.classification.level_score'), kind: 'value' },
			{ key: 'change_score', label: t('target.classification.change_score'), kind: 'value' },
			{ key: 'category', label: t('target.classification.category'), kind: 'label' }
		],
		rows: ordered.map((m) => [
			{ value: geoName(m.geo, lang) },
			{ value: m.level, flags: m.level_flags },
			{ value: m.previous, flags: m.previous_flags },
			{ value: m.change ?? null },
			{ value: m.levelScore ?? null },
			{ value: m.changeScore ?? null },
			{ value: categoryText(t, m) }
		])
	};
}

function classificationNotes({ rows, state, lang }: FigureInput<TargetState, SourceLevelRow>) {
	const t = createTranslator(lang);
	const { members } = classifyLevels(rows);
	const notes = [sourceDefinition(t, state.source)];
	const unreliable = members.filter((m) => m.lowReliability).map((m) => geoName(m.geo, lang));
	if (unreliable.length > 0)
		notes.push(
			t('target.classification.low_reliability_list', { countries: unreliable.join(', ') })
		);
	const missing = members.filter(
		(m) => m.reason === 'missing_level' || m.reason === 'missing_previous_level'
	);
	if (missing.length > 0 && missing.length < members.length)
		notes.push(
			t('target.classification.missing_list', {
				countries: missing.map((m) => geoName(m.geo, lang)).join(', ')
			})
		);
	return notes;
}

/** Level, change, both scores and category of every Member State, for the years chosen. */
export const targetClassificationFigure: FigureSpec<TargetState, SourceLevelRow> = {
	id: 'target-classification',
	height: 560,
	query: levelsQuery,
	title({ state, lang }) {
		const t = createTranslator(lang);
		return t('target.classification.title', { source: sourceLabel(t, state.source) });
	},
	chart: classificationChart,
	table: classificationTable,
	notes: classificationNotes
};
