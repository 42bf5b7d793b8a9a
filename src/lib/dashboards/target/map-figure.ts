import { geoName, isMemberState } from '$core/contract/countries';
import type { ShapeRow } from '$core/queries/member-state-shapes';
import type { SourceLevelRow } from '$core/queries/participation-sources';
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
import type { FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import { comparedYears, levelsQuery } from './levels';
import { sourceDefinition, sourceLabel } from './sources';
import type { TargetState } from './state';

/** The colour classes of the Member States' levels: the same on the map and the tile grid. */
export function levelClasses(levels: readonly SourceLevelRow[], lang: Lang): ChoroplethClass[] {
	const format = createNumberFormat(lang, 0);
	const values = levels.flatMap((l) =>
		l.level === null || !isMemberState(l.geo) ? [] : [l.level]
	);
	return [...equalIntervalClasses(values, SEQUENTIAL_BLUES, format)];
}

/** The table behind the map and the tile grid: the Member States by name, with flags. */
export function levelsTable(options: {
	levels: readonly SourceLevelRow[];
	state: TargetState;
	lang: Lang;
}): TableModel {
	const { levels, state, lang } = options;
	const t = createTranslator(lang);
	const year = comparedYears(levels).to ?? '';
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
		rows: members.map((m) => [{ value: m.name }, { value: m.level, flags: m.level_flags }])
	};
}

/** What the map draws, the same for ECharts (downloads) and the page's own map (links). */
export function mapInput(options: {
	shapes: readonly ShapeRow[];
	levels: readonly SourceLevelRow[];
	state: TargetState;
	lang: Lang;
}): ChoroplethInput {
	const { shapes, levels, state, lang } = options;
	const t = createTranslator(lang);
	const format = createNumberFormat(lang, 1);
	const byGeo = new Map(levels.map((l) => [l.geo, l]));
	return {
		areas: shapes.map((s) => ({
			geo: s.geo,
			name: s.member ? geoName(s.geo, lang) : s.name,
			geometry: s.geometry,
			member: s.member,
			value: s.member ? (byGeo.get(s.geo)?.level ?? null) : null,
			flags: s.member ? (byGeo.get(s.geo)?.level_flags ?? '') : ''
		})),
		classes: levelClasses(levels, lang),
		noDataLabel: t('target.map.no_data'),
		formatValue: (v) => `${format(v)} %`,
		ariaDescription: t('target.map.aria', {
			year: comparedYears(levels).to ?? '',
			source: sourceLabel(t, state.source)
		}),
		selected: state.geo
	};
}

/**
 * The Member States coloured by their level in the later year compared, on the GISCO
 * boundaries. The shapes never change: they come with the page, and the figure's query is the
 * levels query of the classification and the peers (run once for the three).
 */
export function targetMapFigure(
	shapes: readonly ShapeRow[]
): FigureSpec<TargetState, SourceLevelRow> {
	return {
		id: 'target-map',
		height: 640,
		query: levelsQuery,
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t('target.map.title', { source: sourceLabel(t, state.source) });
		},
		chart: ({ rows, state, lang }) =>
			buildChoroplethOption(mapInput({ shapes, levels: rows, state, lang })),
		table: ({ rows, state, lang }) => levelsTable({ levels: rows, state, lang }),
		notes({ state, lang }) {
			const t = createTranslator(lang);
			return [sourceDefinition(t, state.source), t('target.map.attribution')];
		}
	};
}
