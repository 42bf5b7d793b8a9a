import type { ManifestTable } from '$core/contract/manifest';
import type { FigureSpec } from '$lib/kit/figure';
import type { ReportSectionId } from './sections';

/**
 * One figure of a report: a dashboard's own FigureSpec (same SQL, chart, table, notes, downloads
 * and citation) at a fixed view, placed in a section. The build prerenders it; the page draws it
 * from those rows, without DuckDB.
 */
export interface ReportFigureEntry {
	readonly section: ReportSectionId;
	readonly figure: FigureSpec<unknown, unknown>;
	readonly state: unknown;
	/** Tables cited beside those the query reads (the inclusion figures' population baselines). */
	readonly cites?: readonly string[];
}

/** A figure of a dashboard, at one view, in a section of the report. */
export function reportFigure<State, Row>(
	section: ReportSectionId,
	figure: FigureSpec<State, Row>,
	state: State,
	cites?: readonly string[]
): ReportFigureEntry {
	return { section, figure: figure as unknown as FigureSpec<unknown, unknown>, state, cites };
}

/** What the build sends for one figure: its view, its rows and its chart drawn as SVG. */
export interface PrerenderedReportFigure {
	readonly id: string;
	readonly state: unknown;
	readonly rows: unknown[];
	readonly svg: string;
}

/** The manifest entries a figure reads and cites, for its source line and its citation. */
export function figureTables(
	entry: ReportFigureEntry,
	tables: readonly ManifestTable[]
): ManifestTable[] {
	const names = new Set([...entry.figure.query(entry.state).tables, ...(entry.cites ?? [])]);
	return tables.filter((table) => names.has(table.name));
}

/** Whether the build published every table named. */
export function hasTables(tables: readonly ManifestTable[], ...names: string[]): boolean {
	return names.every((name) => tables.some((t) => t.name === name));
}
