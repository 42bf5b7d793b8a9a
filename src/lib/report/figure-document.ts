import type { ManifestTable } from '$core/contract/manifest';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, flagMeaning } from '$lib/i18n/translate';
import { flagsInTable } from '$lib/kit/figure';
import { buildSourceLine, type DataRelease } from '$lib/kit/figure-sources';
import type { TableModel } from '$lib/tables/table-model';
import { figureTables, type ReportFigureEntry } from './report-figure';

/** One figure as the downloaded report prints it: what its panel on the page shows. */
export interface FigureDocument {
	readonly id: string;
	/** "Figure 3" */
	readonly label: string;
	readonly title: string;
	/** The chart drawn at build time (ECharts' SVG); '' prints the table alone. */
	readonly svg: string;
	/** The figure's notes, then its flags legend, as under the chart on the page. */
	readonly notes: readonly string[];
	readonly sourceLine: string;
	readonly table: TableModel;
}

/** A figure of the report with the rows the page draws it from, as its panel shows it. */
export function figureDocument(options: {
	entry: ReportFigureEntry;
	rows: readonly unknown[];
	svg: string;
	number: number;
	tables: readonly ManifestTable[];
	release: DataRelease;
	lang: Lang;
}): FigureDocument {
	const { entry, rows, lang } = options;
	const t = createTranslator(lang);
	const input = { rows, state: entry.state, lang };
	const table = entry.figure.table(input);
	const flags = flagsInTable(table).map((f) => `${f}: ${flagMeaning(t, f)}`);
	return {
		id: entry.figure.id,
		label: t('report.figure.label', { number: options.number }),
		title: entry.figure.title({ state: entry.state, lang }),
		svg: options.svg,
		notes: [...(entry.figure.notes?.(input) ?? []), ...flags],
		sourceLine: buildSourceLine({
			tables: figureTables(entry, options.tables),
			release: options.release,
			t
		}),
		table
	};
}
