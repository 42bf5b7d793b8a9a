import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import { ANNEX2_PRINCIPLES, buildPrinciplesSql, type PrincipleRow } from '$core/queries/quality';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import { codeLabel } from '$lib/i18n/vocabulary';
import type { FigureInput, FigureSpec } from '$lib/kit/figure';
import type { TableModel } from '$lib/tables/table-model';
import {
	chartTop,
	COUNTRY_COLOUR,
	EU_COLOUR,
	syntheticNotes,
	yearOf,
	type QualityFigureOptions
} from './chart-parts';
import { comparedGeos } from './elements-figure';
import { buildShareBarsOption } from './share-bars';
import type { QualityState } from './state';
import { flaggedCell } from '$lib/tables/hidden-value';

type Input = FigureInput<QualityState, PrincipleRow>;

/** The principles the rows hold, in the order of Annex II, with their basis and year. */
function principlesOf(rows: readonly PrincipleRow[]): PrincipleRow[] {
	const first = new Map<string, PrincipleRow>();
	for (const r of rows) if (!first.has(r.principle)) first.set(r.principle, r);
	const order = (p: string) => {
		const i = (ANNEX2_PRINCIPLES as readonly string[]).indexOf(p);
		return i < 0 ? ANNEX2_PRINCIPLES.length : i;
	};
	return [...first.values()].sort((a, b) => order(a.principle) - order(b.principle));
}

/** "Quality: external quality assurance", then "(records, 2026)": the principle and its units. */
export function principleCategory(t: Translate, row: PrincipleRow): string {
	const basis = codeLabel(t, 'basis', row.basis);
	return `${codeLabel(t, 'annex2', row.principle)}\n(${row.year === null ? basis : `${basis}, ${row.year}`})`;
}

const key = (geo: string, principle: string) => `${geo}|${principle}`;

function principlesChart({ rows, state, lang }: Input, options: QualityFigureOptions) {
	const t = createTranslator(lang);
	const principles = principlesOf(rows);
	const byKey = new Map(rows.map((r) => [key(r.geo, r.principle), r]));
	return buildShareBarsOption({
		categories: principles.map((p) => principleCategory(t, p)),
		series: comparedGeos(state.geo).map((geo) => ({
			key: geo === EU_AGGREGATE ? 'eu' : 'country',
			name: geoName(geo, lang),
			colour: geo === EU_AGGREGATE ? EU_COLOUR : COUNTRY_COLOUR,
			bars: principles.map((p) => {
				const row = byKey.get(key(geo, p.principle));
				return { value: row?.share ?? null, flags: row?.flags ?? '' };
			})
		})),
		axisName: t('quality.axis.units_meeting'),
		max: 100,
		labelWidth: 300,
		top: chartTop({ ...options, lang, legend: true }),
		ariaDescription: t('quality.principles.aria', {
			country: geoName(state.geo, lang),
			year: yearOf(t, rows, state.year)
		}),
		lang
	});
}

function principlesTable({ rows, state, lang }: Input): TableModel {
	const t = createTranslator(lang);
	const geos = comparedGeos(state.geo);
	const byKey = new Map(rows.map((r) => [key(r.geo, r.principle), r]));
	return {
		caption: t('quality.principles.caption', {
			countries: geos.map((g) => geoName(g, lang)).join(', '),
			year: yearOf(t, rows, state.year)
		}),
		digits: 1,
		unit: t('quality.unit.units_share'),
		columns: [
			{ key: 'principle', label: t('quality.table.principle'), kind: 'label' },
			{ key: 'basis', label: t('quality.table.basis'), kind: 'label' },
			...geos.flatMap((geo) => {
				const name = geoName(geo, lang);
				const k = geo === EU_AGGREGATE ? 'eu' : 'country';
				return [
					{ key: `${k}_share`, label: t('quality.table.share', { name }), kind: 'value' as const },
					{
						key: `${k}_meeting`,
						label: t('quality.table.units_meeting', { name }),
						kind: 'value' as const,
						digits: 0
					},
					{
						key: `${k}_units`,
						label: t('quality.table.units', { name }),
						kind: 'value' as const,
						digits: 0
					}
				];
			})
		],
		rows: principlesOf(rows).map((p) => [
			{ value: codeLabel(t, 'annex2', p.principle) },
			{
				value:
					p.year === null
						? codeLabel(t, 'basis', p.basis)
						: `${codeLabel(t, 'basis', p.basis)}, ${p.year}`
			},
			...geos.flatMap((geo) => {
				const row = byKey.get(key(geo, p.principle));
				const flags = row?.flags ?? '';
				return [
					flaggedCell(row?.share ?? null, flags),
					flaggedCell(row?.units_meeting ?? null, flags),
					flaggedCell(row?.units ?? null, flags)
				];
			})
		])
	};
}

/** The Annex II principles as measured shares, each with the units it counts. */
export function qualityPrinciplesFigure(
	options: QualityFigureOptions
): FigureSpec<QualityState, PrincipleRow> {
	return {
		id: 'quality-principles',
		height: 560,
		query: (state) => buildPrinciplesSql({ geo: state.geo, year: state.year }),
		title({ state, lang }) {
			const t = createTranslator(lang);
			return t('quality.principles.title', {
				country: geoName(state.geo, lang),
				year: state.year > 0 ? state.year : t('quality.year.latest')
			});
		},
		chart: (input) => principlesChart(input, options),
		table: principlesTable,
		notes({ rows, state, lang }) {
			const t = createTranslator(lang);
			return [
				...syntheticNotes(t, options),
				t('quality.principles.note.basis', { year: yearOf(t, rows, state.year) }),
				t('quality.principles.note.unstated'),
				t('quality.principles.note.definitions')
			];
		}
	};
}
