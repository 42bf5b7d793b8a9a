import { chartMessage } from '$lib/charts/options/chart-message';
import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import { TARGET_SOURCE, type SourceLevelRow } from '$core/queries/participation-sources';
import { escapeHtml } from '$lib/charts/escape-html';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { createNumberFormat } from '$lib/i18n/format';
import { createTranslator, type MessageKey } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { classifyLevels, comparedYears, levelsQuery, type ClassifiedLevel } from './levels';
import { selectPeers } from './peers';
import { sourceDefinition, sourceLabel } from './sources';
import type { TargetState } from './state';

const BAR = '#56B4E9';
const FOCUS = '#0072B2';
const EU_LINE = '#332288';
const TARGET_LINE = '#D55E00';

interface Ranked {
	readonly members: readonly ClassifiedLevel[];
	readonly group: ReturnType<typeof selectPeers>['group'];
	readonly eu: SourceLevelRow | undefined;
}

/** The peers compared, best level first, those without a value last. */
function ranked(rows: readonly SourceLevelRow[], state: TargetState): Ranked {
	const { members, eu } = classifyLevels(rows);
	const selection = selectPeers({
		geo: state.geo,
		group: state.peers,
		chosen: state.compare,
		members
	});
	const chosen = members
		.filter((m) => selection.geos.includes(m.geo))
		.sort((a, b) => (b.level ?? -Infinity) - (a.level ?? -Infinity) || (a.geo < b.geo ? -1 : 1));
	return { members: chosen, group: selection.group, eu };
}

interface BarParam {
	readonly name: string;
	readonly value: number | null;
	readonly data: { flags: string };
}

function peersChart({ rows, state, lang }: FigureInput<TargetState, SourceLevelRow>) {
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, 1);
	const { members, eu } = ranked(rows, state);
	const year = comparedYears(rows).to ?? '';
	// Best at the top: ECharts draws a category axis from the bottom.
	const bars = [...members].reverse();
	const lines = [
		...(eu?.level != null
			? [
					{
						xAxis: eu.level,
						lineStyle: { color: EU_LINE, type: 'solid', width: 2 },
						label: { formatter: `${t('target.peers.eu')} ${format(eu.level)} %`, color: EU_LINE }
					}
				]
			: []),
		...(state.source === TARGET_SOURCE && eu?.target != null
			? [
					{
						xAxis: eu.target,
						lineStyle: { color: TARGET_LINE, type: 'dashed', width: 2 },
						label: {
							formatter: `${t('target.peers.eu_target')} ${format(eu.target)} %`,
							color: TARGET_LINE,
							position: 'insideEndTop'
						}
					}
				]
			: [])
	];
	const hasValue = members.some((m) => m.level !== null);
	return {
		aria: {
			enabled: true,
			label: { description: t('target.peers.aria', { year, source: sourceLabel(t, state.source) }) }
		},
		animationDuration: 300,
		grid: { left: 16, right: 48, top: 40, bottom: 32, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: BarParam) =>
				`<b>${escapeHtml(p.name)}</b>: ${p.value === null ? escapeHtml(t('flags.na')) : `${format(p.value)} %`}${p.data.flags ? ` ${escapeHtml(p.data.flags)}` : ''}`
		},
		xAxis: {
			type: 'value',
			name: t('target.axis.value'),
			nameLocation: 'middle',
			nameGap: 24,
			min: 0,
			max: (v: { max: number }) =>
				Math.max(10, Math.ceil((Math.max(v.max, eu?.target ?? 0) + 5) / 10) * 10)
		},
		yAxis: {
			type: 'category',
			data: bars.map((m) => geoName(m.geo, lang)),
			axisLabel: { interval: 0 }
		},
		...(hasValue
			? {}
			: chartMessage(t('target.peers.no_data', { source: sourceLabel(t, state.source) }))),
		series: [
			{
				id: 'level',
				name: t('target.series.level', { year }),
				type: 'bar',
				barMaxWidth: 22,
				label: {
					show: true,
					position: 'right',
					formatter: (p: BarParam) =>
						p.value === null ? '' : `${format(p.value)}${p.data.flags ? ` ${p.data.flags}` : ''}`
				},
				data: bars.map((m) => ({
					value: m.level,
					flags: m.level_flags,
					itemStyle: { color: m.geo === state.geo ? FOCUS : BAR }
				})),
				markLine: { silent: true, symbol: 'none', data: lines }
			}
		]
	} satisfies EChartsCoreOption;
}

function peersTable({ rows, state, lang }: FigureInput<TargetState, SourceLevelRow>): TableModel {
	const t = createTranslator(lang);
	const { members, eu } = ranked(rows, state);
	const year = comparedYears(rows).to ?? '';
	const withTarget = state.source === TARGET_SOURCE;
	const shown = [...members, ...(eu ? [{ ...eu, geo: EU_AGGREGATE }] : [])];
	return {
		caption: t('target.peers.caption', { year, source: sourceLabel(t, state.source) }),
		digits: 1,
		unit: t('target.axis.value'),
		columns: [
			{ key: 'geo', label: t('target.table.country'), kind: 'label' },
			{ key: 'level', label: t('target.table.latest', { year }), kind: 'value' },
			...(withTarget
				? [{ key: 'target', label: t('target.table.target'), kind: 'value' as const }]
				: [])
		],
		rows: shown.map((m) => [
			{ value: geoName(m.geo, lang) },
			{ value: m.level, flags: m.level_flags },
			...(withTarget ? [{ value: m.target }] : [])
		])
	};
}

function peersNotes({ rows, state, lang }: FigureInput<TargetState, SourceLevelRow>) {
	const t = createTranslator(lang);
	const { group, members } = ranked(rows, state);
	const notes = [
		t(`target.peers.group.${group}.note` as MessageKey, { country: geoName(state.geo, lang) }),
		sourceDefinition(t, state.source)
	];
	if (group !== state.peers) notes.push(t('target.peers.group_needs_country'));
	if (group !== 'all' && members.length === 1) notes.push(t('target.peers.alone'));
	return notes;
}

/** The chosen country among its peers, ranked, with the EU level and the EU target marked. */
export const targetPeersFigure: FigureSpec<TargetState, SourceLevelRow> = {
	id: 'target-peers',
	height: 560,
	query: levelsQuery,
	title({ state, lang }) {
		const t = createTranslator(lang);
		return t('target.peers.title', {
			country: geoName(state.geo, lang),
			group: t(`target.peers.group.${state.peers}` as MessageKey)
		});
	},
	chart: peersChart,
	table: peersTable,
	notes: peersNotes
};
