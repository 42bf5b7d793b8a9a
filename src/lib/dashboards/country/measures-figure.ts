import { buildCountryMeasuresSql, type MeasureRow } from '$core/queries/national-measures';
import { geoName } from '$core/contract/countries';
import { MEASURE_STATUSES } from '$core/contract/vocabularies';
import { syntheticMark, SYNTHETIC_MARK_HEIGHT } from '$lib/charts/options/synthetic-mark';
import { chartMessage } from '$lib/charts/options/chart-message';
import { codeLabel } from '$lib/i18n/vocabulary';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureSpec } from '$lib/kit/figure';
import type { CountryState } from './state';

/** '11b' as the Recommendation writes it: 11(b); '10' stays 10. */
export function paragraphLabel(paragraph: string): string {
	const match = /^(\d+)([a-z])$/.exec(paragraph);
	return match ? `${match[1]}(${match[2]})` : paragraph;
}

const STATUS_COLOURS: Readonly<Record<string, string>> = {
	implemented: '#009E73',
	in_progress: '#0072B2',
	planned: '#E69F00'
};

/** Measures per paragraph and status, paragraphs in the Recommendation's order. */
export function measuresPerParagraph(rows: readonly MeasureRow[]) {
	const paragraphs = [...new Set(rows.map((r) => r.paragraph))];
	const count = (paragraph: string, status: string) =>
		rows.filter((r) => r.paragraph === paragraph && r.status === status).length;
	return {
		paragraphs,
		byStatus: MEASURE_STATUSES.map((status) => ({
			status,
			counts: paragraphs.map((p) => count(p, status))
		}))
	};
}

/**
 * A Member State's national measures implementing the Recommendation, per paragraph and status:
 * what its report on measures taken (para 21) lists. From synthetic tables (the manifest's kind),
 * the chart says so.
 */
export function countryMeasuresFigure(options: {
	synthetic: boolean;
}): FigureSpec<CountryState, MeasureRow> {
	return {
		id: 'country-measures',
		height: 420,
		query: (state) => buildCountryMeasuresSql(state.geo),
		title: ({ state, lang }) =>
			createTranslator(lang)('country.measures.title', { country: geoName(state.geo, lang) }),
		chart({ rows, state, lang }) {
			const t = createTranslator(lang);
			const { paragraphs, byStatus } = measuresPerParagraph(rows);
			const top = (options.synthetic ? SYNTHETIC_MARK_HEIGHT : 0) + 34;
			return {
				aria: { enabled: true },
				graphic: [
					...(options.synthetic ? [syntheticMark(lang)] : []),
					...(rows.length === 0
						? [
								chartMessage(t('country.measures.none', { country: geoName(state.geo, lang) }))
									.graphic
							]
						: [])
				],
				legend: { top: options.synthetic ? SYNTHETIC_MARK_HEIGHT : 0, left: 0 },
				grid: { top, left: 8, right: 24, bottom: 40, containLabel: true },
				tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
				xAxis: {
					type: 'value',
					minInterval: 1,
					name: t('country.measures.axis'),
					nameLocation: 'middle',
					nameGap: 28
				},
				yAxis: {
					type: 'category',
					inverse: true,
					data: paragraphs.map((p) =>
						t('country.measures.paragraph', { paragraph: paragraphLabel(p) })
					)
				},
				series: byStatus.map(({ status, counts }) => ({
					type: 'bar',
					stack: 'measures',
					name: codeLabel(t, 'measure_status', status),
					itemStyle: { color: STATUS_COLOURS[status] },
					data: counts
				}))
			};
		},
		notes({ lang }) {
			const t = createTranslator(lang);
			return [t('country.measures.note'), ...(options.synthetic ? [t('figure.synthetic')] : [])];
		},
		table({ rows, state, lang }) {
			const t = createTranslator(lang);
			return {
				caption: t('country.measures.caption', { country: geoName(state.geo, lang) }),
				digits: 0,
				unit: t('country.measures.unit'),
				columns: [
					{ key: 'paragraph', label: t('country.measures.col.paragraph'), kind: 'label' },
					{ key: 'title', label: t('country.measures.col.title'), kind: 'label' },
					{ key: 'status', label: t('country.measures.col.status'), kind: 'label' },
					{ key: 'start', label: t('country.measures.col.start'), kind: 'label' },
					{ key: 'budget', label: t('country.measures.col.budget'), kind: 'value' }
				],
				rows: rows.map((r) => [
					{ value: paragraphLabel(r.paragraph) },
					{ value: r.title },
					{ value: codeLabel(t, 'measure_status', r.status) },
					{ value: r.start_date },
					{ value: r.budget_eur }
				])
			};
		}
	};
}
