import { geoName, isMemberState } from '$core/contract/countries';
import {
	coverageShares,
	type CoverageIndicator,
	type CoverageRow,
	type CoverageShare
} from '$core/queries/coverage';
import type { ShapeRow } from '$core/queries/member-state-shapes';
import {
	equalIntervalClasses,
	SEQUENTIAL_BLUES,
	type ChoroplethClass,
	type ChoroplethInput
} from '$lib/charts/choropleth';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type MessageKey, type Translate } from '$lib/i18n/translate';
import type { TableModel } from '$lib/tables/table-model';

// The coverage as tables and a map: one row per country (the EU first), one column per indicator;
// a cell is the year of the value shown with its flags, "hidden" or "missing" in words.

export const indicatorLabel = (t: Translate, indicator: CoverageIndicator): string =>
	t(`coverage.indicator.${indicator}` as MessageKey);

export const indicatorShort = (t: Translate, indicator: CoverageIndicator): string =>
	t(`coverage.short.${indicator}` as MessageKey);

/** One indicator column: its rows' shared facts (kind, experimental, source table). */
export interface CoverageColumn {
	readonly indicator: CoverageIndicator;
	readonly synthetic: boolean;
	readonly experimental: boolean;
}

/** The indicators of the rows, in the order the query returns them. */
export function coverageColumns(rows: readonly CoverageRow[]): CoverageColumn[] {
	const columns = new Map<CoverageIndicator, CoverageColumn>();
	for (const row of rows) {
		if (!columns.has(row.indicator))
			columns.set(row.indicator, {
				indicator: row.indicator,
				synthetic: row.kind === 'synthetic',
				experimental: Boolean(row.experimental)
			});
	}
	return [...columns.values()];
}

/** The countries of the rows, in the order the query returns them (the EU first). */
export function coverageGeos(rows: readonly CoverageRow[]): string[] {
	return [...new Set(rows.map((r) => r.geo))];
}

/** "Uptake (synthetic)", "AES excl. GOJT (experimental)": a column's header, tags in words. */
export function columnHeader(t: Translate, column: CoverageColumn): string {
	const tags = [
		column.synthetic ? t('coverage.tag.synthetic') : '',
		column.experimental ? t('coverage.tag.experimental') : ''
	].filter(Boolean);
	const name = indicatorShort(t, column.indicator);
	return tags.length > 0 ? `${name} (${tags.join(', ')})` : name;
}

/** The word of a cell without a value shown: "hidden", "missing"; undefined when available. */
export function statusWord(t: Translate, row: Pick<CoverageRow, 'status'>): string | undefined {
	return row.status === 'available' ? undefined : t(`coverage.status.${row.status}`);
}

/** Index of the rows by country and indicator. */
export function coverageIndex(
	rows: readonly CoverageRow[]
): (geo: string, indicator: CoverageIndicator) => CoverageRow | undefined {
	const index = new Map(rows.map((r) => [`${r.geo}\u0000${r.indicator}`, r]));
	return (geo, indicator) => index.get(`${geo}\u0000${indicator}`);
}

/**
 * The coverage table: a row per country, a column per indicator whose cell is the year of the
 * value shown (a number: the CSV holds it raw), its flags, or "hidden"/"missing" in words.
 */
export function coverageTableModel(options: {
	rows: readonly CoverageRow[];
	year: number;
	lang: Lang;
}): TableModel {
	const { rows, year, lang } = options;
	const t = createTranslator(lang);
	const columns = coverageColumns(rows);
	const cell = coverageIndex(rows);
	return {
		caption:
			year > 0 ? t('coverage.table.caption.year', { year }) : t('coverage.table.caption.latest'),
		digits: 0,
		unit: t('coverage.table.unit'),
		columns: [
			{ key: 'geo', label: t('coverage.table.country'), kind: 'label' },
			...columns.map((c) => ({
				key: c.indicator,
				label: columnHeader(t, c),
				kind: 'value' as const
			}))
		],
		rows: coverageGeos(rows).map((geo) => [
			{ value: geoName(geo, lang) },
			...columns.map((c) => {
				const row = cell(geo, c.indicator);
				if (!row) return { value: null, missing: t('coverage.status.missing') };
				// A hidden value shows as hidden (flag c), never with a number of its own.
				const shown = row.status === 'available' ? row.year : null;
				return { value: shown, flags: row.flags, missing: statusWord(t, row) };
			})
		])
	};
}

/** The share of the indicators each country has, with its counts. */
export function coverageSharesTable(options: {
	rows: readonly CoverageRow[];
	year: number;
	lang: Lang;
}): TableModel {
	const { rows, year, lang } = options;
	const t = createTranslator(lang);
	const shares = coverageShares(rows);
	return {
		caption: t('coverage.map.caption', { period: periodText(t, year) }),
		digits: 0,
		unit: t('coverage.map.legend'),
		columns: [
			{ key: 'geo', label: t('coverage.table.country'), kind: 'label' },
			{ key: 'share', label: t('coverage.map.share'), kind: 'value' },
			{ key: 'available', label: t('coverage.map.available'), kind: 'value' },
			{ key: 'hidden', label: t('coverage.map.hidden'), kind: 'value' },
			{ key: 'missing', label: t('coverage.map.missing'), kind: 'value' },
			{ key: 'indicators', label: t('coverage.map.indicators'), kind: 'value' }
		],
		rows: shares.map((s) => [
			{ value: geoName(s.geo, lang) },
			{ value: s.share },
			{ value: s.available },
			{ value: s.hidden },
			{ value: s.indicators - s.available - s.hidden },
			{ value: s.indicators }
		])
	};
}

export function periodText(t: Translate, year: number): string {
	return year > 0 ? String(year) : t('coverage.map.caption.latest');
}

/**
 * The colour classes of the Member States' shares: equal intervals with round bounds over the
 * shares shown (as the target map's), so that 89 % and 100 % differ when every country is high.
 */
export function coverageClasses(rows: readonly CoverageRow[], lang: Lang): ChoroplethClass[] {
	const format = createNumberFormat(lang, 0);
	const values = coverageShares(rows).flatMap((s) =>
		s.share !== null && s.share > 0 && isMemberState(s.geo) ? [s.share] : []
	);
	return [...equalIntervalClasses(values, SEQUENTIAL_BLUES, (v) => `${format(v)} %`)];
}

/** What the coverage map draws: each Member State coloured by its share of the indicators. */
export function coverageMapInput(options: {
	shapes: readonly ShapeRow[];
	rows: readonly CoverageRow[];
	year: number;
	lang: Lang;
}): ChoroplethInput {
	const { shapes, rows, year, lang } = options;
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, 0);
	const byGeo = new Map<string, CoverageShare>(coverageShares(rows).map((s) => [s.geo, s]));
	return {
		areas: shapes.map((s) => {
			const share = s.member ? byGeo.get(s.geo) : undefined;
			return {
				geo: s.geo,
				name: s.member ? geoName(s.geo, lang) : s.name,
				geometry: s.geometry,
				member: s.member,
				// A country with none of the indicators is "no indicator", hatched, not 0.
				value: share && share.share !== null && share.share > 0 ? share.share : null,
				flags: ''
			};
		}),
		classes: coverageClasses(rows, lang),
		noDataLabel: t('coverage.map.no_data'),
		formatValue: (v) => `${format(v)} %`,
		ariaDescription: t('coverage.map.aria', { period: periodText(t, year) })
	};
}

/** "6 of 9 indicators (67 %)": a country's share as read out on the map. */
export function shareText(share: CoverageShare | undefined, lang: Lang): string {
	const t = createTranslator(lang);
	if (!share || share.share === null || share.share === 0) return t('coverage.map.no_data');
	const format = createNumberFormat(lang, 0);
	return `${share.available + share.hidden}/${share.indicators} (${format(share.share)} %)`;
}

/** The notes of a coverage figure: how hidden values count, and which series are not plain. */
export function coverageNotes(rows: readonly CoverageRow[], lang: Lang): string[] {
	const t = createTranslator(lang);
	const columns = coverageColumns(rows);
	const named = (list: CoverageColumn[]) =>
		list.map((c) => indicatorShort(t, c.indicator)).join(', ');
	const synthetic = columns.filter((c) => c.synthetic);
	const experimental = columns.filter((c) => c.experimental);
	return [
		...(synthetic.length > 0
			? [t('coverage.notes.synthetic', { indicators: named(synthetic) })]
			: []),
		...(experimental.length > 0
			? [t('coverage.notes.experimental', { indicators: named(experimental) })]
			: []),
		t('coverage.notes.counting'),
		t('coverage.notes.sources')
	];
}
