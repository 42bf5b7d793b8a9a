import type { InclusionRow } from '$core/queries/inclusion';
import type { HeatMetric } from './state';

// What one cell of the inclusion grid shows, decided once for the heat map, the comparisons, the
// tables and the reading of the gaps: a number, or why there is none. A hidden count is never
// shown as 0 or left blank, and a share derived from it is hidden too (DOMAIN.md, Privacy).

/** Why the learners' share of a cell is what it is. */
export type ShareState =
	/** The share is published. */
	| 'value'
	/** The counts are hidden by disclosure control (flag c). */
	| 'hidden'
	/** No learner of the country that year gave the attribute (the share has no denominator). */
	| 'not_recorded'
	/** The country has no record that year: the pipeline published no row. */
	| 'no_records';

/** What a ratio cell compares: learners with the population, or adult learning's own gap. */
export type RatioBasis = 'population' | 'aes';

export type CellState = ShareState | 'no_baseline';

export interface RatioCell {
	/** The measure shown; null when the cell has none. */
	readonly basis: RatioBasis | null;
	readonly value: number | null;
	/**
	 * Flags of the value: 'c' when hidden, the population share's flags for a representation
	 * ratio (a break in the baseline's series is one in the ratio), the AES flags for an AES ratio.
	 */
	readonly flags: string;
	readonly state: CellState;
}

export const HIDDEN_FLAG = 'c';

/** The counts of the cell are hidden: flag c, or a null count (which only a hidden cell has). */
export function isHidden(row: InclusionRow): boolean {
	return (
		row.published &&
		(row.flags.includes(HIDDEN_FLAG) ||
			row.learners_in_group === null ||
			row.learners_with_known_attribute === null)
	);
}

export function shareState(row: InclusionRow): ShareState {
	if (!row.published) return 'no_records';
	if (isHidden(row)) return 'hidden';
	if (row.learners_with_known_attribute === 0 || row.share_of_learners === null)
		return 'not_recorded';
	return 'value';
}

/** The group has a population baseline for this country and year. */
export const hasPopulationBaseline = (row: InclusionRow) => row.population_share !== null;

/** Why the representation ratio of a row is what it is. */
export function representationState(row: InclusionRow): CellState {
	const share = shareState(row);
	if (share === 'no_records') return share;
	if (!hasPopulationBaseline(row)) return 'no_baseline';
	if (share !== 'value') return share;
	return row.representation_ratio === null ? 'no_baseline' : 'value';
}

/**
 * The ratio a cell shows. With 'ratio', the representation ratio where the population share is
 * known, else the AES participation ratio; with 'aes', the AES ratio. A representation ratio
 * whose learner counts are hidden is hidden (never replaced by the AES ratio, which would read
 * as the same measure); an AES ratio is an official rate and shows whatever the counts are.
 */
export function ratioCell(row: InclusionRow, metric: HeatMetric): RatioCell {
	if (!row.published) return { basis: null, value: null, flags: '', state: 'no_records' };
	if (metric === 'ratio' && hasPopulationBaseline(row)) {
		const state = representationState(row);
		return {
			basis: 'population',
			value: state === 'value' ? row.representation_ratio : null,
			flags: state === 'hidden' ? HIDDEN_FLAG : state === 'value' ? row.population_flags : '',
			state
		};
	}
	if (row.aes_rate_ratio !== null)
		return { basis: 'aes', value: row.aes_rate_ratio, flags: row.aes_flags, state: 'value' };
	return { basis: null, value: null, flags: '', state: 'no_baseline' };
}

/** The basis of a column of cells: one basis, both, or none (every cell without a ratio). */
export function columnBasis(cells: readonly RatioCell[]): RatioBasis | 'mixed' | null {
	const bases = new Set(cells.map((c) => c.basis).filter((b) => b !== null));
	if (bases.size === 0) return null;
	return bases.size === 1 ? [...bases][0] : 'mixed';
}

// -- colours -------------------------------------------------------------------------------------

export interface RatioClass {
	/** from ≤ ratio < to; the first class has no lower bound, the last no upper one. */
	readonly from: number | null;
	readonly to: number | null;
	readonly colour: string;
	/** Text drawn on the colour: white on the two dark ends, near-black elsewhere. */
	readonly text: string;
}

const DARK_TEXT = '#1a1a1a';
const LIGHT_TEXT = '#ffffff';

/**
 * Seven classes symmetric around parity on a log scale (0.9 and 1.1, 0.75 and 1.33, 0.5 and 2),
 * red for fewer learners than the baseline, blue for more (ColorBrewer RdBu, safe for the common
 * colour-vision deficiencies).
 */
export const RATIO_CLASSES: readonly RatioClass[] = [
	{ from: null, to: 0.5, colour: '#b2182b', text: LIGHT_TEXT },
	{ from: 0.5, to: 0.75, colour: '#ef8a62', text: DARK_TEXT },
	{ from: 0.75, to: 0.9, colour: '#fddbc7', text: DARK_TEXT },
	{ from: 0.9, to: 1.1, colour: '#f7f7f7', text: DARK_TEXT },
	{ from: 1.1, to: 1.33, colour: '#d1e5f0', text: DARK_TEXT },
	{ from: 1.33, to: 2, colour: '#67a9cf', text: DARK_TEXT },
	{ from: 2, to: null, colour: '#2166ac', text: LIGHT_TEXT }
];

/** The class of a ratio (from ≤ ratio < to). */
export function ratioClass(ratio: number): RatioClass {
	return RATIO_CLASSES.find((c) => c.to === null || ratio < c.to)!;
}

/** Cells without a number: hidden (grey, hatched), no baseline, not recorded, no records. */
export const MISSING_STYLE: Readonly<Record<Exclude<CellState, 'value'>, { fill: string }>> = {
	hidden: { fill: '#bdbdbd' },
	no_baseline: { fill: '#ffffff' },
	not_recorded: { fill: '#ececec' },
	no_records: { fill: '#ececec' }
};
export const HATCH_COLOUR = '#4d4d4d';

/**
 * The hatching of a w × h cell: 45° lines `step` apart, each clipped to the cell, as
 * [x1, y1, x2, y2] relative to its top-left corner.
 */
export function hatchLines(width: number, height: number, step: number): number[][] {
	const lines: number[][] = [];
	for (let c = step; c < width + height; c += step) {
		const x1 = Math.min(c, width);
		const y2 = Math.min(c, height);
		lines.push([x1, c - x1, c - y2, y2]);
	}
	return lines;
}

/** Lines 6 px apart: the hatching of a hidden cell in the grids (heat map, share grid). */
const GRID_HATCH_STEP = 6;

/** The hatching of a legend's "hidden" swatch of `size` (a swatch is 1.6 × size wide). */
export function legendHatch(size: number) {
	return hatchLines(size * 1.6, size + 2, 4).map(([x1, y1, x2, y2]) => ({
		type: 'line',
		shape: { x1, y1, x2, y2 },
		style: { stroke: HATCH_COLOUR, lineWidth: 0.8 }
	}));
}

/** The hatching of a hidden grid cell at (x, y), w × h, as ECharts graphic lines. */
export function hatchGraphics(x: number, y: number, w: number, h: number) {
	return hatchLines(w, h, GRID_HATCH_STEP).map(([x1, y1, x2, y2]) => ({
		type: 'line',
		silent: true,
		shape: { x1: x + x1, y1: y + y1, x2: x + x2, y2: y + y2 },
		style: { stroke: HATCH_COLOUR, lineWidth: 0.8, opacity: 0.55 }
	}));
}
