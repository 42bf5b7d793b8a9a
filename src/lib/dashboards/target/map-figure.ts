import { geoName, isMemberState } from '$core/contract/countries';
import {
	buildSourceMapSql,
	type SourceLevelRow,
	type SourceMapRow
} from '$core/queries/participation-sources';
import {
	buildChoroplethOption,
	equalIntervalClasses,
	SEQUENTIAL_BLUES,
	type ChoroplethClass,
	type ChoroplethInput
} from '$lib/charts/choropleth';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { sourceDefinition, sourceLabel } from './sources';
import type { TargetState } from './state';

/** A Member State's level in the year shown, as the map, the tiles and their table read it. */
type MemberLevel = Pick<SourceLevelRow, 'geo' | 'level'> & { readonly level_flags: string | null };

/** The colour classes of the Member States' levels: the same on the map and the tile grid. */
export function levelClasses(levels: readonly MemberLevel[], lang: Lang): ChoroplethClass[] {
	const format = createNumberFormat(lang, 0);
	const values = levels.flatMap((l) => (l.level === null ? [] : [l.level]));
	return [...equalIntervalClasses(values, SEQUENTIAL_BLUES, format)];
}

/** The table behind the map and the tile grid: the Member States by name, with flags. */
export function levelsTable(options: {
	levels: readonly MemberLevel[];
	year: number | string;
	state: TargetState;
	lang: Lang;
}): TableModel {
	const { levels, year, state, lang } = options;
	const t = createTranslator(lang);
	const members = levels
		.filter((l) => isMemberState(l.geo))
		.map((l) => ({ ...l, name: geoName(l.geo, lang) }))
		.sort((a, b) => a.name.localeCompare(b.name, lang));
	return {
		caption: t('target.map.caption', { year, source: sourceLabel(t, state.source) }),
		digits: 1,
		unit: t('target.axis.value'),
		columns: [
			{ key: 'geo', label: t('target.table.country'), kind: 'label' },
			{ key: 'level', label: t('target.table.latest', { year }), kind: 'value' }
		],
		rows: members.map((m) => [{ value: m.name }, { value: m.level, flags: m.level_flags ?? '' }])
	};
}

/** What the map draws, the same for ECharts (downloads) and the page's own map (links). */
export function mapInput(
	rows: readonly SourceMapRow[],
	state: TargetState,
	lang: Lang
): ChoroplethInput {
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, 1);
	return {
		areas: rows.map((r) => ({
			geo: r.geo,
			name: r.member ? geoName(r.geo, lang) : r.name,
			geometry: r.geometry,
			member: r.member,
			value: r.member ? r.level : null,
			flags: r.level_flags ?? ''
		})),
		classes: levelClasses(
			rows.filter((r) => r.member),
			lang
		),
		noDataLabel: t('target.map.no_data'),
		formatValue: (v) => `${format(v)} %`,
		ariaDescription: t('target.map.aria', {
			year: yearOf(rows) ?? '',
			source: sourceLabel(t, state.source)
		}),
		selected: state.geo
	};
}

const yearOf = (rows: readonly SourceMapRow[]) => rows.find((r) => r.to_year !== null)?.to_year;

/** The Member States coloured by their level in the later year compared, GISCO boundaries. */
export const targetMapFigure: FigureSpec<TargetState, SourceMapRow> = {
	id: 'target-map',
	height: 640,
	query: (state) => buildSourceMapSql({ source: state.source, from: state.from, to: state.to }),
	title({ state, lang }) {
		const t = createTranslator(lang);
		return t('target.map.title', { source: sourceLabel(t, state.source) });
	},
	chart: ({ rows, state, lang }) => buildChoroplethOption(mapInput(rows, state, lang)),
	table: ({ rows, state, lang }: FigureInput<TargetState, SourceMapRow>) =>
		levelsTable({ levels: rows, year: yearOf(rows) ?? '', state, lang }),
	notes({ state, lang }) {
		const t = createTranslator(lang);
		return [sourceDefinition(t, state.source), t('target.map.attribution')];
	}
};
