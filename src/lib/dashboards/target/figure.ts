import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import { buildTargetsSql, type TargetRow } from '$core/queries/participation-targets';
import type { FigureSpec } from '$lib/kit/figure';
import { createTranslator, type MessageKey } from '$lib/i18n/translate';
import type { TableModel } from '$lib/tables/table-model';
import { buildTargetOption } from './chart';
import { caveatLabel, isCheckNote, statusLabel } from './labels';
import type { TargetState } from './state';

const percent = (x: number | null) => (x === null ? null : x * 100);

/** Level, national target, distance and progress of the EU and every Member State. */
export const targetDistanceFigure: FigureSpec<TargetState, TargetRow> = {
	id: 'target-distance',
	height: 720,
	query: (state) => buildTargetsSql({ sort: state.sort, eu: EU_AGGREGATE }),
	title({ state, lang }) {
		const t = createTranslator(lang);
		return t('target.chart.title', { sort: t(`target.sort.${state.sort}` as MessageKey) });
	},
	chart: ({ rows, lang }) => buildTargetOption(rows, lang),
	notes({ rows, lang }) {
		const t = createTranslator(lang);
		// Where the targets are published, once per source with its countries; then each target's
		// own note where the source adds one beyond confirming the value.
		const bySource = new Map<string, string[]>();
		for (const r of rows)
			if (r.target_source)
				bySource.set(r.target_source, [...(bySource.get(r.target_source) ?? []), r.geo]);
		const sources = [...bySource].map(([source, geos]) =>
			t('target.notes.source', { source, countries: geos.join(', ') })
		);
		const notes = rows
			.filter((r) => r.target_note !== '' && !isCheckNote(r.target_note))
			.map((r) => `${geoName(r.geo, lang)}: ${r.target_note}`);
		const without = rows.filter((r) => r.target_value === null).map((r) => geoName(r.geo, lang));
		return [
			...sources,
			...notes,
			...(without.length > 0 ? [t('target.notes.without', { countries: without.join(', ') })] : [])
		];
	},
	table({ rows, lang }): TableModel {
		const t = createTranslator(lang);
		const year = rows.find((r) => r.latest_value !== null)?.latest_year ?? '';
		return {
			caption: t('target.table.caption', { year }),
			digits: 1,
			unit: t('target.table.unit'),
			columns: [
				{ key: 'geo', label: t('target.table.country'), kind: 'label' },
				{ key: 'latest', label: t('target.table.latest', { year }), kind: 'value' },
				{ key: 'target', label: t('target.table.target'), kind: 'value' },
				{ key: 'gap', label: t('target.table.gap'), kind: 'value' },
				{ key: 'observed', label: t('target.table.observed'), kind: 'value' },
				{ key: 'required', label: t('target.table.required'), kind: 'value' },
				{ key: 'status', label: t('target.table.status'), kind: 'label' },
				{ key: 'caveat', label: t('target.table.caveat'), kind: 'label' }
			],
			rows: rows.map((r) => [
				{ value: geoName(r.geo, lang) },
				{ value: r.latest_value, flags: r.latest_flags },
				{ value: r.target_value },
				{ value: r.gap_pp },
				{ value: percent(r.observed_cagr) },
				{ value: percent(r.required_cagr) },
				{ value: statusLabel(t, r.progress_status) },
				{ value: caveatLabel(t, r) }
			])
		};
	}
};
