import { geoName } from '$core/contract/countries';
import {
	buildInclusionYearSql,
	INCLUSION_GEOS,
	INCLUSION_GROUPS,
	type InclusionGroup,
	type InclusionRow
} from '$core/queries/inclusion';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, flagMeaning, type Translate } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { columnBasis, ratioCell, type CellState, type RatioBasis, type RatioCell } from './cells';
import { buildHeatmapOption, heatmapHeight, type HeatmapCell } from './heatmap-chart';
import {
	basisName,
	groupName,
	missingText,
	stateWord,
	SYNTHETIC_MARK_HEIGHT,
	withSyntheticMark,
	type InclusionFigureOptions
} from './labels';
import { measureNotes } from './notes';
import { rowDetails } from './row-text';
import type { HeatMetric, InclusionState } from './state';

const MISSING_STATES: readonly Exclude<CellState, 'value'>[] = [
	'hidden',
	'no_baseline',
	'not_recorded',
	'no_records'
];

/** Every cell of the grid with the ratio it shows, by group (column) and country (row). */
export interface HeatGrid {
	readonly groups: readonly InclusionGroup[];
	readonly geos: readonly string[];
	/** cells[row][column]: the row of (geo, group) and its ratio cell. */
	readonly cells: readonly (readonly { row: InclusionRow; cell: RatioCell }[])[];
	/** The basis of each column. */
	readonly bases: readonly (RatioBasis | 'mixed' | null)[];
}

/** The grid of a year's rows (any order; a missing (geo, group) counts as no records). */
export function heatGrid(rows: readonly InclusionRow[], metric: HeatMetric): HeatGrid {
	const byKey = new Map(rows.map((r) => [`${r.geo}|${r.group}`, r]));
	const year = rows[0]?.year ?? null;
	const cells = INCLUSION_GEOS.map((geo) =>
		INCLUSION_GROUPS.map((group) => {
			const row = byKey.get(`${geo}|${group}`) ?? emptyRow(geo, group, year);
			return { row, cell: ratioCell(row, metric) };
		})
	);
	const bases = INCLUSION_GROUPS.map((_, x) => columnBasis(cells.map((r) => r[x].cell)));
	return { groups: INCLUSION_GROUPS, geos: INCLUSION_GEOS, cells, bases };
}

function emptyRow(geo: string, group: InclusionGroup, year: number | null): InclusionRow {
	return {
		geo,
		year,
		group,
		published: false,
		learners_in_group: null,
		learners_with_known_attribute: null,
		share_of_learners: null,
		population_share: null,
		population_year: null,
		population_basis: null,
		population_flags: '',
		representation_ratio: null,
		aes_group_rate: null,
		aes_total_rate: null,
		aes_rate_ratio: null,
		aes_year: null,
		aes_flags: '',
		flags: ''
	};
}

/** A group's column header: its name and, when the column is one measure or two, which. */
function columnLabel(t: Translate, group: InclusionGroup, basis: RatioBasis | 'mixed' | null) {
	const name = groupName(t, group);
	if (basis === 'aes') return `${name} (${t('inclusion.heatmap.aes_short')})`;
	if (basis === 'mixed') return `${name} (${t('inclusion.heatmap.mixed_short')})`;
	return name;
}

/** The lines of a cell's tooltip: where, what the cell shows, and every number behind it. */
export function cellTooltip(
	t: Translate,
	lang: Lang,
	row: InclusionRow,
	cell: RatioCell
): string[] {
	const ratio = createNumberFormat(lang, 2);
	const flags = [...cell.flags].map((f) => flagMeaning(t, f)).join(', ');
	const shown =
		cell.value === null
			? stateWord(t, cell.state as Exclude<CellState, 'value'>)
			: `${ratio(cell.value)}${flags ? ` (${flags})` : ''}`;
	return [
		`${geoName(row.geo, lang)}, ${groupName(t, row.group)}`,
		cell.basis === null ? shown : `${basisName(t, cell.basis)}: ${shown}`,
		...(row.published ? rowDetails(t, lang, row) : [])
	];
}

function heatmapChart(
	{ rows, state, lang }: FigureInput<InclusionState, InclusionRow>,
	options: InclusionFigureOptions
) {
	const t = createTranslator(lang);
	const ratio = createNumberFormat(lang, 2);
	const grid = heatGrid(rows, state.metric);
	const cells: HeatmapCell[] = grid.cells.flatMap((line, y) =>
		line.map(({ row, cell }, x) => ({
			x,
			y,
			value: cell.value,
			state: cell.state,
			aes: cell.basis === 'aes',
			label:
				cell.value === null
					? stateWord(t, cell.state as Exclude<CellState, 'value'>)
					: `${ratio(cell.value)}${cell.basis === 'aes' ? ` ${t('inclusion.heatmap.aes_mark')}` : ''}`,
			tooltip: cellTooltip(t, lang, row, cell)
		}))
	);
	const top = options.synthetic ? SYNTHETIC_MARK_HEIGHT : 0;
	const option = buildHeatmapOption({
		columns: grid.groups.map((g, x) => columnLabel(t, g, grid.bases[x])),
		rows: grid.geos.map((geo) => geoName(geo, lang)),
		cells,
		selectedColumn: grid.groups.indexOf(state.group),
		selectedRow: grid.geos.indexOf(state.geo),
		legend: {
			title: t('inclusion.heatmap.legend'),
			classLabel: (c) =>
				c.from === null
					? `< ${ratio(c.to!)}`
					: c.to === null
						? `≥ ${ratio(c.from)}`
						: `${ratio(c.from)}–${ratio(c.to)}`,
			states: MISSING_STATES.map((s) => ({ state: s, label: stateWord(t, s) })),
			aes: t('inclusion.heatmap.aes_legend', { mark: t('inclusion.heatmap.aes_mark') })
		},
		ariaDescription: t('inclusion.heatmap.aria', { year: state.year }),
		top
	});
	return withSyntheticMark(option, { synthetic: options.synthetic, lang });
}

function heatmapTable({
	rows,
	state,
	lang
}: FigureInput<InclusionState, InclusionRow>): TableModel {
	const t = createTranslator(lang);
	const grid = heatGrid(rows, state.metric);
	return {
		caption: t(
			state.metric === 'aes' ? 'inclusion.heatmap.caption_aes' : 'inclusion.heatmap.caption',
			{ year: state.year }
		),
		digits: 2,
		unit: t('inclusion.unit.ratio'),
		columns: [
			{ key: 'geo', label: t('inclusion.table.country'), kind: 'label' },
			...grid.groups.map((group, x) => ({
				key: group,
				label: columnLabel(t, group, grid.bases[x]),
				kind: 'value' as const
			}))
		],
		rows: grid.cells.map((line, y) => [
			{ value: geoName(grid.geos[y], lang) },
			...line.map(({ cell }) => ({
				value: cell.value,
				flags: cell.flags,
				missing: missingText(t, cell.state)
			}))
		])
	};
}

function heatmapNotes(
	{ rows, state, lang }: FigureInput<InclusionState, InclusionRow>,
	options: InclusionFigureOptions
): string[] {
	const t = createTranslator(lang);
	const grid = heatGrid(rows, state.metric);
	const notes = [t('inclusion.heatmap.reading')];
	// Cells on the AES ratio in a column of representation ratios: said by name.
	if (state.metric === 'ratio') {
		const odd = grid.cells.flatMap((line) =>
			line
				.filter(({ cell }, x) => grid.bases[x] === 'mixed' && cell.basis === 'aes')
				.map(({ row }) => `${geoName(row.geo, lang)} (${groupName(t, row.group)})`)
		);
		if (odd.length > 0) notes.push(t('inclusion.heatmap.aes_cells', { cells: odd.join(', ') }));
	}
	const without = grid.groups.filter((_, x) => grid.bases[x] === null);
	if (without.length > 0)
		notes.push(
			t('inclusion.notes.no_baseline', {
				groups: without.map((g) => groupName(t, g)).join(', ')
			})
		);
	return [...measureNotes(t, rows, options), ...notes, t('inclusion.notes.women')];
}

/** The country × group heat map of one year: ratios around parity, every cell accounted for. */
export function inclusionHeatmapFigure(
	options: InclusionFigureOptions
): FigureSpec<InclusionState, InclusionRow> {
	return {
		id: 'inclusion-heatmap',
		height: heatmapHeight(INCLUSION_GEOS.length, options.synthetic ? SYNTHETIC_MARK_HEIGHT : 0),
		query: (state) => buildInclusionYearSql({ year: state.year }),
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t(state.metric === 'aes' ? 'inclusion.heatmap.title_aes' : 'inclusion.heatmap.title', {
				year: state.year
			});
		},
		chart: (input) => heatmapChart(input, options),
		table: heatmapTable,
		notes: (input) => heatmapNotes(input, options)
	};
}
