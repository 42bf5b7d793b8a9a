import { geoName } from '$core/contract/countries';
import { buildCoverageSql, type CoverageRow, type CoverageTableInfo } from '$core/queries/coverage';
import type { ShapeRow } from '$core/queries/member-state-shapes';
import { buildChoroplethOption } from '$lib/charts/choropleth';
import type { EChartsCoreOption } from '$lib/charts/echarts-types';
import { SYNTHETIC_MARK_HEIGHT, syntheticMark } from '$lib/charts/options/synthetic-mark';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureSpec } from '$lib/kit/figure';
import {
	columnHeader,
	coverageColumns,
	coverageGeos,
	coverageIndex,
	coverageMapInput,
	coverageNotes,
	coverageSharesTable,
	coverageTableModel,
	periodText
} from './model';
import type { CoverageState } from './state';

/** Cell colours of the coverage matrix: a value, a hidden value, no value. */
export const STATUS_COLOURS = {
	available: '#c6dbef',
	hidden: '#d9d9d9',
	missing: '#ffffff'
} as const;

const ROW_HEIGHT = 22;
const TOP = 96;

/** The height of the matrix for some rows: a line per country. */
export function matrixHeight(rows: readonly CoverageRow[]): number {
	return TOP + 40 + Math.max(1, coverageGeos(rows).length) * ROW_HEIGHT;
}

/**
 * The coverage matrix as an ECharts option (the figure's downloads): countries down, indicators
 * across, each cell the year of the value shown (with its flags), "hidden" in grey or "missing"
 * on white. Synthetic data is said on the chart's first line.
 */
export function coverageMatrixOption(rows: readonly CoverageRow[], lang: Lang): EChartsCoreOption {
	const t = createTranslator(lang);
	const columns = coverageColumns(rows);
	const geos = coverageGeos(rows);
	const cell = coverageIndex(rows);
	const synthetic = columns.some((c) => c.synthetic);
	const data = geos.flatMap((geo, y) =>
		columns.map((c, x) => {
			const row = cell(geo, c.indicator);
			const status = row?.status ?? 'missing';
			const text =
				status === 'available'
					? `${row?.year ?? ''}${row?.flags ? ` ${row.flags}` : ''}`
					: t(`coverage.status.${status}`) + (row?.flags ? ` (${row.flags})` : '');
			return {
				value: [x, y],
				label: { formatter: text },
				itemStyle: {
					color: STATUS_COLOURS[status],
					borderColor: '#8c8c8c',
					borderWidth: 0.5
				}
			};
		})
	);
	return {
		animation: false,
		graphic: synthetic ? [syntheticMark(lang)] : [],
		grid: { left: 150, right: 8, top: TOP + (synthetic ? SYNTHETIC_MARK_HEIGHT : 0), bottom: 8 },
		xAxis: {
			type: 'category',
			position: 'top',
			data: columns.map((c) => columnHeader(t, c)),
			axisLabel: { interval: 0, rotate: 30, fontSize: 11, color: '#333333' },
			axisTick: { show: false },
			axisLine: { show: false }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: geos.map((g) => geoName(g, lang)),
			axisLabel: { interval: 0, fontSize: 11, color: '#333333' },
			axisTick: { show: false },
			axisLine: { show: false }
		},
		series: [
			{
				type: 'scatter',
				symbol: 'rect',
				symbolSize: [84, ROW_HEIGHT - 2],
				label: { show: true, color: '#1a1a1a', fontSize: 10 },
				data
			}
		]
	};
}

const yearOf = (state: CoverageState) => state.year;

/** The coverage table: every indicator in every country, the year shown and its flags. */
export function coverageTableFigure(
	tables: readonly CoverageTableInfo[]
): FigureSpec<CoverageState, CoverageRow> {
	return {
		id: 'coverage-table',
		height: 28 * ROW_HEIGHT + TOP + 40 + SYNTHETIC_MARK_HEIGHT,
		query: (state) => buildCoverageSql({ year: yearOf(state), tables }),
		title: ({ state, lang }) => {
			const t = createTranslator(lang);
			return state.year > 0
				? `${t('coverage.table.title')}, ${state.year}`
				: t('coverage.table.title');
		},
		chart: ({ rows, lang }) => coverageMatrixOption(rows, lang),
		table: ({ rows, state, lang }) => coverageTableModel({ rows, year: state.year, lang }),
		notes: ({ rows, lang }) => coverageNotes(rows, lang)
	};
}

/** The share of the indicators each Member State has, on the GISCO map. */
export function coverageMapFigure(
	shapes: readonly ShapeRow[],
	tables: readonly CoverageTableInfo[]
): FigureSpec<CoverageState, CoverageRow> {
	return {
		id: 'coverage-map',
		height: 640,
		query: (state) => buildCoverageSql({ year: yearOf(state), tables }),
		title: ({ state, lang }) => {
			const t = createTranslator(lang);
			return state.year > 0
				? t('coverage.map.title.year', { year: state.year })
				: t('coverage.map.title');
		},
		chart: ({ rows, state, lang }) =>
			buildChoroplethOption(coverageMapInput({ shapes, rows, year: state.year, lang })),
		table: ({ rows, state, lang }) => coverageSharesTable({ rows, year: state.year, lang }),
		notes: ({ rows, state, lang }) => {
			const t = createTranslator(lang);
			return [
				t('coverage.map.caption', { period: periodText(t, state.year) }),
				...coverageNotes(rows, lang)
			];
		}
	};
}
